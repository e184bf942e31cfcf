"""The text size and contrast preference: cookie, /preferences/ and the rendered page."""

import pytest

from hub.accessibility.preferences import COOKIE_MAX_AGE, COOKIE_NAME, Preferences, variant

ORIGIN = "http://testserver"


def post(client, data, origin=ORIGIN, **headers):
    if origin:
        headers["HTTP_ORIGIN"] = origin
    return client.post("/preferences/", data, **headers)


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("large.high", ("large", "high", True)),
        ("largest.dark", ("largest", "dark", True)),
        ("large.yellow", ("large", "yellow", True)),
        ("standard.standard", ("standard", "standard", True)),
        ("", ("standard", "standard", False)),
        (None, ("standard", "standard", False)),
        ("huge.high", ("standard", "standard", False)),
        ("large.pink", ("standard", "standard", False)),
        ("large.high.extra", ("standard", "standard", False)),
        ("large", ("standard", "standard", False)),
    ],
)
def test_cookie_values_are_parsed_strictly(value, expected):
    preferences = Preferences.parse(value)
    assert (preferences.size, preferences.contrast, preferences.chosen) == expected


def test_a_cache_sees_at_most_thirteen_variants(rf):
    values = {"", "junk", "large.pink"} | {
        f"{s}.{c}" for s in ("standard", "large", "largest") for c in ("standard", "high", "dark", "yellow")
    }
    variants = set()
    for value in values:
        request = rf.get("/")
        request.COOKIES[COOKIE_NAME] = value
        variants.add(variant(request))
    assert len(variants) == 13
    assert "auto" in variants


@pytest.mark.django_db
def test_no_choice_follows_the_device(client, site_home):
    response = client.get("/")
    html = response.content.decode()
    assert 'class="nhsuk-template"' in html
    assert 'media="(prefers-contrast: more) and (not (prefers-color-scheme: dark))" data-hub-contrast="high"' in html
    assert 'media="(prefers-color-scheme: dark)" data-hub-contrast="dark"' in html
    assert 'media="not all" data-hub-contrast="yellow"' in html, "yellow on black only by choice"
    assert (
        'media="(prefers-contrast: more) and (not (prefers-color-scheme: dark)), (prefers-color-scheme: dark)" '
        'data-hub-contrast="high dark yellow"'
    ) in html, "the theme sheet follows the device whenever a contrast sheet does"
    assert COOKIE_NAME not in response.cookies
    assert "csrftoken" not in response.cookies, "the header form must not make every page set a cookie"


@pytest.mark.django_db
def test_a_choice_is_rendered_on_html_without_javascript(client, site_home):
    client.cookies[COOKIE_NAME] = "largest.dark"
    html = client.get("/").content.decode()
    assert 'class="nhsuk-template hub-text-largest hub-contrast-dark"' in html
    assert 'media="all" data-hub-contrast="dark"' in html
    assert 'media="all" data-hub-contrast="high dark yellow"' in html
    assert 'media="not all" data-hub-contrast="high"' in html
    assert 'media="not all" data-hub-contrast="yellow"' in html
    assert 'id="display-size_2" name="size" type="radio" value="largest" checked' in html
    assert 'id="display-contrast_2" name="contrast" type="radio" value="dark" checked' in html


@pytest.mark.django_db
def test_standard_colours_chosen_turn_every_theme_off(client, site_home):
    client.cookies[COOKIE_NAME] = "large.standard"
    html = client.get("/").content.decode()
    for contrasts in ("high dark yellow", "high", "dark", "yellow"):
        assert f'media="not all" data-hub-contrast="{contrasts}"' in html


@pytest.mark.django_db
def test_header_form_returns_to_this_page(client, site_home):
    html = client.get("/?page=2").content.decode()
    assert 'action="/preferences/" method="post"' in html
    assert '<input type="hidden" name="next" value="/?page=2" id="display-next">' in html


@pytest.mark.django_db
def test_preferences_page_shows_the_form(client, site_home):
    client.cookies[COOKIE_NAME] = "large.high"
    response = client.get("/preferences/", {"next": "/about/"})
    assert response.status_code == 200
    html = response.content.decode()
    assert "<h1>Text size and contrast</h1>" in html
    assert '<legend class="nhsuk-fieldset__legend nhsuk-fieldset__legend--s">Text size</legend>' in html
    assert 'id="preferences-size_1" name="size" type="radio" value="large" checked' in html
    assert 'name="next" value="/about/"' in html
    assert "no-cache" in response["Cache-Control"]


@pytest.mark.django_db
def test_saving_sets_the_cookie_and_returns(client, site_home):
    response = post(client, {"size": "largest", "contrast": "high", "next": "/about/?x=1"})
    assert response.status_code == 302
    # Back to the page, which says the choice was saved (a visitor without JavaScript sees it there).
    assert response["Location"] == "/about/?x=1&display=saved#display-settings"
    cookie = response.cookies[COOKIE_NAME]
    assert cookie.value == "largest.high"
    assert cookie["max-age"] == COOKIE_MAX_AGE
    assert cookie["samesite"] == "Lax"
    assert cookie["path"] == "/"
    assert not cookie["httponly"]

    html = client.get("/").content.decode()
    assert "hub-text-largest hub-contrast-high" in html


