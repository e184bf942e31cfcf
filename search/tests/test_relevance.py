"""Relevance: the same expectations on SQLite (development) and PostgreSQL (production).

Run on PostgreSQL with
``DATABASE_URL=postgres://postgres@127.0.0.1:5432/hub_search .venv/bin/pytest search``.
"""

import pytest
from django.urls import reverse
from wagtail.models import Page

pytestmark = pytest.mark.django_db

URL = reverse("search")
FILLER = " ".join(["Information about our services and where to find help."] * 4)


def titles(client, query):
    return [result.title for result, _type, _date in client.get(URL, {"q": query}).context["results"]]


def test_a_title_match_outranks_pages_that_say_it_more_often_in_the_body(client, make_page):
    make_page("Ways to help out", body=f"{FILLER} Carers carers carers are welcome.")
    make_page("Meetings for carers", body=FILLER)

    assert titles(client, "carers") == ["Meetings for carers", "Ways to help out"]


def test_a_title_match_outranks_a_summary_match(client, make_page):
    make_page("Ways to help", introduction="Become a carers champion.", body=FILLER)
    make_page("Meetings for carers", introduction="Regular meetings.", body=FILLER)

    assert titles(client, "carers") == ["Meetings for carers", "Ways to help"]


def test_a_summary_match_outranks_a_body_match(client, make_page):
    make_page("Ways to help out", introduction="Regular meetings.", body=f"{FILLER} Carers carers are welcome.")
    make_page("Ways to help", introduction="Become a carers champion.", body=FILLER)

    assert titles(client, "carers") == ["Ways to help", "Ways to help out"]


def test_every_word_must_match(client, make_page):
    make_page("Peer support for carers")
    make_page("Peer mentors")

    assert titles(client, "peer carers") == ["Peer support for carers"]


def test_words_are_matched_whatever_their_case_and_accents_as_typed(client, make_page):
    make_page("Café for carers")

    assert titles(client, "CAFÉ") == ["Café for carers"]


def test_hyphenated_words_are_found(client, make_page):
    make_page("What co-production means")

    assert titles(client, "co-production") == ["What co-production means"]
    assert titles(client, "co production") == ["What co-production means"]


def test_body_text_is_searched(client, make_page):
    make_page("Ways to help", body="You could join a recovery college as a co-tutor.")

    assert titles(client, "recovery college") == ["Ways to help"]


def test_autocomplete_still_finds_pages_by_the_start_of_their_title(make_page):
    """The admin's page search: on SQLite the autocomplete column also holds summaries (search/backends/sqlite.py)."""
    make_page("Meetings for carers", introduction="Regular meetings.")
    make_page("Ways to help", introduction="Become a champion.")

    assert [page.title for page in Page.objects.autocomplete("Meet")] == ["Meetings for carers"]
    assert [page.title for page in Page.objects.autocomplete("Ways")] == ["Ways to help"]
