"""What PostgreSQL search relies on (search/migrations/0003): trigram index, Polish configuration, narrow rows."""

import pytest
from django.db import connection

from search.suggestions import did_you_mean

pytestmark = [
    pytest.mark.django_db,
    pytest.mark.skipif(connection.vendor != "postgresql", reason="PostgreSQL indexes and configurations"),
]


def fetch(sql, params=()):
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        return cursor.fetchall()


def test_titles_have_a_trigram_index_for_did_you_mean():
    [(definition,)] = fetch("SELECT indexdef FROM pg_indexes WHERE indexname = 'search_page_title_trgm'")
    assert "USING gist (title gist_trgm_ops)" in definition


def test_polish_has_a_configuration_of_its_own():
    assert fetch("SELECT cfgname FROM pg_ts_config WHERE cfgname = 'hub_polish'") == [("hub_polish",)]


def test_the_old_joined_vector_index_is_gone_and_the_plain_body_is_kept_apart():
    assert fetch("SELECT 1 FROM pg_indexes WHERE indexname = 'search_indexentry_title_body_gin'") == []
    storage = fetch(
        "SELECT attstorage FROM pg_attribute WHERE attrelid = 'wagtailsearch_indexentry'::regclass "
        "AND attname = 'body_text'"
    )
    assert storage == [("e",)]


def test_a_search_matches_the_body_vector_alone_which_holds_the_title(make_page):
    page = make_page("Meetings for carers", body="Tea and biscuits.")
    [(matches,)] = fetch(
        "SELECT body @@ to_tsquery('english', 'meeting & biscuit') FROM wagtailsearch_indexentry WHERE object_id = %s",
        [str(page.pk)],
    )
    assert matches


def test_did_you_mean_finds_the_nearest_title_word(make_page):
    from search.types import searchable_pages

    make_page("Volunteer drivers")

    assert did_you_mean("voluntere", searchable_pages(), lambda words: 1) == "volunteer"
