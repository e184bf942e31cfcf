"""Stand-ins that fail, to test that failures lose nothing."""

from django.core.mail.backends.base import BaseEmailBackend

from hub.newsletter import backends


class EmailBackend(BaseEmailBackend):
    def send_messages(self, email_messages):
        raise ConnectionRefusedError("mail server down")


class NewsletterBackend(backends.NewsletterBackend):
    def subscribed(self, subscriber):
        raise ConnectionError("provider down")

    def unsubscribed(self, subscriber):
        raise ConnectionError("provider down")
