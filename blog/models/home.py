"""The posts and events an editor chooses for the home page (``HomePage.get_context`` shows them)."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel
from wagtail.models import Orderable

from blog.models.events import EventPage
from blog.models.posts import BlogPage


class HomePageFeaturedPost(Orderable):
    """A post an editor puts on the home page; empty places are filled with the latest posts."""

    page = ParentalKey("home.HomePage", on_delete=models.CASCADE, related_name="featured_posts")
    post = models.ForeignKey(
        BlogPage,
        verbose_name=_("post"),
        on_delete=models.CASCADE,
        related_name="+",
        help_text=_("A post or event write-up to show on the home page."),
    )

    panels = [FieldPanel("post")]

    class Meta(Orderable.Meta):
        verbose_name = _("featured post")


class HomePageFeaturedEvent(Orderable):
    """An upcoming event an editor puts on the home page; it drops off once it has ended."""

    page = ParentalKey("home.HomePage", on_delete=models.CASCADE, related_name="featured_events")
    event = models.ForeignKey(
        EventPage,
        verbose_name=_("event"),
        on_delete=models.CASCADE,
        related_name="+",
        help_text=_("An upcoming event to show on the home page. It disappears from there once it has ended."),
    )

    panels = [FieldPanel("event")]

    class Meta(Orderable.Meta):
        verbose_name = _("featured event")
