"""Bookings, and the row that is locked while a place is given.

A booking holds personal, sometimes health, data (access needs): only the
Involvement team sees it, it is never written to logs, and
``purge_personal_data`` deletes it after the retention period.

An event's places are shared by all its languages: someone booking on the
Polish page takes a place from the same count as someone on the English
one. So places are counted, and locked, by the event's ``translation_key``.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _


class AccessNeed(models.TextChoices):
    BSL = "bsl", _("A British Sign Language (BSL) interpreter")
    STEP_FREE = "step-free", _("Step-free access")
    HEARING_LOOP = "hearing-loop", _("A hearing loop")
    QUIET_SPACE = "quiet-space", _("A quiet space")
    COMPANION = "companion", _("Someone to come with me")


class Status(models.TextChoices):
    BOOKED = "booked", _("Booked")
    WAITING = "waiting", _("On the waiting list")
    CANCELLED = "cancelled", _("Cancelled")
    ATTENDED = "attended", _("Came")


# Statuses that take one of the event's places.
HOLDING_A_PLACE = (Status.BOOKED, Status.ATTENDED)


class EventPlaces(models.Model):
    """One row per event (all its languages together): locked while a place is given or given back."""

    translation_key = models.UUIDField(unique=True)
    changed_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("event's places")
        verbose_name_plural = _("events' places")

    def __str__(self):
        return str(self.translation_key)


class BookingQuerySet(models.QuerySet):
    def for_event(self, event):
        """Bookings of ``event`` in every language."""
        return self.filter(event__translation_key=event.translation_key)

    def holding_places(self):
        return self.filter(status__in=HOLDING_A_PLACE)

    def counts(self):
        """How many of each status: ``{"booked": 3, "waiting": 1, "cancelled": 0, "attended": 0}``."""
        found = dict(self.order_by().values_list("status").annotate(number=models.Count("pk")))
        return {status: found.get(status, 0) for status in Status.values}

    def waiting(self):
        """The waiting list, first come first served."""
        return self.filter(status=Status.WAITING).order_by("created_at", "pk")


class Booking(models.Model):
    """One person's place (or place on the waiting list) at one event."""

    event = models.ForeignKey(
        "blog.EventPage",
        verbose_name=_("event"),
        on_delete=models.CASCADE,
        related_name="bookings",
        help_text=_("The event page they booked on, in their language."),
    )
    name = models.CharField(_("name"), max_length=100)
    email = models.EmailField(_("email"), blank=True)
    phone = models.CharField(_("phone"), max_length=40, blank=True)
    access_needs = models.JSONField(_("access needs"), default=list, blank=True)
    access_details = models.TextField(_("more about access needs"), max_length=1000, blank=True)
    consent = models.BooleanField(_("agreed to the privacy notice"), default=False)
    language = models.CharField(_("language"), max_length=10, help_text=_("The language of the form they used."))
    status = models.CharField(
        _("status"),
        max_length=20,
        choices=Status.choices,
        default=Status.BOOKED,
        help_text=_("Booked, on the waiting list, cancelled, or came on the day."),
    )
    place_given_at = models.DateTimeField(
        _("place given from the waiting list"),
        null=True,
        blank=True,
        help_text=_("When someone on the waiting list was given a place. Phone them if they gave no email."),
    )
    reminder_sent_at = models.DateTimeField(_("reminder sent"), null=True, blank=True)
    created_at = models.DateTimeField(_("booked on"), auto_now_add=True, db_index=True)
    updated_at = models.DateTimeField(_("last changed"), auto_now=True)

    objects = BookingQuerySet.as_manager()

    class Meta:
        verbose_name = _("booking")
        verbose_name_plural = _("bookings")
        ordering = ["created_at", "pk"]
        permissions = [("export_booking", _("Can export bookings"))]

    def __str__(self):
        return f"{self.name} – {self.event.title}"

    def access_needs_display(self):
        """The access needs in words, in the order of the form."""
        labels = dict(AccessNeed.choices)
        return [labels[need] for need in AccessNeed.values if need in self.access_needs]

    def access_needs_text(self):
        """The ticked access needs on one line (for the list and exports)."""
        return "; ".join(map(str, self.access_needs_display()))

    access_needs_text.short_description = _("access needs")

    @property
    def contact(self):
        return " · ".join(part for part in (self.email, self.phone) if part)
