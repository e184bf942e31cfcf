"""Every email to a subscriber goes through ``send_to_subscriber``.

It adds the one-click unsubscribe link to the text and the ``List-Unsubscribe``
headers (RFC 2369 and RFC 8058) so mail programs show their own button.
"""

from django.conf import settings
from django.core import signing
from django.core.mail import EmailMessage
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation

CONFIRM_SALT = "hub.newsletter.confirm"
UNSUBSCRIBE_SALT = "hub.newsletter.unsubscribe"


def confirm_token(subscriber):
    """Expires after NEWSLETTER_CONFIRM_MAX_AGE and only fits this sign-up (not an earlier one)."""
    return signing.dumps([subscriber.pk, subscriber.consented_at.timestamp()], salt=CONFIRM_SALT)


def unsubscribe_token(subscriber):
    return signing.dumps(subscriber.pk, salt=UNSUBSCRIBE_SALT)


def send_to_subscriber(request, subscriber, subject, template_name, context=None):
    with translation.override(subscriber.language):
        unsubscribe_url = request.build_absolute_uri(
            reverse("newsletter:unsubscribe", args=[unsubscribe_token(subscriber)])
        )
        body = render_to_string(
            template_name, {**(context or {}), "subscriber": subscriber, "unsubscribe_url": unsubscribe_url}
        )
        message = EmailMessage(
            subject=str(subject),
            body=body,
            from_email=settings.DEFAULT_FROM_EMAIL,
            to=[subscriber.email],
            headers={
                "List-Unsubscribe": f"<{unsubscribe_url}>",
                "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
            },
        )
        message.send()
