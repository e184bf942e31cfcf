"""Page-type rules, rendering, previews and the rules of posts and events."""

import datetime
import re

import pytest
from django.core.exceptions import ValidationError
from django.db import IntegrityError
from django.utils import timezone
from wagtail.models import Locale, Page, PageViewRestriction
from wagtail.test.utils import WagtailPageTestCase
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

from blog.factories import (
    AuthorFactory,
    BlogIndexPageFactory,
    BlogPageFactory,
    CategoryFactory,
    EventPageFactory,
)
from blog.models import BlogIndexPage, BlogPage, Category, EventPage, PostType
from home.factories import HomePageFactory, StandardPageFactory, use_as_site_root
from home.models import HomePage, StandardPage
from hub.factories import ImageFactory
from hub.visibility.rules import any_restriction


class PageTypeRulesTests(WagtailPageTestCase):
    @classmethod
    def setUpTestData(cls):
        cls.home = HomePageFactory(parent=Page.get_first_root_node(), slug="rules-home")
        use_as_site_root(cls.home)

    def test_index_only_under_the_home_page(self):
        self.assertCanCreateAt(HomePage, BlogIndexPage)
        self.assertCanNotCreateAt(Page, BlogIndexPage)
        self.assertCanNotCreateAt(StandardPage, BlogIndexPage)
        self.assertCanNotCreateAt(BlogIndexPage, BlogIndexPage)

    def test_one_index_per_home_page(self):
        self.assertTrue(BlogIndexPage.can_create_at(self.home))
        BlogIndexPageFactory(parent=self.home)
        self.assertFalse(BlogIndexPage.can_create_at(self.home))

    def test_posts_and_events_only_under_the_index(self):
        self.assertAllowedSubpageTypes(BlogIndexPage, {BlogPage, EventPage})
        for model in (BlogPage, EventPage):
            self.assertCanCreateAt(BlogIndexPage, model)
            self.assertCanNotCreateAt(HomePage, model)
            self.assertCanNotCreateAt(StandardPage, model)
            self.assertAllowedSubpageTypes(model, set())


class RenderAndPreviewTests(WagtailPageTestCase):
    @classmethod
    def setUpTestData(cls):
        cls.home = HomePageFactory(parent=Page.get_first_root_node(), slug="render-home")
        use_as_site_root(cls.home)
        cls.index = BlogIndexPageFactory(parent=cls.home)

    def test_index(self):
        BlogPageFactory(parent=self.index)
        self.assertPageIsRenderable(self.index)
        self.assertPageIsPreviewable(
            self.index,
            post_data=nested_form_data(
                {"title": "News", "slug": "news", "introduction": "Preview introduction", "default_call_to_action": ""}
            ),
        )

    def test_post(self):
        post = BlogPageFactory(parent=self.index)
        author = AuthorFactory()
        self.assertPageIsRenderable(post)
        self.assertPageIsPreviewable(
            post,
            post_data=nested_form_data(
                {
                    "title": "A preview post",
                    "slug": post.slug,
                    "date": "2025-01-02",
                    "post_type": "story",
                    "summary": "Preview summary",
                    "body": streamfield(
                        [
                            ("rich_text", rich_text("<p>Preview body</p>")),
                            ("pull_quote", {"quote": "A striking line", "attribution": ""}),
                            (
                                "you_said_we_did",
                                {
                                    "heading": "You said, we did",
                                    "pairs": streamfield(
                                        [("pair", {"you_said": "More evening groups", "we_did": "Added two"})]
                                    ),
                                },
                            ),
                        ]
                    ),
                    "post_authors": inline_formset([{"author": author.pk}]),
                    "tags": "carers",
                }
            ),
        )

    def test_event(self):
        event = EventPageFactory(parent=self.index)
        start = timezone.localtime() + datetime.timedelta(days=3)
        self.assertPageIsRenderable(event)
        self.assertPageIsPreviewable(
            event,
            post_data=nested_form_data(
                {
                    "title": "A preview event",
                    "slug": event.slug,
                    "summary": "Preview summary",
                    "start": start.strftime("%Y-%m-%d %H:%M"),
                    "end": (start + datetime.timedelta(hours=2)).strftime("%Y-%m-%d %H:%M"),
                    "body": streamfield([("rich_text", rich_text("<p>Come along</p>"))]),
                    "write_up": streamfield([]),
                    "venue_name": "The hall",
                    "booking": "none",
                    "cost": "Free",
                    "post_authors": inline_formset([]),
                    "gallery_images": inline_formset([]),
                }
            ),
        )


