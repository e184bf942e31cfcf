from django.core.management.base import BaseCommand

from opportunities.alerts.sending import send_role_alerts


class Command(BaseCommand):
    help = "Email each confirmed role alert the new roles that match it (at most one email per address a day)."

    def handle(self, *args, **options):
        sent, failed = send_role_alerts()
        self.stdout.write(f"Role alerts: {sent} emails sent, {failed} failed (tried again on the next run).")
