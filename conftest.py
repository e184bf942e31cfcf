"""Fixtures shared by every app's tests.

``site_home`` gives a site whose root is a fresh HomePage; ``demo_site`` loads
the full demo content; ``browser_page`` drives Debian's Chromium with
Playwright against pytest-django's ``live_server``.
"""

import os
from pathlib import Path

import pytest
from django.conf import settings
from django.core.cache import cache
from django.core.management import call_command
from django.db import connections
from django.utils import translation
from wagtail.models import Collection, Locale, Page, Site

from home.factories import HomePageFactory, use_as_site_root

CHROMIUM = Path("/usr/bin/chromium")
ARTIFACTS = Path(settings.BASE_DIR) / "test-artifacts"


@pytest.fixture(autouse=True)
def _media_root(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"
    settings.VAR_DIR = tmp_path / "var"  # generated passwords stay out of the developer's var/


@pytest.fixture(autouse=True)
def _clear_cache():
    """Cached settings and pages live in the cache: start every test with it empty."""
    cache.clear()


@pytest.fixture(autouse=True)
def _default_language():
    """Start every test in the default language: a request to /pl/ or /ar/ leaves its language active."""
    translation.activate(settings.LANGUAGE_CODE)


@pytest.fixture
def site_home(db):
    """A default site whose root is a new, live HomePage."""
    Locale.objects.get_or_create(language_code="en")
    root = Page.get_first_root_node()
    home = HomePageFactory(parent=root, slug="test-home")
    use_as_site_root(home)
    return home


@pytest.fixture
def demo_site(transactional_db, django_db_serialized_rollback):
    # Serialized rollback puts back what migrations made (Wagtail's root page)
    # after each flush, so more than one test can load the demo content.
    # Earlier tests may have cached renditions for images whose ids are reused.
    cache.clear()
    # A live-server test that ran without serialized rollback may have emptied
    # the tables; put back the tree roots Wagtail's migrations make.
    if not Page.objects.filter(depth=1).exists():
        locale, _ = Locale.objects.get_or_create(language_code=settings.LANGUAGE_CODE)
        Page.add_root(instance=Page(title="Root", slug="root", locale=locale))
    if not Collection.objects.filter(depth=1).exists():
        Collection.add_root(name="Root")
    call_command("load_demo_content", stdout=open(os.devnull, "w"))  # noqa: SIM115
    return Site.objects.get(is_default_site=True)


def _chromium_or_skip():
    if CHROMIUM.exists():
        return
    if os.environ.get("CI"):
        pytest.fail(f"{CHROMIUM} is missing; CI must install Debian's chromium package.")
    pytest.skip(f"{CHROMIUM} is not installed (apt-get install chromium); browser tests skipped.")


@pytest.fixture(scope="session")
def chromium():
    _chromium_or_skip()
    from playwright.sync_api import sync_playwright

    # Playwright's sync API runs an event loop in this thread; the tests still
    # talk to the database synchronously, which is safe here.
    os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"
    # It also makes asgiref see a running event loop, so Django would hand out
    # new database connections (without the test database's saved state);
    # keep the ones this thread already has.
    existing = {alias: connections[alias] for alias in connections}
    with sync_playwright() as playwright:
        for alias, connection in existing.items():
            connections[alias] = connection
        browser = playwright.chromium.launch(
            executable_path=str(CHROMIUM),
            args=[
                "--no-sandbox",
                "--disable-gpu",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
            ],
        )
        yield browser
        browser.close()


@pytest.fixture
def browser_page(chromium, request):
    """A fresh browser tab; on failure a screenshot is saved in test-artifacts/."""
    context = chromium.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    yield page
    report = getattr(request.node, "rep_call", None)
    if report is not None and report.failed:
        ARTIFACTS.mkdir(exist_ok=True)
        page.screenshot(path=str(ARTIFACTS / f"{request.node.name}.png"), full_page=True)
    context.close()


@pytest.hookimpl(wrapper=True, tryfirst=True)
def pytest_runtest_makereport(item, call):
    report = yield
    setattr(item, f"rep_{report.when}", report)
    return report


def pytest_collection_modifyitems(config, items):
    for item in items:
        if "browser_page" in getattr(item, "fixturenames", ()):
            item.add_marker(pytest.mark.browser)
