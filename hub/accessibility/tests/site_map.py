"""What the accessibility checks visit: one page of each page type, the other views and every form.

When you add a page type, add a demo page for it (``<app>/demo.py``) and its
path here; ``test_site_map.py`` fails until you do. When you add a form, list
it in ``FORMS`` so its error state is checked too.
"""

# Wagtail page model label → the path of a demo page of that type.
PAGE_TYPES = {
    "home.HomePage": "/",
    "home.StandardPage": "/about-co-production/",
}

# Views that are not Wagtail pages.
OTHER_PAGES = {
    "search": "/search/?q=co-production",
    "search-no-results": "/search/?q=xylophone-quartz",
    "preferences": "/preferences/",
    "not-found": "/no-such-page/",
}

# Form name → (path of the page with the form, CSS selector of the form).
# The checks also send each form empty to see its error state.
FORMS = {
    "preferences": ("/preferences/", "main form"),
}

# Cookie values for each way a page can look (see hub/accessibility/preferences.py).
# "device" is no choice, with the browser's default settings.
MODES = {
    "device": None,
    "high": "standard.high",
    "dark": "standard.dark",
    "largest": "largest.standard",
}
LARGEST_TEXT_MODES = {
    "largest": "largest.standard",
    "largest-high": "largest.high",
    "largest-dark": "largest.dark",
}


def all_paths():
    """Every path the checks visit, named."""
    return {**PAGE_TYPES, **OTHER_PAGES}
