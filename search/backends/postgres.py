"""The PostgreSQL part of ``search.backends``: each page read in its own language, matched and ranked on one vector.

Languages. modelsearch (Wagtail 7.4's search backends) reads every page and
every search with one text-search configuration (``SEARCH_CONFIG``). Here a
page's words go through its own language's configuration and a search
through the visitor's (``search.languages``).

Speed. modelsearch matches ``title || body`` and ranks the title and the body
apart. Joining the two vectors of every matching entry was most of the time
of a search that matches most pages (95 of 100 ms for 5,000 entries, the
rows' plain-text copies for fuzzy search another 40: docs/search.md). Here
the ``body`` vector also holds the title (weight A, as in ``title``), so a
search matches and ranks ``body`` alone, through Wagtail's own GIN index on
it: title (A) > summaries (B) > body (D) as before, in one ``ts_rank``.

Each change goes through a public method: ``PostgresIndex.add_items``
(indexing per language, then one UPDATE per batch), ``get_config`` and
``get_index_vectors``.
"""

import copy
from collections import defaultdict

from django.conf import settings
from django.contrib.postgres.search import SearchVectorField
from django.db.models import Case, F, Func, Value, When
from django.utils.translation import get_language
from modelsearch.backends.database.postgres.postgres import (
    PostgresIndex,
    PostgresSearchBackend,
    PostgresSearchQueryCompiler,
)
from modelsearch.utils import get_content_type_pk
from wagtail.models import Locale

from search.languages import config_for

# A title match scores up to about 1, a body-only match at least about 0.006:
# an alias's score times this stays below every page's own.
ALIAS_WEIGHT = 1e-4


class LanguageIndex(PostgresIndex):
    def add_items(self, model, objs):
        """Index the objects of each language with that language's configuration."""
        languages = dict(Locale.objects.values_list("pk", "language_code"))
        by_config = defaultdict(list)
        for obj in objs:
            language = languages.get(getattr(obj, "locale_id", None), settings.LANGUAGE_CODE)
            by_config[config_for(language)].append(obj)
        for config, group in by_config.items():
            PostgresIndex(self.backend.reading(config)).add_items(model, group)
        entries = self.entries.filter(
            content_type_id=get_content_type_pk(model), object_id__in=[str(obj.pk) for obj in objs]
        )
        entries.update(body=TitleAndBody())


class TitleAndBody(Func):
    """``title || body``: the one vector a search matches and ranks."""

    template = "(%(expressions)s)"
    arg_joiner = " || "
    output_field = SearchVectorField()

    def __init__(self):
        super().__init__(F("title"), F("body"))


class LanguageQueryCompiler(PostgresSearchQueryCompiler):
    def get_config(self, backend):
        """The visitor's language, not one configuration for every language."""
        return config_for(get_language())

    def get_index_vectors(self, search_query):
        """Match and rank ``body`` alone: it holds the title too (``LanguageIndex``).

        Pages that show another page's words (aliases: in another language's
        tree, an untranslated copy) rank below every page of their own:
        a Polish search lists Polish matches before English-only ones.
        """
        if not hasattr(self.queryset.model, "alias_of"):
            return [(F("index_entries__body"), 1.0)]
        own_words = Case(When(alias_of__isnull=True, then=Value(1.0)), default=Value(ALIAS_WEIGHT))
        return [(F("index_entries__body"), own_words)]


class LanguagePostgresSearchBackend(PostgresSearchBackend):
    index_class = LanguageIndex
    query_compiler_class = LanguageQueryCompiler

    def reading(self, config):
        """This backend, indexing with the text-search configuration ``config``."""
        backend = copy.copy(self)
        backend.config = config
        return backend
