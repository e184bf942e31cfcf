"""The main tasks, taken as a visitor would on a 320 px phone, in English, Polish and Arabic.

Each journey starts where a visitor starts (the home page or a listing) and
moves by the links and buttons on the page, never by typing an address it
could not see. Every journey runs in each language in the standard display
and with the largest text in yellow on black; the core ones (those that send
something or change something) also run with JavaScript off. One live server
over the session's demo site serves them all, and each visitor is a fresh
browser context (cookies, JavaScript) in the session's one Chromium.

Expected words come from the catalogues (``gettext`` in the visitor's
language), so a missing translation fails here too.
"""

import re

import pytest
from django.utils import translation
from playwright.sync_api import expect

PHONE = {"width": 320, "height": 568}
PREFIX = {"en": "", "pl": "/pl", "ar": "/ar"}
DIRECTION = {"en": "ltr", "pl": "ltr", "ar": "rtl"}
DISPLAY = {"standard": None, "largest-yellow": "largest.yellow"}
# A word from the peer mentor role's title in each language.
SEARCH_WORD = {"en": "mentor", "pl": "mentor", "ar": "الأقران"}
STORY_POST = "/news/patient-and-carer-stories-reach-the-board/"
ROLE = "/get-involved/peer-mentor/"

EVERY_WAY = [
    pytest.param(language, display, True, id=f"{language}-{display}") for display in DISPLAY for language in PREFIX
]
WITHOUT_JAVASCRIPT = [pytest.param(language, "standard", False, id=f"{language}-no-js") for language in PREFIX]


def words(language, text):
    with translation.override(language):
        return translation.gettext(text)


class Visitor:
    """One person's browser: a 320 px phone in a language and display mode, with or without JavaScript."""

    def __init__(self, chromium, server_url, language, display, javascript):
        self.language = language
        self.prefix = PREFIX[language]
        self.context = chromium.new_context(viewport=PHONE, java_script_enabled=javascript, accept_downloads=True)
        if DISPLAY[display]:
            self.context.add_cookies([{"name": "hub_display", "value": DISPLAY[display], "url": server_url}])
        self.javascript = javascript
        self.server_url = server_url
        self.page = self.context.new_page()

    def start(self, path="/"):
        response = self.page.goto(self.server_url + self.prefix + path)
        assert response.status == 200, path
        self.in_language()
        return self.page

    def in_language(self, language=None):
        language = language or self.language
        html = self.page.locator("html")
        expect(html).to_have_attribute("lang", language)
        expect(html).to_have_attribute("dir", DIRECTION[language])

    def menu_link(self, path):
        return self.page.locator(f'.nhsuk-header__navigation a[href="{self.prefix}{path}"]')

    def main_link(self, path):
        return self.page.locator(f'main a[href="{self.prefix}{path}"]').first

    def says(self, text):
        return words(self.language, text)

    def error_summary_has_focus(self):
        expect(self.page.locator(".nhsuk-error-summary")).to_be_focused()
        assert self.page.title().startswith(self.says("Error:") + " "), self.page.title()


@pytest.fixture
def visitor(chromium, demo_server, request):
    made = []

    def open_browser(language, display, javascript):
        made.append(Visitor(chromium, demo_server.url, language, display, javascript))
        return made[-1]

    yield open_browser
    for person in made:
        report = getattr(request.node, "rep_call", None)
        if report is not None and report.failed:
            from hub.tests import screenshots

            screenshots.save(person.page, f"journey-{request.node.name}")
        person.context.close()


@pytest.mark.parametrize(("language", "display", "javascript"), EVERY_WAY)
def test_the_main_tasks_are_one_tap_away(visitor, language, display, javascript):
    person = visitor(language, display, javascript)
    page = person.start()
    header = page.locator("header.nhsuk-header").bounding_box()
    assert header["y"] + header["height"] <= PHONE["height"] / 2, "the header takes more than half the screen"
    for task in (
        person.menu_link("/get-involved/"),
        person.menu_link("/news/"),
        person.menu_link("/share-your-story/"),
        page.locator("#header-search"),
        page.locator("#urgent-help summary"),
    ):
        expect(task).to_be_in_viewport()
    expect(page.locator(".hub-language-switcher__link")).to_have_count(4)


