"""Search finds each kind of content, labels it, and never finds a closed role."""

import datetime

import pytest
from django.urls import reverse

from blog.factories import BlogIndexPageFactory, BlogPageFactory, EventPageFactory
from opportunities.factories import OpportunityIndexPageFactory, OpportunityPageFactory
from opportunities.models import trust_today

pytestmark = pytest.mark.django_db

URL = reverse("search")


@pytest.fixture
def roles_index(site_home):
    return OpportunityIndexPageFactory(parent=site_home)


def found(client, query, **params):
    response = client.get(URL, {"q": query, **params})
    return {
        result.title: (search_type.key, str(search_type.label), date)
        for result, search_type, date in response.context["results"]
    }


def test_finds_an_open_role_with_its_closing_date(client, roles_index):
    closes = trust_today() + datetime.timedelta(days=10)
    OpportunityPageFactory(parent=roles_index, title="Peer mentor", closing_date=closes)

    assert found(client, "peer mentor") == {"Peer mentor": ("role", "Role", closes)}


def test_finds_a_role_that_is_open_all_year(client, roles_index):
    OpportunityPageFactory(parent=roles_index, title="Peer mentor", closing_date=None)

    assert found(client, "peer mentor") == {"Peer mentor": ("role", "Role", None)}


def test_never_finds_a_closed_role(client, roles_index):
    OpportunityPageFactory(parent=roles_index, title="Peer mentor")
    OpportunityPageFactory(
        parent=roles_index, title="Peer mentor closed", closing_date=trust_today() - datetime.timedelta(days=1)
    )

    assert set(found(client, "peer mentor")) == {"Peer mentor"}
    assert set(found(client, "peer mentor", type="role")) == {"Peer mentor"}
    assert found(client, "closed") == {}


def test_role_filter(client, roles_index, make_page):
    OpportunityPageFactory(parent=roles_index, title="Peer mentor")
    make_page("Peer mentors explained")

    assert set(found(client, "peer", type="role")) == {"Peer mentor"}
    assert set(found(client, "peer", type="page")) == {"Peer mentors explained"}


@pytest.fixture
def news_index(site_home):
    return BlogIndexPageFactory(parent=site_home)


def test_finds_a_story_news_and_a_report_with_their_dates(client, news_index):
    published = datetime.date(2026, 3, 26)
    for post_type in ("story", "news", "report"):
        BlogPageFactory(parent=news_index, title=f"Celebration {post_type}", post_type=post_type, date=published)

    assert found(client, "celebration") == {
        "Celebration story": ("story", "Story", published),
        "Celebration news": ("news", "News", published),
        "Celebration report": ("report", "Report", published),
    }
    assert set(found(client, "celebration", type="story")) == {"Celebration story"}


def test_finds_an_event_labelled_with_its_start(client, news_index):
    event = EventPageFactory(parent=news_index, title="Co-production conference")

    assert found(client, "conference") == {"Co-production conference": ("event", "Event", event.start)}
    assert set(found(client, "conference", type="event")) == {"Co-production conference"}
    assert found(client, "conference", type="news") == {}


def test_finds_a_role_a_story_and_an_event_but_not_a_closed_role(client, roles_index, news_index):
    OpportunityPageFactory(parent=roles_index, title="Peer mentor role")
    OpportunityPageFactory(
        parent=roles_index, title="Peer mentor closed", closing_date=trust_today() - datetime.timedelta(days=1)
    )
    BlogPageFactory(parent=news_index, title="A peer mentor's story", post_type="story")
    EventPageFactory(parent=news_index, title="Meet a peer mentor")

    results = found(client, "peer mentor")

    assert {title: kind for title, (kind, _label, _date) in results.items()} == {
        "Peer mentor role": "role",
        "A peer mentor's story": "story",
        "Meet a peer mentor": "event",
    }


def test_every_text_field_of_a_role_is_searched(client, roles_index):
    OpportunityPageFactory(parent=roles_index, title="Carers' panel member", payment_details="We pay for childcare.")
    OpportunityPageFactory(
        parent=roles_index,
        title="Ward visitor",
        support="<p>A named buddy and monthly supervision.</p>",
        adjustments="<p>Papers in large print.</p>",
        location="Riverside Community Hall",
    )

    assert set(found(client, "childcare")) == {"Carers' panel member"}
    assert set(found(client, "buddy")) == {"Ward visitor"}
    assert set(found(client, "large print")) == {"Ward visitor"}
    assert set(found(client, "community hall")) == {"Ward visitor"}


def test_every_text_field_of_an_event_and_a_story_is_searched(client, news_index):
    EventPageFactory(
        parent=news_index, title="Open day", cost="Free, and we pay for childcare", venue_address="1 Mill Lane"
    )
    BlogPageFactory(
        parent=news_index,
        title="My story",
        post_type="story",
        body=[("rich_text", "<p>Childcare made it possible for me to join.</p>")],
    )

    assert set(found(client, "childcare")) == {"Open day", "My story"}
    assert set(found(client, "mill lane")) == {"Open day"}
