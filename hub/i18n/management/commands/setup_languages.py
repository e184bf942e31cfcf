"""``manage.py setup_languages``: make the site offer the languages listed in settings."""

from django.core.management.base import BaseCommand

from hub.i18n.setup import setup_languages


class Command(BaseCommand):
    help = (
        "Create a locale for each language in the LANGUAGES setting, synchronise its page tree with "
        "English and set up its translation reviewers and review workflow. Safe to run again."
    )

    def handle(self, *args, **options):
        locales = setup_languages()
        names = ", ".join(locale.language_code for locale in locales) or "none"
        self.stdout.write(self.style.SUCCESS(f"Languages ready. Translated languages: {names}."))
