"""Move the search counts gathered in Redis to the database (search/counting.py).

Run every five minutes, beside ``publish_scheduled``: the editors' report
("What people search for") shows searches up to the last run. Without Redis
searches are written to the database as they happen and this does nothing.
"""

from django.core.management.base import BaseCommand, CommandError
from redis.exceptions import RedisError

from search import counting


class Command(BaseCommand):
    help = "Move the search counts gathered in the cache to the database."

    def handle(self, **options):
        try:
            moved = counting.flush()
        except (RedisError, OSError) as error:
            raise CommandError(f"Redis is unreachable ({error}); its counts wait there for the next run.") from error
        self.stdout.write(f"{moved} searches moved from the cache to the database.")