@pytest.mark.django_db
@pytest.mark.parametrize(
    "next_url",
    [
        "//evil.example/",
        "https://evil.example/",
        "http://testserver/",
        "/\\evil.example",
        "\\\\evil.example",
        "javascript:alert(1)",
        "evil",
        "",
    ],
)
def test_off_site_next_goes_home(client, site_home, next_url):
    response = post(client, {"size": "large", "contrast": "standard", "next": next_url})
    assert response.status_code == 302
    assert response["Location"] == "/?display=saved#display-settings"


@pytest.mark.django_db
def test_reset_clears_the_cookie(client, site_home):
    client.cookies[COOKIE_NAME] = "large.dark"
    response = post(client, {"reset": "1", "size": "large", "contrast": "dark", "next": "/about/"})
    assert response.status_code == 302
    assert response["Location"] == "/about/?display=reset#display-settings"
    assert response.cookies[COOKIE_NAME].value == ""
    assert response.cookies[COOKIE_NAME]["max-age"] == 0


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("data", "message"),
    [
        ({"size": "enormous", "contrast": "high"}, "Choose a text size from the list"),
        ({"contrast": "high"}, "Choose a text size"),
        ({"size": "large", "contrast": "purple"}, "Choose a contrast from the list"),
    ],
)
def test_invalid_choices_get_400_and_a_message(client, site_home, data, message):
    response = post(client, data)
    assert response.status_code == 400
    html = response.content.decode()
    assert "There is a problem" in html
    assert message in html
    assert "<title>Error:" in html
    assert COOKIE_NAME not in response.cookies


@pytest.mark.django_db
def test_an_error_is_linked_from_the_summary_to_its_radios(client, site_home):
    html = post(client, {"contrast": "high"}).content.decode()
    assert '<li><a href="#preferences-size_0">Choose a text size</a></li>' in html
    assert '<fieldset class="nhsuk-fieldset" aria-describedby="preferences-size-error">' in html
    assert 'id="preferences-size_0" name="size" type="radio" value="standard">' in html
    assert 'id="preferences-contrast_1" name="contrast" type="radio" value="high" checked>' in html
    assert html.count('<div class="nhsuk-radios nhsuk-radios--small" data-module="nhsuk-radios">') == 4


@pytest.mark.django_db
@pytest.mark.parametrize(
    "headers",
    [
        {"HTTP_ORIGIN": "https://evil.example"},
        {"HTTP_REFERER": "https://evil.example/page"},
        {"HTTP_ORIGIN": ORIGIN, "HTTP_SEC_FETCH_SITE": "cross-site"},
        {},
    ],
)
def test_posts_from_other_sites_are_refused(client, site_home, headers):
    response = client.post("/preferences/", {"size": "large", "contrast": "high"}, **headers)
    assert response.status_code == 403
    assert COOKIE_NAME not in response.cookies


@pytest.mark.django_db
def test_a_same_site_referer_is_enough(client, site_home):
    response = post(client, {"size": "large", "contrast": "high"}, origin=None, HTTP_REFERER=f"{ORIGIN}/about/")
    assert response.status_code == 302


@pytest.mark.django_db
def test_other_methods_are_refused(client, site_home):
    assert client.put("/preferences/").status_code == 405


@pytest.mark.django_db
def test_the_page_cache_keeps_one_copy_per_choice(client, site_home, settings):
    from django.core.cache import cache

    settings.PAGE_CACHE_SECONDS = 300
    cache.clear()
    assert client.get("/")["X-Page-Cache"] == "miss"
    assert client.get("/")["X-Page-Cache"] == "hit"
    client.cookies[COOKIE_NAME] = "largest.dark"
    chosen = client.get("/")
    assert chosen["X-Page-Cache"] == "miss"
    assert "hub-text-largest hub-contrast-dark" in chosen.content.decode()
    assert client.get("/")["X-Page-Cache"] == "hit"
    client.cookies[COOKIE_NAME] = "nonsense"
    assert client.get("/")["X-Page-Cache"] == "hit", "an unknown value shares the no-choice copy"


@pytest.mark.django_db
def test_without_javascript_the_page_says_the_choice_was_saved(client, site_home):
    html = client.get("/?display=saved").content.decode()
    assert '<details class="nhsuk-details hub-display-bar__details" id="display-settings" open>' in html
    assert "data-hub-preferences-status>Saved. We will remember your choice on this device.</p>" in html
    plain = client.get("/").content.decode()
    assert '<details class="nhsuk-details hub-display-bar__details" id="display-settings">' in plain
