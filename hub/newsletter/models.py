"""Newsletter subscribers: who asked, when they agreed, and whether they confirmed."""

from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class Subscriber(models.Model):
    class Status(models.TextChoices):
        PENDING = "pending", _("Waiting for the person to confirm")
        CONFIRMED = "confirmed", _("Subscribed")
        UNSUBSCRIBED = "unsubscribed", _("Unsubscribed")

    email = models.EmailField(_("email address"), max_length=254, unique=True)
    status = models.CharField(_("status"), max_length=20, choices=Status.choices, default=Status.PENDING)
    language = models.CharField(
        _("language"), max_length=10, help_text=_("The language the person signed up in; emails use it.")
    )
    consented_at = models.DateTimeField(
        _("agreed on"), help_text=_("When the person ticked the box to agree to get the newsletter.")
    )
    confirmed_at = models.DateTimeField(_("confirmed on"), null=True, blank=True)
    unsubscribed_at = models.DateTimeField(_("unsubscribed on"), null=True, blank=True)
    created_at = models.DateTimeField(_("first signed up"), auto_now_add=True)

    class Meta:
        verbose_name = _("newsletter subscriber")
        verbose_name_plural = _("newsletter subscribers")
        ordering = ["-consented_at"]
        indexes = [models.Index(fields=["status", "consented_at"])]

    def __str__(self):
        return self.email

    def restart(self, language):
        """A new sign-up for this address: wait for confirmation again."""
        self.status = self.Status.PENDING
        self.language = language
        self.consented_at = timezone.now()
        self.confirmed_at = None
        self.unsubscribed_at = None

    def confirm(self):
        self.status = self.Status.CONFIRMED
        self.confirmed_at = timezone.now()

    def unsubscribe(self):
        self.status = self.Status.UNSUBSCRIBED
        self.unsubscribed_at = timezone.now()
