"""The news index, its filters and bad parameters, the feeds, metadata and the sitemap."""

import datetime
import json
import re

import feedparser
import icalendar
import pytest
from django.utils import timezone

from blog.factories import BlogPageFactory, CategoryFactory, EventPageFactory
from blog.models import PostType
from hub.factories import ImageFactory

pytestmark = pytest.mark.django_db


def card_titles(html):
    return re.findall(r'class="nhsuk-card__link" href="[^"]*">([^<]*)</a>', html)


def json_ld(html):
    return [
        json.loads(block) for block in re.findall(r'<script type="application/ld\+json">(.*?)</script>', html, re.S)
    ]


class TestIndex:
    def test_lists_posts_and_events_newest_first_twelve_a_page(self, client, blog_index):
        for day in range(1, 15):
            BlogPageFactory(parent=blog_index, title=f"Post from day {day}", date=datetime.date(2024, 5, day))
        html = client.get(blog_index.url).content.decode()
        titles = card_titles(html)
        assert titles[0] == "Post from day 14" and titles[-1] == "Post from day 3"
        assert len(titles) == 12
        assert "nhsuk-pagination--numbered" in html and 'aria-current="page"' in html
        second = client.get(blog_index.url, {"page": 2}).content.decode()
        assert card_titles(second) == ["Post from day 2", "Post from day 1"]

    def test_filters_by_type_category_and_tag(self, client, blog_index):
        carers = CategoryFactory(name="Carers", slug="carers")
        story = BlogPageFactory(parent=blog_index, title="A carer story", post_type=PostType.STORY)
        story.categories.set([carers])
        story.tags.add("Recovery Academy")
        story.save()
        BlogPageFactory(parent=blog_index, title="Some news", post_type=PostType.NEWS)
        EventPageFactory(parent=blog_index, title="An open day")

        assert card_titles(client.get(blog_index.url, {"type": "story"}).content.decode()) == ["A carer story"]
        assert card_titles(client.get(blog_index.url, {"type": "event"}).content.decode()) == ["An open day"]
        assert card_titles(client.get(blog_index.url, {"category": "carers"}).content.decode()) == ["A carer story"]
        filtered = client.get(blog_index.url, {"tag": "recovery-academy", "type": "story"}).content.decode()
        assert card_titles(filtered) == ["A carer story"]
        assert "Clear filters" in filtered
        assert '<option value="carers">Carers</option>' in filtered
        assert '<option value="recovery-academy" selected>Recovery Academy</option>' in filtered

    def test_filter_form_works_without_javascript(self, client, blog_index):
        html = client.get(blog_index.url).content.decode()
        assert re.search(r'<form class="hub-filters" method="get" action="/news/"', html)
        for name in ("type", "category", "tag"):
            assert f'<label class="nhsuk-label" for="id_{name}">' in html
        assert '<button class="nhsuk-button nhsuk-button--secondary" data-module="nhsuk-button" type="submit">' in html

    @pytest.mark.parametrize(
        "query",
        [
            "type=nonsense",
            "category=no-such-category",
            "tag=no-such-tag",
            "page=abc",
            "page=99999",
            "page=-1",
            "page=0",
            "page=1.5",
            "type=story&type=news&type=",
            "category=carers&category=carers&page=2&page=x",
            "type=%00&category=%00&tag=%00",
            "tag=<script>alert(1)</script>",
            "category[]=carers",
            "q=" + "x" * 3000,
        ],
    )
    def test_bad_parameters_never_fail(self, client, blog_index, query):
        BlogPageFactory(parent=blog_index, title="Still listed")
        response = client.get(f"{blog_index.url}?{query}")
        assert response.status_code == 200
        html = response.content.decode()
        assert "<script>alert(1)</script>" not in html
        assert "Still listed" in html or "There are no posts that match" in html

    def test_ignored_filter_shows_everything(self, client, blog_index):
        BlogPageFactory(parent=blog_index, title="Listed")
        html = client.get(blog_index.url, {"type": "nonsense", "page": "99999"}).content.decode()
        assert card_titles(html) == ["Listed"]
        assert "Clear filters" not in html

    def test_upcoming_events_strip(self, client, blog_index):
        now = timezone.now()
        EventPageFactory(parent=blog_index, title="Next month", start=now + datetime.timedelta(days=30))
        EventPageFactory(parent=blog_index, title="Next week", start=now + datetime.timedelta(days=7))
        EventPageFactory(
            parent=blog_index,
            title="Last year",
            start=now - datetime.timedelta(days=365),
            end=now - datetime.timedelta(days=365, hours=-2),
        )
        html = client.get(blog_index.url).content.decode()
        strip = html.split('id="upcoming-heading"')[1].split('id="posts-heading"')[0]
        assert card_titles(strip) == ["Next week", "Next month"]
        assert "Event write-up" in html and "Last year" in html


