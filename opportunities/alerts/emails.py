"""Tokens for the links in role alert emails, and the one function that sends those emails.

The manage link signs the email address: it lists and stops every alert for
that address, needs no account and never expires (it only ever lets someone
stop emails). Confirmation links sign one alert and the moment it was asked
for, and expire after ``ROLE_ALERT_CONFIRM_MAX_AGE``.
"""

from django.conf import settings
from django.core import signing
from django.core.mail import EmailMessage
from django.http import QueryDict
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation

from hub.privacy.retention import stated_periods

CONFIRM_SALT = "opportunities.alerts.confirm"
MANAGE_SALT = "opportunities.alerts.manage"


def confirm_token(alert):
    return signing.dumps([alert.pk, alert.consented_at.timestamp()], salt=CONFIRM_SALT)


def manage_token(email):
    return signing.dumps(email, salt=MANAGE_SALT)


def filters_query(alert):
    """The alert's filters as the listing's query string, so links show the same roles."""
    query = QueryDict(mutable=True)
    for name, values in alert.filters.items():
        query.setlist(name, values)
    return query


def absolute(alert, path):
    """A full address on the alert's own site (emails are also sent by a command, with no request)."""
    return alert.listing.get_site().root_url + path


def send_to_address(alert, subject, template_name, context):
    """Send one email in ``alert``'s language with the manage link and one-click unsubscribe headers."""
    with translation.override(alert.language):
        token = manage_token(alert.email)
        manage_url = absolute(alert, reverse("role_alerts:manage", args=[token]))
        unsubscribe_url = absolute(alert, reverse("role_alerts:unsubscribe", args=[token]))
        body = render_to_string(
            template_name,
            {**context, "manage_url": manage_url, "unsubscribe_url": unsubscribe_url, "periods": stated_periods()},
        )
        message = EmailMessage(
            subject=str(subject),
            body=body,
            from_email=settings.DEFAULT_FROM_EMAIL,
            to=[alert.email],
            headers={
                "List-Unsubscribe": f"<{unsubscribe_url}>",
                "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
            },
        )
        message.send()
