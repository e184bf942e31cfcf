"""Locales, the language switcher, hreflang, right-to-left markup, untranslated pages and the sitemap."""

import re

import pytest
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import translation
from wagtail.models import Page
from wagtail_localize.models import LocaleSynchronization

from home.factories import StandardPageFactory
from hub.i18n.pages import words_source
from hub.i18n.setup import setup_languages
from hub.models import MainMenuLink, Menu
from hub.navigation.menus import menu_links

HOME_WORDS = {
    "pl": {"Help shape our services": "Pomóż kształtować nasze usługi", "Get involved": "Zaangażuj się"},
    "ar": {"Help shape our services": "ساعد في تشكيل خدماتنا", "Get involved": "شارك"},
}


def _switcher(html):
    match = re.search(r'<nav class="hub-language-switcher".*?</nav>', html, re.S)
    return match.group(0) if match else ""


@pytest.mark.django_db
def test_setup_creates_locales_and_synchronised_trees_once(languages, site_home):
    about = StandardPageFactory(parent=site_home, slug="about")
    setup_languages()
    counts = (Page.objects.count(), LocaleSynchronization.objects.count())
    setup_languages()
    assert (Page.objects.count(), LocaleSynchronization.objects.count()) == counts

    assert set(languages) == {"en", "pl", "bn", "ar"}
    for code in ("pl", "bn", "ar"):
        alias = about.get_translation(languages[code])
        assert alias.alias_of_id == about.pk
        assert site_home.get_translation(languages[code]).live


@pytest.mark.django_db
def test_arabic_pages_are_right_to_left_and_polish_left_to_right(client, languages, site_home, translate):
    translate(site_home, languages["ar"], HOME_WORDS["ar"])
    translate(site_home, languages["pl"], HOME_WORDS["pl"])

    arabic = client.get("/ar/").content.decode()
    assert '<html lang="ar" dir="rtl"' in arabic
    assert "hub/css/rtl.css" in arabic
    assert "ساعد في تشكيل خدماتنا" in arabic

    polish = client.get("/pl/").content.decode()
    assert '<html lang="pl" dir="ltr"' in polish
    assert "hub/css/rtl.css" not in polish
    assert "Pomóż kształtować nasze usługi" in polish


@pytest.mark.django_db
def test_hreflang_links_for_every_translation_and_x_default(client, languages, site_home, translate):
    translate(site_home, languages["pl"], HOME_WORDS["pl"])
    translate(site_home, languages["ar"], HOME_WORDS["ar"])

    html = client.get("/pl/").content.decode()
    assert '<link rel="alternate" hreflang="en" href="http://testserver/">' in html
    assert '<link rel="alternate" hreflang="pl" href="http://testserver/pl/">' in html
    assert '<link rel="alternate" hreflang="ar" href="http://testserver/ar/">' in html
    assert '<link rel="alternate" hreflang="x-default" href="http://testserver/">' in html
    # Bengali is only an alias of the English page: no alternate for it.
    assert '<link rel="alternate" hreflang="bn"' not in html


@pytest.mark.django_db
def test_switcher_marks_the_languages_the_page_is_not_translated_into(client, languages, site_home, translate):
    translate(site_home, languages["pl"], HOME_WORDS["pl"])
    translate(site_home, languages["ar"], HOME_WORDS["ar"], publish=False)

    switcher = _switcher(client.get("/").content.decode())
    assert (
        '<li class="hub-language-switcher__item" lang="en" dir="ltr">\n'
        '          <a class="hub-language-switcher__link" href="/" hreflang="en" aria-current="true">English</a>'
        in switcher
    )
    assert '<a class="hub-language-switcher__link" href="/pl/" hreflang="pl">Polski</a>' in switcher
    # A draft translation and an untranslated alias lead to the alias, which says so, in that language.
    assert (
        '<a class="hub-language-switcher__link" href="/ar/" hreflang="ar">العربية '
        '<span class="hub-language-switcher__note">(غير متاحة بعد)</span></a>'
    ) in switcher
    assert 'href="/bn/" hreflang="bn">বাংলা <span class="hub-language-switcher__note">(এখনও উপলব্ধ নয়)</span>' in switcher


@pytest.mark.django_db
def test_a_page_in_one_language_keeps_the_switcher(client, languages, site_home):
    StandardPageFactory(parent=site_home, slug="only-english")
    setup_languages()
    switcher = _switcher(client.get("/only-english/").content.decode())
    assert 'href="/pl/only-english/" hreflang="pl">Polski <span class="hub-language-switcher__note">' in switcher
    assert 'aria-current="true">English</a>' in switcher


@pytest.mark.django_db
def test_a_language_without_any_version_leads_to_a_page_that_says_so(client, languages, site_home, translate):
    translate(site_home, languages["pl"], HOME_WORDS["pl"])
    page = StandardPageFactory(parent=site_home, slug="english-only", title="English only")
    page.get_translations().delete()
    switcher = _switcher(client.get("/english-only/").content.decode())
    assert f'href="/pl/not-translated/{page.pk}/" hreflang="pl">Polski' in switcher

    response = client.get(f"/pl/not-translated/{page.pk}/")
    html = response.content.decode()
    assert response.status_code == 200
    assert '<html lang="pl" dir="ltr"' in html
    assert "Ta strona nie została jeszcze przetłumaczona na język: Polski." in html
    assert '<a href="/english-only/" hreflang="en"><span lang="en">English only</span>' in html
    assert '<a href="/pl/">Przejdź do strony głównej w języku: Polski</a>' in html
    assert client.get("/pl/not-translated/999999/").status_code == 404


