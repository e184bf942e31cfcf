"""Wagtail's database search backend, read in each page's language and ranked in one query.

- PostgreSQL (``search/backends/postgres.py``): each page is indexed with its
  language's text-search configuration and each search uses the visitor's
  (``search/languages.py``). Wagtail's backend turns each ``SearchField``'s
  ``boost`` into a full-text weight (A–D), so the title (boost 2) and
  summary fields (boost 1.5) outrank the body.
- SQLite (``search/backends/sqlite.py``): one query ranked by FTS5's
  ``bm25()``, with title, summary and body weighted as on PostgreSQL.

Settings: ``WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "search.backends"}}``.
docs/search.md explains the whole search.
"""

from django.db import connection
from wagtail.search.backends.database import SearchBackend as database_search_backend


def SearchBackend(params):  # noqa: N802 (Wagtail looks for this name)
    # Imported here: each database's index models exist only on that database.
    if connection.vendor == "sqlite":
        from search.backends.sqlite import WeightedSQLiteSearchBackend, uses_fts

        if uses_fts(params):
            return WeightedSQLiteSearchBackend(params)
    if connection.vendor == "postgresql":
        from search.backends.postgres import LanguagePostgresSearchBackend

        return LanguagePostgresSearchBackend(params)
    return database_search_backend(params)
