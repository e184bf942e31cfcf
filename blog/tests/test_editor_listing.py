"""The admin's "Events" listing shows each event's date; champions write in the news section."""

import datetime
import re

import pytest
from django.contrib.auth.models import Group
from django.urls import reverse
from django.utils import timezone
from django.utils.formats import date_format

from blog.factories import BlogIndexPageFactory, EventPageFactory
from hub.editors.groups import CHAMPIONS


@pytest.mark.django_db
def test_events_listing_shows_and_sorts_by_date(admin_client, site_home):
    news = BlogIndexPageFactory(parent=site_home)
    soon = EventPageFactory(parent=news, title="Coffee morning", start=timezone.now() + datetime.timedelta(days=2))
    EventPageFactory(parent=news, title="Co-production week", start=timezone.now() + datetime.timedelta(days=40))

    response = admin_client.get(reverse("events:index") + "?ordering=start")
    assert response.status_code == 200
    html = re.sub(r"\s+", " ", response.content.decode())
    assert "<th" in html and "Date" in html
    assert f"<td > {date_format(timezone.localtime(soon.start), 'DATETIME_FORMAT')} </td>" in html
    assert html.index("Coffee morning") < html.index("Co-production week")


@pytest.mark.django_db
def test_champions_may_add_posts_and_events_in_the_news_section(client, site_home, django_user_model):
    news = BlogIndexPageFactory(parent=site_home)
    champion = django_user_model.objects.create_user("champion", "c@riverside.example", "x" * 16)
    champion.groups.add(Group.objects.get(name=CHAMPIONS))
    client.force_login(champion)
    for model in ("blogpage", "eventpage"):
        assert client.get(reverse("wagtailadmin_pages:add", args=("blog", model, news.pk))).status_code == 200
    assert client.get(reverse("wagtailadmin_pages:edit", args=(site_home.pk,))).status_code == 302


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("group", "author", "category"),
    [("Communications", 200, 200), (CHAMPIONS, 200, 302), ("Involvement team", 302, 302)],
)
def test_who_manages_authors_and_categories(client, django_user_model, group, author, category):
    user = django_user_model.objects.create_user("someone", "s@riverside.example", "x" * 16)
    user.groups.add(Group.objects.get(name=group))
    client.force_login(user)
    assert client.get(reverse("wagtailsnippets_blog_author:add")).status_code == author
    assert client.get(reverse("wagtailsnippets_blog_category:add")).status_code == category
