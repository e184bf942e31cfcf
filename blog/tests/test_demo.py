"""The blog's demo content: the index in the menu, the posts and events from DOMAIN.md.

That building it twice adds nothing is checked once for every app, in hub/tests/test_demo_content.py.
"""

from django.utils import timezone

from blog.models import Author, BlogIndexPage, BlogPage, Category, EventPage
from hub.models import MainMenuLink


def test_demo_blog(client, demo_site):
    assert Author.objects.exists() and Category.objects.exists()
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
