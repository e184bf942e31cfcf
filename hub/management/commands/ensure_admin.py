"""Make sure a local administrator exists: ``python manage.py ensure_admin``.

The password comes from the ADMIN_PASSWORD environment variable; without it a
random one is made once and kept in ``var/admin-password.txt`` (git-ignored,
readable only by you). An existing account is never changed.
"""

import os
import secrets

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand

USERNAME = "admin"


class Command(BaseCommand):
    help = "Create the local 'admin' superuser if it does not exist, and say how to log in."

    def handle(self, *args, **options):
        user_model = get_user_model()
        password_file = settings.VAR_DIR / "admin-password.txt"
        if user_model.objects.filter(username=USERNAME).exists():
            self.stdout.write(f"Admin user name: {USERNAME}")
            if password_file.exists():
                self.stdout.write(f"Password: in {password_file}")
            else:
                self.stdout.write("Password: unchanged (set when the account was made).")
            return
        password = os.environ.get("ADMIN_PASSWORD")
        if password:
            source = "from the ADMIN_PASSWORD environment variable"
        else:
            password = secrets.token_urlsafe(12)
            password_file.parent.mkdir(parents=True, exist_ok=True)
            password_file.write_text(password + "\n")
            password_file.chmod(0o600)
            source = f"generated and saved in {password_file}"
        user_model.objects.create_superuser(USERNAME, "admin@riverside.example", password)
        self.stdout.write(self.style.SUCCESS(f"Admin user name: {USERNAME}"))
        self.stdout.write(f"Password: {password} ({source})")
