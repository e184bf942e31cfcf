"""The get-involved listing: each filter alone and combined, bad input, and query counts."""

import datetime

import pytest
from django.db import reset_queries

from opportunities.factories import AreaFactory, OpportunityPageFactory
from opportunities.models import OpportunityIndexPage, trust_today


@pytest.fixture
def roles(index):
    wards = AreaFactory(name="Inpatient wards", slug="wards")
    young = AreaFactory(name="Young people's services", slug="young")
    return {
        "mentor": OpportunityPageFactory(
            parent=index,
            title="Peer mentor",
            kind="volunteering",
            time_commitment="weekly",
            setting="community",
            audience="service-users",
            ladder_rung="engaging",
            flexible_hours=True,
            areas=[wards],
        ),
        "worker": OpportunityPageFactory(
            parent=index,
            title="Peer support worker",
            kind="paid-job",
            time_commitment="part-time",
            setting="ward",
            audience="anyone",
            ladder_rung="co-production",
            areas=[wards],
        ),
        "pcref": OpportunityPageFactory(
            parent=index,
            title="PCREF group member",
            kind="group",
            time_commitment="monthly",
            setting="online",
            audience="carers",
            ladder_rung="co-design",
            fits_around_caring=True,
            evenings_or_weekends=True,
            areas=[young],
        ),
        "panel": OpportunityPageFactory(
            parent=index,
            title="Interview panel member",
            kind="paid-involvement",
            time_commitment="one-off",
            setting="community",
            audience="young-people",
            ladder_rung="consulting",
        ),
    }


def _titles(client, index, query=""):
    response = client.get(index.url + query)
    assert response.status_code == 200
    html = response.content.decode()
    return {title for title in ROLE_TITLES if f">{title}</a>" in html}, html


ROLE_TITLES = {"Peer mentor", "Peer support worker", "PCREF group member", "Interview panel member"}


@pytest.mark.django_db
def test_no_filter_lists_every_open_role_with_a_count(client, index, roles):
    titles, html = _titles(client, index)
    assert titles == ROLE_TITLES
    assert "4 roles found" in html
    assert "Clear filters" not in html


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("kind=volunteering", {"Peer mentor"}),
        ("kind=paid-job&kind=group", {"Peer support worker", "PCREF group member"}),
        ("time=one-off", {"Interview panel member"}),
        ("time=part-time", {"Peer support worker"}),
        ("setting=community", {"Peer mentor", "Interview panel member"}),
        ("setting=online", {"PCREF group member"}),
        ("area=wards", {"Peer mentor", "Peer support worker"}),
        ("area=young", {"PCREF group member"}),
        ("audience=carers", {"PCREF group member"}),
        ("audience=young-people", {"Interview panel member"}),
        ("rung=co-production", {"Peer support worker"}),
        ("rung=consulting&rung=engaging", {"Peer mentor", "Interview panel member"}),
        ("fits=caring", {"PCREF group member"}),
        ("fits=flexible&fits=evenings", {"Peer mentor", "PCREF group member"}),
    ],
)
def test_each_filter_alone(client, index, roles, query, expected):
    titles, html = _titles(client, index, "?" + query)
    assert titles == expected
    assert "Clear filters" in html
    # The chosen boxes stay ticked after the page reloads.
    filters = html[html.index('class="nhsuk-details hub-filters"') :]
    filters = filters[: filters.index("</form>")]
    assert filters.count(" checked>") == query.count("=")


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("area=wards&setting=ward", {"Peer support worker"}),
        ("setting=community&kind=volunteering&audience=service-users", {"Peer mentor"}),
        ("area=wards&area=young&time=monthly&time=weekly", {"Peer mentor", "PCREF group member"}),
        ("kind=group&rung=co-design&setting=online&audience=carers&time=monthly&area=young", {"PCREF group member"}),
        ("fits=caring&area=wards", set()),
        ("fits=flexible&setting=community", {"Peer mentor"}),
    ],
)
def test_filters_combined(client, index, roles, query, expected):
    assert _titles(client, index, "?" + query)[0] == expected


@pytest.mark.django_db
def test_no_match_shows_the_empty_state_with_register_interest(client, index, roles):
    titles, html = _titles(client, index, "?kind=group&setting=ward")
    assert titles == set()
    assert "0 roles match your filters" in html
    assert "No roles match what you chose." in html
    assert index.url + "register/" in html


