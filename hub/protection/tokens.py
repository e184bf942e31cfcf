"""The signed form token that stands in for Django's CSRF cookie on public forms.

Why no CSRF cookie on public forms: an anonymous visit must set no cookie at
all, and Django's CSRF protection needs one the moment a form is shown. The
public forms carry no ambient authority (nobody is logged in to send a story,
rate a page or sign up), so instead each form carries a signed token bound to
the address it posts to, and ``FormTokenMiddleware`` (hub/protection/middleware.py)
lets Django's CSRF check step aside only when that token matches the request
path and the browser does not say the post came from another site
(``Origin`` / ``Sec-Fetch-Site``). Admin forms and any form without the token
keep Django's normal CSRF check.
"""

from django.core import signing

TOKEN_FIELD = "form_token"  # noqa: S105 - a field name, not a secret
# The salt keeps its first name so tokens on pages already open stay valid.
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
