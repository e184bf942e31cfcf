"""Display modes in a real browser: focus shows in every mode, and the header fits a small phone.

Focus is proved by pixels, not computed styles: a style can change while
nothing on screen does (a focus ring drawn as a box-shadow that a contrast
sheet removed passed a computed-style check). Each kind of interactive
element is photographed, with a margin, unfocused and focused, and the two
pictures must differ in at least as many pixels as a one-pixel ring around it.
"""

from hub.accessibility.tests import browser_checks
from hub.accessibility.tests.site_map import FORMS, PAGE_TYPES

ROLE_FORM = FORMS["express interest in a role"].page

# One element of every kind a visitor can focus, on two pages: the role's
# interest form has nearly every kind; the news listing has a drop-down list
# and, being translated, the language switcher.
FOCUSABLE_KINDS = {
    ROLE_FORM: {
        "skip link": ".nhsuk-skip-link",
        "details summary (text size and contrast)": ".hub-display-bar summary",
        "text size radio": ".hub-display-bar input[name=size][value=large]",
        "contrast radio": ".hub-display-bar input[name=contrast][value=high]",
        "button (save display settings)": ".hub-display-form button[name=save]",
        "secondary button (reset)": ".hub-display-form button[name=reset]",
        "header search": "#header-search",
        "header search button": ".nhsuk-header__search-form button",
        "menu link": ".nhsuk-header__navigation-link",
        "breadcrumb link": ".nhsuk-breadcrumb__link",
        "text input": "main input.nhsuk-input[type=text]",
        "e-mail input": "main input.nhsuk-input[type=email]",
        "textarea": "main textarea",
        "radio": "main .nhsuk-radios__input",
        "checkbox": "main .nhsuk-checkboxes__input",
        "button": "main form button[type=submit]",
        "footer link": ".nhsuk-footer a[href]",
    },
    PAGE_TYPES["blog.BlogIndexPage"]: {
        "select": "main select",
        "language switcher": ".hub-language-switcher__link:not([aria-current])",
        "link in the text": "main .nhsuk-card a[href]",
    },
}

# Cookie value, and the device settings Playwright emulates.
FOCUS_MODES = {
    "standard": ("standard.standard", {}),
    "high contrast": ("standard.high", {}),
    "dark": ("standard.dark", {}),
    "yellow on black": ("standard.yellow", {}),
    "dark from the device, no choice": (None, {"color_scheme": "dark"}),
    "forced colours": (None, {"forced_colors": "active"}),
}


def test_focus_is_visible_on_every_kind_of_element_in_every_mode(browser_page, demo_server, demo_site):
    page = browser_page
    failures = []
    for mode, (cookie, media) in FOCUS_MODES.items():
        browser_checks.set_mode(page.context, demo_server.url, cookie)
        page.emulate_media(color_scheme=media.get("color_scheme", "light"), forced_colors=media.get("forced_colors"))
        for path, kinds in FOCUSABLE_KINDS.items():
            page.goto(demo_server.url + path)
            for kind, selector in kinds.items():
                result = browser_checks.focus_change(page, selector)
                if result is None:
                    failures.append(f"{path} has no {kind} ({selector})")
                    continue
                changed, needed = result
                if changed < needed:
                    failures.append(f"{mode}: focus on the {kind} changes {changed} pixels, fewer than {needed}")
    assert not failures, "\n".join(failures)


def test_no_choice_follows_the_device_and_never_gives_yellow_on_black(browser_page, demo_server, demo_site):
    page = browser_page
    background = "getComputedStyle(document.body).backgroundColor"
    for scheme, contrast, expected in [
        ("light", "no-preference", "rgb(240, 244, 245)"),  # NHS.UK's own page colour
        ("dark", "no-preference", "rgb(27, 35, 40)"),  # the calm dark theme, not black
        ("light", "more", "rgb(255, 255, 255)"),  # high contrast
        ("dark", "more", "rgb(18, 24, 28)"),  # calm dark, brighter
    ]:
        page.emulate_media(color_scheme=scheme, contrast=contrast)
        page.goto(demo_server.url + "/")
        assert page.evaluate(background) == expected, (scheme, contrast)
        assert page.evaluate("document.querySelector('link[data-hub-contrast=yellow]').sheet.media.mediaText") == (
            "not all"
        )


def test_main_tasks_are_one_tap_away_on_a_small_phone_at_the_largest_text(browser_page, demo_server, demo_site):
    page = browser_page
    page.set_viewport_size({"width": 320, "height": 568})
    failures = []
    for cookie in ("largest.standard", "largest.yellow", "standard.standard"):
        browser_checks.set_mode(page.context, demo_server.url, cookie)
        for path in ("/", "/ar/", ROLE_FORM):
            page.goto(demo_server.url + path)
            where = f"{path} at 320x568 with {cookie}"
            header = page.locator("header.nhsuk-header")
            bottom = page.evaluate("document.querySelector('header.nhsuk-header').getBoundingClientRect().bottom")
            if bottom > 568 / 2:
                failures.append(f"{where}: the header ends at {bottom:.0f}px, more than half the screen")
            links = header.locator(".nhsuk-header__navigation-link")
            for name in ("Get involved", "News and stories", "Share your story") if path != "/ar/" else ():
                link = links.filter(has_text=name)
                if not (link.count() == 1 and link.is_visible() and link.bounding_box()["y"] < bottom):
                    failures.append(f"{where}: '{name}' is not in view in the header")
            if path == "/ar/" and links.count() < 4:
                failures.append(f"{where}: {links.count()} menu links in view, expected at least 4")
            search = header.get_by_role("searchbox")
            if not (search.is_visible() and search.bounding_box()["y"] < bottom):
                failures.append(f"{where}: the search box is not in view in the header")
    assert not failures, "\n".join(failures)
