"""Promoted results, and the record of what people search for."""

import datetime
import io

import pytest
from django.contrib.auth.models import Group, Permission
from django.core.management import call_command
from django.urls import reverse
from wagtail.contrib.search_promotions.models import Query

from search.factories import QueryFactory, SearchPromotionFactory
from search.models import NoResultsDailyHits

pytestmark = pytest.mark.django_db

URL = reverse("search")
REPORT = reverse("search_reports:search_terms")


def test_promoted_results_come_first_marked_recommended(client, make_page):
    make_page("Volunteer as a peer mentor")
    chosen = make_page("Ways to help", introduction="Roles for everyone.")
    SearchPromotionFactory(query=QueryFactory(query_string="volunteer"), page=chosen, description="Start here.")

    response = client.get(URL, {"q": "Volunteer"})

    html = response.content.decode()
    assert html.index("Recommended") < html.index("Ways to help") < html.index("Volunteer as a peer mentor")
    assert "Start here." in html
    assert response.context["total"] == 2


def test_a_promoted_page_is_not_listed_twice(client, make_page):
    chosen = make_page("Volunteer with us")
    SearchPromotionFactory(query=QueryFactory(query_string="volunteer"), page=chosen)

    response = client.get(URL, {"q": "volunteer"})

    assert response.context["results"] == []
    assert response.content.decode().count("Volunteer with us</a>") == 1


def test_a_promotion_of_an_unpublished_page_is_not_shown(client, make_page):
    draft = make_page("Volunteer drafts", live=False)
    SearchPromotionFactory(query=QueryFactory(query_string="volunteer"), page=draft)

    assert client.get(URL, {"q": "volunteer"}).context["promotions"] == []


def test_promotions_only_without_a_type_filter_and_on_the_first_page(client, make_page):
    chosen = make_page("Volunteer with us")
    SearchPromotionFactory(query=QueryFactory(query_string="volunteer"), page=chosen)

    assert client.get(URL, {"q": "volunteer", "type": "page"}).context["promotions"] == []


def test_searches_are_counted_and_so_are_those_that_found_nothing(client, make_page):
    make_page("Carers group")

    client.get(URL, {"q": "Carers"})
    client.get(URL, {"q": "carers  "})
    client.get(URL, {"q": "zebra crossing"})
    client.get(URL, {"q": "carers", "page": "2"})

    carers = Query.objects.get(query_string="carers")
    zebra = Query.objects.get(query_string="zebra crossing")
    assert carers.hits == 2
    assert zebra.hits == 1
    assert not NoResultsDailyHits.objects.filter(query=carers).exists()
    assert NoResultsDailyHits.objects.get(query=zebra).hits == 1


def test_empty_searches_are_not_recorded(client, site_home):
    client.get(URL, {"q": "   "})
    assert not Query.objects.exists()


def test_report_lists_terms_and_searches_that_found_nothing(admin_client, site_home):
    for _ in range(3):
        admin_client.get(URL, {"q": "psychosis"})
    admin_client.get(URL, {"q": "zebra"})

    response = admin_client.get(REPORT)
    found_nothing = admin_client.get(REPORT, {"found_nothing": "true"})

    rows = {row.query_string: (row.searches, row.no_results) for row in response.context["object_list"]}
    assert rows["psychosis"] == (3, 3)
    assert [row.query_string for row in found_nothing.context["object_list"]] == ["psychosis", "zebra"]


def test_report_needs_the_view_permission(client, django_user_model, site_home):
    user = django_user_model.objects.create_user("comms", password="x" * 12)
    user.user_permissions.add(Permission.objects.get(codename="access_admin"))
    client.force_login(user)
    assert client.get(REPORT).status_code == 302

    comms = Group.objects.create(name="Comms test")
    comms.permissions.add(Permission.objects.get(codename="view_noresultsdailyhits"))
    user.groups.add(comms)
    user = django_user_model.objects.get(pk=user.pk)
    client.force_login(user)
    assert client.get(REPORT).status_code == 200


def test_old_counts_and_unused_terms_are_deleted(site_home):
    recent, old = QueryFactory(query_string="recent search"), QueryFactory(query_string="old search")
    promoted = SearchPromotionFactory(query=QueryFactory(query_string="promoted"), page=site_home).query
    recent.add_hit()
    NoResultsDailyHits.add_hit(recent.query_string)
    old.add_hit(date=datetime.date(2020, 1, 1))
    NoResultsDailyHits.add_hit(old.query_string, date=datetime.date(2020, 1, 1))

    call_command("search_garbage_collect", stdout=io.StringIO())

    assert set(Query.objects.all()) == {recent, promoted}
    assert list(NoResultsDailyHits.objects.values_list("query", "hits")) == [(recent.pk, 1)]


def test_a_repeated_search_comes_from_the_page_cache_and_is_counted_each_time(client, make_page, settings):
    settings.PAGE_CACHE_SECONDS = 300
    make_page("Carers group")
    first = client.get(URL, {"q": "carers"})
    again = client.get(URL, {"q": "carers"})
    assert again.content == first.content
    assert again["X-Page-Cache"] == "hit"
    assert Query.objects.get(query_string="carers").hits == 2


def test_kept_results_are_dropped_when_content_changes(client, make_page, settings):
    settings.PAGE_CACHE_SECONDS = 300
    make_page("Carers group")
    assert client.get(URL, {"q": "carers"}).context["total"] == 1
    make_page("Carers cafe").save_revision().publish()  # as an editor publishes: the page cache drops its copies
    assert client.get(URL, {"q": "carers"}).context["total"] == 2


def test_a_repeated_search_that_found_nothing_is_counted_each_time(client, site_home, settings):
    settings.PAGE_CACHE_SECONDS = 300
    client.get(URL, {"q": "zebra crossing"})
    assert client.get(URL, {"q": "zebra crossing"})["X-Page-Cache"] == "hit"
    client.get(URL, {"q": "zebra crossing"})
    assert NoResultsDailyHits.objects.get(query__query_string="zebra crossing").hits == 3
    assert Query.objects.get(query_string="zebra crossing").hits == 3


def test_a_search_that_finds_something_after_a_change_is_no_longer_counted_as_finding_nothing(
    client, make_page, settings
):
    settings.PAGE_CACHE_SECONDS = 300
    client.get(URL, {"q": "zebra"})
    make_page("Zebra crossing near the hospital").save_revision().publish()
    assert client.get(URL, {"q": "zebra"}).context["total"] == 1
    client.get(URL, {"q": "zebra"})
    assert NoResultsDailyHits.objects.get(query__query_string="zebra").hits == 1
    assert Query.objects.get(query_string="zebra").hits == 3


def test_other_result_pages_and_type_filters_are_not_counted_again(client, make_page, settings):
    settings.PAGE_CACHE_SECONDS = 300
    make_page("Carers group")
    client.get(URL, {"q": "carers"})
    client.get(URL, {"q": "carers", "page": "2"})
    client.get(URL, {"q": "carers", "type": "page"})
    client.get("/pl/search/", {"q": "carers"})
    assert Query.objects.get(query_string="carers").hits == 2


def test_a_new_promoted_result_shows_at_once_although_results_are_kept(client, make_page, settings):
    settings.PAGE_CACHE_SECONDS = 300
    make_page("Volunteer drivers")
    chosen = make_page("Ways to get involved")
    assert client.get(URL, {"q": "volunteer"}).context["promotions"] == []
    SearchPromotionFactory(query=QueryFactory(query_string="volunteer"), page=chosen)
    assert [p.page_id for p in client.get(URL, {"q": "volunteer"}).context["promotions"]] == [chosen.pk]
