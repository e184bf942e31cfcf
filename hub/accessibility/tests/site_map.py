"""What the accessibility checks visit: one page of each page type, the other views and every form.

When you add a page type, add a demo page for it (``<app>/demo.py``) and its
path here; ``test_site_map.py`` fails until you do. When you add a form, list
it in ``FORMS`` so its error state is checked too. ``TRANSLATED_PAGES`` are
the demo translations (``hub/i18n/demo.py``) in a left-to-right and a
right-to-left language.
"""

from typing import NamedTuple

# Wagtail page model label → the path of a demo page of that type.
PAGE_TYPES = {
    "home.HomePage": "/",
    "home.StandardPage": "/about-co-production/",
    "home.EasyReadPage": "/easy-read/",
    "opportunities.OpportunityIndexPage": "/get-involved/",
    "opportunities.OpportunityPage": "/get-involved/activity-assistant/",
    "blog.BlogIndexPage": "/news/",
    "blog.BlogPage": "/news/lived-experience-leadership/",
    "blog.EventPage": "/news/co-production-cafe-online/",
    "stories.StoryFormPage": "/share-your-story/",
}

# Views that are not Wagtail pages.
OTHER_PAGES = {
    "closed role": "/get-involved/service-user-network-connector/",
    "event write-up": "/news/service-user-celebration-event/",
    "event taking bookings": "/news/recovery-academy-open-day/",
    "news filtered": "/news/?category=stories",
    "roles filtered": "/get-involved/?kind=paid-job&rung=informing",
    "role alerts": "/get-involved/alerts/?kind=volunteering",
    "search": "/search/?q=co-production",
    "search-no-results": "/search/?q=xylophone-quartz",
    "preferences": "/preferences/",
    "not-found": "/no-such-page/",
}

# Translated demo pages: Polish for long words and accents, Arabic for right to left.
TRANSLATED_PAGES = {
    f"{name} ({language})": f"/{language}{path}"
    for language in ("pl", "ar")
    for name, path in {
        "home": "/",
        "news": "/news/",
        "news post": "/news/patient-and-carer-stories-reach-the-board/",
        "role": "/get-involved/peer-mentor/",
    }.items()
}


class Form(NamedTuple):
    page: str  # path of a page showing the form
    selector: str  # CSS selector of the form on that page
    action: str  # where it posts
    summary: bool = True  # sending it empty shows an error summary
    press: str | None = "[type=submit]"  # the button that sends it; None sends it with no button pressed


# The checks send each form empty to see its error state.
FORMS = {
    "preferences": Form("/preferences/", "main form", "/preferences/"),
    "express interest in a role": Form(
        "/get-involved/activity-assistant/apply/", "main form", "/get-involved/activity-assistant/apply/"
    ),
    "register interest": Form("/get-involved/register/", "main form", "/get-involved/register/"),
    "book a place at an event": Form(
        "/news/recovery-academy-open-day/book/", "main form", "/news/recovery-academy-open-day/book/"
    ),
    "newsletter": Form("/newsletter/subscribe/", "main form", "/newsletter/subscribe/"),
    "role alerts": Form("/get-involved/alerts/", "main form", "/get-involved/alerts/"),
    "share your story": Form("/share-your-story/", "main form", "/share-your-story/"),
    # Yes/No buttons: sent with neither, the visitor gets a "something went wrong" page.
    "page feedback": Form(
        "/about-co-production/", "form[action='/feedback/send/']", "/feedback/send/", summary=False, press=None
    ),
}

# Cookie values for each way a page can look (see hub/accessibility/preferences.py).
# "device" is no choice, with the browser's default settings. The translated
# pages share their templates and colours with the English ones, so they are
# checked in TRANSLATED_PAGE_MODES only (no choice, one contrast mode, and
# the largest text for reflow), which keeps the run short.
MODES = {
    "device": None,
    "high": "standard.high",
    "dark": "standard.dark",
    "yellow": "standard.yellow",
    "largest": "largest.standard",
}
TRANSLATED_PAGE_MODES = ("device", "dark", "largest")
LARGEST_TEXT_MODES = {
    "largest": "largest.standard",
    "largest-high": "largest.high",
    "largest-dark": "largest.dark",
    "largest-yellow": "largest.yellow",
}


def all_paths():
    """Every English path the checks visit, named."""
    return {**PAGE_TYPES, **OTHER_PAGES}


def paths_for(mode):
    """The named paths to check in one mode: every English path, and the translated pages in some modes."""
    return {**all_paths(), **(TRANSLATED_PAGES if mode in TRANSLATED_PAGE_MODES else {})}
