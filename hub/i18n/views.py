"""The page a language switcher leads to when a page has no version at all in that language."""

from django.conf import settings
from django.http import Http404
from django.shortcuts import render
from django.utils.translation import get_language
from wagtail.models import Locale, Page, Site

from hub.visibility.rules import visible_q


def not_translated(request, page_id):
    """Say, in the visitor's language, that a page is not translated yet; link to it and to this language's home page.

    Synchronised trees give most pages an untranslated version in every
    language (which the switcher prefers); this covers the rest.
    """
    page = Page.objects.live().filter(visible_q(), pk=page_id).first()
    if page is None:
        raise Http404
    site = Site.find_for_request(request)
    locale = Locale.objects.filter(language_code=get_language()).first()
    home = site.root_page.get_translation_or_none(locale) if site and locale else None
    return render(
        request,
        "hub_i18n/not_translated.html",
        {
            "original": page,
            "original_url": page.get_url(request),
            "original_language": page.locale.language_code,
            "home_url": home.get_url(request) if home is not None and home.live else "",
            "default_language": settings.LANGUAGE_CODE,
        },
    )
