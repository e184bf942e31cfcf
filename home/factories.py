"""Factories for home and standard pages."""

import factory
import wagtail_factories
from wagtail.models import Site

from home.models import HomePage, StandardPage


class HomePageFactory(wagtail_factories.PageFactory):
    title = "Get involved"
    hero_heading = "Help shape our services"
    hero_text = "Roles, stories and events for people who use our services."

    class Meta:
        model = HomePage


class StandardPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Standard page {n}")
    introduction = "A short summary of the page."

    class Meta:
        model = StandardPage


def use_as_site_root(home):
    """Make ``home`` the default site's root (saving the site clears Wagtail's URL cache)."""
    site = Site.objects.get(is_default_site=True)
    site.root_page = home
    site.save()
    return site