class TestFeeds:
    def test_rss_feed_parses_cleanly(self, client, blog_index):
        category = CategoryFactory(name="Carers")
        BlogPageFactory(parent=blog_index, title="Older post", date=datetime.date(2024, 1, 5))
        BlogPageFactory(
            parent=blog_index, title="Newer & better", date=datetime.date(2024, 2, 5), categories=[category]
        )
        response = client.get(blog_index.url + "feed/")
        assert response.status_code == 200
        assert response["Content-Type"].startswith("application/rss+xml")
        feed = feedparser.parse(response.content)
        assert not feed.bozo, feed.get("bozo_exception")
        assert feed.feed.title == blog_index.title
        assert [entry.title for entry in feed.entries] == ["Newer & better", "Older post"]
        first = feed.entries[0]
        assert first.link.startswith("http://testserver/news/")
        assert first.summary == "A short summary of the post."
        assert [tag.term for tag in first.tags] == ["Carers"]
        assert first.published_parsed[:3] == (2024, 2, 5)
        assert 'type="application/rss+xml"' in client.get(blog_index.url).content.decode()

    def test_events_calendar_has_only_upcoming_events(self, client, blog_index):
        now = timezone.now()
        EventPageFactory(parent=blog_index, title="Coming up", start=now + datetime.timedelta(days=2))
        EventPageFactory(
            parent=blog_index,
            title="Over",
            start=now - datetime.timedelta(days=2),
            end=now - datetime.timedelta(days=1),
        )
        response = client.get(blog_index.url + "events.ics")
        assert response.status_code == 200
        assert response["Content-Type"] == "text/calendar; charset=utf-8"
        calendar = icalendar.Calendar.from_ical(response.content)
        events = calendar.walk("VEVENT")
        assert [str(event["SUMMARY"]) for event in events] == ["Coming up"]
        assert calendar.walk("VTIMEZONE")[0]["TZID"] == "Europe/London"

    def test_single_event_calendar_file(self, client, blog_index):
        start = datetime.datetime(2030, 7, 1, 10, 0, tzinfo=timezone.get_current_timezone())
        event = EventPageFactory(
            parent=blog_index,
            title="Open day",
            start=start,
            end=start + datetime.timedelta(hours=4),
            venue_name="Riverside Hall",
            venue_address="2 Mill Lane\nRV1 3CD",
        )
        html = client.get(event.url).content.decode()
        assert f'href="{event.url}event.ics" download' in html
        response = client.get(event.url + "event.ics")
        assert response.status_code == 200
        assert response["Content-Disposition"] == f'attachment; filename="{event.slug}.ics"'
        (vevent,) = icalendar.Calendar.from_ical(response.content).walk("VEVENT")
        for prop in ("UID", "DTSTAMP", "DTSTART", "DTEND", "SUMMARY", "LOCATION", "URL"):
            assert prop in vevent
        assert vevent["DTSTART"].params["TZID"] == "Europe/London"
        assert vevent.decoded("DTSTART") == start
        assert vevent.decoded("DTSTART").utcoffset() == datetime.timedelta(hours=1)
        assert str(vevent["LOCATION"]) == "Riverside Hall, 2 Mill Lane, RV1 3CD"
        # The host the visitor asked for (the test client's), not the Site record's "localhost".
        assert str(vevent["URL"]) == f"http://testserver{event.url}"
        assert str(vevent["UID"]) == f"{event.translation_key}@testserver"

    def test_unknown_calendar_path_is_404(self, client, blog_index):
        assert client.get(blog_index.url + "nothing.ics").status_code == 404


