"""The editors' groups on real roles: champions write roles, the Involvement team sees interest.

Also the admin's "Roles" listing with closing date, open or closed, and interest count.
"""

import datetime
import re

import pytest
from django.urls import reverse
from django.utils.formats import date_format

from hub.editors.groups import CHAMPIONS, COMMUNICATIONS, INVOLVEMENT
from opportunities.factories import ExpressionOfInterestFactory, OpportunityPageFactory
from opportunities.models import trust_today


@pytest.mark.django_db
def test_champions_can_write_roles_in_the_new_get_involved_page(client, index, make_user):
    client.force_login(make_user("champion", CHAMPIONS))
    add_role = reverse("wagtailadmin_pages:add", args=("opportunities", "opportunitypage", index.pk))
    assert client.get(add_role).status_code == 200
    role = OpportunityPageFactory(parent=index)
    html = client.get(reverse("wagtailadmin_pages:edit", args=(role.pk,))).content.decode()
    assert "Submit to Co-production review" in html
    assert 'name="action-publish"' not in html
    assert client.get(reverse("wagtailadmin_pages:edit", args=(index.pk,))).status_code == 200


@pytest.mark.django_db
@pytest.mark.parametrize(("group", "allowed"), [(CHAMPIONS, False), (COMMUNICATIONS, False), (INVOLVEMENT, True)])
def test_only_the_involvement_team_sees_expressions_of_interest(client, index, make_user, group, allowed):
    interest = ExpressionOfInterestFactory(role=OpportunityPageFactory(parent=index), name="Sam Example")
    client.force_login(make_user("someone", group))
    for url in (
        reverse("expressions_of_interest:index"),
        reverse("expressions_of_interest:inspect", args=(interest.pk,)),
    ):
        response = client.get(url)
        assert (response.status_code == 200) is allowed, url
        assert ("Sam Example" in response.content.decode()) is allowed


@pytest.mark.django_db
def test_roles_listing_shows_closing_date_state_and_interest_count(admin_client, index):
    today = trust_today()
    open_role = OpportunityPageFactory(
        parent=index, title="Peer mentor", closing_date=today + datetime.timedelta(days=9)
    )
    closed_role = OpportunityPageFactory(
        parent=index, title="Activity assistant", closing_date=today - datetime.timedelta(days=1)
    )
    ExpressionOfInterestFactory.create_batch(3, role=open_role)

    response = admin_client.get(reverse("roles:index"))
    assert response.status_code == 200
    html = re.sub(r"\s+", " ", response.content.decode())
    for heading in ("Closing date", "Open or closed", "Interest"):
        assert heading in html
    rows = html.split("<tr")[1:]
    open_row = next(row for row in rows if "Peer mentor" in row)
    closed_row = next(row for row in rows if "Activity assistant" in row)
    assert f"<td > {date_format(open_role.closing_date)} </td>" in open_row
    assert "<td > Open </td>" in open_row and "<td > 3 </td>" in open_row
    assert "<td > Closed </td>" in closed_row and "<td > 0 </td>" in closed_row
    assert closed_role.title in html

    by_interest = admin_client.get(reverse("roles:index") + "?ordering=-interest_count").content.decode()
    assert by_interest.index("Peer mentor") < by_interest.index("Activity assistant")


@pytest.mark.django_db
@pytest.mark.parametrize(("group", "status"), [(COMMUNICATIONS, 200), (CHAMPIONS, 302)])
def test_communications_manage_role_areas(client, make_user, group, status):
    client.force_login(make_user("someone", group))
    assert client.get(reverse("wagtailsnippets_opportunities_area:add")).status_code == status
