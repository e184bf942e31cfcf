"""Asking for role alerts, confirming them, and managing or stopping them without an account.

The form is a route of the listing (``OpportunityIndexPage``, ``alerts/``): its
address carries the listing's filters, so "tell me about roles like these" is
one link from any filtered list. Confirm, manage and unsubscribe links carry a
signed token, which is their authority, so those views need no CSRF cookie;
following a link only shows a button, so mail scanners that open links change
nothing. Unsubscribing answers its post directly (RFC 8058 one-click).
"""

import logging

from django.conf import settings
from django.core import signing
from django.http import HttpResponseRedirect
from django.shortcuts import render
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.cache import add_never_cache_headers
from django.utils.http import urlencode
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_http_methods

from hub.protection.ratelimit import pause_form, paused, public_form_limits, record, wait_seconds
from opportunities.alerts.emails import CONFIRM_SALT, MANAGE_SALT, absolute, confirm_token, send_to_address
from opportunities.alerts.forms import AlertForm
from opportunities.alerts.matching import chosen_filters, describe
from opportunities.alerts.models import RoleAlert

logger = logging.getLogger(__name__)

SENT_SALT = "opportunities.alerts.sent"


def subscribe(request, listing):
    """``<listing>/alerts/?<filters>``: the form, and what happens when it is sent."""
    filters = chosen_filters(request.GET, listing)
    form = AlertForm(request.POST or None, action=request.path)
    context = {
        "page": listing,
        "form": form,
        "described": describe(filters, listing),
        "listing_url": listing.get_url(request) + (f"?{urlencode(filters, doseq=True)}" if filters else ""),
    }
    if request.method != "POST":
        return TemplateResponse(request, "pages/role_alert_form.html", context)
    limits = public_form_limits(f"role-alerts:{listing.pk}")
    wait = wait_seconds(request, *limits)
    if wait:
        pause_form(form, wait)
        return paused(TemplateResponse(request, "pages/role_alert_form.html", context), wait)
    if form.is_spam:
        record(request, *limits)
        return _redirect_to_sent(request, listing, sent=True)
    if not form.is_valid():
        return TemplateResponse(request, "pages/role_alert_form.html", context, status=400)
    record(request, *limits)

    email = form.cleaned_data["email"]
    same = RoleAlert.objects.for_address(email).filter(listing=listing, filters=filters).first()
    if same is not None and same.is_confirmed:
        subject, template, email_context = _("You already get these role alerts"), "already", {}
    else:
        alert = same or RoleAlert(email=email, listing=listing, filters=filters)
        alert.language = translation.get_language() or settings.LANGUAGE_CODE
        alert.consented_at = timezone.now()
        alert.save()
        same = alert
        confirm_url = absolute(alert, reverse("role_alerts:confirm", args=[confirm_token(alert)]))
        subject, template, email_context = (
            _("Confirm you want emails about new roles"),
            "confirm",
            {"confirm_url": confirm_url},
        )
    email_context["described"] = describe(filters, listing)
    try:
        send_to_address(same, subject, f"role_alerts/email/{template}.txt", email_context)
    except Exception as error:  # the request is stored; the person is told the email did not go
        # Only the record's number and the kind of error: an SMTP error's text names the address.
        logger.error("Role alert email for alert %s could not be sent: %s", same.pk, type(error).__name__)
        return _redirect_to_sent(request, listing, sent=False)
    return _redirect_to_sent(request, listing, sent=True)


def _redirect_to_sent(request, listing, sent):
    token = signing.dumps(sent, salt=SENT_SALT)
    url = listing.get_url(request) + listing.reverse_subpage("alerts_sent")
    return HttpResponseRedirect(f"{url}?{urlencode({'sent': token})}", status=303)


def check_email(request, listing):
    """Says an email is on its way only when the signed value says it went; without one, back to the form."""
    try:
        sent = signing.loads(request.GET.get("sent", ""), salt=SENT_SALT)
    except signing.BadSignature:
        return HttpResponseRedirect(listing.get_url(request) + listing.reverse_subpage("alerts"))
    response = TemplateResponse(request, "pages/role_alert_sent.html", {"page": listing, "sent": sent})
    add_never_cache_headers(response)
    return response


def _link_problem(request, expired):
    return render(request, "pages/role_alert_link_problem.html", {"expired": expired}, status=400)


@never_cache
@csrf_exempt
@require_http_methods(["GET", "POST"])
def confirm(request, token):
    try:
        pk, asked = signing.loads(token, salt=CONFIRM_SALT, max_age=settings.ROLE_ALERT_CONFIRM_MAX_AGE)
    except signing.SignatureExpired:
        return _link_problem(request, expired=True)
    except (signing.BadSignature, ValueError, TypeError):
        return _link_problem(request, expired=False)
    alert = RoleAlert.objects.select_related("listing").filter(pk=pk).first()
    if alert is None or alert.consented_at.timestamp() != asked:
        return _link_problem(request, expired=True)
    if request.method == "POST":
        if not alert.is_confirmed:
            alert.confirm()
        return HttpResponseRedirect(request.path, status=303)
    context = {"alert": alert, "described": describe(alert.filters, alert.listing), "listing": alert.listing}
    return render(request, "pages/role_alert_confirm.html", context)


def _address(token):
    try:
        return signing.loads(token, salt=MANAGE_SALT)
    except signing.BadSignature:
        return None


@never_cache
@csrf_exempt
@require_http_methods(["GET", "POST"])
def manage(request, token):
    """Every alert for one address, each with a button to stop it, and one to stop them all."""
    email = _address(token)
    if email is None:
        return _link_problem(request, expired=False)
    alerts = RoleAlert.objects.for_address(email).select_related("listing")
    if request.method == "POST":
        stop = request.POST.get("stop", "")
        if stop == "all":
            alerts.delete()
        elif stop.isdigit():
            alerts.filter(pk=int(stop)).delete()
        else:
            return render(request, "pages/role_alert_manage.html", {"alerts": [], "bad_request": True}, status=400)
        return HttpResponseRedirect(request.path, status=303)
    described = [(alert, describe(alert.filters, alert.listing)) for alert in alerts]
    return render(request, "pages/role_alert_manage.html", {"alerts": described, "email": email})


@never_cache
@csrf_exempt
@require_http_methods(["GET", "POST"])
def unsubscribe(request, token):
    """One click (a POST, from the button or the mail program) stops every alert for the address."""
    email = _address(token)
    if email is None:
        return _link_problem(request, expired=False)
    done = not RoleAlert.objects.for_address(email).exists()
    if request.method == "POST":
        RoleAlert.objects.for_address(email).delete()
        done = True
    return render(request, "pages/role_alert_unsubscribe.html", {"done": done})
