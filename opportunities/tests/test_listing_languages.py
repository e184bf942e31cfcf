"""The demo's get-involved listing in every language: the same filters, and a change of language keeps them."""

import re

import pytest

LANGUAGES = ("", "/pl", "/bn", "/ar")


def _legends(html):
    start = html.index('class="nhsuk-details hub-filters"')
    form = html[start : html.index("</form>", start)]
    return re.findall(r'<legend class="nhsuk-fieldset__legend nhsuk-fieldset__legend--s">([^<]*)</legend>', form)


def _area_labels(html):
    start = html.index('name="area"')
    area = html[html.rindex("<fieldset", 0, start) : html.index("</fieldset>", start)]
    return re.findall(r'class="nhsuk-label nhsuk-checkboxes__label" for="[^"]*">([^<]*)</label>', area)


def test_every_language_offers_every_filter_with_its_own_area_names(client, demo_site):
    english = client.get("/get-involved/").content.decode()
    assert len(_legends(english)) == 7
    assert "Community services" in _area_labels(english)
    for prefix, community in (("/pl", "Usługi środowiskowe"), ("/bn", "কমিউনিটি সেবা"), ("/ar", "الخدمات المجتمعية")):
        html = client.get(f"{prefix}/get-involved/").content.decode()
        assert len(_legends(html)) == 7, prefix
        areas = _area_labels(html)
        assert len(areas) == 6, prefix
        assert community in areas, prefix
        assert "Community services" not in areas, prefix


@pytest.mark.parametrize("prefix", LANGUAGES)
def test_a_filter_matches_the_same_roles_in_every_language(client, demo_site, prefix):
    html = client.get(f"{prefix}/get-involved/?area=community&fits=flexible").content.decode()
    # Peer mentor and the network connector are community roles with flexible hours; the connector has closed.
    assert html.count('class="nhsuk-card nhsuk-card--clickable hub-role-card"') == 1, prefix
    assert f'href="{prefix}/get-involved/peer-mentor/"' in html, prefix


def test_changing_language_keeps_the_filters(client, demo_site):
    html = client.get("/get-involved/?fits=caring&kind=bogus&area=education&utm_source=newsletter").content.decode()
    switcher = html[
        html.index('class="hub-language-switcher"') : html.index("</nav>", html.index("hub-language-switcher"))
    ]
    for prefix in LANGUAGES:
        assert f'href="{prefix}/get-involved/?fits=caring&amp;area=education"' in switcher
    polish = client.get("/pl/get-involved/?fits=caring&area=education").content.decode()
    assert 'id="filter-fits_1" name="fits" type="checkbox" value="caring" checked>' in polish
    assert re.search(r'name="area" type="checkbox" value="education" checked>', polish)


def test_a_role_page_says_how_it_fits_around_peoples_lives(client, demo_site):
    html = client.get("/get-involved/storyteller/").content.decode()
    for fit in ("Flexible hours", "Fits around caring or childcare", "Evenings or weekends"):
        assert f"<li>{fit}</li>" in html
