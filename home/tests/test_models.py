"""Page-type rules and rendering for the home and standard pages."""

import pytest
from wagtail.models import Page
from wagtail.test.utils import WagtailPageTestCase
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

from home.factories import HomePageFactory, StandardPageFactory, use_as_site_root
from home.models import EasyReadPage, HomePage, StandardPage


class HomePageTests(WagtailPageTestCase):
    @classmethod
    def setUpTestData(cls):
        cls.root = Page.get_first_root_node()

    def test_can_be_created_under_root_only(self):
        self.assertCanCreateAt(Page, HomePage)
        self.assertCanNotCreateAt(HomePage, HomePage)
        self.assertCanNotCreateAt(StandardPage, HomePage)

    def test_only_one_home_page(self):
        HomePageFactory(parent=self.root, slug="first-home")
        self.assertFalse(HomePage.can_create_at(self.root))

    def test_renderable_and_previewable(self):
        home = HomePageFactory(parent=self.root, slug="renderable-home")
        use_as_site_root(home)
        self.assertPageIsRenderable(home)
        self.assertPageIsPreviewable(
            home,
            post_data=nested_form_data(
                {
                    "title": home.title,
                    "slug": home.slug,
                    "hero_heading": "Preview heading",
                    "introduction": rich_text("<p>Preview</p>"),
                    "body": streamfield([("heading", {"text": "Preview", "level": "h2"})]),
                    "featured_roles": inline_formset([]),
                    "featured_posts": inline_formset([]),
                    "featured_events": inline_formset([]),
                }
            ),
        )


class StandardPageTests(WagtailPageTestCase):
    @classmethod
    def setUpTestData(cls):
        cls.home = HomePageFactory(parent=Page.get_first_root_node(), slug="std-home")
        use_as_site_root(cls.home)

    def test_parent_and_subpage_rules(self):
        self.assertCanCreateAt(HomePage, StandardPage)
        self.assertCanCreateAt(StandardPage, StandardPage)
        self.assertCanNotCreateAt(Page, StandardPage)
        self.assertAllowedSubpageTypes(StandardPage, {StandardPage, EasyReadPage})

    def test_renderable_and_previewable(self):
        page = StandardPageFactory(parent=self.home, body=[("rich_text", "<p>Hello</p>")])
        self.assertPageIsRenderable(page)
        self.assertPageIsPreviewable(
            page,
            post_data=nested_form_data(
                {
                    "title": page.title,
                    "slug": page.slug,
                    "introduction": "Preview",
                    "body": streamfield([("rich_text", rich_text("<p>Preview body</p>"))]),
                }
            ),
        )

    def test_meta_description_falls_back_to_introduction(self):
        page = StandardPageFactory(parent=self.home, introduction="Plain summary", search_description="")
        assert page.get_meta_description() == "Plain summary"


@pytest.mark.django_db
def test_standard_page_shows_title_introduction_and_breadcrumb(client, site_home):
    page = StandardPageFactory(parent=site_home, title="Privacy notice", introduction="What we keep and why.")
    html = client.get(page.url).content.decode()
    assert "<h1>Privacy notice</h1>" in html
    assert "What we keep and why." in html
    assert 'aria-label="Breadcrumb"' in html
