"""The search page: what it finds, how it shows results, filters and pages."""

import datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from wagtail.contrib.search_promotions.models import Query
from wagtail.models import Locale, PageViewRestriction

from home.factories import StandardPageFactory
from opportunities.factories import OpportunityIndexPageFactory, OpportunityPageFactory
from search import types
from search.factories import QueryFactory, SearchPromotionFactory
from search.tests.conftest import text
from search.types import SearchType

pytestmark = pytest.mark.django_db

URL = reverse("search")
TWO_TYPES = [SearchType("page", "Page", "home.StandardPage"), SearchType("home", "Home", "home.HomePage")]


def titles(response):
    return [result.title for result, _type, _date in response.context["results"]]


def test_empty_search_shows_the_form_only(client, site_home):
    response = client.get(URL)
    assert response.status_code == 200
    assert response.context["search_query"] == ""
    assert "results" not in response.context
    assert b'<label class="nhsuk-label" for="search-q">What are you looking for?</label>' in response.content


def test_finds_live_public_pages_in_the_current_language_only(client, make_page, site_home):
    make_page("Peer support groups")
    make_page("Peer support drafts", live=False)
    private = make_page("Peer support for staff")
    PageViewRestriction.objects.create(page=private, restriction_type=PageViewRestriction.LOGIN)
    make_page("Peer support rota", parent=private)
    polish = Locale.objects.create(language_code="pl")
    StandardPageFactory(parent=site_home, title="Peer support po polsku", locale=polish, body=text("peer"))

    response = client.get(URL, {"q": "peer support"})

    assert titles(response) == ["Peer support groups"]


def test_result_shows_title_type_summary_and_link(client, make_page):
    page = make_page("Carers group", introduction="Meet other carers every month.")

    response = client.get(URL, {"q": "carers"})

    html = response.content.decode()
    assert f'<a href="{page.url}">Carers group</a>' in html
    assert "Meet other carers every month." in html
    assert '<strong class="nhsuk-tag">Page</strong>' in html  # the same tag as in listings (components/tag.html)


def test_result_shows_its_date_when_its_type_names_one(client, make_page, monkeypatch):
    make_page("Carers group", first_published_at=datetime.datetime(2026, 3, 26, 10, tzinfo=datetime.UTC))
    dated = SearchType("page", "Page", "home.StandardPage", date_field="first_published_at", date_label="Published")
    monkeypatch.setattr(types, "SEARCH_TYPES", [dated])

    response = client.get(URL, {"q": "carers"})

    assert 'Published <time datetime="2026-03-26">26 March 2026</time>' in response.content.decode()


def test_count_is_announced_in_a_status_region(client, make_page):
    make_page("Carers group")
    make_page("Carers stories")

    response = client.get(URL, {"q": "carers"})

    assert response.context["total"] == 2
    assert "2 results for “carers”" in response.content.decode()
    main = response.content.split(b'id="maincontent"', 1)[1].split(b"</main>", 1)[0]
    assert main.count(b'role="status"') == 1


def test_one_h1_and_labelled_type_filter(client, make_page, monkeypatch):
    make_page("Carers group")
    monkeypatch.setattr(types, "SEARCH_TYPES", TWO_TYPES)

    html = client.get(URL, {"q": "carers"}).content.decode()

    assert html.count("<h1") == 1
    assert '<legend class="nhsuk-fieldset__legend nhsuk-fieldset__legend--s">Show</legend>' in html
    assert 'id="search-type_1" name="type" type="radio" value="page"' in html
    assert "<script>" not in html and "style=" not in html


def test_filter_by_type(client, make_page, site_home, monkeypatch):
    make_page("Carers group")
    site_home.title = "Carers welcome"
    site_home.save_revision().publish()
    monkeypatch.setattr(types, "SEARCH_TYPES", TWO_TYPES)

    assert sorted(titles(client.get(URL, {"q": "carers"}))) == ["Carers group", "Carers welcome"]
    assert titles(client.get(URL, {"q": "carers", "type": "home"})) == ["Carers welcome"]
    assert titles(client.get(URL, {"q": "carers", "type": "page"})) == ["Carers group"]


def test_type_filter_can_match_a_field_value(client, make_page, monkeypatch):
    make_page("Carers group", slug="group")
    make_page("Carers stories", slug="stories")
    monkeypatch.setattr(
        types, "SEARCH_TYPES", [SearchType("story", "Story", "home.StandardPage", match={"slug": "stories"})]
    )

    response = client.get(URL, {"q": "carers", "type": "story"})

    assert titles(response) == ["Carers stories"]
    assert response.context["results"][0][1].label == "Story"


def test_a_model_hook_keeps_pages_out_of_search(client, make_page, monkeypatch):
    make_page("Carers group")
    make_page("Carers group closed", introduction="closed")

    def only_open(cls, queryset):
        return queryset.exclude(introduction="closed")

    from home.models import StandardPage

    monkeypatch.setattr(StandardPage, "get_searchable_queryset", classmethod(only_open), raising=False)

    assert titles(client.get(URL, {"q": "carers group"})) == ["Carers group"]


def test_pagination_uses_nhs_markup_and_keeps_the_query(client, make_page):
    for number in range(23):
        make_page(f"Volunteer role {number}")

    first = client.get(URL, {"q": "volunteer"})
    third = client.get(URL, {"q": "volunteer", "page": "3"})

    assert len(first.context["results"]) == 10
    assert len(third.context["results"]) == 3
    html = first.content.decode()
    assert 'class="nhsuk-pagination nhsuk-pagination--numbered"' in html
    assert 'href="?q=volunteer&amp;page=2" rel="next"' in html
    assert 'aria-current="page">1</a>' in html
    assert "23 results" in html


def test_ten_results_cost_the_layout_plus_four_queries_and_one_per_page_type(
    client, make_page, site_home, django_assert_max_num_queries
):
    roles = OpportunityIndexPageFactory(parent=site_home)
    for number in range(6):
        make_page(f"Volunteer guide {number}")
        OpportunityPageFactory(parent=roles, title=f"Volunteer role {number}")
    SearchPromotionFactory(query=QueryFactory(query_string="volunteer"), page=make_page("Ways to volunteer"))
    # Someone made this search earlier today (which also fills the site and content type caches).
    client.get(URL, {"q": "volunteer"})
    with CaptureQueriesContext(connection) as layout:
        client.get(URL)  # the empty search page: header, footer, banner and menus only

    # Promotions, count, the matching ids, then the pages (one query per page type). Counting the
    # search writes nothing with Redis; here (local memory cache) it is today's count +1.
    with django_assert_max_num_queries(len(layout) + 4 + 2):
        response = client.get(URL, {"q": "volunteer"})

    assert len(response.context["results"]) == 10
    assert {search_type.key for _result, search_type, _date in response.context["results"]} == {"role", "page"}


def test_search_pages_are_kept_by_the_page_cache_and_still_counted(client, make_page, settings):
    settings.PAGE_CACHE_SECONDS = 300
    make_page("Carers group")

    first = client.get(URL, {"q": "carers"})
    second = client.get(URL, {"q": "carers"})

    assert first["X-Page-Cache"] == "miss" and second["X-Page-Cache"] == "hit"
    assert Query.objects.get(query_string="carers").hits == 2
