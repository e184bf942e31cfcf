"""How many accepted submissions, or wrong guesses, one visitor may make in a while.

Counts live in the database (``hub.RateLimitAttempt``), not the cache: a limit
then holds across every app server, survives a cache flush, and keeps working
when Redis is down (a cache-backed counter answered 500 on every public form
during an outage). The cost is two small indexed queries per counted attempt
and one per check, on a table that holds at most a few rows per visitor
because rows are deleted as they expire and refused attempts are not stored.

A limit is a sliding window: at most ``count`` attempts in any ``period``
seconds. Only what the view accepts is counted (``record``), so a person who
mistypes their email address is never locked out by validation errors.
"""

import math
from dataclasses import dataclass
from datetime import timedelta

from django.conf import settings
from django.db import transaction
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.crypto import salted_hmac
from django.utils.translation import ngettext

from hub.models import RateLimitAttempt


@dataclass(frozen=True)
class Limit:
    """At most ``count`` attempts in any ``period`` seconds, per visitor, within ``scope``.

    ``scope`` names what is counted ("interest:12", "public-forms"); two limits
    with the same scope share their count. With ``per_visitor=False`` everyone
    shares one count (for example all reset requests for one email address).
    """

    scope: str
    count: int
    period: int
    per_visitor: bool = True


def public_form_limits(scope):
    """The limits of one public form: its own, and one shared by every public form."""
    period = settings.PUBLIC_FORM_RATE_PERIOD
    return (
        Limit(scope, settings.PUBLIC_FORM_RATE_LIMIT, period),
        Limit("public-forms", settings.PUBLIC_FORM_RATE_LIMIT_TOTAL, period),
    )


def client_address(request):
    """The visitor's address: from CLIENT_IP_HEADER when a trusted proxy sets it, else REMOTE_ADDR.

    Behind a proxy without CLIENT_IP_HEADER every visitor arrives from the
    proxy's address, so they would all share one budget.
    """
    if settings.CLIENT_IP_HEADER:
        meta_key = "HTTP_" + settings.CLIENT_IP_HEADER.upper().replace("-", "_")
        # With a list (X-Forwarded-For) only the last entry, added by our own proxy, can be trusted.
        forwarded = request.META.get(meta_key, "").split(",")[-1].strip()
        if forwarded:
            return forwarded
    return request.META.get("REMOTE_ADDR", "")


def _key(request, limit):
    """A keyed hash of the scope and the visitor's address: neither is stored as it is."""
    visitor = client_address(request) if limit.per_visitor else ""
    return salted_hmac("hub.protection.rate-limit", f"{limit.scope}\n{visitor}", algorithm="sha256").hexdigest()


def _keyed(request, limits):
    return {_key(request, limit): limit for limit in limits}


def wait_seconds(request, *limits):
    """0 when the visitor may go on; otherwise how many seconds until every full limit has room again."""
    keyed = _keyed(request, limits)
    now = timezone.now()
    live = {}
    rows = RateLimitAttempt.objects.filter(key__in=keyed, expires_at__gt=now).order_by("expires_at")
    for key, expires_at in rows.values_list("key", "expires_at"):
        live.setdefault(key, []).append(expires_at)
    wait = 0
    for key, limit in keyed.items():
        expiries = live.get(key, [])
        if len(expiries) >= limit.count:
            # Room comes back when enough of the oldest attempts have expired.
            freed_at = expiries[len(expiries) - limit.count]
            wait = max(wait, math.ceil((freed_at - now).total_seconds()))
    return wait


def record(request, *limits):
    """Count one accepted attempt against each limit, and delete attempts that have expired."""
    now = timezone.now()
    with transaction.atomic():  # one commit, not two
        RateLimitAttempt.objects.bulk_create(
            RateLimitAttempt(key=key, expires_at=now + timedelta(seconds=limit.period))
            for key, limit in _keyed(request, limits).items()
        )
        RateLimitAttempt.objects.filter(expires_at__lte=now).delete()


def minutes(wait):
    """A wait in whole minutes, rounded up so a page never promises a sooner retry."""
    return max(1, math.ceil(wait / 60))


def paused_message(wait):
    """Says plainly that what was just sent was not received, and when to send it again."""
    return ngettext(
        "We have not received what you just sent. To protect the site, this form is paused for you. "
        "Your answers are still here: please send them again in %(minutes)d minute.",
        "We have not received what you just sent. To protect the site, this form is paused for you. "
        "Your answers are still here: please send them again in %(minutes)d minutes.",
        minutes(wait),
    ) % {"minutes": minutes(wait)}


def pause_form(form, wait):
    """Keep the visitor's answers in ``form`` and add the "not received, try again in…" error.

    The form is validated first so any other mistakes show at the same time.
    """
    form.is_valid()
    form.add_error(None, paused_message(wait))


def paused(response, wait):
    """Mark a response that shows a paused form: status 429 and when to retry."""
    response.status_code = 429
    response["Retry-After"] = str(wait)
    return response


def too_many_requests(request, wait):
    """The plain 429 page, for answers with nothing typed to keep (a page-feedback button)."""
    return paused(TemplateResponse(request, "429.html", {"retry_minutes": minutes(wait)}), wait)
