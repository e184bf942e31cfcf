"""Delete personal data older than the retention period: ``python manage.py purge_personal_data``.

Run it every day (for example from cron). What it deletes is registered by
each app in ``hub.privacy.retention``.
"""

from django.core.management.base import BaseCommand
from django.db import transaction

from hub.privacy import retention


class Command(BaseCommand):
    help = "Delete form submissions older than PERSONAL_DATA_RETENTION_DAYS (default 365) and say how many."

    def add_arguments(self, parser):
        parser.add_argument(
            "--days", type=int, help="Keep this many days instead of the PERSONAL_DATA_RETENTION_DAYS setting."
        )

    @transaction.atomic
    def handle(self, *args, days=None, **options):
        before = retention.cutoff(days)
        counts = retention.purge(before)
        for label, count in counts.items():
            self.stdout.write(f"Deleted {count} {label} from before {before:%Y-%m-%d}.")
        self.stdout.write(self.style.SUCCESS(f"Deleted {sum(counts.values())} records in all."))
