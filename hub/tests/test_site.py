"""The site frame: header, footer, landmarks, errors, robots and sitemap."""

import os
import re
import subprocess
import sys

import pytest
from django.conf import settings

from home.factories import StandardPageFactory
from hub.models import FooterMenuLink, MainMenuLink, Menu, TrustIdentity


@pytest.mark.django_db
def test_home_page_frame(client, site_home):
    about = StandardPageFactory(parent=site_home, title="About us")
    privacy = StandardPageFactory(parent=site_home, title="Privacy")
    menu = Menu.objects.create(locale=site_home.locale)
    MainMenuLink.objects.create(menu=menu, page=about, locale=menu.locale, sort_order=0)
    FooterMenuLink.objects.create(menu=menu, page=privacy, label="Your privacy", locale=menu.locale, sort_order=0)
    identity = TrustIdentity.for_site(site_home.get_site())
    identity.header_name = "Testside"
    identity.save()

    html = client.get("/").content.decode()
    assert '<html lang="en" dir="ltr"' in html
    assert 'class="nhsuk-skip-link"' in html and 'href="#maincontent"' in html
    assert '<main class="nhsuk-main-wrapper" id="maincontent"' in html
    assert "Testside" in html
    assert f'href="{about.url}">About us</a>' in html
    assert f'href="{privacy.url}">Your privacy</a>' in html
    assert 'action="/search/"' in html


@pytest.mark.django_db
def test_unpublished_pages_drop_out_of_the_menu(client, site_home):
    about = StandardPageFactory(parent=site_home, title="Hidden page")
    menu = Menu.objects.create(locale=site_home.locale)
    MainMenuLink.objects.create(menu=menu, page=about, locale=menu.locale, sort_order=0)
    about.unpublish()
    assert "Hidden page" not in client.get("/").content.decode()


@pytest.mark.django_db
def test_404_is_in_site_style(client, site_home):
    response = client.get("/no-such-page/")
    assert response.status_code == 404
    html = response.content.decode()
    assert "Page not found" in html and "nhsuk-header" in html


@pytest.mark.django_db
def test_robots_and_sitemap(client, site_home):
    page = StandardPageFactory(parent=site_home, slug="about")
    robots = client.get("/robots.txt")
    assert robots["Content-Type"].startswith("text/plain")
    assert "Sitemap: http://testserver/sitemap.xml" in robots.content.decode()
    sitemap = client.get("/sitemap.xml").content.decode()
    assert "/about/" in sitemap
    assert page.slug in sitemap


def _run_production_check(extra_env):
    env = {
        key: value
        for key, value in os.environ.items()
        if key not in {"SECRET_KEY", "ALLOWED_HOSTS", "DJANGO_ALLOW_ASYNC_UNSAFE"}
    }
    env.update(extra_env)
    return subprocess.run(
        [
            sys.executable,
            "manage.py",
            "check",
            "--deploy",
            "--fail-level",
            "WARNING",
            "--settings=hub.settings.production",
        ],
        cwd=settings.BASE_DIR,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_production_refuses_to_start_without_secret_key():
    result = _run_production_check({"ALLOWED_HOSTS": "example.org"})
    assert result.returncode != 0
    assert "SECRET_KEY is not set" in result.stderr


def test_production_deploy_check_is_clean_with_its_variables():
    result = _run_production_check(
        {"SECRET_KEY": "x" * 60 + "-a-long-random-test-value", "ALLOWED_HOSTS": "example.org"}
    )
    assert result.returncode == 0, result.stderr
    assert "no issues" in result.stdout


def _production_storage_urls(extra_env):
    """Start production settings in a new process and ask its upload storage for a file's address."""
    env = {key: value for key, value in os.environ.items() if key != "DJANGO_ALLOW_ASYNC_UNSAFE"}
    env.update({"SECRET_KEY": "x" * 60, "ALLOWED_HOSTS": "example.org", **extra_env})
    code = (
        "from django.conf import settings; from django.core.files.storage import storages; "
        "s = storages['default']; print(' '.join(settings.CONTENT_SECURITY_POLICY['DIRECTIVES']['img-src'])); "
        "print(type(s).__module__ + '.' + type(s).__name__); print(s.url('images/garden.jpg'))"
    )
    result = subprocess.run(  # noqa: S603 - our own code, no outside input
        [sys.executable, "manage.py", "shell", "--settings=hub.settings.production", "-c", code],
        cwd=settings.BASE_DIR,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    img_src, backend, url = result.stdout.strip().splitlines()[-3:]
    # The Content-Security-Policy lets pages show images from wherever they are kept.
    origin = re.match(r"https://[^/]+", url)
    assert url.startswith("/media/") if origin is None else origin.group(0) in img_src.split(), (url, img_src)
    return backend, url


def test_uploads_go_to_the_disk_unless_a_bucket_is_set():
    backend, url = _production_storage_urls({})
    assert backend == "django.core.files.storage.filesystem.FileSystemStorage"
    assert url == "/media/images/garden.jpg"


def test_an_amazon_bucket_without_a_domain_gets_signed_links_from_its_own_host():
    backend, url = _production_storage_urls(
        {
            "MEDIA_S3_BUCKET": "riverside-media",
            "MEDIA_S3_REGION": "eu-west-2",
            "AWS_ACCESS_KEY_ID": "test-key-id",
            "AWS_SECRET_ACCESS_KEY": "test-secret",
        }
    )
    assert backend == "storages.backends.s3.S3Storage"
    assert "riverside-media" in url and "Signature=" in url


def test_uploads_go_to_an_s3_bucket_behind_a_public_domain():
    backend, url = _production_storage_urls(
        {"MEDIA_S3_BUCKET": "riverside-media", "MEDIA_S3_CUSTOM_DOMAIN": "media.riverside.example"}
    )
    assert backend == "storages.backends.s3.S3Storage"
    assert url == "https://media.riverside.example/images/garden.jpg"


def test_a_private_bucket_gets_signed_links():
    backend, url = _production_storage_urls(
        {
            "MEDIA_S3_BUCKET": "riverside-media",
            "MEDIA_S3_ENDPOINT_URL": "https://s3.riverside.example",
            "MEDIA_S3_REGION": "eu-west-2",
            "AWS_ACCESS_KEY_ID": "test-key-id",
            "AWS_SECRET_ACCESS_KEY": "test-secret",  # made up: signing a link needs no network
        }
    )
    assert backend == "storages.backends.s3.S3Storage"
    assert url.startswith("https://s3.riverside.example/riverside-media/images/garden.jpg?")
    assert "Signature=" in url
