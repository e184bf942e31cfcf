"""The demo translations: made through wagtail-localize and published.

That building them twice adds nothing is checked in hub/tests/test_demo_content.py.
"""

from django.contrib.auth import get_user_model
from wagtail_localize.models import Translation

from hub.i18n.setup import reviewer_group_name


def test_demo_translations_are_linked_and_published(client, demo_site):
    expected = {
        "/pl/": "Pomóż kształtować usługi zdrowia psychicznego",
        "/bn/": "মানসিক স্বাস্থ্য সেবা",
        "/ar/": "ساعد في تشكيل خدمات الصحة النفسية",
        "/pl/accessibility-statement/": "Deklaracja dostępności",
        "/bn/accessibility-statement/": "প্রবেশযোগ্যতা বিবৃতি",
        "/ar/accessibility-statement/": "بيان إمكانية الوصول",
        "/pl/get-involved/": "Zaangażuj się",
        "/bn/get-involved/peer-mentor/": "পিয়ার মেন্টর",
        "/ar/get-involved/patient-safety-partner/": "شريك سلامة المرضى",
    }
    for url, words in expected.items():
        html = client.get(url).content.decode()
        assert words in html, url
        assert f'<html lang="{url.split("/")[1]}"' in html
    # The menu is translated too: its written label in each language, the link in each tree.
    for code, label in {"pl": "O współtworzeniu", "bn": "সহ-উৎপাদন সম্পর্কে", "ar": "عن الإنتاج المشترك"}.items():
        assert f'href="/{code}/about-co-production/">{label}</a>' in client.get(f"/{code}/").content.decode(), code
    assert 'href="/about-co-production/">About co-production</a>' in client.get("/").content.decode()
    # Each translation is linked to its English source, so it opens in the translation editor.
    assert Translation.objects.filter(target_locale__language_code="ar", enabled=True).count() >= 2

    reviewer = get_user_model().objects.get(username="reviewer-pl")
    assert list(reviewer.groups.values_list("name", flat=True)) == [reviewer_group_name("pl")]
    assert not reviewer.has_usable_password()
