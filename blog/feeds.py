"""The RSS feed of posts and the iCalendar files of events.

Both are served as routes of the blog pages (``BlogIndexPage.feed``,
``BlogIndexPage.events_ics``, ``EventPage.event_ics``), so they follow the
page tree and its languages.
"""

import datetime
from urllib.parse import urlparse

import icalendar
from django.conf import settings
from django.contrib.syndication.views import Feed
from django.http import HttpResponse
from django.utils import timezone
from django.utils.feedgenerator import Rss201rev2Feed

FEED_LENGTH = 20


class PostsFeed(Feed):
    """RSS 2.0 feed of the latest posts and event write-ups under one news index."""

    feed_type = Rss201rev2Feed

    def __init__(self, blog_index):
        super().__init__()
        self.blog_index = blog_index

    def get_object(self, request, *args, **kwargs):
        self.request = request
        return self.blog_index

    def title(self, obj):
        return obj.title

    def link(self, obj):
        return obj.get_url(self.request)

    def description(self, obj):
        return obj.introduction or obj.title

    def feed_url(self, obj):
        return obj.feed_url()

    def items(self, obj):
        return obj.posts().prefetch_related("categories")[:FEED_LENGTH]

    def item_title(self, item):
        return item.title

    def item_description(self, item):
        return item.summary

    def item_link(self, item):
        return item.get_url(self.request)

    def item_pubdate(self, item):
        return timezone.make_aware(datetime.datetime.combine(item.date, datetime.time(9, 0)))

    def item_updateddate(self, item):
        return item.last_published_at

    def item_categories(self, item):
        return [category.name for category in item.categories.all()]


def absolute_url(page, request):
    """``page``'s address on the host the visitor asked for.

    Not ``get_full_url``: that takes the host from the Site record, which on a
    copy of the database (the demo, a staging server) still says ``localhost``.
    A scheduled command (event reminders) has no visitor, so it uses the Site's.
    """
    if request is None:
        return page.get_full_url()
    return request.build_absolute_uri(page.get_url(request))


def ical_event(event, request, stamp):
    """One event as an iCalendar VEVENT, with its times in UK time.

    Its UID is the same in every language (the page's translation key), so
    importing the English and the Polish file leaves one event, not two.
    """
    url = absolute_url(event, request)
    component = icalendar.Event()
    component.add("uid", f"{event.translation_key}@{urlparse(url).hostname}")
    component.add("dtstamp", stamp)
    component.add("dtstart", timezone.localtime(event.start))
    component.add("dtend", timezone.localtime(event.end))
    component.add("summary", event.title)
    component.add("description", event.summary)
    component.add("location", event.location_text())
    component.add("url", url)
    if event.last_published_at:
        component.add("last-modified", event.last_published_at)
    return component


def calendar_response(request, events, name, filename):
    """An .ics download of ``events`` that calendar apps can import, named ``name`` in the calendar app."""
    calendar = icalendar.Calendar()
    calendar.add("prodid", f"-//{settings.WAGTAIL_SITE_NAME}//Events//EN")
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("name", name)
    calendar.add("x-wr-calname", name)
    stamp = timezone.now().astimezone(datetime.UTC)
    for event in events:
        calendar.add_component(ical_event(event, request, stamp))
    if events:
        # Describe UK time only for the years the events need, not 1970 to 2038.
        calendar.add_missing_timezones(
            first_date=min(event.start for event in events).date() - datetime.timedelta(days=1),
            last_date=max(event.end for event in events).date() + datetime.timedelta(days=1),
        )
    response = HttpResponse(calendar.to_ical(), content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    response["X-Robots-Tag"] = "noindex"
    return response
