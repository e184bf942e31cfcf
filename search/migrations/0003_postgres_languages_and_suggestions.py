"""PostgreSQL: what searching in each language and "did you mean" need.

- ``pg_trgm`` and a trigram index on page titles: "did you mean" finds the
  titles with a word closest to a misspelt one through the index
  (``search.suggestions``) instead of comparing it with every title.
- ``hub_polish``, the text-search configuration for Polish
  (``search.languages``): Debian's Polish Hunspell dictionary when the
  database server has it (package ``hunspell-pl``, then ``pg_updatedicts``:
  docs/search.md), then ``simple``; without it, ``unaccent`` then ``simple``.
  Run ``manage.py update_index`` after installing the dictionary later.
- Narrow index rows: searches now match and rank the ``body`` vector alone
  (``search/backends/postgres.py``), so the expression index and statistics
  on ``title || body`` from 0002 go, and the plain-text copy of the body
  (kept by modelsearch for fuzzy search, which this site does not use) is
  stored out of line: a row the search reads shrinks from about 6.6 KB to
  about 1.3 KB. Run ``manage.py update_index`` once after migrating.

SQLite needs none of this.
"""

from django.db import DatabaseError, migrations, transaction

TITLE_INDEX = "search_page_title_trgm"
OLD_INDEX = "search_indexentry_title_body_gin"
OLD_STATISTICS = "search_indexentry_title_body"
POLISH = "hub_polish"
POLISH_DICTIONARY = "hub_polish_hunspell"
WORDS = "asciiword, word, hword, hword_part, hword_asciipart, asciihword"


def polish_dictionary(schema_editor):
    """Create the Hunspell dictionary; ``False`` when the server does not have Debian's files."""
    try:
        with transaction.atomic(using=schema_editor.connection.alias):
            schema_editor.execute(
                f"CREATE TEXT SEARCH DICTIONARY {POLISH_DICTIONARY} (TEMPLATE = ispell, DictFile = pl_pl, AffFile = pl_pl)"
            )
    except DatabaseError:
        return False
    return True


def create(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    schema_editor.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm")
    schema_editor.execute("CREATE EXTENSION IF NOT EXISTS unaccent")
    schema_editor.execute(f"CREATE INDEX IF NOT EXISTS {TITLE_INDEX} ON wagtailcore_page USING gist (title gist_trgm_ops)")
    schema_editor.execute(f"CREATE TEXT SEARCH CONFIGURATION {POLISH} (COPY = simple)")
    first = POLISH_DICTIONARY if polish_dictionary(schema_editor) else "unaccent"
    schema_editor.execute(f"ALTER TEXT SEARCH CONFIGURATION {POLISH} ALTER MAPPING FOR {WORDS} WITH {first}, simple")
    schema_editor.execute(f"DROP STATISTICS IF EXISTS {OLD_STATISTICS}")
    schema_editor.execute(f"DROP INDEX IF EXISTS {OLD_INDEX}")
    schema_editor.execute("ALTER TABLE wagtailsearch_indexentry ALTER COLUMN body_text SET STORAGE EXTERNAL")


def drop(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    schema_editor.execute("ALTER TABLE wagtailsearch_indexentry ALTER COLUMN body_text SET STORAGE EXTENDED")
    schema_editor.execute(f"CREATE INDEX IF NOT EXISTS {OLD_INDEX} ON wagtailsearch_indexentry USING gin ((title || body))")
    schema_editor.execute(f"CREATE STATISTICS IF NOT EXISTS {OLD_STATISTICS} ON ((title || body)) FROM wagtailsearch_indexentry")
    schema_editor.execute(f"DROP TEXT SEARCH CONFIGURATION IF EXISTS {POLISH}")
    schema_editor.execute(f"DROP TEXT SEARCH DICTIONARY IF EXISTS {POLISH_DICTIONARY}")
    schema_editor.execute(f"DROP INDEX IF EXISTS {TITLE_INDEX}")


class Migration(migrations.Migration):
    dependencies = [
        ("search", "0002_postgres_search_index"),
        ("wagtailcore", "0096_referenceindex_referenceindex_source_object_and_more"),
    ]

    operations = [migrations.RunPython(create, drop)]
