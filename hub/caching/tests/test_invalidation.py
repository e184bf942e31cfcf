"""What drops the page cache: changes visitors can see, and nothing else.

Each test takes a real Wagtail action and checks the content version
(``hub.caching.version``), which every cached page and fragment is keyed by.
"""

import pytest
from django.contrib.auth import get_user_model
from wagtail.models import Comment, PageViewRestriction
from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield

from blog.factories import CategoryFactory
from home.factories import StandardPageFactory
from hub.caching.version import current_version
from hub.factories import ImageFactory
from hub.models import TrustIdentity

pytestmark = pytest.mark.django_db
PASSWORD = "a-long-password-123"  # noqa: S105


@pytest.fixture
def page(site_home):
    return StandardPageFactory(parent=site_home, title="About us", slug="about")


@pytest.fixture
def editor(db):
    return get_user_model().objects.create_superuser("editor", "editor@example.org", PASSWORD)


@pytest.fixture
def admin_client(client, editor):
    client.force_login(editor)
    return client


@pytest.fixture
def version():
    """Calls ``action`` and says whether it raised the content version."""

    def raised_by(action):
        before = current_version()
        action()
        return current_version() > before

    return raised_by


def _edit_form(title, **actions):
    return (
        nested_form_data(
            {
                "title": title,
                "slug": "about",
                "introduction": "A short summary.",
                "body": streamfield([("rich_text", rich_text("<p>Who we are.</p>"))]),
                "comments": nested_form_data(
                    {"TOTAL_FORMS": 0, "INITIAL_FORMS": 0, "MIN_NUM_FORMS": 0, "MAX_NUM_FORMS": 1000}
                ),
            }
        )
        | actions
    )


def _edit_url(page):
    return f"/admin/pages/{page.pk}/edit/"


def test_saving_a_draft_in_the_admin_drops_nothing(admin_client, page, version):
    assert not version(lambda: admin_client.post(_edit_url(page), _edit_form("About us, draft")))
    page.refresh_from_db()
    assert page.has_unpublished_changes and page.title == "About us"


def test_autosave_drops_nothing(admin_client, page, version):
    def autosave():
        response = admin_client.post(_edit_url(page), _edit_form("About us, typing"), HTTP_ACCEPT="application/json")
        assert response.status_code == 200 and response.json()["success"], response.content

    assert not version(autosave)
    page.refresh_from_db()
    assert page.get_latest_revision_as_object().title == "About us, typing"


def test_a_draft_revision_from_code_drops_nothing(page, version):
    page.title = "About us, draft"
    assert not version(page.save_revision)


def test_submitting_for_review_drops_nothing(admin_client, page, version):
    assert page.get_workflow() is not None

    def submit():
        admin_client.post(_edit_url(page), _edit_form("About us, for review", **{"action-submit": "1"}))

    assert not version(submit)
    page.refresh_from_db()
    assert page.workflow_in_progress


def test_a_comment_drops_nothing(page, editor, version):
    def comment():
        Comment.objects.create(
            page=page, user=editor, text="Shorter, please.", contentpath="title", revision_created=page.save_revision()
        )

    assert not version(comment)


def test_logging_in_drops_nothing(client, editor, version):
    def log_in():
        response = client.post("/admin/login/", {"username": "editor", "password": PASSWORD})
        assert response.status_code == 302

    assert not version(log_in)


def test_wagtail_noting_an_images_file_hash_drops_nothing(version):
    image = ImageFactory()
    image.file_hash = ""
    assert not version(image.get_file_hash)


def test_a_settings_row_made_with_its_defaults_drops_nothing(site_home, version):
    assert not version(lambda: TrustIdentity.for_site(site_home.get_site()))


def test_publishing_unpublishing_moving_and_deleting_a_live_page_drop_pages(site_home, page, version):
    page.title = "About the Trust"
    assert version(lambda: page.save_revision().publish())
    other = StandardPageFactory(parent=site_home, slug="other")
    assert version(lambda: page.move(other, pos="last-child"))
    assert version(page.unpublish)
    other.refresh_from_db()
    assert version(other.delete)


def test_deleting_or_moving_a_draft_page_drops_nothing(site_home, page, version):
    draft = StandardPageFactory(parent=site_home, slug="draft", live=False)
    assert not version(lambda: draft.move(page, pos="last-child"))
    draft.refresh_from_db()
    assert not version(draft.delete)


def test_publishing_through_the_admin_drops_pages(admin_client, page, version):
    assert version(lambda: admin_client.post(_edit_url(page), _edit_form("About us now", **{"action-publish": "1"})))


def test_snippets_settings_images_and_restrictions_drop_pages(site_home, page, version):
    category = CategoryFactory()
    assert version(lambda: CategoryFactory())
    category.name = "Peer support"
    assert version(category.save)
    identity = TrustIdentity.for_site(site_home.get_site())
    identity.header_name = "Renamed Trust"
    assert version(identity.save)
    assert version(ImageFactory)
    assert version(lambda: PageViewRestriction.objects.create(page=page, restriction_type=PageViewRestriction.LOGIN))


def test_the_version_is_raised_again_when_the_change_commits(page, version, django_capture_on_commit_callbacks):
    before = current_version()
    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        page.save_revision().publish()
    assert callbacks
    assert current_version() >= before + 2


def test_a_lost_version_starts_again_above_the_old_one(page):
    from django.core.cache import cache

    from hub.caching.version import VERSION_KEY

    old = current_version()
    page.save_revision().publish()
    cache.delete(VERSION_KEY)
    assert current_version() > old + 1


def test_a_worker_reads_the_content_version_at_most_once_a_second(client, site_home, monkeypatch):
    """Every page, fragment and look-up key holds the version: asking Redis each time cost 15 round trips a page,
    and once a request still cost every page from the cache a round trip."""
    from django.core.cache import cache

    from hub.caching import version

    reads = []
    real_get = cache.get

    def get(key, *args, **kwargs):
        if key == version.VERSION_KEY:
            reads.append(key)
        return real_get(key, *args, **kwargs)

    client.get("/")
    monkeypatch.setattr(cache, "get", get)
    assert client.get("/").status_code == 200
    assert client.get("/").status_code == 200
    assert reads == [], "read within the last second"
    later = version.time.monotonic() + version.VERSION_CHECK_SECONDS
    monkeypatch.setattr(version.time, "monotonic", lambda: later)
    assert client.get("/").status_code == 200
    assert len(reads) == 1


def test_a_change_made_while_a_request_runs_is_seen_by_the_rest_of_that_request(page):
    from django.core.signals import request_finished, request_started

    from hub.caching.version import invalidate

    request_started.send(sender=None, environ={"PATH_INFO": "/admin/pages/1/edit/", "REQUEST_METHOD": "POST"})
    try:
        before = current_version()
        assert current_version() == before
        invalidate()
        assert current_version() > before
    finally:
        request_finished.send(sender=None)
