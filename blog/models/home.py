"""The blog on the home page: the editor's chosen posts and events, topped up with the latest."""

from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel
from wagtail.models import Orderable

from blog.models.events import EventPage
from blog.models.index import BlogIndexPage
from blog.models.posts import BlogPage
from hub.visibility.rules import visible_q


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


def _chosen_then_latest(candidates, chosen_ids, limit):
    """The chosen items still in ``candidates``, in the editor's order, topped up from ``candidates``."""
    found = {item.pk: item for item in candidates.filter(pk__in=chosen_ids)} if chosen_ids else {}
    picked = [found[pk] for pk in chosen_ids if pk in found][:limit]
    if len(picked) < limit:
        picked += list(candidates.exclude(pk__in=[item.pk for item in picked])[: limit - len(picked)])
    return picked


def home_page_news(home, now=None):
    """What the home page shows from the blog: the news index, three posts and two upcoming events.

    The editor's choices come first; empty places are filled with the latest
    posts (not upcoming events) and the soonest upcoming events.
    """
    now = now or timezone.now()
    posts = BlogPage.objects.listing().descendant_of(home).exclude(eventpage__end__gt=now)
    events = (
        EventPage.objects.live()
        .public()
        .descendant_of(home)
        .filter(end__gt=now)
        .select_related("hero_image")
        .order_by("start")
    )
    return {
        "index": BlogIndexPage.objects.live().child_of(home).filter(visible_q()).first(),
        "posts": _chosen_then_latest(posts, [item.post_id for item in home.featured_posts.all()], 3),
        "events": _chosen_then_latest(events, [item.event_id for item in home.featured_events.all()], 2),
    }
