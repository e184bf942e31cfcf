"""Each language searched its own way (PostgreSQL: search/languages.py, search/migrations/0003)."""

import pytest
from django.db import connection
from django.urls import reverse
from wagtail.models import Locale

from home.factories import StandardPageFactory
from search.tests.conftest import text

pytestmark = [
    pytest.mark.django_db,
    pytest.mark.skipif(connection.vendor != "postgresql", reason="SQLite's FTS5 has one tokenizer for every language"),
]


@pytest.fixture
def page_in(site_home):
    def make(language, title, body="", **kwargs):
        locale, _ = Locale.objects.get_or_create(language_code=language)
        return StandardPageFactory(parent=site_home, title=title, locale=locale, body=text(body), **kwargs)

    return make


def titles(client, language, query):
    prefix = "" if language == "en" else f"/{language}"
    url = prefix + reverse("search")
    return [result.title for result, _type, _date in client.get(url, {"q": query}).context["results"]]


def polish_has_a_dictionary():
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1 FROM pg_ts_dict WHERE dictname = 'hub_polish_hunspell'")
        return cursor.fetchone() is not None


def test_english_inflected_forms_find_the_base_form(client, page_in):
    page_in("en", "Volunteer drivers", body="We need a volunteer.")

    assert titles(client, "en", "volunteering") == ["Volunteer drivers"]
    assert titles(client, "en", "volunteers") == ["Volunteer drivers"]


def test_arabic_inflected_forms_find_the_base_form(client, page_in):
    page_in("ar", "فرص التطوع", body="نبحث عن متطوع في المستشفى.")

    assert titles(client, "ar", "المتطوعون") == ["فرص التطوع"]


def test_polish_inflected_forms_find_the_base_form(client, page_in):
    if not polish_has_a_dictionary():
        pytest.skip("Debian's hunspell-pl is not installed for PostgreSQL (docs/search.md)")
    page_in("pl", "Szukamy kierowców", body="Każdy wolontariusz dostaje zwrot kosztów.")

    assert titles(client, "pl", "wolontariuszami") == ["Szukamy kierowców"]


def test_polish_without_a_dictionary_ignores_accents(client, page_in):
    if polish_has_a_dictionary():
        pytest.skip("the Hunspell dictionary reads Polish words whole, accents included")
    page_in("pl", "Grupa wsparcia", body="Spotkania dla opiekunów.")

    assert titles(client, "pl", "opiekunow") == ["Grupa wsparcia"]


def test_bengali_is_searched_word_for_word(client, page_in):
    page_in("bn", "স্বেচ্ছাসেবক হন", body="আমরা স্বেচ্ছাসেবক খুঁজছি।")

    assert titles(client, "bn", "স্বেচ্ছাসেবক") == ["স্বেচ্ছাসেবক হন"]


def test_a_polish_search_ranks_polish_pages_above_english_only_ones(client, page_in, site_home):
    polish = Locale.objects.get_or_create(language_code="pl")[0]
    english = page_in("en", "Wolontariusz drivers", body="Drivers for our wolontariusz scheme.")
    english.create_alias(update_slug="wolontariusz-drivers-pl", update_locale=polish)
    page_in("pl", "Kierowcy", body="Szukamy osób, które chcą zostać wolontariusz w naszym szpitalu.")

    found = titles(client, "pl", "wolontariusz")

    assert found == ["Kierowcy", "Wolontariusz drivers"]
