"""Wagtail's database search backend, with titles, then summaries, counting most on SQLite too.

On PostgreSQL, Wagtail's backend turns each ``SearchField``'s ``boost`` into a
full-text weight (A–D), so the title (boost 2) and summary fields (boost 1.5)
outrank the body. Wagtail's SQLite backend (FTS5) ignores boosts: it scores the
whole row with ``bm25()`` and every column counts the same, so a page that
says a word twice in its body beats a page with that word in its title.

This backend is Wagtail's own, except that on SQLite summary fields get a
column of their own (Wagtail's ``autocomplete`` column, shared with the
autocomplete values) and the score weights the columns title > summary > body
as PostgreSQL does: see ``search/backends/sqlite.py`` and docs/development.md
("Search").

Settings: ``WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "search.backends"}}``.
"""

from django.db import connection
from wagtail.search.backends.database import SearchBackend as database_search_backend


def SearchBackend(params):  # noqa: N802 (Wagtail looks for this name)
    if connection.vendor == "sqlite":
        # Imported here: Wagtail's SQLite index models exist only on SQLite.
        from search.backends.sqlite import WeightedSQLiteSearchBackend, uses_fts

        if uses_fts(params):
            return WeightedSQLiteSearchBackend(params)
    return database_search_backend(params)
