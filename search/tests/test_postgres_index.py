"""PostgreSQL can find and count the index entries a search matches (search/migrations/0002)."""

import pytest
from django.db import connection

pytestmark = [
    pytest.mark.django_db,
    pytest.mark.skipif(connection.vendor != "postgresql", reason="expression indexes and statistics are PostgreSQL's"),
]


def test_the_matched_text_has_statistics_for_the_planner(site_home):
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE wagtailsearch_indexentry")
        cursor.execute("SELECT expr FROM pg_stats_ext_exprs WHERE statistics_name = 'search_indexentry_title_body'")
        expressions = [row[0] for row in cursor.fetchall()]
    assert expressions == ["(title || body)"]


def test_the_matched_text_has_a_full_text_index(site_home):
    with connection.cursor() as cursor:
        cursor.execute("SELECT indexdef FROM pg_indexes WHERE indexname = 'search_indexentry_title_body_gin'")
        definition = cursor.fetchone()[0]
    assert "USING gin (((title || body)))" in definition
