"""What happens when someone says "I'm interested".

The pages themselves are served by Wagtail (``get_context`` on
``OpportunityIndexPage`` and ``OpportunityPage``); their ``register/`` and
``apply/`` sub-URLs route here, so every URL lives under the page it belongs to.
"""

import datetime
import logging

from django.conf import settings
from django.core.mail import send_mail
from django.http import HttpResponseRedirect
from django.template.loader import render_to_string
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext as _

from hub.models import TrustIdentity
from hub.protection.ratelimit import pause_form, paused, public_form_limits, record, wait_seconds
from opportunities.forms import ExpressionOfInterestForm
from opportunities.models import EmailStatus, ExpressionOfInterest, trust_today

logger = logging.getLogger(__name__)


def reply_by(index_page):
    """The date by which we promise to reply: working days from today, skipping weekends."""
    day = trust_today()
    remaining = index_page.reply_within_days
    while remaining:
        day += datetime.timedelta(days=1)
        if day.weekday() < 5:
            remaining -= 1
    return day


def _sent_url(request, index_page, role):
    if role is None:
        return index_page.get_url(request) + index_page.reverse_subpage("register_sent")
    return role.get_url(request) + role.reverse_subpage("apply_sent")


def express_interest(request, index_page, role):
    """The form for one role (``role``) or for general interest (``role=None``)."""
    if role is not None and role.is_closed:
        return TemplateResponse(request, role.get_template(request), role.get_context(request), status=410)
    context = {"page": role or index_page, "index_page": index_page, "role": role}
    if request.method == "POST":
        limits = public_form_limits(f"interest:{(role or index_page).pk}")
        form = ExpressionOfInterestForm(request.POST, action=request.path)
        wait = wait_seconds(request, *limits)
        if wait:
            pause_form(form, wait)
            context["form"] = form
            return paused(TemplateResponse(request, "pages/interest_form.html", context), wait)
        if form.is_spam:
            record(request, *limits)
            return HttpResponseRedirect(_sent_url(request, index_page, role))
        if form.is_valid():
            interest = form.save(commit=False)
            interest.role = role
            interest.role_title = role.title if role else _("General interest in getting involved")
            interest.language = translation.get_language() or settings.LANGUAGE_CODE
            interest.save()
            record(request, *limits)
            # The record is saved (and committed) before any email is tried.
            send_emails(request, interest, index_page)
            return HttpResponseRedirect(_sent_url(request, index_page, role))
    else:
        form = ExpressionOfInterestForm(action=request.path)
    context["form"] = form
    status = 400 if form.errors else 200
    return TemplateResponse(request, "pages/interest_form.html", context, status=status)


def interest_sent(request, index_page, role):
    context = {
        "page": role or index_page,
        "index_page": index_page,
        "role": role,
        "reply_by": reply_by(index_page),
    }
    return TemplateResponse(request, "pages/interest_sent.html", context)


def send_emails(request, interest, index_page):
    """Tell the team and thank the person. A failure is logged and shown on the record, never raised."""
    admin_url = settings.WAGTAILADMIN_BASE_URL + reverse("expressions_of_interest:inspect", args=[interest.pk])
    context = {
        "interest": interest,
        "admin_url": admin_url,
        "reply_by": reply_by(index_page),
        "trust": TrustIdentity.for_request(request),
    }
    team_address = interest.role.contact_email if interest.role else index_page.contact_email
    messages = [
        (_("New interest: %(role)s") % {"role": interest.role_title}, "interest_team", [team_address]),
    ]
    if interest.email:
        messages.append(
            (_("Thank you for your interest in getting involved"), "interest_confirmation", [interest.email])
        )
    status = EmailStatus.SENT
    for subject, template, recipients in messages:
        body = render_to_string(f"opportunities/email/{template}.txt", context)
        try:
            send_mail(subject, body, None, recipients)
        except Exception as error:  # any mail failure must leave the record safe
            status = EmailStatus.FAILED
            # Only the record's number and the kind of error: never an address or a name.
            logger.error(
                "Email '%s' for expression of interest %s failed: %s", template, interest.pk, type(error).__name__
            )
    ExpressionOfInterest.objects.filter(pk=interest.pk).update(email_status=status)
