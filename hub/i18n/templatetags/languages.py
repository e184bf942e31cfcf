"""Template tags for the language switcher, hreflang links and untranslated pages."""

from django import template
from django.conf import settings
from django.db.models import BooleanField, Case, Value, When
from django.urls import translate_url
from django.utils.html import format_html
from django.utils.translation import get_language, get_language_from_path, get_language_info
from wagtail.models import Page, TranslatableMixin

from hub.i18n.pages import shows_own_language, with_words_locale
from hub.visibility.rules import visible_q

register = template.Library()

TRANSLATION_FIELDS = ("id", "url_path", "locale__language_code")


def _language(code, url, request):
    return {
        "code": code,
        "name": settings.LANGUAGE_NAMES[code],
        "url": url,
        "full_url": request.build_absolute_uri(url),
        "current": code == get_language(),
        "default": code == settings.LANGUAGE_CODE,
    }


def _translations(page, codes):
    """``page``'s live translations (itself included) that show their own language's words.

    A restriction on one version hides the others (``hub.visibility``), so a
    public page offers no restricted version. A restricted page, which only
    visitors it lets in can read, offers all of them.
    """
    versions = list(
        with_words_locale(page.get_translations(inclusive=True).live().filter(locale__language_code__in=codes))
        .annotate(visible=Case(When(visible_q(), then=Value(True)), default=Value(False), output_field=BooleanField()))
        .select_related("locale")
        .only(*TRANSLATION_FIELDS)
    )
    public = any(version.visible for version in versions if version.pk == page.pk)
    return [version for version in versions if shows_own_language(version) and (version.visible or not public)]


def _page_versions(page, request):
    """Each live translation of ``page``, leaving out aliases and drafts that show another language's words."""
    codes = [code for code, _name in settings.LANGUAGES]
    by_code = {translation.locale.language_code: translation for translation in _translations(page, codes)}
    return [_language(code, by_code[code].get_url(request), request) for code in codes if code in by_code]


@register.simple_tag(takes_context=True)
def page_languages(context):
    """The languages the current page can be read in, in the order of ``settings.LANGUAGES``.

    On a Wagtail page: its live translations. On other views (search,
    preferences): every enabled language, since those views are translated
    by the interface catalogues.
    """
    request = context.get("request")
    if request is None:
        return []
    page = context.get("page")
    if isinstance(page, Page):
        return _page_versions(page, request)
    path = request.get_full_path()
    return [_language(code, translate_url(path, code), request) for code, _name in settings.LANGUAGES]


def _lang_attributes(code):
    return format_html(' lang="{}" dir="{}"', code, "rtl" if get_language_info(code)["bidi"] else "ltr")


@register.filter
def words_lang(obj):
    """`` lang="en" dir="ltr"`` for words shown in a language other than the page's.

    For a page: an untranslated page (an alias) listed in another language.
    Lists in a synchronised tree include aliases, whose titles and summaries
    are in English; screen readers and the text direction need to know.
    Trees are synchronised from the default language, so no query is needed.

    For a snippet (an author, a category): one nobody has translated into the
    page's language, shown in its own (see ``hub/i18n/snippets.py``). Load it
    with its ``locale`` to save a query.
    """
    if isinstance(obj, Page):
        default = settings.LANGUAGE_CODE
        return _lang_attributes(default) if obj.alias_of_id and get_language() != default else ""
    if isinstance(obj, TranslatableMixin):
        code = obj.locale.language_code
        return _lang_attributes(code) if code != get_language() else ""
    return ""


@register.filter
def language_name(code):
    """A language's name in that language, e.g. "Polski" for "pl"."""
    return settings.LANGUAGE_NAMES.get(code) or get_language_info(code)["name_local"]


@register.inclusion_tag("includes/untranslated_notice.html", takes_context=True)
def untranslated_notice(context):
    """The "not available in your language yet" notice, on a page served in English under another language's address.

    ``serve_untranslated_page_in_its_own_language`` (hub/i18n/wagtail_hooks.py)
    switches such a page to English; the address still carries the visitor's
    language, and that difference is the whole signal.
    """
    request, page = context.get("request"), context.get("page")
    if request is None or not isinstance(page, Page):
        return {}
    visitor_language = get_language_from_path(request.path_info)
    if visitor_language is None or visitor_language == get_language():
        return {}
    # The home page of the page's own tree: its ancestor just below the root.
    home = Page.objects.filter(path=page.path[: 2 * Page.steplen]).first()
    return {
        "visitor_language": get_language_info(visitor_language),
        "home_url": home.get_url(request) if home is not None and home.live else "",
    }
