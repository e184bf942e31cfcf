"""Delete old search counts: Wagtail's daily counts, ours for searches that
found nothing, and search terms nobody has searched for since.

Run daily (people sometimes type personal details into a search box).
Counts older than ``WAGTAILSEARCH_HITS_MAX_AGE`` days (7 unless set) go.
"""

from django.core.management.base import BaseCommand
from wagtail.contrib.search_promotions.models import Query, QueryDailyHits

from search.models import NoResultsDailyHits


class Command(BaseCommand):
    help = "Delete search counts older than WAGTAILSEARCH_HITS_MAX_AGE days, and unused search terms."

    def handle(self, **options):
        QueryDailyHits.garbage_collect()
        NoResultsDailyHits.garbage_collect()
        Query.garbage_collect()
        self.stdout.write("Old search counts deleted.")
