"""The PostgreSQL part of ``search.backends``: each page indexed, and each search read, in its own language.

modelsearch (Wagtail 7.4's search backends) reads every page and every
search with one text-search configuration (``SEARCH_CONFIG``). Here a page's
words go through its own language's configuration and a search through the
visitor's (``search.languages``): only these two choices differ from
modelsearch, through its public ``PostgresIndex(backend).add_items`` and
``get_config``.
"""

import copy
from collections import defaultdict

from django.conf import settings
from django.utils.translation import get_language
from modelsearch.backends.database.postgres.postgres import (
    PostgresIndex,
    PostgresSearchBackend,
    PostgresSearchQueryCompiler,
)
from wagtail.models import Locale

from search.languages import config_for


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


class LanguageQueryCompiler(PostgresSearchQueryCompiler):
    def get_config(self, backend):
        """The visitor's language, not one configuration for every language."""
        return config_for(get_language())


class LanguagePostgresSearchBackend(PostgresSearchBackend):
    index_class = LanguageIndex
    query_compiler_class = LanguageQueryCompiler

    def reading(self, config):
        """This backend, indexing with the text-search configuration ``config``."""
        backend = copy.copy(self)
        backend.config = config
        return backend
