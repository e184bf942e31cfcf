"""Fill the benchmark database: the demo site plus 5,000 posts, 500 events and
1,000 roles. Run through bench/run.py (which sets the database), or:

    python -m bench.seed            # seed once (does nothing if already seeded)
    python -m bench.seed --paths    # JSON: one path of each kind of page
    python -m bench.seed --queries PATH...   # JSON: database queries per path
"""

import argparse
import datetime
import io
import json
import os
import random
import sys

import django

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "hub.settings.production")
django.setup()

from django.core.management import call_command  # noqa: E402
from django.db import connection, transaction  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import CaptureQueriesContext  # noqa: E402
from django.utils import timezone  # noqa: E402

from blog.factories import BlogPageFactory, EventPageFactory  # noqa: E402
from blog.models import BlogIndexPage, BlogPage, EventPage  # noqa: E402
from opportunities.factories import OpportunityPageFactory  # noqa: E402
from opportunities.models import Kind, OpportunityIndexPage, OpportunityPage, Setting  # noqa: E402

# BENCH_SCALE shrinks the data for a quick try of the scripts (1 = the full size).
SCALE = float(os.environ.get("BENCH_SCALE", "1"))
POSTS, EVENTS, ROLES = int(5000 * SCALE), int(500 * SCALE), int(1000 * SCALE)
WORDS = ["peer", "support", "carers", "recovery", "ward", "community"] + ["volunteer", "story", "event", "equal"]


def sentence(rng, length=12):
    return " ".join(rng.choice(WORDS) for _ in range(length)).capitalize() + "."


@transaction.atomic
def seed():
    # Loading the demo again would synchronise every bench page into each language's tree.
    if not BlogIndexPage.objects.exists():
        call_command("load_demo_content", stdout=io.StringIO())
    news = BlogIndexPage.objects.get(locale__language_code="en")
    roles = OpportunityIndexPage.objects.get(locale__language_code="en")
    rng = random.Random(7)
    have_posts = BlogPage.objects.not_type(EventPage).count()
    for n in range(have_posts, POSTS):
        BlogPageFactory(parent=news, title=f"Bench post {n}: {sentence(rng, 4)}", summary=sentence(rng))
    now = timezone.now()
    for n in range(EventPage.objects.count(), EVENTS):
        start = now + datetime.timedelta(days=rng.randint(-400, 200), hours=rng.randint(0, 23))
        EventPageFactory(parent=news, title=f"Bench event {n}", summary=sentence(rng), start=start)
    for n in range(OpportunityPage.objects.count(), ROLES):
        OpportunityPageFactory(
            parent=roles,
            title=f"Bench role {n}: {sentence(rng, 3)}",
            summary=sentence(rng),
            kind=rng.choice(list(Kind)),
            setting=rng.choice(list(Setting)),
        )


def analyse():
    """Fresh planner statistics after the bulk insert, as PostgreSQL's autovacuum would gather in time.

    Without them PostgreSQL plans the listings' restriction check for empty
    tables and a news page takes seconds.
    """
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE")


def paths():
    post = BlogPage.objects.live().not_type(EventPage).order_by("-date").first()
    event = EventPage.objects.live().order_by("-start").first()
    role = OpportunityPage.objects.live().open().order_by("closing_date").first()
    return {
        "home": "/",
        "news index": "/news/",
        "post": post.url,
        "event": event.url,
        "get involved, 2 filters": "/get-involved/?kind=volunteering&setting=community",
        "role": role.url,
        # Every seeded post says "peer" and "support": this search ranks about 4,000 pages.
        "search": "/search/?q=peer+support",
        # A word only the demo content uses: the usual case for a real search.
        "search, few matches": "/search/?q=psychosis",
    }


def queries(path_list):
    client = Client(HTTP_HOST="127.0.0.1")
    counts = {}
    for path in path_list:
        client.get(path)  # warm the per-site caches, as a running server has them
        with CaptureQueriesContext(connection) as context:
            client.get(path)
        counts[path] = len(context.captured_queries)
    return counts


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--paths", action="store_true")
    parser.add_argument("--queries", nargs="*")
    args = parser.parse_args()
    if args.paths:
        json.dump(paths(), sys.stdout)
    elif args.queries is not None:
        json.dump(queries(args.queries), sys.stdout)
    else:
        seed()
        analyse()


if __name__ == "__main__":
    main()
