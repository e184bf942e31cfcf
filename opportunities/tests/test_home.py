"""Roles on the home page: the editor's choices first, then the open roles closing soonest."""

import datetime

import pytest

from opportunities.factories import OpportunityPageFactory
from opportunities.models import HomePageFeaturedRole, trust_today


def _day(offset):
    return trust_today() + datetime.timedelta(days=offset)


@pytest.mark.django_db
def test_without_a_choice_the_home_page_shows_open_roles_closing_soonest(client, site_home, index):
    OpportunityPageFactory(parent=index, title="Closed yesterday", closing_date=_day(-1))
    OpportunityPageFactory(parent=index, title="All year", closing_date=None)
    OpportunityPageFactory(parent=index, title="In a month", closing_date=_day(30))
    OpportunityPageFactory(parent=index, title="Tomorrow", closing_date=_day(1))
    OpportunityPageFactory(parent=index, title="In a week", closing_date=_day(7))
    html = client.get("/").content.decode()
    assert "Roles open now" in html
    shown = [
        title
        for title in ("Tomorrow", "In a week", "In a month", "All year", "Closed yesterday")
        if f">{title}<" in html
    ]
    assert shown == ["Tomorrow", "In a week", "In a month"]
    assert html.index(">Tomorrow<") < html.index(">In a week<") < html.index(">In a month<")


@pytest.mark.django_db
def test_editor_chosen_roles_come_first_closed_ones_drop_out_and_the_soonest_fill_the_rest(client, site_home, index):
    first = OpportunityPageFactory(parent=index, title="Chosen first", closing_date=_day(60))
    second = OpportunityPageFactory(parent=index, title="Chosen second", closing_date=None)
    closed = OpportunityPageFactory(parent=index, title="Chosen but closed", closing_date=_day(-1))
    OpportunityPageFactory(parent=index, title="Not chosen, closing soonest", closing_date=_day(1))
    OpportunityPageFactory(parent=index, title="Not chosen, closing later", closing_date=_day(30))
    for order, role in enumerate([first, closed, second]):
        HomePageFeaturedRole.objects.create(home=site_home, role=role, sort_order=order)
    response = client.get("/")
    assert [role.title for role in response.context["listing"].roles] == [
        "Chosen first",
        "Chosen second",
        "Not chosen, closing soonest",
    ]
    html = response.content.decode()
    assert ">Chosen but closed<" not in html
    assert html.index(">Chosen first<") < html.index(">Chosen second<") < html.index(">Not chosen, closing soonest<")


@pytest.mark.django_db
def test_a_choice_that_is_also_closing_soon_is_shown_once_and_the_next_soonest_fill_the_rest(client, site_home, index):
    """Only the choices and the first few candidates are ranked: a choice among them must not leave a gap."""
    for title, days in [("Tomorrow", 1), ("In a week", 7), ("In a month", 30), ("In a year", 365)]:
        OpportunityPageFactory(parent=index, title=title, closing_date=_day(days))
    chosen = OpportunityPageFactory(parent=index, title="Chosen, in two weeks", closing_date=_day(14))
    HomePageFeaturedRole.objects.create(home=site_home, role=chosen, sort_order=0)
    roles = client.get("/").context["listing"].roles
    assert [role.title for role in roles] == ["Chosen, in two weeks", "Tomorrow", "In a week"]
    HomePageFeaturedRole.objects.update(role=chosen.__class__.objects.get(title="In a week"))
    roles = client.get("/").context["listing"].roles
    assert [role.title for role in roles] == ["In a week", "Tomorrow", "Chosen, in two weeks"]


@pytest.mark.django_db
def test_no_roles_no_section(client, site_home):
    assert "Roles open now" not in client.get("/").content.decode()