@pytest.mark.django_db
class TestEventTimes:
    def test_upcoming_until_the_end_time_then_a_write_up(self, blog_index):
        end = timezone.make_aware(datetime.datetime(2025, 10, 10, 16, 0))
        event = EventPageFactory(parent=blog_index, start=end - datetime.timedelta(hours=6), end=end)
        just_before = end - datetime.timedelta(microseconds=1)
        assert event.is_upcoming(now=just_before)
        assert event.listing_label(now=just_before) == "Upcoming event"
        assert not event.is_upcoming(now=end)
        assert event.listing_label(now=end) == "Event write-up"

    def test_page_switches_from_upcoming_to_write_up_at_the_end_time(self, client, blog_index, monkeypatch):
        end = timezone.now() + datetime.timedelta(days=1)
        event = EventPageFactory(
            parent=blog_index,
            start=end - datetime.timedelta(hours=2),
            end=end,
            write_up=[("rich_text", "<p>What a day it was.</p>")],
            attendance=72,
        )
        monkeypatch.setattr(timezone, "now", lambda: end - datetime.timedelta(seconds=1))
        before = client.get(event.url).content.decode()
        assert "Add to calendar" in before and "What a day it was." not in before
        assert "Upcoming event" in client.get(blog_index.url).content.decode()

        monkeypatch.setattr(timezone, "now", lambda: end)
        after = client.get(event.url).content.decode()
        assert "What a day it was." in after and "72 people came." in after
        assert "Add to calendar" not in after
        assert "Event write-up" in client.get(blog_index.url).content.decode()

    def test_times_are_stored_aware_and_shown_in_uk_time(self, client, blog_index):
        summer = datetime.datetime(2024, 7, 1, 9, 0, tzinfo=datetime.UTC)  # 10am in London (BST)
        event = EventPageFactory(parent=blog_index, start=summer, end=summer + datetime.timedelta(hours=8))
        event.refresh_from_db()
        assert timezone.is_aware(event.start)
        assert event.date == datetime.date(2024, 7, 1)
        assert event.post_type == PostType.EVENT
        assert "10\u00a0a.m. to 6\u00a0p.m." in client.get(event.url).content.decode()

    def test_validation(self, blog_index):
        start = timezone.now()
        event = EventPageFactory.build(start=start, end=start - datetime.timedelta(hours=1), venue_name="")
        with pytest.raises(ValidationError) as error:
            event.clean()
        assert {"end", "venue_name"} <= set(error.value.message_dict)

        event = EventPageFactory.build(start=start, end=start + datetime.timedelta(hours=1), is_online=True)
        event.booking = EventPage.Booking.LINK
        with pytest.raises(ValidationError) as error:
            event.clean()
        assert set(error.value.message_dict) == {"booking_url"}
        event.booking = EventPage.Booking.EMAIL
        with pytest.raises(ValidationError) as error:
            event.clean()
        assert set(error.value.message_dict) == {"booking_email"}
        event.booking_email = "book@example.org"
        event.clean()