@pytest.mark.django_db
@pytest.mark.parametrize(
    "query",
    [
        "?kind=nonsense",
        "?kind=volunteering&kind=%00",
        "?area=does-not-exist",
        "?page=abc",
        "?page=999",
        "?page=-1",
        "?rung[]=x&time=" + "a" * 5000,
        "?kind=%F0%9F%98%80&setting=<script>",
    ],
)
def test_bad_parameters_never_break_the_page(client, index, roles, query):
    response = client.get(index.url + query)
    assert response.status_code == 200
    assert "<script>" not in response.content.decode().split("</h1>")[1]


@pytest.mark.django_db
def test_invalid_values_are_ignored_but_valid_ones_still_apply(client, index, roles):
    assert _titles(client, index, "?kind=volunteering&kind=bogus")[0] == {"Peer mentor"}


@pytest.mark.django_db
def test_closed_and_draft_roles_are_not_listed(client, index):
    OpportunityPageFactory(parent=index, title="Peer mentor")
    OpportunityPageFactory(
        parent=index, title="Peer support worker", closing_date=trust_today() - datetime.timedelta(days=1)
    )
    OpportunityPageFactory(parent=index, title="PCREF group member", live=False)
    OpportunityPageFactory(parent=index, title="Interview panel member", closing_date=trust_today())
    assert _titles(client, index)[0] == {"Peer mentor", "Interview panel member"}


@pytest.mark.django_db
def test_listing_queries_do_not_grow_with_the_number_of_roles(
    client, index, django_assert_num_queries, django_assert_max_num_queries
):
    area = AreaFactory()
    for _ in range(10):
        OpportunityPageFactory(parent=index, areas=[area])
    client.get(index.url + f"?area={area.slug}")  # warm caches (site root paths, settings, the language switcher)
    reset_queries()  # Django keeps only the last 9000 queries; creating pages used many
    with django_assert_max_num_queries(30) as ten:
        assert client.get(index.url + f"?area={area.slug}").status_code == 200
    queries_for_ten = len(ten)
    for _ in range(90):
        OpportunityPageFactory(parent=index, areas=[area])
    client.get(index.url + f"?area={area.slug}")
    reset_queries()
    with django_assert_num_queries(queries_for_ten):
        response = client.get(index.url + f"?area={area.slug}")
    assert "100 roles match your filters" in response.content.decode()


@pytest.mark.django_db
def test_pages_of_roles_keep_the_filters_and_jump_to_the_results(client, index, roles, monkeypatch):
    monkeypatch.setattr(OpportunityIndexPage, "ROLES_PER_PAGE", 1)
    html = client.get(index.url + "?setting=community&page=2").content.decode()
    assert "2 roles match your filters" in html
    assert "nhsuk-pagination--numbered" in html
    assert 'href="?setting=community&amp;page=1#results" rel="prev"' in html
    assert 'href="?setting=community&amp;page=2#results" aria-label="Page 2" aria-current="page"' in html
    assert 'rel="next"' not in html


@pytest.mark.django_db
def test_filters_use_the_shared_field_template_and_jump_to_a_focusable_results_heading(client, index, roles):
    html = client.get(index.url + "?fits=caring").content.decode()
    start = html.index('class="nhsuk-details hub-filters"')
    form = html[start : html.index("</form>", start)]
    # The form submits to the results heading, which can take focus.
    assert f'action="{index.url}#results"' in form
    assert '<h2 id="results" tabindex="-1">1 role matches your filters</h2>' in html
    # Each filter is a fieldset from templates/forms/field.html, with no "(optional)" on a filter.
    for legend in ("Kind of role", "Time you can give", "Fits around your life", "Where", "Area", "Who it is for"):
        assert f'<legend class="nhsuk-fieldset__legend nhsuk-fieldset__legend--s">{legend}</legend>' in form
    assert "(optional)" not in form
    assert 'id="filter-fits_1" name="fits" type="checkbox" value="caring" checked>' in form
    # Folded on a phone (the page's script opens it on wide screens); the summary counts the choices.
    assert "Change filters (1 chosen)" in form
    assert 'class="nhsuk-details hub-filters" data-hub-role-filters>' in form
    # What was chosen is shown above the results, in the visitor's words.
    results = html[html.index('id="results"') :]
    assert '<strong class="nhsuk-tag nhsuk-tag--white">Fits around caring or childcare</strong>' in results


@pytest.mark.django_db
def test_the_language_switcher_is_given_only_the_valid_filters(client, index, roles):
    response = client.get(index.url + "?kind=bogus&fits=caring&page=2&utm_source=x&area=young&area=nowhere")
    assert response.context["filters_query"] == "?fits=caring&area=young"
    assert client.get(index.url).context["filters_query"] == ""
