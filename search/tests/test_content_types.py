"""Search finds each kind of content, labels it, and never finds a closed role."""

import datetime

import pytest
from django.urls import reverse

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
