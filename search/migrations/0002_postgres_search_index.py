"""PostgreSQL: an index and statistics on the text Wagtail's search matches.

Wagtail's PostgreSQL backend matches ``title || body`` of its index entries,
an expression its own indexes (on each column) cannot answer. Without
statistics on it PostgreSQL guessed that one entry matches and joined the
pages to the matches in a nested loop: with 5,000 matching posts a search took
12 s (bench/run.py). With statistics (PostgreSQL 14 and later) it plans a hash
join; with the GIN index it finds the matches without reading every entry
(a search matching 4,000 of 6,500 pages: 53 ms to 30 ms in the database, one
matching none: well under a millisecond). SQLite needs nothing.
"""

from django.db import migrations

INDEX = "search_indexentry_title_body_gin"
STATISTICS = "search_indexentry_title_body"


def create(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(
            f"CREATE INDEX IF NOT EXISTS {INDEX} ON wagtailsearch_indexentry USING gin ((title || body))"
        )
        schema_editor.execute(
            f"CREATE STATISTICS IF NOT EXISTS {STATISTICS} ON ((title || body)) FROM wagtailsearch_indexentry"
        )
        schema_editor.execute("ANALYZE wagtailsearch_indexentry")


def drop(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(f"DROP STATISTICS IF EXISTS {STATISTICS}")
        schema_editor.execute(f"DROP INDEX IF EXISTS {INDEX}")


class Migration(migrations.Migration):
    dependencies = [
        ("search", "0001_initial"),
        ("wagtailsearch", "0010_add_text_fields"),
    ]

    operations = [migrations.RunPython(create, drop)]
