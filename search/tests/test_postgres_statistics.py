"""PostgreSQL knows how many index entries a search matches (search/migrations/0002)."""

import pytest
from django.db import connection

pytestmark = [
    pytest.mark.django_db,
    pytest.mark.skipif(connection.vendor != "postgresql", reason="statistics on expressions are PostgreSQL's"),
]


def test_the_matched_text_has_statistics_for_the_planner(site_home):
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE wagtailsearch_indexentry")
        cursor.execute("SELECT expr FROM pg_stats_ext_exprs WHERE statistics_name = 'search_indexentry_title_body'")
        expressions = [row[0] for row in cursor.fetchall()]
    assert expressions == ["(title || body)"]
