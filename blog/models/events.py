"""An event: upcoming until it ends, then its write-up, on the same page."""

from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.cache import patch_cache_control
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import (
    FieldPanel,
    FieldRowPanel,
    HelpPanel,
    InlinePanel,
    MultiFieldPanel,
    PageChooserPanel,
)
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import StreamField
from wagtail.models import Orderable, Page, PageManager, TranslatableMixin
from wagtail.search import index

from blog import feeds
from blog.blocks import BlogStreamBlock
from blog.bookings import allocation
from blog.bookings import views as booking_views
from blog.bookings.panels import AttendancePanel
from blog.models import json_ld
from blog.models.choices import PostType
from blog.models.posts import BlogPage, BlogPageQuerySet


def soonest_end(posts, now=None):
    """The first end time still to come among ``posts``' events (None if none): when their cards change."""
    now = now or timezone.now()
    ends = [post.event.end for post in posts if post.event is not None and post.event.end > now]
    return min(ends, default=None)


class EventPageQuerySet(BlogPageQuerySet):
    def upcoming(self, now=None):
        """Live, public events that have not ended yet, soonest first, with their image."""
        return self.live().public().filter(end__gt=now or timezone.now()).select_related("hero_image").order_by("start")


class EventPage(RoutablePageMixin, BlogPage):
    """An event: upcoming until its end time, then its write-up, on the same page."""

    class Booking(models.TextChoices):
        JUST_COME = "none", _("No need to book: just come")
        LINK = "link", _("Book online (a web address)")
        EMAIL = "email", _("Book by email")
        FORM = "form", _("Book on this website (places, waiting list and reminders)")

    start = models.DateTimeField(
        _("starts"),
        help_text=_("The date and time it starts, in UK time."),
    )
    end = models.DateTimeField(
        _("ends"),
        help_text=_(
            "The date and time it ends, in UK time. Until then the page shows as an upcoming event with "
            "an 'Add to calendar' button; after it, as the write-up."
        ),
    )
    is_online = models.BooleanField(
        _("online event"),
        default=False,
        help_text=_("Tick if people join online. You can still add a venue if some people come in person."),
    )
    venue_name = models.CharField(
        _("venue"),
        max_length=120,
        blank=True,
        help_text=_("The name of the building or room, for example 'Riverside Community Hall'."),
    )
    venue_address = models.TextField(
        _("venue address"),
        max_length=300,
        blank=True,
        help_text=_("The full address with the postcode, one line for each part."),
    )
    step_free_access = models.BooleanField(
        _("step-free access"),
        default=False,
        help_text=_("Tick if people can get in and around without steps (lift or ramp)."),
    )
    hearing_loop = models.BooleanField(
        _("hearing loop"), default=False, help_text=_("Tick if there is a hearing loop.")
    )
    quiet_room = models.BooleanField(
        _("quiet room"), default=False, help_text=_("Tick if there is a quiet room people can use at any time.")
    )
    bsl_interpreter = models.BooleanField(
        _("BSL interpreter"),
        default=False,
        help_text=_("Tick if a British Sign Language interpreter will be there."),
    )
    accessibility_notes = models.CharField(
        _("more about access"),
        max_length=300,
        blank=True,
        help_text=_("Optional. Anything else people may need to know, such as accessible parking or toilets."),
    )
    booking = models.CharField(
        _("how to book"),
        max_length=10,
        choices=Booking.choices,
        default=Booking.JUST_COME,
        help_text=_("Choose how people book. Add the web address or email below if you choose one of those."),
    )
    booking_url = models.URLField(
        _("booking web address"), blank=True, help_text=_("The page where people book, starting with https://.")
    )
    booking_email = models.EmailField(
        _("booking email"), blank=True, help_text=_("The address people write to for a place.")
    )
    places = models.PositiveIntegerField(
        _("number of places"),
        null=True,
        blank=True,
        help_text=_(
            "Only for booking on this website: how many people can come. Leave empty if there is no limit. "
            "The page shows how many places are left."
        ),
    )
    booking_closes = models.DateTimeField(
        _("booking closes"),
        null=True,
        blank=True,
        help_text=_(
            "Only for booking on this website: the last moment people can book, in UK time. "
            "Leave empty to take bookings until the event starts."
        ),
    )
    waiting_list = models.BooleanField(
        _("keep a waiting list"),
        default=True,
        help_text=_(
            "When all places are taken, people can join a waiting list. When someone cancels, the first "
            "person waiting gets the place and an email."
        ),
    )
    privacy_notice = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("privacy notice"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Only for booking on this website: the privacy notice linked from the booking form."),
    )
    cost = models.CharField(
        _("cost"),
        max_length=80,
        help_text=_("What it costs to come, for example 'Free' or 'Free, and we pay your travel costs'."),
    )
    audience = models.CharField(
        _("who it is for"),
        max_length=200,
        blank=True,
        help_text=_("For example 'Anyone who uses our services, carers and staff'."),
    )
    write_up = StreamField(
        BlogStreamBlock(),
        verbose_name=_("write-up"),
        blank=True,
        help_text=_(
            "After the event: what happened, what people said and what comes next. It replaces the "
            "description once the event has ended."
        ),
    )
    attendance = models.PositiveIntegerField(
        _("number of people who came"),
        null=True,
        blank=True,
        help_text=_("Optional. After the event: roughly how many people came, for example 70."),
    )
    highlights = models.TextField(
        _("highlights"),
        max_length=1200,
        blank=True,
        help_text=_("Optional. After the event: its highlights, one short sentence on each line."),
    )
    film_url = models.URLField(
        _("film link"),
        blank=True,
        help_text=_("Optional. After the event: a link to a film of it, for example on YouTube."),
    )

    content_panels = [
        *Page.content_panels,
        *BlogPage.summary_panels,
        MultiFieldPanel(
            [
                HelpPanel(
                    content=_(
                        "Write this before the event. It shows until the end time, with an 'Add to "
                        "calendar' button. After that the page shows the write-up below instead."
                    )
                ),
                FieldRowPanel([FieldPanel("start"), FieldPanel("end")]),
                FieldPanel("body", heading=_("description")),
                FieldPanel("audience"),
                FieldPanel("cost"),
            ],
            heading=_("Before the event"),
        ),
        MultiFieldPanel(
            [FieldPanel("is_online"), FieldPanel("venue_name"), FieldPanel("venue_address")],
            heading=_("Where"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("step_free_access"),
                FieldPanel("hearing_loop"),
                FieldPanel("quiet_room"),
                FieldPanel("bsl_interpreter"),
                FieldPanel("accessibility_notes"),
            ],
            heading=_("Access: tick what applies"),
        ),
        MultiFieldPanel(
            [
                HelpPanel(
                    content=_(
                        "Choose 'Book on this website' to take bookings here: people book at the event's "
                        "own address, get an email with a calendar file, and the Involvement team sees the "
                        "list under 'Event bookings'. The settings below are for that choice only."
                    )
                ),
                FieldPanel("booking"),
                FieldPanel("booking_url"),
                FieldPanel("booking_email"),
                FieldRowPanel([FieldPanel("places"), FieldPanel("booking_closes")]),
                FieldPanel("waiting_list"),
                PageChooserPanel("privacy_notice"),
            ],
            heading=_("Booking"),
        ),
        MultiFieldPanel(
            [
                HelpPanel(content=_("Fill these in after the event. Readers see them once the end time has passed.")),
                FieldPanel("write_up"),
                AttendancePanel(heading=_("Bookings")),
                FieldPanel("attendance"),
                FieldPanel("highlights"),
                InlinePanel("gallery_images", label=_("Photo"), heading=_("Photos")),
                FieldPanel("film_url"),
            ],
            heading=_("After the event: the write-up"),
        ),
        *BlogPage.closing_panels,
    ]
    search_fields = [
        *BlogPage.search_fields,
        index.SearchField("write_up"),
        index.SearchField("highlights"),
        index.SearchField("audience"),
        index.SearchField("cost"),
        index.SearchField("venue_name"),
        index.SearchField("venue_address"),
        index.SearchField("accessibility_notes"),
        index.RelatedFields("gallery_images", [index.SearchField("caption")]),
        index.FilterField("start"),
        index.FilterField("end"),
    ]

    objects = PageManager.from_queryset(EventPageQuerySet)()

    template = "pages/event_page.html"

    class Meta:
        verbose_name = _("event")
        verbose_name_plural = _("events")

    def clean(self):
        super().clean()
        errors = {}
        if self.start and self.end and self.end <= self.start:
            errors["end"] = _("The end must be after the start.")
        if not self.is_online and not self.venue_name:
            errors["venue_name"] = _("Give the venue, or tick 'online event'.")
        if self.booking == self.Booking.LINK and not self.booking_url:
            errors["booking_url"] = _("Add the web address where people book, or choose another way to book.")
        if self.booking == self.Booking.EMAIL and not self.booking_email:
            errors["booking_email"] = _("Add the email address people book with, or choose another way to book.")
        if self.booking == self.Booking.FORM and not self.privacy_notice_id:
            errors["privacy_notice"] = _("Choose the privacy notice the booking form links to.")
        if self.booking_closes and self.end and self.booking_closes >= self.end:
            errors["booking_closes"] = _("Booking must close before the event ends.")
        if errors:
            raise ValidationError(errors)

    def save(self, *args, **kwargs):
        self.post_type = PostType.EVENT
        if self.start:
            self.date = timezone.localtime(self.start).date()
        super().save(*args, **kwargs)

    @property
    def event(self):
        return self

    # "Older" and "Newer" on an event lead to the events before and after it (issue 16).
    neighbour_order = "start"

    def neighbour_candidates(self):
        return EventPage.objects.live().public().sibling_of(self, inclusive=False)

    @staticmethod
    def neighbour_place(post):
        return post.event.start if post.event is not None else None

    def is_upcoming(self, now=None):
        """True until the end time; from the end time on, the page is a write-up."""
        return self.end > (now or timezone.now())

    def text_streams(self):
        return [self.body] if self.is_upcoming() else [self.write_up or self.body]

    def highlight_list(self):
        return [line.strip() for line in self.highlights.splitlines() if line.strip()]

    def access_features(self):
        features = [
            (self.step_free_access, _("Step-free access")),
            (self.hearing_loop, _("Hearing loop")),
            (self.quiet_room, _("Quiet room")),
            (self.bsl_interpreter, _("British Sign Language interpreter")),
        ]
        return [label for ticked, label in features if ticked]

    def location_text(self):
        parts = [self.venue_name, ", ".join(line.strip() for line in self.venue_address.splitlines() if line.strip())]
        place = ", ".join(part for part in parts if part)
        if self.is_online:
            return gettext("Online and %(place)s") % {"place": place} if place else gettext("Online")
        return place

    def structured_data(self, request):
        return json_ld.event(self, request)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context.update(
            upcoming=self.is_upcoming(),
            gallery=list(self.gallery_images.select_related("image").prefetch_related("image__renditions")),
        )
        if self.booking == self.Booking.FORM and context["upcoming"]:
            context["places"] = allocation.availability(self)
        return context

    def serve(self, request, *args, **kwargs):
        """While booking is open, caches keep the page for a minute at most, so "places left" stays close to true.

        The page cache (``hub.caching.middleware``) and a CDN honour the shorter ``s-maxage``.
        Booking itself never reads the shown number (``bookings.allocation``). Routes that set
        their own caching (the never-cached "booked" and cancel pages) keep it.
        """
        response = super().serve(request, *args, **kwargs)
        if allocation.is_open(self) and not response.has_header("Cache-Control"):
            patch_cache_control(response, s_maxage=allocation.PLACES_SHOWN_FOR_SECONDS)
        return response

    @path("book/", name="book")
    def book(self, request):
        return booking_views.book(request, self)

    @path("book/done/", name="booked")
    def booked(self, request):
        return booking_views.booked(request, self)

    @path("book/cancel/", name="cancel_booking")
    def cancel_booking(self, request):
        return booking_views.cancel(request, self)

    @path("event.ics/", name="event_ics")
    def event_ics(self, request):
        return feeds.calendar_response(request, [self], self.title, f"{self.slug}.ics")

    def calendar_url(self):
        # Calendar files are served without a trailing slash (see hub/urls.py).
        return self.url + self.reverse_subpage("event_ics").removesuffix("/")


class EventGalleryImage(TranslatableMixin, Orderable):
    """A photo from the event. Translatable, so its alt text and caption are translated with the page."""

    page = ParentalKey(EventPage, on_delete=models.CASCADE, related_name="gallery_images")
    image = models.ForeignKey(
        "hub.HubImage",
        verbose_name=_("photo"),
        on_delete=models.CASCADE,
        related_name="+",
        help_text=_("A photo from the event. Only use it if everyone in it agreed to be shown."),
    )
    alt_text = models.CharField(
        _("alt text"),
        max_length=250,
        blank=True,
        help_text=_(
            "Optional. Say what the photo shows, for people who cannot see it. Leave empty to use the "
            "image's own alt text. Translators translate this with the page."
        ),
    )
    caption = models.CharField(
        _("caption"), max_length=200, blank=True, help_text=_("Optional. Shown under the photo.")
    )

    panels = [FieldPanel("image"), FieldPanel("alt_text"), FieldPanel("caption")]

    class Meta(TranslatableMixin.Meta, Orderable.Meta):
        verbose_name = _("photo")

    @property
    def alt(self):
        """This page's words for the photo; else the image's own (empty when it is decorative)."""
        return self.alt_text or self.image.default_alt_text
