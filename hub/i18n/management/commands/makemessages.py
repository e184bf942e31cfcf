"""``manage.py makemessages``: Django's own, told which folders hold no interface text.

With these defaults ``manage.py makemessages --all`` needs no other options,
and the catalogue check in ``hub/i18n/tests/test_catalogues.py`` runs the
same extraction.
"""

from django.core.management.commands import makemessages

# Tests, migrations, demo content and tooling hold no text visitors or editors see.
IGNORE_PATTERNS = [
    "*/tests/*",
    "*/migrations/*",
    "*/demo/*",
    "demo.py",
    "factories.py",
    "bench/*",
    "tools/*",
    "var/*",
    "test-artifacts/*",
    "conftest.py",
]


class Command(makemessages.Command):
    # No guessed ("fuzzy") translations: a near-miss is usually wrong, and msgfmt leaves it out anyway.
    msgmerge_options = [*makemessages.Command.msgmerge_options, "--no-fuzzy-matching"]

    def handle(self, *args, **options):
        options["ignore_patterns"] = [*options["ignore_patterns"], *IGNORE_PATTERNS]
        # File names without line numbers: a change elsewhere in a file does not touch the catalogues.
        options["add_location"] = options["add_location"] or "file"
        return super().handle(*args, **options)
