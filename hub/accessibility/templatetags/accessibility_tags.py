"""The visitor's text size and contrast choice, for ``base.html`` and the header controls."""

from django import template
from django.utils.translation import get_language
from wagtail.models import Page

from hub.accessibility.forms import PreferencesForm
from hub.accessibility.preferences import Preferences, auto_media
from hub.caching.version import current_version

register = template.Library()


@register.simple_tag(takes_context=True)
def display_preferences(context):
    """The request's ``Preferences`` (no choice when there is no request, as on the 500 page)."""
    return Preferences.from_request(context.get("request"))


@register.simple_tag(takes_context=True)
def preferences_form(context):
    """An unbound form showing the current choice, returning the visitor to this page."""
    request = context.get("request")
    current = Preferences.from_request(request)
    return PreferencesForm(
        auto_id="display-%s",
        initial={
            "size": current.size,
            "contrast": current.contrast,
            "next": request.get_full_path() if request is not None else "/",
        },
    )


@register.simple_tag(takes_context=True)
def display_controls_key(context):
    """What the display controls depend on, as a ``{% cache %}`` key; "" where they are built each time.

    They show the visitor's choice and send them back to this address. Built,
    they took 1.3 ms of a 13 ms page (``bench/cpu.py``), so they are kept for
    a page's own address without a query string: a bounded set of copies
    (pages × ten choices × languages). Any other address, which a visitor can
    make up, builds them.
    """
    request, page = context.get("request"), context.get("page")
    if request is None or not isinstance(page, Page) or page.pk is None or request.META.get("QUERY_STRING"):
        return ""
    if request.path != page.get_url(request):
        return ""
    choice = Preferences.from_request(request)
    return f"{current_version()}|{request.get_host()}|{get_language()}|{choice.size}.{choice.contrast}|{request.path}"


@register.filter
def contrast_media(preferences, contrasts):
    """The ``media`` attribute that turns on or off a style sheet used by the space-separated ``contrasts``."""
    return preferences.media(contrasts)


@register.simple_tag
def contrast_auto_media(contrasts):
    """The device-setting media query for ``contrasts``, for early.js to restore after a reset."""
    return auto_media(contrasts.split())
