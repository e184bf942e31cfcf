"""The Involvement team's "Event bookings" list in the admin.

Bookings hold personal, sometimes health, data (access needs). They can be
seen only with the "view" (or "change") permission on the model, and exported
only with "Can export bookings"; the "Involvement team" group (made in a data
migration) has all three. Nobody adds a booking from the admin: they come
from the public form. Who holds a place changes only through the actions
(check in, offer a place, cancel), which go through ``bookings.allocation``.
"""

import django_filters
from django.urls import path, reverse
from django.utils.http import urlencode
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail import hooks
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.panels import FieldPanel
from wagtail.admin.ui.tables import Column
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.admin.widgets import ListingButton
from wagtail.models import Locale

from blog.bookings import admin_views
from blog.bookings.models import Booking, Status
from blog.models import EventPage
from opportunities.cases import InterestIndexView


def _bookable_events(request):
    """Events booked on this website, once each: in the site's main language (the filter covers every language)."""
    return EventPage.objects.filter(booking=EventPage.Booking.FORM, locale=Locale.get_default()).order_by("-start")


class BookingFilterSet(WagtailFilterSet):
    event = django_filters.ModelChoiceFilter(
        label=gettext_lazy("Event"),
        queryset=_bookable_events,
        empty_label=gettext_lazy("All events"),
        method="in_every_language",
    )

    class Meta:
        model = Booking
        fields = ["event", "status"]

    def in_every_language(self, queryset, name, event):
        """One event's bookings, whichever language they booked in."""
        return queryset.filter(event__translation_key=event.translation_key)


class BookingIndexView(InterestIndexView):
    """Exports escape formulas and log who exported (``hub.privacy.exports``), for the export permission only.

    With one event chosen, the header counts its bookings by status: the
    number that came is the figure for the event's write-up.
    """

    def get_edit_url(self, instance):
        return None

    def get_page_subtitle(self):
        event = self.filters.form.cleaned_data.get("event") if self.filters and self.filters.is_valid() else None
        if not event:
            return super().get_page_subtitle()
        return f"{event.title}: {attendance_summary(event)}"

    def get_list_more_buttons(self, instance):
        buttons = super().get_list_more_buttons(instance)
        actions = {
            Status.BOOKED: [("check_in", _("Check in"), "tick"), ("cancel", _("Cancel booking"), "cross")],
            Status.WAITING: [("offer_place", _("Offer a place"), "plus"), ("cancel", _("Cancel booking"), "cross")],
        }
        if not self.user_has_permission("change"):
            return buttons
        for name, label, icon in actions.get(instance.status, []):
            url = (
                reverse(f"bookings:{name}", args=[instance.pk])
                + "?"
                + urlencode({"next": self.request.get_full_path()})
            )
            buttons.append(
                ListingButton(label, url=url, icon_name=icon, attrs={"aria-label": f"{label}: {instance.name}"})
            )
        return buttons


def attendance_summary(event):
    """The counts by status for one event in every language, in words."""
    counts = Booking.objects.for_event(event).counts()
    return ", ".join(f"{label} {counts[value]}" for value, label in Status.choices)


class BookingViewSet(ModelViewSet):
    model = Booking
    name = "bookings"
    icon = "calendar"
    menu_label = gettext_lazy("Event bookings")
    menu_order = 260
    add_to_admin_menu = True
    index_view_class = BookingIndexView
    copy_view_enabled = False
    inspect_view_enabled = True
    list_display = [
        "name",
        Column("event", label=gettext_lazy("Event"), accessor=lambda booking: booking.event.title),
        "status",
        Column("access_needs", label=gettext_lazy("Access needs"), accessor="access_needs_text"),
        Column("contact", label=gettext_lazy("Contact")),
        "created_at",
    ]
    filterset_class = BookingFilterSet
    search_fields = ["name"]
    list_export = [
        "event.title",
        "name",
        "email",
        "phone",
        "access_needs_text",
        "access_details",
        "get_status_display",
        "language",
        "created_at",
        "place_given_at",
        "reminder_sent_at",
    ]
    export_headings = {
        "event.title": gettext_lazy("Event"),
        "access_needs_text": gettext_lazy("Access needs"),
        "get_status_display": gettext_lazy("Status"),
    }
    export_filename = "event-bookings"
    inspect_view_fields = [
        "event",
        "name",
        "email",
        "phone",
        "access_needs_text",
        "access_details",
        "consent",
        "language",
        "status",
        "place_given_at",
        "reminder_sent_at",
        "created_at",
        "updated_at",
    ]
    panels = [FieldPanel("name"), FieldPanel("email"), FieldPanel("phone"), FieldPanel("access_details")]

    def get_queryset(self, request):
        return Booking.objects.select_related("event")

    def get_index_view_kwargs(self, **kwargs):
        # No "Add" button: bookings only come from the public form.
        return super().get_index_view_kwargs(add_url_name=None, **kwargs)

    def get_urlpatterns(self):
        actions = {
            "check_in": admin_views.CheckInView,
            "offer_place": admin_views.OfferPlaceView,
            "cancel": admin_views.CancelBookingView,
        }
        return [
            *(pattern for pattern in super().get_urlpatterns() if pattern.name != "add"),
            *(
                path(
                    f"{name.replace('_', '-')}/<int:pk>/",
                    view.as_view(permission_policy=self.permission_policy, index_url_name=self.get_url_name("index")),
                    name=name,
                )
                for name, view in actions.items()
            ),
        ]

    def get_permissions_to_register(self):
        return super().get_permissions_to_register().exclude(codename="add_booking")


@hooks.register("register_admin_viewset")
def register_bookings_viewset():
    return BookingViewSet()
