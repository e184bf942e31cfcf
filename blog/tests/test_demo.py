"""The blog's demo content: the index in the menu, the posts and events from DOMAIN.md."""

import io

import pytest
from django.core.management import call_command
from django.utils import timezone

from blog.models import Author, BlogIndexPage, BlogPage, Category, EventPage
from hub.models import MainMenuLink


@pytest.mark.django_db
def test_demo_blog(client):
    call_command("load_demo_content", stdout=io.StringIO())
    counts = (BlogPage.objects.count(), Author.objects.count(), Category.objects.count())
    call_command("load_demo_content", stdout=io.StringIO())
    assert (BlogPage.objects.count(), Author.objects.count(), Category.objects.count()) == counts

    index = BlogIndexPage.objects.get(slug="news", locale__language_code="en")
    assert index.url == "/news/"
    assert MainMenuLink.objects.filter(page=index, locale=index.locale).exists()
    posts = BlogPage.objects.live().child_of(index)
    assert posts.count() >= 6

    now = timezone.now()
    events = EventPage.objects.live().filter(locale=index.locale)
    assert events.filter(end__gt=now).count() == 2
    write_ups = events.filter(end__lte=now)
    assert {event.attendance for event in write_ups} >= {70, 120}
    assert all(event.write_up for event in write_ups)
    slugs = set(posts.values_list("slug", flat=True))
    assert {"improving-community-mental-health-care-together", "lived-experience-leadership"} <= slugs
    assert all(post.hero_image is None or post.hero_image.description for post in posts.specific())

    for post in posts:
        assert client.get(post.url).status_code == 200
    html = client.get("/").content.decode()
    assert "Latest news and stories" in html and "Coming up" in html
