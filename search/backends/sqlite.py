"""The SQLite (FTS5) part of ``search.backends``: the title column weighted in ``bm25()``."""

from wagtail.search.backends.database import SearchBackend as database_search_backend
from wagtail.search.backends.database.sqlite.query import BM25
from wagtail.search.backends.database.sqlite.sqlite import (
    SQLiteFTSIndexEntry,
    SQLiteSearchBackend,
    SQLiteSearchQueryCompiler,
)

TITLE_WEIGHT = 10.0


class TitleWeightedBM25(BM25):
    """``bm25()`` with a weight for each FTS5 column: autocomplete (unused here), body, title."""

    def as_sql(self, compiler, connection, function=None, template=None):
        return f"bm25({SQLiteFTSIndexEntry._meta.db_table}, 0.0, 1.0, {TITLE_WEIGHT})", []


class TitleWeightedSQLiteSearchQueryCompiler(SQLiteSearchQueryCompiler):
    def _build_rank_expression(self, vectors, config):
        # Wagtail's version adds up bm25() of the whole row once per "vector";
        # with weighted columns one bm25() already scores title and body.
        return TitleWeightedBM25()


class TitleWeightedSQLiteSearchBackend(SQLiteSearchBackend):
    query_compiler_class = TitleWeightedSQLiteSearchQueryCompiler


def uses_fts(params):
    """True if Wagtail picked its FTS5 backend (not the slow fallback for SQLite without FTS5)."""
    return isinstance(database_search_backend(params), SQLiteSearchBackend)
