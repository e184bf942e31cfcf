"""The menu and footer labels are translated with wagtail-localize, one menu for each language."""

import pytest
from django.contrib.auth.models import Group
from django.core.cache import cache
from django.db import connection
from django.db.migrations.executor import MigrationExecutor
from wagtail.models import Site

from home.factories import StandardPageFactory
from hub.i18n.setup import setup_languages
from hub.models import FooterMenuLink, MainMenuLink, Menu


@pytest.fixture
def menu(languages, site_home, translate):
    """An English menu with a written label and a page title; the menu is translated into Polish only."""
    cache.clear()
    about = StandardPageFactory(parent=site_home, slug="about", title="About co-production")
    about.save_revision().publish()
    privacy = StandardPageFactory(parent=site_home, slug="privacy", title="Privacy notice")
    privacy.save_revision().publish()
    english = Menu.objects.create(locale=languages["en"])
    MainMenuLink.objects.create(menu=english, page=about, label="Our story", locale=english.locale, sort_order=0)
    FooterMenuLink.objects.create(menu=english, page=privacy, locale=english.locale, sort_order=0)
    setup_languages()
    for page in (site_home, privacy):
        translate(page, languages["pl"], {"Privacy notice": "Informacja o prywatności"})
    translate(english, languages["pl"], {"Our story": "Nasza historia"})
    translate(site_home, languages["ar"], {})
    yield english
    cache.clear()


@pytest.mark.django_db
def test_menu_labels_are_in_the_visitors_language(client, menu):
    polish = client.get("/pl/").content.decode()
    assert 'href="/pl/about/">Nasza historia</a>' in polish
    assert 'href="/pl/privacy/">Informacja o prywatności</a>' in polish
    assert "Our story" not in polish

    english = client.get("/").content.decode()
    assert 'href="/about/">Our story</a>' in english
    assert 'href="/privacy/">Privacy notice</a>' in english


@pytest.mark.django_db
def test_a_language_without_its_menu_gets_the_english_one_marked_english(client, menu):
    arabic = client.get("/ar/").content.decode()
    assert '<html lang="ar" dir="rtl"' in arabic
    assert 'href="/ar/about/" lang="en" dir="ltr">Our story</a>' in arabic
    assert 'href="/ar/privacy/" lang="en" dir="ltr">Privacy notice</a>' in arabic


@pytest.mark.django_db(transaction=True)
def test_the_migration_keeps_the_navigation_settings_links_and_labels(django_db_serialized_rollback):
    site = Site.objects.get(is_default_site=True)
    executor = MigrationExecutor(connection)
    # Forward to every app's latest migration: going back to hub 0007 also unapplies the
    # other apps' migrations that depend on later hub ones (blog's booking settings do).
    before, after = [("hub", "0007_menu")], executor.loader.graph.leaf_nodes()
    executor.migrate(before)
    old = executor.loader.project_state(before).apps
    navigation = old.get_model("hub", "Navigation").objects.create(site_id=site.pk)
    old.get_model("hub", "PrimaryLink").objects.create(
        setting=navigation, page_id=site.root_page_id, label="Our story", sort_order=0
    )
    old.get_model("hub", "FooterLink").objects.create(setting=navigation, page_id=site.root_page_id, sort_order=0)

    executor = MigrationExecutor(connection)
    executor.migrate(after)

    menu = Menu.objects.get()
    assert menu.locale_id == site.root_page.locale_id
    assert [(link.page_id, link.label, link.locale_id) for link in menu.primary_links.all()] == [
        (site.root_page_id, "Our story", menu.locale_id)
    ]
    assert [(link.page_id, link.label) for link in menu.footer_links.all()] == [(site.root_page_id, "")]
    assert Group.objects.get(name="Communications").permissions.filter(codename="change_menu").exists()
