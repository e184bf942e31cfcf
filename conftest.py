"""Fixtures shared by every app's tests.

``site_home`` gives a site whose root is a fresh HomePage. ``demo_site`` is the
full demo content, built once per session; ``demo_server`` serves it to a
browser; ``fresh_demo_site`` builds a copy for a test that changes it.
``browser_page`` drives Debian's Chromium with Playwright.
"""

import os
import shutil
import sqlite3
from pathlib import Path

import pytest
from django.conf import settings
from django.contrib.auth.models import Group
from django.core.cache import cache
from django.core.management import call_command
from django.db import DEFAULT_DB_ALIAS, connections
from django.test import override_settings
from django.utils import translation
from pytest_django.live_server_helper import LiveServer
from wagtail.models import Collection, Locale, Page, Site

from home.factories import HomePageFactory, use_as_site_root
from hub.caching import version
from hub.models import RateLimitAttempt

CHROMIUM = Path("/usr/bin/chromium")
ARTIFACTS = Path(settings.BASE_DIR) / "test-artifacts"


@pytest.fixture(autouse=True)
def _media_root(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"
    settings.VAR_DIR = tmp_path / "var"  # generated passwords stay out of the developer's var/


@pytest.fixture(autouse=True)
def _clear_cache():
    """Cached settings and pages live in the cache: start every test with it empty (and read its version again)."""
    cache.clear()
    version.forget()


@pytest.fixture(autouse=True)
def _default_language():
    """Start every test in the default language: a request to /pl/ or /ar/ leaves its language active."""
    translation.activate(settings.LANGUAGE_CODE)


@pytest.fixture
def make_user(db, django_user_model):
    """``make_user(username, group_name, **fields)``: an editor in one of the groups the data migrations make."""

    def make(username, group, **fields):
        user = django_user_model.objects.create_user(username, f"{username}@riverside.example", "x" * 16, **fields)
        user.groups.add(Group.objects.get(name=group))
        return user

    return make


@pytest.fixture
def site_home(db):
    """A default site whose root is a new, live HomePage."""
    Locale.objects.get_or_create(language_code="en")
    root = Page.get_first_root_node()
    home = HomePageFactory(parent=root, slug="test-home")
    use_as_site_root(home)
    return home


def _load_demo_content():
    # A transactional test's flush may have emptied the tables; put back the
    # tree roots Wagtail's migrations make.
    if not Page.objects.filter(depth=1).exists():
        locale, _ = Locale.objects.get_or_create(language_code=settings.LANGUAGE_CODE)
        Page.add_root(instance=Page(title="Root", slug="root", locale=locale))
    if not Collection.objects.filter(depth=1).exists():
        Collection.add_root(name="Root")
    call_command("load_demo_content", stdout=open(os.devnull, "w"))  # noqa: SIM115


@pytest.fixture(scope="session")
def _demo_content(django_db_setup, django_db_blocker, tmp_path_factory):
    """The demo site, built and committed once per session; returns its media folder.

    Tests that use it run after every transactional test (see
    ``pytest_collection_modifyitems``), so no flush empties it, and each of
    them runs in a transaction that is rolled back.
    """
    media = tmp_path_factory.mktemp("demo-media")
    with django_db_blocker.unblock(), override_settings(MEDIA_ROOT=media, VAR_DIR=tmp_path_factory.mktemp("demo-var")):
        connection = connections[DEFAULT_DB_ALIAS]
        assert not connection.in_atomic_block, "the demo content must be committed, not built inside a test"
        if not Page.objects.filter(depth=1).exists():
            # A transactional test flushed the database: start from what the
            # migrations made (the editors' groups, for one), as Django's
            # serialized rollback does.
            connection.creation.deserialize_db_from_string(connection._test_serialized_contents)
        _load_demo_content()
    return media


@pytest.fixture
def demo_site(request, _demo_content, django_db_serialized_rollback, settings):
    """The demo site, for tests that read it (changes are rolled back).

    ``django_db_serialized_rollback`` makes pytest-django keep the database as
    the migrations left it, which ``_demo_content`` starts from. A browser test
    uses ``demo_server``; a test that needs a transaction of its own or a live
    server that sees what the test itself saves uses ``fresh_demo_site``.
    """
    if "live_server" in request.fixturenames or "transactional_db" in request.fixturenames:
        pytest.fail("demo_site is read inside a rolled-back transaction: use demo_server, or fresh_demo_site.")
    settings.MEDIA_ROOT = _demo_content
    return Site.objects.get(is_default_site=True)


@pytest.fixture(scope="session")
def _demo_live_server(_demo_content):
    server = LiveServer("localhost")
    yield server
    server.stop()


@pytest.fixture
def demo_server(demo_site, _demo_live_server):
    """A live server over the session's demo site, without the flush pytest-django's ``live_server`` does.

    On SQLite the server shares the test's connection, so what it saves is
    rolled back with the test. On PostgreSQL it has its own connection: it
    sees the committed demo content but not what the test saves, and what a
    browser submits stays until the session ends.
    """
    _forget_committed_rate_limits()
    with _demo_live_server._live_server_modified_settings:
        yield _demo_live_server


def _forget_committed_rate_limits():
    """Start each browser test with every form open.

    Rate limits count in the database (``hub.protection.ratelimit``). On
    PostgreSQL the live server commits what earlier tests' browsers sent, so
    their counts would pause this test's forms; they are deleted through a
    connection of their own, since this test's transaction is never committed.
    On SQLite the server shares the test's connection and they are rolled back.
    """
    connection = connections[DEFAULT_DB_ALIAS]
    if connection.vendor == "sqlite":
        return
    own = connection.__class__({**connection.settings_dict}, DEFAULT_DB_ALIAS)
    try:
        with own.cursor() as cursor:
            cursor.execute(f"DELETE FROM {RateLimitAttempt._meta.db_table}")  # noqa: S608 - the model's own table
    finally:
        own.close()


# The first fresh demo site of a SQLite session, copied with SQLite's backup API, and its media folder.
_fresh_demo_copy = {}


@pytest.fixture
def fresh_demo_site(transactional_db, django_db_serialized_rollback, settings, tmp_path_factory):
    """A demo site of the test's own, for tests that change it or save data the live server must see.

    Slow the first time (the whole demo is built): prefer ``demo_site``. On
    SQLite the first build is copied, and later tests get the copy back in
    under a second instead of building again (about 20 s each).
    """
    # Earlier tests may have cached renditions for images whose ids are reused.
    cache.clear()
    connection = connections[DEFAULT_DB_ALIAS]
    if _fresh_demo_copy:
        connection.ensure_connection()
        _fresh_demo_copy["database"].backup(connection.connection)
        shutil.copytree(_fresh_demo_copy["media"], settings.MEDIA_ROOT, dirs_exist_ok=True)
        return Site.objects.get(is_default_site=True)
    _load_demo_content()
    if connection.vendor == "sqlite":
        copy = sqlite3.connect(":memory:", check_same_thread=False)
        connection.connection.backup(copy)
        media = tmp_path_factory.mktemp("fresh-demo-media")
        shutil.copytree(settings.MEDIA_ROOT, media, dirs_exist_ok=True)
        _fresh_demo_copy.update(database=copy, media=media)
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
                # Tests never send traffic off this machine: any other host (the NHS
                # fonts on assets.nhs.uk, for one) fails at once instead of waiting on
                # DNS, which took up to 5 s a page load and 858 s of one walk.
                "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE localhost, EXCLUDE 127.0.0.1",
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


def pytest_itemcollected(item):
    """Mark the browser tests: every test that drives Chromium asks for it, directly or through browser_page.

    Marked as each test is collected, so ``-m browser`` and ``-m "not browser"`` select by it.
    """
    if "chromium" in getattr(item, "fixturenames", ()):
        item.add_marker(pytest.mark.browser)


@pytest.hookimpl(trylast=True)
def pytest_collection_modifyitems(config, items):
    """Run the demo site's readers after every transactional test.

    pytest-django has already put the tests in Django's order (plain database
    tests, transactional tests, the rest); a transactional test empties the
    database when it ends, so the committed demo content comes after them.
    """
    readers = [item for item in items if "demo_site" in getattr(item, "fixturenames", ())]
    if not readers:
        return
    uses_db = {"db", "transactional_db", "live_server"}
    last_with_db = max(
        (
            index
            for index, item in enumerate(items)
            if item.get_closest_marker("django_db") or uses_db & set(getattr(item, "fixturenames", ()))
        ),
    )
    others = [item for item in items if item not in readers]
    split = sum(1 for item in items[: last_with_db + 1] if item not in readers)
    items[:] = others[:split] + readers + others[split:]
