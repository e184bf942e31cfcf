"""Fixtures for the language tests: a site with Polish, Bengali and Arabic set up."""

import pytest
from wagtail.models import Locale
from wagtail_localize.models import Translation
from wagtail_localize.operations import translate_object

from hub.i18n.demo import fill_po
from hub.i18n.setup import setup_languages


@pytest.fixture
def languages(site_home, settings):
    settings.LANGUAGES = [("en", "English"), ("pl", "Polski"), ("bn", "বাংলা"), ("ar", "العربية")]
    # As in the admin, the English home page has a published revision (aliases share it).
    site_home.save_revision().publish()
    setup_languages()
    return {locale.language_code: locale for locale in Locale.objects.all()}


@pytest.fixture
def translate(django_capture_on_commit_callbacks):
    """Translate a page through wagtail-localize with {English: translation} words, and publish it.

    wagtail-localize publishes when the transaction commits; the test runs
    those callbacks straight away.
    """

    def _translate(page, locale, words, publish=True):
        with django_capture_on_commit_callbacks(execute=True):
            translate_object(page, [locale])
            translation = Translation.objects.get(source__object_id=page.translation_key, target_locale=locale)
            translation.import_po(fill_po(translation.export_po(), words))
            translation.save_target(publish=publish)
        return page.get_translation(locale)

    return _translate
