"""Help for a search that found nothing: a spelling hint and the main routes.

Wagtail 7.4's ``Fuzzy`` query works only on PostgreSQL with the ``pg_trgm``
extension (and on Elasticsearch); the SQLite backend has nothing like it and
there is no suggestion API. So "did you mean" is worked out here: each word
of the search that no page title contains is swapped for the closest word in
a page title (``difflib``), and the hint is offered only if the corrected
search finds something.

Which titles: on PostgreSQL, for each word, the ``CANDIDATE_TITLES`` titles
holding the most similar word, found through the trigram index on titles
(``search/migrations/0003``), then those of them the visitor may find: a few
milliseconds, where comparing with every title took about 100 ms at 5,000
pages. On SQLite (development), every title.
"""

import difflib
import re

from django.apps import apps
from django.contrib.contenttypes.models import ContentType
from django.db import connection
from django.db.models import F, FloatField, Func, TextField, Value
from django.db.models.functions import Cast
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from wagtail.models import Page

from hub.caching.lookups import remembered
from search.types import searchable_pages

WORD = re.compile(r"\w+")
MIN_WORD_LENGTH = 3
CLOSENESS = 0.75
CANDIDATE_TITLES = 50

# The routes offered when a search finds nothing, in this order. A route whose
# page type is not installed or has no live page in this language is left out.
ROUTES = [
    ("opportunities.OpportunityIndexPage", _("Find a way to get involved")),
    ("blog.BlogIndexPage", _("Read news, stories and event write-ups")),
    ("stories.StoryFormPage", _("Share your story")),
]


class WordDistance(Func):
    """``title <->> word``: 1 minus the similarity of ``word`` to the closest word of the title.

    The title first, so the trigram index orders by it (Django's
    ``TrigramWordDistance`` puts the word first, which the index cannot do).
    """

    arg_joiner = " <->> "
    template = "(%(expressions)s)"
    output_field = FloatField()


def title_words(titles):
    return {word for title in titles for word in WORD.findall(title.lower()) if len(word) >= MIN_WORD_LENGTH}


def nearest_titles(word):
    """The ids of the ``CANDIDATE_TITLES`` pages whose titles hold the words nearest to ``word`` (trigram index)."""
    by_distance = Page.objects.order_by(WordDistance(F("title"), Cast(Value(word), TextField())))
    return Page.objects.filter(pk__in=by_distance.values("pk")[:CANDIDATE_TITLES]).order_by().values("pk")


def candidate_words(words, pages):
    """Words of page titles that ``words`` may have meant (each word itself among them if a title has it).

    One query for all the words: on PostgreSQL, the nearest titles of all
    pages for each word, then only those the visitor may find (a query a word
    took 3 to 4 ms more for each word of a search). On SQLite, every title.
    """
    if connection.vendor == "postgresql":
        nearest = [nearest_titles(word) for word in words]
        pages = pages.filter(pk__in=nearest[0].union(*nearest[1:]))
    return title_words(pages.values_list("title", flat=True))


def did_you_mean(query, pages, count):
    """A corrected search that finds something, or ``""``.

    ``pages`` are the pages the visitor searched; ``count(words)`` says how many
    results a search for ``words`` finds.
    """
    words = WORD.findall(query.lower())
    checked = [word for word in words if len(word) >= MIN_WORD_LENGTH]
    vocabulary = candidate_words(checked, pages) if checked else set()
    corrected = []
    for word in words:
        if len(word) < MIN_WORD_LENGTH:
            corrected.append(word)
            continue
        if word in vocabulary:
            corrected.append(word)
        else:
            corrected.extend(difflib.get_close_matches(word, vocabulary, n=1, cutoff=CLOSENESS) or [word])
    suggestion = " ".join(corrected)
    if not words or corrected == words or not count(suggestion):
        return ""
    return suggestion


def main_routes():
    """``(page, label)`` for each main route that exists in the visitor's language.

    The same for every search that finds nothing in a language until a page
    is published, moved or restricted, so kept under the content version
    (a query and about 2 ms of CPU on each such search).
    """
    return remembered(f"search-routes:{get_language()}", _main_routes)


def _main_routes():
    content_types = {}
    for model_label, label in ROUTES:
        try:
            model = apps.get_model(model_label)
        except LookupError:
            continue
        content_types[ContentType.objects.get_for_model(model).pk] = label
    pages = searchable_pages().filter(content_type__in=content_types)
    by_type = {}
    for page in pages.order_by("path"):
        by_type.setdefault(page.content_type_id, page)
    return [(by_type[pk], label) for pk, label in content_types.items() if pk in by_type]