@pytest.mark.django_db
class TestPosts:
    def test_post_without_image_author_or_category_renders(self, client, blog_index):
        post = BlogPageFactory(parent=blog_index, hero_image=None)
        response = client.get(post.url)
        assert response.status_code == 200
        html = response.content.decode()
        assert post.summary in html
        assert "About the author" not in html and "Related posts" not in html and "Find more like this" not in html
        assert post.related_posts() == []

    def test_reading_time_counts_words_at_200_a_minute(self, blog_index):
        post = BlogPageFactory(parent=blog_index, body=[("rich_text", "<p>" + "word " * 401 + "</p>")])
        assert post.reading_time == 3
        short = BlogPageFactory(parent=blog_index, body=[])
        assert short.reading_time == 1

    def test_related_posts_share_a_category_and_exclude_the_post(self, blog_index):
        carers, other = CategoryFactory(), CategoryFactory()
        post = BlogPageFactory(parent=blog_index, categories=[carers])
        same = BlogPageFactory(parent=blog_index, categories=[carers, other])
        BlogPageFactory(parent=blog_index, categories=[other])
        draft = BlogPageFactory(parent=blog_index, categories=[carers], live=False)
        related = post.related_posts()
        assert related == [same]
        assert post not in related and draft not in related

    def test_previous_and_next_follow_the_dates(self, blog_index):
        older = BlogPageFactory(parent=blog_index, date=datetime.date(2024, 1, 1))
        middle = BlogPageFactory(parent=blog_index, date=datetime.date(2024, 2, 1))
        newer = BlogPageFactory(parent=blog_index, date=datetime.date(2024, 3, 1))
        assert middle.previous_and_next() == (older, newer)
        assert older.previous_and_next() == (None, middle)

    def test_an_events_older_and_newer_are_the_events_before_and_after_it(self, blog_index):
        day = timezone.make_aware(datetime.datetime(2031, 3, 4))
        evening = EventPageFactory(parent=blog_index, start=day + datetime.timedelta(hours=18))
        morning = EventPageFactory(parent=blog_index, start=day + datetime.timedelta(hours=9))
        earlier = EventPageFactory(parent=blog_index, start=day - datetime.timedelta(days=20))
        later = EventPageFactory(parent=blog_index, start=day + datetime.timedelta(days=20))
        # Posts dated between the events are not an event's neighbours.
        BlogPageFactory(parent=blog_index, date=datetime.date(2031, 3, 3))
        BlogPageFactory(parent=blog_index, date=datetime.date(2031, 3, 5))

        def neighbours(event):
            return [post.pk if post else None for post in event.previous_and_next()]

        assert neighbours(morning) == [earlier.pk, evening.pk]
        assert neighbours(evening) == [morning.pk, later.pk]
        assert neighbours(earlier) == [None, morning.pk]

    def test_an_event_page_links_to_the_event_before_it_as_older(self, client, blog_index):
        now = timezone.now()
        sooner = EventPageFactory(parent=blog_index, title="Sooner", start=now + datetime.timedelta(days=3))
        event = EventPageFactory(parent=blog_index, start=now + datetime.timedelta(days=10))
        further = EventPageFactory(parent=blog_index, title="Further off", start=now + datetime.timedelta(days=30))
        html = client.get(event.url).content.decode()
        assert re.search(r'href="([^"]+)" rel="prev"', html).group(1) == sooner.url
        assert re.search(r'href="([^"]+)" rel="next"', html).group(1) == further.url

    def test_related_posts_are_the_newest_whatever_the_neighbours(self, blog_index):
        carers, other = CategoryFactory(), CategoryFactory()
        post = BlogPageFactory(parent=blog_index, date=datetime.date(2024, 6, 1), categories=[carers])
        older = BlogPageFactory(parent=blog_index, date=datetime.date(2024, 5, 1), categories=[other])
        related = [
            BlogPageFactory(parent=blog_index, date=datetime.date(2024, month, 1), categories=[carers])
            for month in (7, 8, 9, 10)
        ]
        assert post.previous_and_next() == (older, related[0])
        assert post.related_posts() == [related[3], related[2], related[1]]

    def test_neighbours_and_related_posts_skip_what_visitors_may_not_see(self, blog_index):
        carers, other = CategoryFactory(), CategoryFactory()
        oldest = BlogPageFactory(parent=blog_index, date=datetime.date(2024, 1, 1), categories=[carers])
        hidden = BlogPageFactory(parent=blog_index, date=datetime.date(2024, 2, 1), categories=[carers])
        PageViewRestriction.objects.create(page=hidden, restriction_type=PageViewRestriction.LOGIN)
        post = BlogPageFactory(parent=blog_index, date=datetime.date(2024, 3, 1), categories=[carers, other])
        BlogPageFactory(parent=blog_index, date=datetime.date(2024, 4, 1), categories=[carers], live=False)
        # In both of the post's categories, so found twice by category: listed once.
        newest = BlogPageFactory(parent=blog_index, date=datetime.date(2024, 5, 1), categories=[carers, other])
        assert post.previous_and_next() == (oldest, newest)
        assert post.related_posts() == [newest, oldest]

    def test_neighbours_and_related_posts_take_one_query_whatever_the_number_of_posts(
        self, blog_index, django_assert_num_queries
    ):
        carers = CategoryFactory()
        post = BlogPageFactory(parent=blog_index, date=datetime.date(2024, 6, 1), categories=[carers])
        for day in range(1, 21):
            BlogPageFactory(parent=blog_index, date=datetime.date(2024, 5, day), categories=[carers])
            BlogPageFactory(parent=blog_index, date=datetime.date(2024, 7, day), categories=[carers])
        post.category_list()
        any_restriction()  # kept under the content version (hub.caching.lookups), as a served page has it
        with django_assert_num_queries(1):
            older, newer = post.previous_and_next()
            related = post.related_posts()
        assert (older.date, newer.date) == (datetime.date(2024, 5, 20), datetime.date(2024, 7, 1))
        assert [item.date.day for item in related] == [20, 19, 18]

    def test_call_to_action_post_then_index_then_home(self, blog_index, site_home):
        role = StandardPageFactory(parent=site_home, title="Become a peer mentor")
        involved = StandardPageFactory(parent=site_home, title="Get involved")
        post = BlogPageFactory(parent=blog_index)
        assert post.get_call_to_action(blog_index) == {"page": site_home, "text": site_home.title}
        blog_index.default_call_to_action = involved
        blog_index.save()
        assert post.get_call_to_action(blog_index)["page"].pk == involved.pk
        post.call_to_action = role
        post.call_to_action_text = "Find out about the role"
        chosen = post.get_call_to_action(blog_index)
        assert (chosen["page"].pk, chosen["text"]) == (role.pk, "Find out about the role")
        role.unpublish()
        assert post.get_call_to_action(blog_index)["page"].pk == involved.pk

    def test_call_to_action_passes_over_a_restricted_page_in_any_language(self, blog_index, site_home):
        involved = StandardPageFactory(parent=site_home, title="Get involved")
        members = StandardPageFactory(parent=site_home, title="Members only")
        PageViewRestriction.objects.create(page=members, restriction_type=PageViewRestriction.LOGIN)
        blog_index.default_call_to_action = involved
        blog_index.save()
        post = BlogPageFactory(parent=blog_index, call_to_action=members)
        assert post.get_call_to_action(blog_index) == {"page": involved.page_ptr, "text": "Get involved"}

    def test_meta_description_and_search_fields(self, blog_index):
        post = BlogPageFactory(parent=blog_index, summary="Plain summary", search_description="")
        assert post.get_meta_description() == "Plain summary"
        post.search_description = "Written for search engines"
        assert post.get_meta_description() == "Written for search engines"
        boosts = {field.field_name: field.boost for field in BlogPage.search_fields if hasattr(field, "boost")}
        assert boosts["title"] > 1 and boosts["summary"] > 1
        assert (boosts["body"] or 1) < boosts["summary"]
        assert blog_index.get_meta_description() == blog_index.introduction

    def test_post_type_choices_leave_out_event(self):
        form_class = BlogPage.get_edit_handler().get_form_class()
        form = form_class(instance=BlogPage(), for_user=None)
        values = [value for value, _ in form.fields["post_type"].choices]
        assert "event" not in values and {"news", "story", "report"} <= set(values)


@pytest.mark.django_db
def test_authors_and_categories_are_translatable_snippets(site_home):
    english = Locale.objects.get(language_code="en")
    french = Locale.objects.create(language_code="fr")
    category = CategoryFactory(slug="carers", locale=english)
    translated = category.copy_for_translation(french)
    translated.save()
    assert translated.translation_key == category.translation_key
    assert Category.objects.filter(slug="carers").count() == 2
    with pytest.raises(IntegrityError):
        CategoryFactory(slug="carers", locale=english)


@pytest.mark.django_db
def test_author_photo_and_lived_experience_label(client, blog_index):
    author = AuthorFactory(name="Peer mentor", lived_experience=True, photo=ImageFactory())
    post = BlogPageFactory(parent=blog_index, authors=[author])
    html = client.get(post.url).content.decode()
    assert "Peer mentor" in html and "Lived experience" in html
    assert 'alt="Volunteers talking around a table"' in html
