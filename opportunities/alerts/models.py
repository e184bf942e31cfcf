"""Role alerts: an email address, the listing it came from and the filters chosen there.

The address is personal data: only people given the "view role alert"
permission see it (nobody by default); the Involvement and Communications
teams see counts per filter (``views.AlertCountsView``). A person may have
several alerts; they get at most one email a day, whatever the number.
"""

from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class RoleAlertQuerySet(models.QuerySet):
    def confirmed(self):
        return self.filter(confirmed_at__isnull=False)

    def for_address(self, email):
        return self.filter(email=email)


class RoleAlert(models.Model):
    email = models.EmailField(_("email address"), max_length=254, db_index=True)
    listing = models.ForeignKey(
        "opportunities.OpportunityIndexPage",
        verbose_name=_("get involved page"),
        on_delete=models.CASCADE,
        related_name="+",
        help_text=_("The listing, in the person's language, whose roles they asked to hear about."),
    )
    filters = models.JSONField(
        _("filters"),
        default=dict,
        blank=True,
        help_text=_("The filters chosen on the listing; empty means every role."),
    )
    language = models.CharField(_("language"), max_length=10, help_text=_("Emails are written in this language."))
    consented_at = models.DateTimeField(_("asked on"))
    confirmed_at = models.DateTimeField(_("confirmed on"), null=True, blank=True)
    last_sent_at = models.DateTimeField(_("last email sent"), null=True, blank=True)
    created_at = models.DateTimeField(_("created"), auto_now_add=True)

    objects = RoleAlertQuerySet.as_manager()

    class Meta:
        verbose_name = _("role alert")
        verbose_name_plural = _("role alerts")
        ordering = ["-consented_at"]
        permissions = [("view_alert_counts", _("Can see how many people asked for each kind of role alert"))]

    def __str__(self):
        return str(_("Role alert %(number)s") % {"number": self.pk})

    @property
    def is_confirmed(self):
        return self.confirmed_at is not None

    def confirm(self):
        self.confirmed_at = timezone.now()
        self.save(update_fields=["confirmed_at"])


class SentRole(models.Model):
    """A role already emailed to an alert: republishing a role never sends it twice."""

    alert = models.ForeignKey(RoleAlert, on_delete=models.CASCADE, related_name="sent_roles")
    role = models.ForeignKey("opportunities.OpportunityPage", on_delete=models.CASCADE, related_name="+")
    sent_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["alert", "role"], name="role_sent_once_per_alert")]

    def __str__(self):
        return f"{self.alert_id}: {self.role_id}"
