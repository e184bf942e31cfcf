"""In Chromium: the Checks panel measures a translated page in its own language, read from its preview."""

import re

import pytest
from django.contrib.auth import get_user_model
from playwright.sync_api import expect
from wagtail.models import Locale

from blog.factories import BlogIndexPageFactory, BlogPageFactory
from hub.tests.admin_sign_in import sign_in

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

PASSWORD = "a-long-and-unusual-passphrase"
WORDS = {
    "pl": (
        "Ogród przy oddziale",
        "Wolontariusze powiedzieli nam, że dni na oddziale są długie. Razem założyliśmy ogród. "
        "Każdy może przyjść we wtorek i posadzić kwiaty. Dzwoń do PALS, jeśli masz pytania.",
    ),
    "ar": (
        "حديقة الجناح",
        "قال لنا المتطوعون إن الأيام في الجناح طويلة. أنشأنا حديقة معًا. "
        "يمكن لأي شخص أن يأتي يوم الثلاثاء ويزرع الزهور. اتصل بنا إذا كان لديك سؤال.",
    ),
}


@pytest.mark.parametrize(("language", "measured_as", "measure"), [("pl", "Polish", "FOG-PL"), ("ar", "Arabic", None)])
def test_a_translated_post_is_measured_in_its_language(
    browser_page, live_server, site_home, language, measured_as, measure
):
    post = BlogPageFactory(parent=BlogIndexPageFactory(parent=site_home), slug="garden")
    post.save_revision().publish()
    translation = post.copy_for_translation(Locale.objects.create(language_code=language), copy_parents=True)
    translation.title, text = WORDS[language]
    translation.body = [("rich_text", f"<p>{text}</p>")]
    translation.save_revision().publish()
    get_user_model().objects.create_superuser("checker", "checker@example.org", PASSWORD)

    page = browser_page
    sign_in(page, live_server.url, "checker", PASSWORD)
    page.goto(f"{live_server.url}/admin/pages/{translation.pk}/edit/")
    page.click('[data-side-panel-toggle="checks"]')

    section = page.locator("[data-plain-language-checks]")
    expect(section.locator("[data-plain-language-language]")).to_have_text(
        f"Measured as {measured_as}.", timeout=30_000
    )
    if measure:
        expect(section).to_contain_text(measure)
        expect(section.locator("[data-plain-language-warnings]")).to_contain_text("“PALS” is not spelled out")
    else:
        expect(section).to_contain_text("these are averages, not a score")
        expect(section.locator("[data-plain-language-sentence-length]")).to_have_text(re.compile(r"^\d+(\.\d)? words$"))
