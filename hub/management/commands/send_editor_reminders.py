"""Email editors what waits for them: reviews, roles about to close, pages due for review (run daily)."""

from django.core.management.base import BaseCommand

from hub.editors.reminders import send_reminders


class Command(BaseCommand):
    help = "Email reviewers, the Involvement team and page owners what is waiting for them (hub.editors.reminders)."

    def handle(self, *args, **options):
        sent = send_reminders()
        self.stdout.write(f"Sent {sent} reminder email(s).")
