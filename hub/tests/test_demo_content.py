"""The demo command builds the site and is safe to run twice."""

import io

import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command
from wagtail.contrib.search_promotions.models import SearchPromotion
from wagtail.models import Page, Revision, Site
from wagtail_localize.models import Translation

from blog.models import Author, Category
from home.models import HomePage, StandardPage
from hub.models import FooterMenuLink, HubImage, MainMenuLink, Menu


def _counts():
    """What each app's builder makes: running the command again must add none of it."""
    return {
        "pages": Page.objects.count(),
        "revisions": Revision.objects.count(),
        "images": HubImage.objects.count(),
        "menus": Menu.objects.count(),
        "menu": MainMenuLink.objects.count(),
        "footer": FooterMenuLink.objects.count(),
        "authors": Author.objects.count(),
        "categories": Category.objects.count(),
        "translations": Translation.objects.count(),
        "promotions": SearchPromotion.objects.count(),
        "users": get_user_model().objects.count(),
    }


def test_demo_content_builds_the_site_and_is_idempotent(client, demo_site, django_capture_on_commit_callbacks):
    """The session's demo site (``conftest.py``) was built by the command; a second run changes nothing."""
    first = _counts()
    # wagtail-localize publishes translations when the command's transaction commits.
    with django_capture_on_commit_callbacks(execute=True):
        call_command("load_demo_content", stdout=io.StringIO())
    assert _counts() == first

    home = HomePage.objects.get(locale__language_code="en")
    assert Site.objects.get(is_default_site=True).root_page_id == home.pk
    slugs = set(StandardPage.objects.values_list("slug", flat=True))
    assert {"accessibility-statement", "privacy-notice", "cookies", "about-co-production"} <= slugs
    assert all(image.description for image in HubImage.objects.all())
    assert client.get("/").status_code == 200
    assert client.get("/accessibility-statement/").status_code == 200


@pytest.mark.django_db
def test_ensure_admin_creates_once(settings, tmp_path, monkeypatch):
    settings.VAR_DIR = tmp_path
    monkeypatch.delenv("ADMIN_PASSWORD", raising=False)
    out = io.StringIO()
    call_command("ensure_admin", stdout=out)
    assert "Admin user name: admin" in out.getvalue()
    saved = (tmp_path / "admin-password.txt").read_text().strip()
    assert saved in out.getvalue()
    again = io.StringIO()
    call_command("ensure_admin", stdout=again)
    assert saved not in again.getvalue()
