"""The SQLite (FTS5) part of ``search.backends``: one query, ranked by FTS5's own weighted ``bm25()``.

Ranking in one query. modelsearch (Wagtail 7.4's search backends) scores each
result with a correlated sub-query that runs the full-text match again for
that row, so a search matching most of 5,000 pages took 30 to 75 seconds
(https://github.com/wagtail/django-modelsearch/pull/85, which added the
scoring, notes that a large case "takes several minutes"; issue #46 there).
``OneQuerySQLiteSearchQueryCompiler.search`` joins the pages to their index
entries and the FTS5 table, matches once and orders by ``bm25()`` in the same
query. It handles the searches the site makes (words, phrases, ``and``/``or``,
ordered by relevance); anything else (negations, match-all, no ordering by
relevance) goes to modelsearch's own ``search``.

Weighted columns. Wagtail's FTS5 table has three columns: ``autocomplete``,
``body`` and ``title``. It puts the title in ``title``, every other
``SearchField`` in ``body`` and ``AutocompleteField`` values in
``autocomplete``. Here summary fields (a ``SearchField`` other than the title
with ``boost`` above 1, see ``is_summary_field``) move from ``body`` to
``autocomplete``, and ``bm25()`` weights the columns ``TITLE_WEIGHT`` >
``SUMMARY_WEIGHT`` > 1 (body), the order PostgreSQL gets from the boosts.

Repurposing ``autocomplete`` keeps autocomplete working: the column still
holds every ``AutocompleteField`` value and Wagtail's autocomplete query
(the admin's page, image and document search) still matches only that column,
but on SQLite it also finds words of summary fields that are not
``AutocompleteField``s. Searches in turn match ``AutocompleteField`` values;
on this site each of those is a ``SearchField`` too.
"""

from django.db.models import FloatField, Func
from django.utils.functional import cached_property
from modelsearch.backends.database.sqlite.query import AndNot, MatchExpression, normalize
from modelsearch.backends.database.sqlite.sqlite import (
    ObjectIndexer,
    SQLiteFTSIndexEntry,
    SQLiteIndex,
    SQLiteSearchBackend,
    SQLiteSearchQueryCompiler,
)
from modelsearch.index import AutocompleteField, RelatedFields, SearchField
from modelsearch.query import MatchAll, Not
from modelsearch.utils import get_content_type_pk
from wagtail.search.backends.database import SearchBackend as database_search_backend

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


class WeightedBM25(Func):
    """``bm25()`` with a weight for each FTS5 column: autocomplete (holding summaries), body, title.

    Lower is better. Valid only in a query that matches the FTS5 table.
    """

    output_field = FloatField()

    def as_sql(self, compiler, connection, **extra_context):
        return f"bm25({SQLiteFTSIndexEntry._meta.db_table}, {SUMMARY_WEIGHT}, 1.0, {TITLE_WEIGHT})", []


class OneQuerySQLiteSearchQueryCompiler(SQLiteSearchQueryCompiler):
    FTS_TABLE_FIELDS = ["title", "body", "autocomplete"]

    def search(self, config, start, stop, score_field=None):
        query = normalize(self.query)
        if not self.order_by_relevance or isinstance(query, (MatchAll, Not, AndNot)):
            return super().search(config, start, stop, score_field=score_field)
        match = MatchExpression(self.fields or self.FTS_TABLE_FIELDS, self.build_search_query(query, config=config))
        score_field = score_field or "_score"
        queryset = (
            self.queryset.filter(index_entries__sqliteftsindexentry__isnull=False)
            .filter(match)
            .annotate(**{score_field: WeightedBM25()})
            .order_by(score_field, "-pk")
        )
        return queryset[start:stop]


class WeightedSQLiteSearchBackend(SQLiteSearchBackend):
    query_compiler_class = OneQuerySQLiteSearchQueryCompiler
    index_class = SummaryWeightedSQLiteIndex


def uses_fts(params):
    """True if Wagtail picked its FTS5 backend (not the slow fallback for SQLite without FTS5)."""
    return isinstance(database_search_backend(params), SQLiteSearchBackend)
