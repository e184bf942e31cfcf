"""Protection shared by every public form: a cookie-free form token, a honeypot and a rate limit.

Why no CSRF cookie on public forms: an anonymous visit must set no cookie at
all, and Django's CSRF protection needs one the moment a form is shown. The
public forms carry no ambient authority (nobody is logged in to send a story,
rate a page or sign up), so instead each form carries a signed token bound to
the address it posts to, and ``FormTokenMiddleware`` lets Django's CSRF check
step aside only when that token matches the request path and the browser does
not say the post came from another site (``Origin`` / ``Sec-Fetch-Site``).
Admin forms and any form without the token keep Django's normal CSRF check.

To protect a new public form: subclass ``ProtectedForm`` (or mix it in), pass
``action=<the path it posts to>``, render ``{% include "includes/form_protection.html" %}``
inside the ``<form>``, call ``rate_limited()`` in the view and return
``too_many_requests()`` with the same period when it says so.
"""

import hashlib
import logging

from django import forms
from django.conf import settings
from django.core import signing
from django.core.cache import cache
from django.template.response import TemplateResponse
from django.utils.crypto import salted_hmac
from django.utils.translation import gettext_lazy as _

logger = logging.getLogger(__name__)

TOKEN_FIELD = "form_token"  # noqa: S105 - a field name, not a secret
HONEYPOT_FIELD = "website"
_TOKEN_SALT = "hub.abuse.form-token"  # noqa: S105 - a namespace, not a secret


def make_form_token(action):
    """A signed, timestamped token that lets a form post to ``action`` without a CSRF cookie."""
    return signing.dumps(action, salt=_TOKEN_SALT, compress=False)


def token_action(token, max_age=None):
    """The path a token was made for, or None if it is forged (or older than ``max_age`` seconds)."""
    try:
        return signing.loads(token or "", salt=_TOKEN_SALT, max_age=max_age)
    except signing.BadSignature:
        return None


def same_site_request(request):
    """False when the browser tells us the post comes from another site."""
    if request.headers.get("Sec-Fetch-Site") == "cross-site":
        return False
    origin = request.headers.get("Origin")
    if origin is None:
        return True
    return origin == f"{request.scheme}://{request.get_host()}"


class FormTokenMiddleware:
    """Let public forms post without a CSRF cookie when their signed token fits this path.

    Must sit before ``django.middleware.csrf.CsrfViewMiddleware``. Only the
    signature and the path are checked here; the form checks the token's age so
    an expired page gets a friendly message with the visitor's words kept.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        if request.method != "POST" or TOKEN_FIELD not in request.POST:
            return None
        if token_action(request.POST[TOKEN_FIELD]) == request.path and same_site_request(request):
            request._dont_enforce_csrf_checks = True
        return None


class ProtectedForm(forms.Form):
    """Adds the signed token and the honeypot to a public form.

    The honeypot is a text box hidden from people (by CSS, and from screen
    readers with ``aria-hidden``) that bots tend to fill in.
    """

    use_required_attribute = False  # the server checks; browsers' own bubbles are hard to read and translate

    form_token = forms.CharField(widget=forms.HiddenInput, required=False)
    website = forms.CharField(
        label=_("Leave this box empty"),
        required=False,
        max_length=200,
        widget=forms.TextInput(attrs={"autocomplete": "off", "tabindex": "-1"}),
    )

    def __init__(self, *args, action, **kwargs):
        super().__init__(*args, **kwargs)
        self.action = action
        self.fields[TOKEN_FIELD].initial = make_form_token(action)

    @property
    def is_spam(self):
        """True when the honeypot was filled: the view pretends all went well and stores nothing."""
        return bool(self.data.get(HONEYPOT_FIELD))

    def clean_form_token(self):
        token = self.cleaned_data.get(TOKEN_FIELD)
        if token_action(token) != self.action:
            raise forms.ValidationError(_("Something went wrong with this form. Please try again."))
        if token_action(token, max_age=settings.HUB_FORM_TOKEN_MAX_AGE) is None:
            self.data = self.data.copy()
            self.data[TOKEN_FIELD] = make_form_token(self.action)
            raise forms.ValidationError(
                _("This page was open for a long time, so please check your answers and send the form again.")
            )
        return token

    def visitor_data(self):
        """The cleaned answers without the protection fields."""
        return {name: value for name, value in self.cleaned_data.items() if name not in {TOKEN_FIELD, HONEYPOT_FIELD}}


def client_address(request):
    """The visitor's address: from CLIENT_IP_HEADER when a trusted proxy sets it, else REMOTE_ADDR."""
    if settings.CLIENT_IP_HEADER:
        meta_key = "HTTP_" + settings.CLIENT_IP_HEADER.upper().replace("-", "_")
        # With a list (X-Forwarded-For) only the last entry, added by our own proxy, can be trusted.
        forwarded = request.META.get(meta_key, "").split(",")[-1].strip()
        if forwarded:
            return forwarded
    return request.META.get("REMOTE_ADDR", "")


def _client_key(request):
    """A keyed hash of the visitor's address: the address itself is never stored or logged."""
    address = client_address(request)
    return salted_hmac("hub.abuse.rate-limit", address).hexdigest()[:32]


def rate_limited(request, scope, limit, period):
    """Count one attempt for this address and scope; True once more than ``limit`` in ``period`` seconds."""
    scope_key = hashlib.sha256(str(scope).encode()).hexdigest()[:16]
    key = f"hub:rl:{scope_key}:{_client_key(request)}"
    if cache.add(key, 1, timeout=period):
        return limit < 1
    try:
        count = cache.incr(key)
    except ValueError:
        cache.set(key, 1, timeout=period)
        count = 1
    if count == limit + 1:
        logger.warning("Rate limit reached for %s", str(scope).split(":")[0])
    return count > limit


def too_many_requests(request, retry_after):
    """A plain page that says what happened and when to try again, with status 429.

    ``retry_after`` is the rate limit's period in seconds: the longest the
    visitor may have to wait, so the page never promises a sooner retry.
    """
    response = TemplateResponse(request, "429.html", {"retry_minutes": max(1, retry_after // 60)}, status=429)
    response["Retry-After"] = str(retry_after)
    return response
