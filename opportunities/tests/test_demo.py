"""The demo roles cover every filter value, one has closed and one closes this week."""

import datetime

from opportunities.forms import FilterForm
from opportunities.models import OpportunityIndexPage, OpportunityPage, trust_today


def test_demo_roles_cover_every_filter(client, demo_site):
    index = OpportunityIndexPage.objects.get(locale__language_code="en")
    assert index.url == "/get-involved/"
    roles = OpportunityPage.objects.live().filter(locale=index.locale)
    assert roles.count() == 10

    form = FilterForm({}, index.locale)
    for name, field in form.fields.items():
        assert field.choices, f"no choices for {name}"
        for value, _label in field.choices:
            assert roles.filter(FilterForm.condition(name, [value])).exists(), f"no demo role for {name}={value}"

    today = trust_today()
    assert roles.closed().count() == 1
    assert roles.filter(closing_date__range=(today, today + datetime.timedelta(days=6))).exists()
    assert client.get("/get-involved/").status_code == 200
    assert "9 roles found" in client.get("/get-involved/").content.decode()