@pytest.mark.django_db
def test_untranslated_page_is_shown_in_its_own_language_inside_the_visitors(client, languages, site_home, translate):
    translate(site_home, languages["ar"], HOME_WORDS["ar"])
    StandardPageFactory(parent=site_home, slug="cookies", title="Cookies")
    setup_languages()

    response = client.get("/ar/cookies/")
    assert response.status_code == 200
    html = response.content.decode()
    # The frame (menus, switcher, notice, breadcrumbs) is Arabic and right to left…
    assert '<html lang="ar" dir="rtl"' in html
    assert "hub/css/rtl.css" in html
    assert "هذه الصفحة غير متوفرة" in html
    assert '<a href="/ar/">انتقل إلى الصفحة الرئيسية باللغة العربية</a>' in html
    assert '<a href="/cookies/" hreflang="en">' in html
    # …and the page's own English words are marked as English, left to right.
    content = html.split('<div lang="en" dir="ltr">', 1)
    assert len(content) == 2 and "<h1>Cookies</h1>" in content[1]


@pytest.mark.django_db
def test_sitemap_lists_translations_with_alternates(client, languages, site_home, translate):
    translate(site_home, languages["pl"], HOME_WORDS["pl"])
    StandardPageFactory(parent=site_home, slug="about")
    setup_languages()

    root = site_home.get_site().root_url
    xml = client.get("/sitemap.xml").content.decode()
    assert f"<loc>{root}/</loc>" in xml
    assert f"<loc>{root}/pl/</loc>" in xml
    assert f'<xhtml:link rel="alternate" hreflang="pl" href="{root}/pl/"/>' in xml
    assert f'<xhtml:link rel="alternate" hreflang="x-default" href="{root}/"/>' in xml
    # Untranslated aliases are not listed.
    assert f"<loc>{root}/about/</loc>" in xml
    assert "/pl/about/" not in xml


@pytest.mark.django_db
def test_search_view_offers_every_language(client, languages):
    switcher = _switcher(client.get("/ar/search/").content.decode())
    assert 'href="/pl/search/" hreflang="pl">Polski</a>' in switcher
    assert 'href="/search/" hreflang="en">English</a>' in switcher


@pytest.mark.django_db
def test_a_draft_translation_is_untranslated_for_the_notice_and_the_menu(client, languages, site_home, translate):
    """The notice and the menu share ``hub.i18n.pages``: a draft translation is not yet Polish for either."""
    cache.clear()
    translate(site_home, languages["pl"], HOME_WORDS["pl"])
    about = StandardPageFactory(parent=site_home, slug="about", title="About us")
    about.save_revision().publish()
    setup_languages()
    translate(about, languages["pl"], {"About us": "O nas"}, publish=False)
    polish_about = about.get_translation(languages["pl"])
    assert polish_about.alias_of_id is None and polish_about.live
    menu = Menu.objects.create(locale=site_home.locale)
    MainMenuLink.objects.create(menu=menu, page=about, locale=menu.locale, sort_order=0)

    assert words_source(polish_about).pk == about.pk
    about_html = client.get("/pl/about/").content.decode()
    assert '<html lang="pl" dir="ltr"' in about_html
    assert '<div lang="en" dir="ltr">' in about_html
    menu = re.search(
        r'<a class="nhsuk-header__navigation-link" href="/pl/about/"[^>]*>', client.get("/pl/").content.decode()
    )
    assert 'lang="en"' in menu.group(0)
    cache.clear()


@pytest.mark.django_db
def test_a_translated_menu_link_is_not_marked_and_costs_no_query_per_link(languages, site_home, translate, rf):
    translate(site_home, languages["pl"], HOME_WORDS["pl"])
    pages = [StandardPageFactory(parent=site_home, slug=f"page-{n}", title=f"Page {n}") for n in range(3)]
    setup_languages()
    menu = Menu.objects.create(locale=site_home.locale)
    for number, page in enumerate(pages):
        page.save_revision().publish()
        translate(page, languages["pl"], {page.title: f"Strona {page.title[-1]}"})
        MainMenuLink.objects.create(menu=menu, page=page, locale=menu.locale, sort_order=number)
    request = rf.get("/pl/")
    with translation.override("pl"):
        primary = menu_links(request, "primary")
        with CaptureQueriesContext(connection) as queries:
            menu_links(request, "primary")
        MainMenuLink.objects.create(menu=menu, page=site_home, locale=menu.locale, sort_order=3)
        menu_links(request, "primary")  # saving the link changed the content: warm the remembered look-ups again
        with CaptureQueriesContext(connection) as more_queries:
            menu_links(request, "primary")
    assert [(link["label"], link["language"]) for link in primary] == [(f"Strona {n}", "") for n in range(3)]
    assert len(more_queries) == len(queries)
