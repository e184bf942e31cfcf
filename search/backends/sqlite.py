"""The SQLite (FTS5) part of ``search.backends``: title and summaries weighted in ``bm25()``.

Wagtail's FTS5 table has three columns: ``autocomplete``, ``body`` and
``title``. It puts the title in ``title``, every other ``SearchField`` in
``body`` and ``AutocompleteField`` values in ``autocomplete``. Here summary
fields (a ``SearchField`` other than the title with ``boost`` above 1, see
``is_summary_field``) move from ``body`` to ``autocomplete``, and searches match
all three columns with the weights ``TITLE_WEIGHT`` > ``SUMMARY_WEIGHT`` > 1
(body), the order PostgreSQL gets from the boosts.

Repurposing ``autocomplete`` keeps autocomplete working: the column still
holds every ``AutocompleteField`` value and Wagtail's autocomplete query
(the admin's page, image and document search) still matches only that column,
but on SQLite it also finds words of summary fields that are not
``AutocompleteField``s. Searches in turn match ``AutocompleteField`` values;
on this site each of those is a ``SearchField`` too.
"""

from django.utils.functional import cached_property
from modelsearch.backends.database.sqlite.sqlite import ObjectIndexer, SQLiteIndex
from modelsearch.index import AutocompleteField, RelatedFields, SearchField
from modelsearch.utils import get_content_type_pk
from wagtail.search.backends.database import SearchBackend as database_search_backend
from wagtail.search.backends.database.sqlite.query import BM25
from wagtail.search.backends.database.sqlite.sqlite import (
    SQLiteFTSIndexEntry,
    SQLiteSearchBackend,
    SQLiteSearchQueryCompiler,
)

TITLE_WEIGHT = 10.0
SUMMARY_WEIGHT = 4.0


def is_summary_field(field):
    """A field that sums a page up: boosted, but not the title (PostgreSQL's weight B)."""
    return isinstance(field, SearchField) and field.field_name != "title" and (field.boost or 1) > 1


def has_summary_fields(fields):
    """Whether any of these search fields (or of the related fields among them) is a summary field."""
    return any(
        has_summary_fields(field.fields) if isinstance(field, RelatedFields) else is_summary_field(field)
        for field in fields
    )


class SummaryIndexer(ObjectIndexer):
    """Wagtail's indexer with summary fields taken out of ``body`` and added to ``autocomplete``."""

    def _values(self, wanted):
        for field in self.search_fields:
            for current_field, value in self.prepare_field(self.obj, field):
                if wanted(current_field):
                    yield current_field, value

    @cached_property
    def body(self):
        def in_body(field):
            return isinstance(field, SearchField) and field.field_name != "title" and not is_summary_field(field)

        return " ".join(value for _field, value in self._values(in_body))

    @cached_property
    def autocomplete(self):
        autocompleted = [
            (field.field_name, value) for field, value in self._values(lambda f: isinstance(f, AutocompleteField))
        ]
        names = {name for name, _value in autocompleted}
        summaries = [value for field, value in self._values(is_summary_field) if field.field_name not in names]
        return " ".join([value for _name, value in autocompleted] + summaries)


class SummaryWeightedSQLiteIndex(SQLiteIndex):
    def add_items(self, model, objs):
        """Index as Wagtail does, then move each object's summary fields to ``autocomplete``."""
        super().add_items(model, objs)
        if not has_summary_fields(model.get_search_fields()):
            return
        content_type_pk = get_content_type_pk(model)
        for obj in objs:
            indexer = SummaryIndexer(obj, self.backend)
            self.entries.filter(content_type_id=content_type_pk, object_id=indexer.id).update(
                body=indexer.body, autocomplete=indexer.autocomplete
            )


class WeightedBM25(BM25):
    """``bm25()`` with a weight for each FTS5 column: autocomplete (holding summaries), body, title."""

    def as_sql(self, compiler, connection, function=None, template=None):
        return f"bm25({SQLiteFTSIndexEntry._meta.db_table}, {SUMMARY_WEIGHT}, 1.0, {TITLE_WEIGHT})", []


class WeightedSQLiteSearchQueryCompiler(SQLiteSearchQueryCompiler):
    FTS_TABLE_FIELDS = ["title", "body", "autocomplete"]

    def _build_rank_expression(self, vectors, config):
        # Wagtail's version adds up bm25() of the whole row once per "vector";
        # with weighted columns one bm25() already scores title, summaries and body.
        return WeightedBM25()


class WeightedSQLiteSearchBackend(SQLiteSearchBackend):
    query_compiler_class = WeightedSQLiteSearchQueryCompiler
    index_class = SummaryWeightedSQLiteIndex


def uses_fts(params):
    """True if Wagtail picked its FTS5 backend (not the slow fallback for SQLite without FTS5)."""
    return isinstance(database_search_backend(params), SQLiteSearchBackend)
