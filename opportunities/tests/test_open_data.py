"""The Atom feed of roles and the open role data in the Volunteering Data Standard."""

import datetime
import json

import feedparser
import pytest
from django.test import Client
from wagtail.models import Locale, PageViewRestriction

from opportunities.factories import OpportunityPageFactory
from opportunities.models import Checks, Kind, LadderRung, Payment, Setting, trust_today
from opportunities.opendata import CONTEXT, DBS_CHECK, EXPENSES_REIMBURSED, LADDER_TERM, TRAINING_PROVIDED

pytestmark = pytest.mark.django_db


@pytest.fixture
def roles(index):
    ward = OpportunityPageFactory(
        parent=index,
        title="Ward visitor",
        checks=Checks.ENHANCED_DBS,
        payment=Payment.EXPENSES,
        ladder_rung=LadderRung.CO_DESIGN,
        minimum_age=18,
        location="Riverside House",
    )
    online = OpportunityPageFactory(
        parent=index, title="Online panel", kind=Kind.PAID_JOB, setting=Setting.ONLINE, payment=Payment.HOURLY
    )
    OpportunityPageFactory(parent=index, title="Closed role", closing_date=trust_today() - datetime.timedelta(days=1))
    private = OpportunityPageFactory(parent=index, title="Private role")
    PageViewRestriction.objects.create(page=private, restriction_type="login")
    return ward, online


def test_feed_follows_the_filters(roles):
    client = Client()
    every = feedparser.parse(client.get("/get-involved/feed/").content)
    assert {entry.title for entry in every.entries} == {"Ward visitor", "Online panel"}
    response = client.get("/get-involved/feed/?kind=paid-job&kind=nonsense")
    assert response["Content-Type"].startswith("application/atom+xml")
    feed = feedparser.parse(response.content)
    assert [entry.title for entry in feed.entries] == ["Online panel"]
    assert feed.feed.links[0].href.endswith("/get-involved/?kind=paid-job")
    assert "Get involved" in feed.feed.title


def test_feed_per_language(index, roles):
    polish = index.copy_for_translation(Locale.objects.get_or_create(language_code="pl")[0], copy_parents=True)
    polish.save_revision().publish()
    role = roles[0].copy_for_translation(polish.locale)
    role.title = "Odwiedzający na oddziale"
    role.save_revision().publish()
    feed = feedparser.parse(Client().get("/pl/get-involved/feed/").content)
    assert [entry.title for entry in feed.entries] == ["Odwiedzający na oddziale"]
    assert feed.feed.language == "pl"


def test_open_role_data_in_the_volunteering_data_standard(roles):
    response = Client().get("/get-involved/roles.jsonld")
    assert response.status_code == 200 and response["Content-Type"] == "application/ld+json"
    document = json.loads(response.content)
    assert document["@context"][0] == CONTEXT
    assert document["@context"][1][LADDER_TERM].endswith("/get-involved/#ladder")
    (organisation,) = document["graph"]
    assert organisation["type"] == "Organisation"
    activities = {activity["title"]: activity for activity in organisation["activity"]}
    assert set(activities) == {"Ward visitor", "Online panel"}  # never closed or restricted roles
    ward = activities["Ward visitor"]
    assert ward["organisation"] == organisation["id"]
    assert ward["session"]["location"]["address"] == "Riverside House"
    role = ward["role"]
    assert role["type"] == "Role" and role["applyLink"].endswith("/get-involved/ward-visitor/apply/")
    assert role["commitment"] == "Two hours a week" and role["minimumAge"] == "18"
    assert role["allowsRemoteParticipation"] is False
    assert role["requirement"] == [DBS_CHECK]
    assert role["reward"] == [TRAINING_PROVIDED, EXPENSES_REIMBURSED]
    assert role[LADDER_TERM] == "co-design"
    online = activities["Online panel"]["role"]
    assert online["allowsRemoteParticipation"] is True and online["requirement"] == []
    assert "session" not in activities["Online panel"]


def test_open_role_data_is_cached_and_changes_when_a_role_is_published(roles, settings, django_assert_num_queries):
    settings.PAGE_CACHE_SECONDS = 300
    client = Client()
    first = client.get("/get-involved/roles.jsonld")
    with django_assert_num_queries(0):  # answered by the page cache
        assert client.get("/get-involved/roles.jsonld").content == first.content
    roles[1].unpublish()
    titles = [a["title"] for a in json.loads(client.get("/get-involved/roles.jsonld").content)["graph"][0]["activity"]]
    assert titles == ["Ward visitor"]


def test_role_pages_keep_their_job_posting(roles):
    page = Client().get(roles[0].url).content.decode()
    assert '"@type": "JobPosting"' in page and '"employmentType": "VOLUNTEER"' in page
