"""``/preferences/``: the text size and contrast form that works without JavaScript."""

from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from django.http import HttpResponseForbidden, HttpResponseRedirect
from django.template.response import TemplateResponse
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_http_methods

from hub.accessibility.forms import PreferencesForm
from hub.accessibility.preferences import Preferences, forget, remember

# The header bar's copy of the form uses "display-…" ids (accessibility_tags.preferences_form).
PAGE_IDS = "preferences-%s"


def safe_next(request, value):
    """``value`` if it is a path on this site, otherwise the home page."""
    value = (value or "").strip()
    if (
        value.startswith("/")
        and not value.startswith("//")
        and "\\" not in value
        and url_has_allowed_host_and_scheme(value, allowed_hosts={request.get_host()}, require_https=False)
    ):
        return value
    return "/"


def confirmed(destination, outcome):
    """``destination`` with ``?display=saved`` (or ``reset``) and the anchor of the form.

    Without JavaScript the visitor comes back to the page they were on; the
    form there opens and says what happened (``includes/accessibility_controls.html``).
    The page cache keeps no page with this parameter, so nobody else sees it.
    """
    parts = urlsplit(destination)
    query = [(name, value) for name, value in parse_qsl(parts.query, keep_blank_values=True) if name != "display"]
    query.append(("display", outcome))
    return urlunsplit(("", "", parts.path, urlencode(query), "display-settings"))


def is_same_origin(request):
    """Whether a POST comes from a page of this site.

    The header form is on every page; a CSRF token there would set a cookie
    and ``Vary: Cookie`` on every page and defeat the page cache. Browsers
    send ``Origin`` (or at least ``Referer``) with form posts, so we check
    that instead, as OWASP recommends for token-less forms.
    """
    expected = f"{request.scheme}://{request.get_host()}"
    if request.headers.get("Sec-Fetch-Site", "same-origin") not in {"same-origin", "none"}:
        return False
    origin = request.headers.get("Origin")
    if origin and origin != "null":
        return origin == expected
    referer = urlsplit(request.headers.get("Referer", ""))
    return bool(referer.netloc) and f"{referer.scheme}://{referer.netloc}" == expected


@csrf_exempt
@never_cache
@require_http_methods(["GET", "HEAD", "POST"])
def preferences(request):
    current = Preferences.from_request(request)
    if request.method != "POST":
        form = PreferencesForm(
            auto_id=PAGE_IDS,
            initial={
                "size": current.size,
                "contrast": current.contrast,
                "next": safe_next(request, request.GET.get("next")),
            },
        )
        return TemplateResponse(request, "pages/preferences.html", {"form": form})

    if not is_same_origin(request):
        return HttpResponseForbidden(_("This form can only be sent from this website."), content_type="text/plain")
    destination = safe_next(request, request.POST.get("next"))
    if "reset" in request.POST:
        response = HttpResponseRedirect(confirmed(destination, "reset"))
        forget(response)
        return response
    form = PreferencesForm(request.POST, auto_id=PAGE_IDS)
    if not form.is_valid():
        return TemplateResponse(request, "pages/preferences.html", {"form": form}, status=400)
    response = HttpResponseRedirect(confirmed(destination, "saved"))
    remember(response, request, Preferences(form.cleaned_data["size"], form.cleaned_data["contrast"], chosen=True))
    return response