class TestMetadata:
    def test_post_json_ld_open_graph_and_canonical(self, client, blog_index):
        post = BlogPageFactory(
            parent=blog_index, title="Our story", post_type=PostType.STORY, hero_image=ImageFactory()
        )
        html = client.get(post.url).content.decode()
        (data,) = json_ld(html)
        assert data["@type"] == "BlogPosting"
        assert data["headline"] == "Our story"
        assert data["datePublished"] == post.date.isoformat()
        assert data["publisher"]["@type"] == "Organization"
        assert data["image"][0].startswith("http://testserver/")
        assert f'<link rel="canonical" href="http://localhost{post.url}">' in html
        assert '<meta property="og:type" content="article">' in html
        assert '<meta property="og:title" content="Our story">' in html
        assert re.search(r'<meta property="og:image" content="http://testserver/[^"]+\.jpg">', html)
        assert '<meta name="twitter:card" content="summary_large_image">' in html

    def test_news_is_a_news_article(self, client, blog_index):
        post = BlogPageFactory(parent=blog_index, post_type=PostType.NEWS)
        (data,) = json_ld(client.get(post.url).content.decode())
        assert data["@type"] == "NewsArticle"

    def test_event_json_ld(self, client, blog_index):
        start = datetime.datetime(2030, 1, 15, 18, 0, tzinfo=timezone.get_current_timezone())
        event = EventPageFactory(
            parent=blog_index, start=start, end=start + datetime.timedelta(hours=2), is_online=True, venue_name=""
        )
        html = client.get(event.url).content.decode()
        (data,) = json_ld(html)
        assert data["@type"] == "Event"
        assert data["startDate"] == "2030-01-15T18:00:00+00:00"
        assert data["endDate"] == "2030-01-15T20:00:00+00:00"
        assert data["eventStatus"] == "https://schema.org/EventScheduled"
        assert data["eventAttendanceMode"] == "https://schema.org/OnlineEventAttendanceMode"
        assert data["location"]["@type"] == "VirtualLocation"
        assert data["organizer"]["name"]
        assert '<meta name="twitter:card" content="summary">' in html

    def test_in_person_event_has_a_place(self, client, blog_index):
        event = EventPageFactory(parent=blog_index)
        (data,) = json_ld(client.get(event.url).content.decode())
        assert data["eventAttendanceMode"] == "https://schema.org/OfflineEventAttendanceMode"
        assert data["location"]["name"] == "Riverside Community Hall"
        assert "+" in data["startDate"] or data["startDate"].endswith("+00:00")

    def test_json_ld_cannot_break_out_of_its_script(self, client, blog_index):
        post = BlogPageFactory(parent=blog_index, title="</script><script>alert(1)</script>")
        html = client.get(post.url).content.decode()
        assert "<script>alert(1)" not in html
        assert json_ld(html)[0]["headline"] == "</script><script>alert(1)</script>"

    def test_no_inline_scripts_or_styles(self, client, blog_index):
        event = EventPageFactory(parent=blog_index)
        post = BlogPageFactory(parent=blog_index)
        for url in (blog_index.url, post.url, event.url, "/"):
            html = client.get(url).content.decode()
            assert " style=" not in html
            for tag in re.findall(r"<script[^>]*>", html):
                assert "src=" in tag or 'type="application/ld+json"' in tag, tag

    def test_sitemap_lists_blog_pages_with_lastmod(self, client, blog_index):
        post = BlogPageFactory(parent=blog_index)
        post.save_revision().publish()
        event = EventPageFactory(parent=blog_index)
        event.save_revision().publish()
        sitemap = client.get("/sitemap.xml").content.decode()
        for page in (blog_index, post, event):
            assert f"<loc>http://localhost{page.url}</loc>" in sitemap
        entry = sitemap.split(f"<loc>http://localhost{post.url}</loc>")[1].split("</url>")[0]
        assert "<lastmod>" in entry
