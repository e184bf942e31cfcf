"""Easy Read versions: page rules, the links both ways, visibility, and translation with the alt text."""

import pytest
from django.test import Client
from wagtail.models import Locale, PageViewRestriction
from wagtail.test.utils import WagtailPageTestCase
from wagtail_localize.segments.extract import extract_segments

from blog.models import BlogIndexPage
from home.easy_read_demo import rows
from home.models import EasyReadPage, HomePage, StandardPage

pytestmark = pytest.mark.django_db


class EasyReadRulesTests(WagtailPageTestCase):
    def test_where_easy_read_pages_go(self):
        self.assertCanCreateAt(HomePage, EasyReadPage)
        self.assertCanCreateAt(StandardPage, EasyReadPage)
        self.assertCanNotCreateAt(BlogIndexPage, EasyReadPage)
        self.assertAllowedSubpageTypes(EasyReadPage, {})


@pytest.fixture
def pages(site_home):
    standard = StandardPage(slug="privacy-notice", title="Privacy notice", body="[]")
    site_home.add_child(instance=standard)
    standard.save_revision().publish()
    easy = EasyReadPage(
        slug="easy-read",
        title="Your information: Easy Read",
        standard_version=standard,
        body=rows(("lock", "A padlock", "We keep your details safe."), ("talk", "A person talking", "Ask us.")),
    )
    standard.add_child(instance=easy)
    easy.save_revision().publish()
    return standard, easy


def test_linked_both_ways_with_one_picture_and_idea_per_row(pages):
    standard, easy = pages
    client = Client()
    standard_html = client.get(standard.url).content.decode()
    assert f'href="{easy.url}"' in standard_html and "Easy Read version of this page" in standard_html
    easy_html = client.get(easy.url).content.decode()
    assert f'href="{standard.url}"' in easy_html and "Standard version of this page" in easy_html
    assert easy_html.count('class="hub-easy-read__row"') == 2
    assert 'alt="A padlock"' in easy_html and "We keep your details safe." in easy_html


def test_a_draft_or_restricted_easy_read_version_is_not_linked(pages):
    standard, easy = pages
    PageViewRestriction.objects.create(page=easy, restriction_type="login")
    assert "Easy Read version of this page" not in Client().get(standard.url).content.decode()
    PageViewRestriction.objects.all().delete()
    easy.unpublish()
    assert "Easy Read version of this page" not in Client().get(standard.url).content.decode()


def test_every_page_type_links_its_easy_read_version(demo_site):
    client = Client()
    for path in ("/", "/get-involved/peer-mentor/", "/privacy-notice/"):
        assert "Easy Read version of this page" in client.get(path).content.decode(), path
    assert "Easy Read version of this page" not in client.get("/news/").content.decode()


def test_translated_with_its_alt_text_and_links_in_that_language(pages, site_home):
    standard, easy = pages
    segments = {segment.path for segment in extract_segments(easy) if hasattr(segment, "string")}
    assert {path.rsplit(".", 1)[-1] for path in segments if path.startswith("body.")} == {"alt_text", "text"}

    polish = Locale.objects.get_or_create(language_code="pl")[0]
    site_home.copy_for_translation(polish).save_revision().publish()
    polish_standard = standard.copy_for_translation(polish)
    polish_standard.save_revision().publish()
    polish_easy = easy.copy_for_translation(polish).specific
    polish_easy.body[0].value["alt_text"] = "Kłódka"
    polish_easy.save_revision().publish()
    html = Client().get(polish_easy.url).content.decode()
    assert 'alt="Kłódka"' in html and 'hreflang="pl"' in html
    assert f'href="{polish_standard.url}"' in html
    assert f'href="{polish_easy.url}"' in Client().get(polish_standard.url).content.decode()
