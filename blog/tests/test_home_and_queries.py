"""The blog on the home page, and query counts that do not grow with the number of posts."""

import datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from blog.factories import AuthorFactory, BlogPageFactory, CategoryFactory, EventPageFactory
from blog.models import HomePageFeaturedEvent, HomePageFeaturedPost
from hub.factories import ImageFactory

pytestmark = pytest.mark.django_db


def test_home_shows_latest_three_posts_and_next_two_events(client, site_home, blog_index):
    now = timezone.now()
    for day in range(1, 6):
        BlogPageFactory(parent=blog_index, title=f"Post {day}", date=datetime.date(2025, 1, day))
    for days in (40, 10, 20):
        EventPageFactory(parent=blog_index, title=f"In {days} days", start=now + datetime.timedelta(days=days))
    response = client.get("/")
    assert [post.title for post in response.context["listing"].posts] == ["Post 5", "Post 4", "Post 3"]
    assert [event.title for event in response.context["listing"].events] == ["In 10 days", "In 20 days"]
    assert response.context["listing"].news_index.pk == blog_index.pk

    html = response.content.decode()
    assert "Latest news and stories" in html and "Coming up" in html
    assert "Post 5" in html and "Post 2" not in html and "In 40 days" not in html
    assert f'href="{blog_index.url}">See all news, stories and events</a>' in html


def test_editor_choices_come_first_and_ended_events_drop_off(client, site_home, blog_index):
    now = timezone.now()
    old = BlogPageFactory(parent=blog_index, title="An old favourite", date=datetime.date(2020, 1, 1))
    for day in range(1, 4):
        BlogPageFactory(parent=blog_index, title=f"Post {day}", date=datetime.date(2025, 1, day))
    later = EventPageFactory(parent=blog_index, title="Later", start=now + datetime.timedelta(days=30))
    EventPageFactory(parent=blog_index, title="Sooner", start=now + datetime.timedelta(days=3))
    ended = EventPageFactory(
        parent=blog_index, title="Ended", start=now - datetime.timedelta(days=3), end=now - datetime.timedelta(days=2)
    )
    HomePageFeaturedPost.objects.create(page=site_home, post=old, sort_order=0)
    HomePageFeaturedEvent.objects.create(page=site_home, event=ended, sort_order=0)
    HomePageFeaturedEvent.objects.create(page=site_home, event=later, sort_order=1)

    context = client.get("/").context
    # The ended event is now a write-up, so it counts as the newest post.
    assert [post.title for post in context["listing"].posts] == ["An old favourite", "Ended", "Post 3"]
    assert [event.title for event in context["listing"].events] == ["Later", "Sooner"]


def test_home_page_without_a_blog_still_renders(client, site_home):
    response = client.get("/")
    assert response.status_code == 200
    assert "Latest news and stories" not in response.content.decode()


def _add_posts(blog_index, count, category, author):
    """Posts and events with their own image, a category and an author, as real ones have."""
    now = timezone.now()
    for number in range(count):
        image = ImageFactory()
        if number % 5 == 0:
            EventPageFactory(
                parent=blog_index,
                hero_image=image,
                categories=[category],
                authors=[author],
                start=now + datetime.timedelta(days=number + 1),
            )
        else:
            BlogPageFactory(parent=blog_index, hero_image=image, categories=[category], authors=[author])


def _queries(client, url):
    client.get(url)  # warm caches and make image renditions
    with CaptureQueriesContext(connection) as context:
        response = client.get(url)
    assert response.status_code == 200
    return len(context.captured_queries)


def test_query_counts_do_not_grow_with_the_number_of_posts(client, site_home, blog_index, django_assert_num_queries):
    category, author = CategoryFactory(), AuthorFactory()
    _add_posts(blog_index, 5, category, author)
    post = BlogPageFactory(parent=blog_index, hero_image=ImageFactory(), categories=[category], authors=[author])
    urls = ["/", blog_index.url, post.url]
    with_five = {url: _queries(client, url) for url in urls}

    _add_posts(blog_index, 45, category, author)
    for url in urls:
        client.get(url)
        with django_assert_num_queries(with_five[url]):
            client.get(url)
