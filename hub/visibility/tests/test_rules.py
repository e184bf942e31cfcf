"""The restriction check when a page is served: every page type, and the page's own restriction first."""

from wagtail.models import Locale, Page, PageViewRestriction, get_page_models

from home.factories import StandardPageFactory
from hub.visibility.pages import RestrictionsAcrossLanguagesMixin


def test_every_page_type_checks_the_restrictions_of_its_other_languages():
    pages = [model for model in get_page_models() if model is not Page]
    assert [model.__name__ for model in pages if not issubclass(model, RestrictionsAcrossLanguagesMixin)] == []


def test_a_translation_takes_the_restriction_of_its_original_until_it_has_its_own(site_home):
    polish = Locale.objects.create(language_code="pl")
    about = StandardPageFactory(parent=site_home, slug="about")
    site_home.copy_for_translation(polish)
    polish_about = about.copy_for_translation(polish)
    assert list(polish_about.get_view_restrictions()) == []

    english = PageViewRestriction.objects.create(page=about, restriction_type=PageViewRestriction.LOGIN)
    assert list(polish_about.get_view_restrictions()) == [english]
    assert list(about.get_view_restrictions()) == [english]

    # Its own restriction is the one the admin's privacy setting edits, as in Wagtail.
    own = PageViewRestriction.objects.create(
        page=polish_about, restriction_type=PageViewRestriction.PASSWORD, password="open-sesame"
    )
    assert list(polish_about.get_view_restrictions()) == [own]
    assert list(about.get_view_restrictions()) == [english]
