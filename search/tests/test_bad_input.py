"""Whatever people type or send, search answers with a page, never an error."""

import pytest
from django.db import OperationalError
from django.urls import reverse

from search.counting import MAX_QUERY_LENGTH
from search.factories import QueryFactory, SearchPromotionFactory

pytestmark = pytest.mark.django_db

URL = reverse("search")


@pytest.fixture
def pages(make_page):
    for number in range(12):
        make_page(f"Peer support group {number}", introduction="Meet people who understand.")
    SearchPromotionFactory(query=QueryFactory(query_string="peer"), page=make_page("Peer mentors"))


QUERIES = [
    "",
    "   ",
    "a" * 2000,
    "peer " * 400,
    "😀",
    "peer 😀 support",
    "café crème",
    "zażółć gęślą jaźń",
    "الدعم النفسي",
    "মানসিক স্বাস্থ্য",
    '"peer support"',
    "'peer'",
    '"unclosed',
    "peer' OR '1'='1",
    "'; DROP TABLE wagtailcore_page; --",
    "peer%s%d%%",
    "peer* OR NEAR(support) AND NOT -x",
    "title:peer",
    "(peer) {support} [x] ^y ~z",
    "\x00peer\x1f",
    "\\",
    "<script>alert(1)</script>",
]


@pytest.mark.parametrize("query", QUERIES)
def test_odd_queries_get_a_page(client, pages, query):
    response = client.get(URL, {"q": query})

    assert response.status_code == 200
    assert len(response.context["search_query"]) <= MAX_QUERY_LENGTH
    assert b"<script>alert(1)</script>" not in response.content


@pytest.mark.parametrize(
    "params",
    [
        {"q": "peer", "page": "abc"},
        {"q": "peer", "page": "99999"},
        {"q": "peer", "page": "-1"},
        {"q": "peer", "page": "0"},
        {"q": "peer", "page": "1.5"},
        {"q": "peer", "page": ""},
        {"q": "peer", "page": "9" * 100},
        {"q": "peer", "type": "no-such-type"},
        {"q": "peer", "type": "'; DROP TABLE x; --"},
        {"q": "peer", "type": ""},
        {"q": ["peer", "support", "zebra"]},
        {"q": "peer", "page": ["1", "2", "abc"]},
        {"q": "peer", "type": ["page", "nonsense"]},
        {"q": "zebra", "page": "abc", "type": "page"},
    ],
)
def test_odd_parameters_get_a_page(client, pages, params):
    response = client.get(URL, params)

    assert response.status_code == 200
    assert response.context["page_obj"].number >= 1


def test_page_beyond_the_end_shows_the_last_page(client, pages):
    response = client.get(URL, {"q": "peer", "page": "99999"})

    assert response.context["page_obj"].number == 2


def test_unknown_type_searches_everything(client, pages):
    response = client.get(URL, {"q": "peer", "type": "no-such-type"})

    assert response.context["chosen_type"] == ""
    assert response.context["total"] == 13


def test_repeated_query_uses_the_last_one(client, pages):
    response = client.get(URL, {"q": ["zebra", "peer"]})

    assert response.context["search_query"] == "peer"


def test_long_query_is_cut_short(client, pages):
    response = client.get(URL, {"q": "peer " + "x" * 2000})

    assert response.context["search_query"] == ("peer " + "x" * 2000)[:MAX_QUERY_LENGTH]


def test_only_get_is_allowed(client, pages):
    assert client.post(URL, {"q": "peer"}).status_code == 405


def test_a_busy_database_costs_the_count_not_the_results(client, pages, monkeypatch, caplog):
    class BusyHits:
        class objects:  # noqa: N801 - stands in for the model's manager
            @staticmethod
            def filter(**kwargs):
                raise OperationalError("database is locked")

    monkeypatch.setattr("search.counting.QueryDailyHits", BusyHits)
    response = client.get(URL, {"q": "peer"})
    assert response.status_code == 200
    assert "Peer mentors" in response.content.decode()
    assert "were not counted" in caplog.text
