from django import template
from django.urls import reverse

from hub.consent.choices import (
    allowed_services,
    categories_in_use,
    cookie_settings,
    needs_asking,
    read_choices,
    services_for,
)
from hub.consent.forms import ConsentForm
from hub.consent.models import CATEGORY_DESCRIPTIONS, Category
from hub.privacy.retention import stated_periods

register = template.Library()


def _form(request, place, **kwargs):
    initial = {"next": request.get_full_path(), **kwargs.pop("initial", {})}
    return ConsentForm(initial=initial, action=reverse("consent:save"), auto_id=f"consent-{place}-%s", **kwargs)


@register.inclusion_tag("includes/cookie_banner.html", takes_context=True)
def cookie_banner(context):
    """The banner, only when an optional service exists and the visitor has not answered for its category."""
    request = context.get("request")
    if request is None or not needs_asking(request):
        return {"show": False}
    return {
        "show": True,
        "form": _form(request, "banner"),
        "action": reverse("consent:save"),
        "cookies_page_url": _cookies_page_url(request),
    }


def _cookies_page_url(request):
    """The cookies page in the visitor's language when it is translated, else in its own."""
    page = cookie_settings(request).cookies_page
    if page is None:
        return None
    return page.localized.get_url(request)


@register.inclusion_tag("includes/optional_scripts.html", takes_context=True)
def optional_scripts(context):
    """Script tags for the services the visitor agreed to; nothing otherwise."""
    request = context.get("request")
    if request is None:
        return {"services": []}
    return {"services": allowed_services(request)}


@register.inclusion_tag("includes/cookie_choices.html", takes_context=True)
def cookie_choices(context):
    """What each category sets, from the settings, and the form to change the choice."""
    request = context.get("request")
    services = services_for(request) if request is not None else []
    choices = read_choices(request) if request is not None else {}
    in_use = categories_in_use(services)
    categories = [
        {
            "label": Category(value).label,
            "description": CATEGORY_DESCRIPTIONS[value],
            "services": [service for service in services if service.category == value],
        }
        for value in in_use
    ]
    form = None
    if request is not None and in_use:
        agreed = [value for value in in_use if choices.get(value)]
        form = _form(request, "page", categories=in_use, initial={"categories": agreed})
    return {
        "categories": categories,
        "form": form,
        "action": reverse("consent:save"),
        "answered": bool(choices),
        "periods": stated_periods(),
    }
