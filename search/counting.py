"""Counting searches for the editors' report without a database write per search.

Every search is counted (Wagtail's ``QueryDailyHits``), and so is every search
that found nothing (``NoResultsDailyHits``). Writing a row per search made
ten visitors queue on one row: cached search ran at 14% of the static-file
rate (docs/performance.md, "Search"). So a search adds one to a Redis hash
(``HINCRBY``, atomic, shared by every app server) and ``manage.py
flush_search_counts``, run every five minutes beside ``publish_scheduled``,
moves the sums to the database in one transaction.

Nothing is lost when the cache cannot take a count: without Redis (local
memory is not shared with the command) or while Redis is unreachable, the
search is written to the database directly, as before. If the database
refuses that write too, the search goes uncounted and the failure is logged;
the visitor still gets their results.

Where searches are counted: search pages are kept by the page cache, so the
view does not run for a repeated search. ``count_request`` listens to
Django's ``request_started`` signal and counts every request for the search
page (first page, no type filter), served from the cache or not. Whether it
found nothing is known only to the view: when it renders a search that found
nothing it leaves a marker in the cache for that search, language and content
version, and counts that first "found nothing" itself; later requests for the
same search see the marker and count it as found nothing too.
"""

import datetime
import hashlib
import logging
import re
from functools import cache as once
from urllib.parse import parse_qs

from django.conf import settings
from django.core.cache import cache, caches
from django.db import DatabaseError, transaction
from django.db.models import F
from django.urls import reverse
from django.utils import timezone, translation
from django_redis import get_redis_connection
from django_redis.cache import RedisCache
from redis.exceptions import RedisError
from wagtail.contrib.search_promotions.models import Query, QueryDailyHits
from wagtail.search.utils import normalise_query_string

from hub.caching.version import current_version
from search.models import NoResultsDailyHits
from search.types import filter_choices

logger = logging.getLogger(__name__)

PENDING = "search:counts"
FLUSHING = "search:counts:flushing"
SEARCHES, FOUND_NOTHING = "searches", "nothing"
MAX_QUERY_LENGTH = 200
CONTROL_CHARACTERS = re.compile(r"[\x00-\x1f\x7f]")
SEARCH_PATH_END = "/search/"


def clean_query(raw):
    """The visitor's words, without control characters, at most ``MAX_QUERY_LENGTH`` long."""
    return " ".join(CONTROL_CHARACTERS.sub(" ", raw).split())[:MAX_QUERY_LENGTH].strip()


def redis_client():
    """The shared Redis connection when the default cache is Redis, else ``None`` (counts go to the database)."""
    if not isinstance(caches["default"], RedisCache):
        return None
    return get_redis_connection("default")


def _field(kind, term, date):
    return f"{date.isoformat()}|{kind}|{term}"


def add(term, kind=SEARCHES, date=None):
    """Count one search of ``term`` (``kind`` is ``SEARCHES`` or ``FOUND_NOTHING``)."""
    date = date or timezone.now().date()
    client = redis_client()
    if client is not None:
        try:
            client.hincrby(PENDING, _field(kind, term, date), 1)
            return
        except (RedisError, OSError):
            logger.warning("Cache unreachable: a search count went straight to the database")
    write({(date, kind, term): 1})


def add_to_database(counts):
    """Add ``{(date, kind, term): n}`` to the database counts: one UPDATE each once the day's row exists."""
    for (date, kind, term), hits in counts.items():
        model = QueryDailyHits if kind == SEARCHES else NoResultsDailyHits
        if not model.objects.filter(query__query_string=term, date=date).update(hits=F("hits") + hits):
            model.objects.create(query=Query.get(term), date=date, hits=hits)


def write(counts, atomic=False):
    """``add_to_database``, logging instead of failing; ``False`` when the database did not take it."""
    try:
        if atomic:
            with transaction.atomic():
                add_to_database(counts)
        else:
            add_to_database(counts)
    except DatabaseError:
        logger.warning("Searches were not counted: the database did not take the write", exc_info=True)
        return False
    return True


def flush():
    """Move the counts gathered in Redis to the database; returns how many searches were moved.

    The pending hash is renamed before it is read, so searches counted
    meanwhile start a new one; the renamed hash is deleted only after the
    database took its counts (a hash left by a failed run is moved first).
    """
    client = redis_client()
    if client is None:
        return 0
    moved = 0
    for first in (True, False):
        if not first:
            try:
                client.rename(PENDING, FLUSHING)
            except RedisError:  # nothing pending
                break
        counts = {}
        for field, hits in client.hgetall(FLUSHING).items():
            day, kind, term = field.decode().split("|", 2)
            counts[(datetime.date.fromisoformat(day), kind, term)] = int(hits)
        if counts and not write(counts, atomic=True):
            break
        client.delete(FLUSHING)
        moved += sum(hits for (_day, kind, _term), hits in counts.items() if kind == SEARCHES)
    return moved


def found_nothing_marker(term, language):
    digest = hashlib.sha256(term.encode()).hexdigest()
    return f"search:found-nothing:{current_version()}:{language}:{digest}"


def found_nothing(term, language):
    """Called by the view when a search found nothing: counts it once per content version."""
    if cache.add(found_nothing_marker(term, language), True, timeout=settings.PAGE_CACHE_SECONDS or None):
        add(term, FOUND_NOTHING)


@once
def search_paths():
    """``{path: language}`` of the search page in every language (``/search/``, ``/pl/search/``, …)."""
    paths = {}
    for code, _name in settings.LANGUAGES:
        with translation.override(code):
            paths[reverse("search")] = code
    return paths


def counted_term(path, query_string):
    """The normalised search term a request for ``path`` counts, or ``""`` if it counts none.

    A search counts once, when it is made: not again for its other result
    pages or a type filter.
    """
    if not path.endswith(SEARCH_PATH_END) or path not in search_paths():
        return ""
    params = parse_qs(query_string, keep_blank_values=True)
    if "page" in params or params.get("type", [""])[-1] in dict(filter_choices()):
        return ""
    words = clean_query(params.get("q", [""])[-1])
    return normalise_query_string(words) if words else ""


def count_request(sender, environ, **kwargs):
    """``request_started`` receiver: count a request for the search page, cached or not."""
    path = environ.get("PATH_INFO", "")
    if not path.endswith(SEARCH_PATH_END) or environ.get("REQUEST_METHOD") != "GET":
        return
    term = counted_term(path, environ.get("QUERY_STRING", ""))
    if not term:
        return
    marker = found_nothing_marker(term, search_paths()[path])
    found_nothing_before = _count_reading_marker(term, marker)
    if found_nothing_before is None:
        add(term)
        found_nothing_before = cache.get(marker)
    if found_nothing_before:
        add(term, FOUND_NOTHING)


def _count_reading_marker(term, marker):
    """Count the search in Redis and say whether ``marker`` is there, in one round trip; ``None`` without Redis.

    Counting, then reading the marker, took two round trips on every search
    while a page from the cache took none: cached search ran at about half
    the static-file rate (target 50%; make bench, 2026-12-05).
    """
    client = redis_client()
    if client is None:
        return None
    date = timezone.now().date()
    try:
        pipeline = client.pipeline(transaction=False)
        pipeline.hincrby(PENDING, _field(SEARCHES, term, date), 1)
        pipeline.exists(cache.make_key(marker))
        _count, found = pipeline.execute()
    except (RedisError, OSError):
        logger.warning("Cache unreachable: a search count went straight to the database")
        write({(date, SEARCHES, term): 1})
        return bool(cache.get(marker))
    return bool(found)
