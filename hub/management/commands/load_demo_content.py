"""Build the demo site: ``python manage.py load_demo_content``.

Safe to run again: it only adds what is missing.
"""

from django.conf import settings
from django.core.management.base import BaseCommand
from django.db import transaction
from django.utils.module_loading import import_string
from wagtail.models import Locale, Page, Site

from home.models import HomePage

# Each app's demo builder, in the order the page tree needs them.
BUILDERS = [
    "hub.demo.site.build",
    "home.demo.build",
    "opportunities.demo.build",
    "blog.demo.build",
    "blog.bookings.demo.build",
    "hub.stories.demo.build",
    "home.easy_read_demo.build",
    "hub.consent.demo.build",
    "hub.demo.editors.build",
    "search.demo.build",
    "hub.i18n.demo.build",
]


class Command(BaseCommand):
    help = "Create the Riverside demo site (pages, images, settings). Running it again adds only what is missing."

    @transaction.atomic
    def handle(self, *args, **options):
        home = self.home_page()
        for path in BUILDERS:
            import_string(path)(home)
        self.stdout.write(self.style.SUCCESS(f"Demo content ready: {Page.objects.count()} pages."))

    def home_page(self):
        locale, _ = Locale.objects.get_or_create(language_code=settings.LANGUAGE_CODE)
        home = HomePage.objects.filter(locale=locale).first()
        if home is None:
            root = Page.get_first_root_node()
            home = HomePage(
                title="Get involved with Riverside",
                slug="riverside",
                locale=locale,
                hero_heading="Help shape the mental health services you use",
                hero_text=(
                    "Find a role, share your story or come to an event. "
                    "People who use our services and their carers are welcome here."
                ),
            )
            root.add_child(instance=home)
            home.save_revision().publish()
        site = Site.objects.filter(is_default_site=True).first()
        if site is None:
            Site.objects.create(
                hostname="localhost", port=80, root_page=home, is_default_site=True, site_name="Riverside"
            )
        elif site.root_page_id != home.pk:
            old_root = site.root_page
            site.root_page = home
            site.site_name = "Riverside"
            site.save()
            if type(old_root.specific) is Page and not old_root.get_children().exists():
                old_root.delete()
        return home