@pytest.mark.parametrize(("language", "display", "javascript"), EVERY_WAY + WITHOUT_JAVASCRIPT)
def test_find_a_role_and_say_you_are_interested(visitor, language, display, javascript):
    person = visitor(language, display, javascript)
    page = person.start()
    person.menu_link("/get-involved/").click()
    person.main_link(ROLE).click()
    person.in_language()
    page.locator('main a[href$="/apply/"]').first.click()
    # Crisis help comes before the questions, not only after sending.
    help_box = page.locator(".hub-urgent-help-callout")
    expect(help_box).to_be_visible()
    assert help_box.bounding_box()["y"] < page.locator("main form").first.bounding_box()["y"]
    assert page.evaluate("document.documentElement.scrollWidth") <= PHONE["width"]

    page.locator("main form button[type=submit]").first.click()
    person.error_summary_has_focus()
    page.fill("#id_name", "Sam")
    page.check("#id_contact_method_0")
    page.fill("#id_email", "sam@example.org")
    # Someone can be both: the question takes more than one answer.
    page.check("#id_relationship_0")
    page.check("#id_relationship_1")
    page.check("#id_consent")
    page.locator("main form button[type=submit]").first.click()
    expect(page).to_have_url(re.compile(r"/apply/sent/"))
    expect(page.locator("h1")).to_contain_text(person.says("Thank you: we have your details"))


@pytest.mark.parametrize(("language", "display", "javascript"), EVERY_WAY)
def test_read_a_story(visitor, language, display, javascript):
    person = visitor(language, display, javascript)
    page = person.start()
    person.menu_link("/news/").click()
    person.main_link(STORY_POST).click()
    person.in_language()
    expect(page.locator("h1")).to_be_visible()
    # The post promises more stories: its next step is the form (a page chosen in English, which
    # wagtail-localize keeps pointing at the English page in every language).
    expect(page.locator('main .nhsuk-action-link a[href$="/share-your-story/"]')).to_be_visible()
    assert page.evaluate("document.documentElement.scrollWidth") <= PHONE["width"]


@pytest.mark.parametrize(("language", "display", "javascript"), EVERY_WAY)
def test_add_an_event_to_a_calendar(visitor, language, display, javascript):
    person = visitor(language, display, javascript)
    page = person.start()
    person.menu_link("/news/").click()
    page.locator(".hub-upcoming a").first.click()
    with page.expect_download() as download:
        page.locator('main a[href$="event.ics"]').first.click()
    calendar = download.value.path().read_text()
    assert calendar.startswith("BEGIN:VCALENDAR")
    assert "BEGIN:VEVENT" in calendar and "DTSTART" in calendar


@pytest.mark.parametrize(("language", "display", "javascript"), EVERY_WAY + WITHOUT_JAVASCRIPT)
def test_change_text_size_and_contrast(visitor, language, display, javascript):
    person = visitor(language, display, javascript)
    page = person.start(ROLE)
    size, contrast = ("standard", "standard") if DISPLAY[display] else ("largest", "yellow")
    page.locator("#display-settings summary").click()
    page.locator(f'#display-settings input[name="size"][value="{size}"]').check()
    page.locator(f'#display-settings input[name="contrast"][value="{contrast}"]').check()
    page.locator('#display-settings button[name="save"]').click()
    # Saved, on the same page, and the visitor is told so (with JavaScript at once, without after the round trip).
    expect(page).to_have_url(re.compile(re.escape(person.prefix + ROLE)))
    expect(page.locator("#display-settings [data-hub-preferences-status]")).to_have_text(
        person.says("Saved. We will remember your choice on this device.")
    )
    expect(page.locator("html")).to_have_class(re.compile(f"hub-text-{size} hub-contrast-{contrast}"))
    person.in_language()


@pytest.mark.parametrize(("language", "display", "javascript"), EVERY_WAY)
def test_switch_language(visitor, language, display, javascript):
    person = visitor(language, display, javascript)
    page = person.start(ROLE)
    other = {"en": "pl", "pl": "ar", "ar": "en"}[language]
    page.locator(f'.hub-language-switcher__item[lang="{other}"] a').click()
    person.in_language(other)
    expect(page).to_have_url(re.compile(re.escape(PREFIX[other] + ROLE) + "$"))

    # A page nobody has translated keeps the switcher; the visitor's language says it is not there yet.
    page.goto(person.server_url + PREFIX[other] + "/cookies/")
    if other != "en":
        person.in_language(other)
        expect(page.locator(".hub-untranslated")).to_be_visible()
        expect(page.locator('main [lang="en"][dir="ltr"] h1')).to_be_visible()
    back = page.locator(f'.hub-language-switcher__item[lang="{language}"]')
    if language != "en":
        expect(back).to_contain_text(words(language, "not yet available"))
    back.locator("a").click()
    person.in_language()


