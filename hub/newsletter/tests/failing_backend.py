"""Stand-ins that fail, to test that failures lose nothing."""

import smtplib

from django.core.mail.backends.base import BaseEmailBackend

from hub.newsletter import backends


class EmailBackend(BaseEmailBackend):
    def send_messages(self, email_messages):
        raise ConnectionRefusedError("mail server down")


class RefusingEmailBackend(BaseEmailBackend):
    """Refuses every recipient the way an SMTP server does: the error names the addresses."""

    def send_messages(self, email_messages):
        refused = {address: (550, b"mailbox unavailable") for message in email_messages for address in message.to}
        raise smtplib.SMTPRecipientsRefused(refused)


class NewsletterBackend(backends.NewsletterBackend):
    def subscribed(self, subscriber):
        raise ConnectionError("provider down")

    def unsubscribed(self, subscriber):
        raise ConnectionError("provider down")
