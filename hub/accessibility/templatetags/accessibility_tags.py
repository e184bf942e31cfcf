"""The visitor's text size and contrast choice, for ``base.html`` and the header controls."""

from django import template

from hub.accessibility.forms import PreferencesForm
from hub.accessibility.preferences import Preferences, auto_media

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


@register.filter
def contrast_media(preferences, contrasts):
    """The ``media`` attribute that turns on or off a style sheet used by the space-separated ``contrasts``."""
    return preferences.media(contrasts)


@register.simple_tag
def contrast_auto_media(contrasts):
    """The device-setting media query for ``contrasts``, for early.js to restore after a reset."""
    return auto_media(contrasts.split())
