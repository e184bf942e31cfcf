"""How the SQLite backend splits a page into FTS5 columns (``search/backends/sqlite.py``)."""

import pytest
from django.db import connection
from wagtail.search.models import IndexEntry

from home.models import StandardPage

pytestmark = [
    pytest.mark.django_db,
    pytest.mark.skipif(connection.vendor != "sqlite", reason="PostgreSQL weights fields itself"),
]


def test_summaries_leave_the_body_for_the_weighted_column(make_page):
    page = make_page("Meetings for carers", introduction="Regular meetings.", body="Tea and biscuits.")
    entry = IndexEntry.objects.get(object_id=str(page.pk), content_type__model="standardpage")

    assert entry.title == "Meetings for carers"
    assert "Regular meetings." in entry.autocomplete and "Meetings for carers" in entry.autocomplete
    assert "Tea and biscuits." in entry.body and "Regular meetings." not in entry.body


def test_a_word_only_in_a_summary_is_still_found(make_page):
    make_page("Ways to help", introduction="Become a champion.")

    assert [page.title for page in StandardPage.objects.search("champion")] == ["Ways to help"]


def test_each_match_finds_its_page_by_key_not_by_reading_every_page(make_page):
    """Without search/migrations/0004 SQLite read every page for each match: 2 s at 5,000 matching pages."""
    from django.utils import translation

    from search.types import searchable_pages
    from search.views import run_search

    make_page("Peer support group")
    with translation.override("en"):
        results = run_search(searchable_pages(), "peer support")
        queryset = results.query_compiler.search(results.query_compiler.get_config(results.backend), 0, 10)
        sql, params = queryset.query.sql_with_params()
    with connection.cursor() as cursor:
        cursor.execute(f"EXPLAIN QUERY PLAN {sql}", params)
        plan = [row[-1] for row in cursor.fetchall()]
    assert "SCAN wagtailcore_page" not in plan, plan
    assert any("search_page_id_as_text" in step for step in plan), plan
