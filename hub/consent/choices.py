"""Reading and writing the visitor's cookie choice.

The choice is a cookie set only when the visitor presses a button, holding
``category-1`` or ``category-0`` for each category they were asked about.
If Communications later add a service in a new category, the banner asks again.
"""

from urllib.parse import urlsplit

from django.conf import settings
from wagtail.models import Site

from hub.consent.models import Category, CookieSettings


def cookie_settings(request):
    """This request's site's cookie settings (Wagtail keeps them for the rest of the request), or ``None``."""
    if Site.find_for_request(request) is None:
        return None
    return CookieSettings.for_request(request)


def services_for(request):
    """The optional services of this request's site."""
    settings_for_site = cookie_settings(request)
    return settings_for_site.optional_services if settings_for_site is not None else []


def read_choices(request):
    value = request.COOKIES.get(settings.CONSENT_COOKIE_NAME, "")
    choices = {}
    for item in value.split("."):
        category, _, answer = item.partition("-")
        if category in Category.values and answer in {"0", "1"}:
            choices[category] = answer == "1"
    return choices


def consent_variant(request):
    """The visitor's answers as a short, canonical string: part of the page-cache key."""
    return ".".join(f"{category}-{int(answer)}" for category, answer in sorted(read_choices(request).items()))


def categories_in_use(services):
    return [category for category in Category.values if any(s.category == category for s in services)]


def needs_asking(request):
    choices = read_choices(request)
    return any(category not in choices for category in categories_in_use(services_for(request)))


def allowed_services(request):
    choices = read_choices(request)
    return [service for service in services_for(request) if choices.get(service.category)]


def script_origin(service):
    parts = urlsplit(service.script_url)
    return f"{parts.scheme}://{parts.netloc}"


def consented_origins(request):
    """The origins of the scripts this visitor agreed to, for the Content-Security-Policy."""
    return sorted({script_origin(service) for service in allowed_services(request)})


def set_choice_cookie(response, request, accepted):
    """Record an answer for every category in use; ``accepted`` is the set the visitor agreed to."""
    categories = categories_in_use(services_for(request))
    value = ".".join(f"{category}-{int(category in accepted)}" for category in categories)
    response.set_cookie(
        settings.CONSENT_COOKIE_NAME,
        value,
        max_age=settings.CONSENT_COOKIE_AGE,
        secure=settings.SESSION_COOKIE_SECURE,
        httponly=True,
        samesite="Lax",
    )
