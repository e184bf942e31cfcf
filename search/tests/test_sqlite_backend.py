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
