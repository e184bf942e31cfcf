"""``manage.py update_catalogues``: the interface words, ready to translate and compiled.

Use it instead of ``makemessages`` and ``compilemessages`` (see
``docs/translation.md``); it needs no GNU gettext.
"""

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from hub.i18n.catalogues import catalogue_path, update_catalogue, visitor_messages


class Command(BaseCommand):
    help = (
        "Update locale/<language>/LC_MESSAGES/django.po with every interface string visitors see, "
        "keeping existing translations, and compile django.mo. Lists what still needs translating."
    )

    def add_arguments(self, parser):
        parser.add_argument("--check", action="store_true", help="Fail if any string is not translated yet.")

    def handle(self, *args, **options):
        messages = visitor_messages()
        untranslated = 0
        for code, _name in settings.LANGUAGES:
            if code == settings.LANGUAGE_CODE:
                continue
            missing = update_catalogue(code, messages)
            untranslated += len(missing)
            self.stdout.write(f"{catalogue_path(code)}: {len(messages)} strings, {len(missing)} to translate.")
            for message in missing:
                self.stdout.write(f"  {message.msgid}")
        if options["check"] and untranslated:
            raise CommandError(f"{untranslated} interface strings are not translated yet.")