@pytest.mark.parametrize(("language", "display", "javascript"), EVERY_WAY + WITHOUT_JAVASCRIPT)
def test_search(visitor, language, display, javascript):
    person = visitor(language, display, javascript)
    page = person.start()
    page.fill("#header-search", SEARCH_WORD[language])
    page.press("#header-search", "Enter")
    person.in_language()
    result = person.main_link(ROLE)
    expect(result).to_be_visible()
    result.click()
    expect(page).to_have_url(re.compile(re.escape(person.prefix + ROLE) + "$"))


STORY_QUESTION = {"en": "Your story", "pl": "Twoja historia", "ar": "قصتك"}


@pytest.mark.parametrize(("language", "display", "javascript"), EVERY_WAY + WITHOUT_JAVASCRIPT)
def test_share_a_story(visitor, language, display, javascript):
    person = visitor(language, display, javascript)
    page = person.start()
    # The home page promises it and links to it; the menu leads to it in the visitor's language.
    expect(page.locator('main a[href$="/share-your-story/"]').first).to_be_visible()
    person.menu_link("/share-your-story/").click()
    person.in_language()
    # The questions are the page's words, translated with it (hub.i18n.demo).
    expect(page.locator('label[for="id_your_story"]')).to_contain_text(STORY_QUESTION[language])
    help_box = page.locator(".hub-urgent-help-callout")
    expect(help_box).to_be_visible()
    assert help_box.bounding_box()["y"] < page.locator("#id_your_story").bounding_box()["y"]
    # Nothing pushes the page sideways (an English form inside an Arabic page once did).
    assert page.evaluate("document.documentElement.scrollWidth") <= PHONE["width"]

    assert page.locator(".hub-content-note").bounding_box()["y"] < help_box.bounding_box()["y"]

    page.locator("main form button[type=submit]").first.click()
    person.error_summary_has_focus()
    page.fill("#id_your_story", "The peer support group helped me feel less alone.")
    # Save and finish later, then come back through the private link: the answer is back.
    page.locator("main form button[name=save_draft]").click()
    expect(page.locator(".hub-urgent-help-callout")).to_be_visible()
    page.locator(".hub-private-link").click()
    person.in_language()
    expect(page.locator("#id_your_story")).to_have_value("The peer support group helped me feel less alone.")
    page.check("#id_usage_0")
    page.check("#id_consent")
    page.locator("main form button[type=submit]").first.click()
    expect(page.locator(".nhsuk-panel__title")).to_be_visible()
    expect(page.locator(".hub-urgent-help-callout")).to_be_visible()
    # The withdraw link asks first, then deletes the story.
    page.locator(".hub-private-link").click()
    page.locator("main form button[type=submit]").first.click()
    expect(page.locator(".nhsuk-panel__title")).to_be_visible()


@pytest.mark.parametrize(("language", "display", "javascript"), EVERY_WAY + WITHOUT_JAVASCRIPT)
def test_sign_up_to_the_newsletter(visitor, mailoutbox, language, display, javascript):
    person = visitor(language, display, javascript)
    page = person.start(STORY_POST)
    page.fill("#newsletter-footer-email", f"reader-{language}-{display}-{javascript}@example.org")
    page.check("#newsletter-footer-consent")
    page.locator("#newsletter-footer-email").press("Enter")
    person.in_language()
    expect(page.locator("h1")).to_have_text(person.says("Check your email"))

    link = re.search(r"https?://\S+/newsletter/confirm/\S+/", mailoutbox[-1].body).group(0)
    page.goto(person.server_url + re.sub(r"^https?://[^/]+", "", link))
    page.locator("main form button[type=submit]").first.click()
    expect(page.locator("h1")).to_have_text(person.says("You are subscribed"))
    assert page.title().startswith(person.says("You are subscribed"))


@pytest.mark.parametrize(("language", "display", "javascript"), EVERY_WAY + WITHOUT_JAVASCRIPT)
def test_rate_a_page(visitor, language, display, javascript):
    person = visitor(language, display, javascript)
    page = person.start()
    person.menu_link("/news/").click()
    person.main_link(STORY_POST).click()
    heading = page.locator("h1").inner_text()
    page.locator('#feedback button[value="yes"]').click()
    thanks = page.locator("#feedback h2")
    expect(thanks).to_have_text(person.says("Thank you for your feedback"))
    # Still on the article, with the thank-you where the question was.
    expect(page.locator("h1")).to_have_text(heading)
    expect(page).to_have_url(re.compile(re.escape(person.prefix + STORY_POST)))
    if javascript:
        expect(thanks).to_be_focused()
    expect(page.locator('#feedback a[href*="/feedback/more/"]')).to_be_visible()
