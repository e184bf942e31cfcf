"""Help for a search that found nothing: a spelling hint and the main routes.

Wagtail 7.4's ``Fuzzy`` query works only on PostgreSQL with the ``pg_trgm``
extension (and on Elasticsearch); the SQLite backend has nothing like it and
there is no suggestion API. So "did you mean" is worked out here, the same way
on every database: each word of the search that no page title contains is
swapped for the closest word in a page title (``difflib``), and the hint is
offered only if the corrected search finds something.
"""

import difflib
import re

from django.apps import apps
from django.contrib.contenttypes.models import ContentType
from django.utils.translation import gettext_lazy as _

from search.types import searchable_pages

WORD = re.compile(r"\w+")
MIN_WORD_LENGTH = 3
CLOSENESS = 0.75

# The routes offered when a search finds nothing, in this order. A route whose
# page type is not installed or has no live page in this language is left out.
ROUTES = [
    ("opportunities.OpportunityIndexPage", _("Find a way to get involved")),
    ("blog.BlogIndexPage", _("Read news, stories and event write-ups")),
    ("stories.StoryFormPage", _("Share your story")),
]


def did_you_mean(query, pages, count):
    """A corrected search that finds something, or ``""``.

    ``pages`` are the pages the visitor searched; ``count(words)`` says how many
    results a search for ``words`` finds.
    """
    vocabulary = {
        word
        for title in pages.values_list("title", flat=True)
        for word in WORD.findall(title.lower())
        if len(word) >= MIN_WORD_LENGTH
    }
    words = WORD.findall(query.lower())
    corrected = []
    for word in words:
        if word in vocabulary or len(word) < MIN_WORD_LENGTH:
            corrected.append(word)
        else:
            corrected.extend(difflib.get_close_matches(word, vocabulary, n=1, cutoff=CLOSENESS) or [word])
    suggestion = " ".join(corrected)
    if not words or corrected == words or not count(suggestion):
        return ""
    return suggestion


def main_routes():
    """``(page, label)`` for each main route that exists in the visitor's language."""
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
