"""PostgreSQL statistics on the text Wagtail's search matches, so searches get a fast plan.

Wagtail's PostgreSQL backend matches ``title || body`` of its index entries.
PostgreSQL keeps no statistics on that expression, guesses that one entry
matches, and joins the pages to the matches in a nested loop: with 5,000
matching posts a search took 12 s (bench/run.py). With statistics on the
expression (PostgreSQL 14 and later) it plans a hash join and takes
milliseconds. SQLite needs nothing.
"""

from django.db import migrations

STATISTICS = "search_indexentry_title_body"


def create(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(
            f"CREATE STATISTICS IF NOT EXISTS {STATISTICS} ON ((title || body)) FROM wagtailsearch_indexentry"
        )
        schema_editor.execute("ANALYZE wagtailsearch_indexentry")


def drop(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(f"DROP STATISTICS IF EXISTS {STATISTICS}")


class Migration(migrations.Migration):
    dependencies = [
        ("search", "0001_initial"),
        ("wagtailsearch", "0010_add_text_fields"),
    ]

    operations = [migrations.RunPython(create, drop)]
