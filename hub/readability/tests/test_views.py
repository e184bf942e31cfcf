"""The Checks panel's plain-language section, and the targets Communications set for it."""

import pytest
from django.urls import reverse
from wagtail.test.utils.form_data import inline_formset, nested_form_data

from blog.factories import BlogIndexPageFactory, BlogPageFactory
from hub.editors.groups import CHAMPIONS, COMMUNICATIONS
from hub.readability.models import PageTypeTargets, ReadabilityTargets

pytestmark = pytest.mark.django_db

ENGLISH = (
    "Come to our open day at the PALS office. You can meet the team and ask us anything you like about "
    "taking part, from the first phone call to your first meeting with the group. "
    "Your answers are kept safe."
)
POLISH = "Zapraszamy na dzień otwarty. Możesz poznać nasz zespół. Będzie herbata i ciasto. Wstęp jest wolny."
ARABIC = "تعال إلى يومنا المفتوح. يمكنك أن تقابل الفريق. سيكون هناك شاي وكعك. الدخول مجاني."


@pytest.fixture
def editor(client, make_user):
    client.force_login(make_user("comms", COMMUNICATIONS))
    return client


def _check(client, text, language, page_type="blog.blogpage"):
    return client.post(reverse("readability_check"), {"text": text, "language": language, "page_type": page_type})


def _text(response):
    """The answer's HTML with its layout's white space made single spaces."""
    return " ".join(response.content.decode().split())


def test_english_gets_its_score_targets_and_warnings(editor, site_home):
    response = _check(editor, ENGLISH, "en")
    assert response.status_code == 200
    html = _text(response)
    assert "Measured as English." in html
    assert "Flesch reading ease" in html
    assert "Target: 60 or higher." in html
    assert "A sentence of 26 words" in html
    assert "“are kept” may be passive." in html
    assert "“PALS” is not spelled out on this page." in html
    assert "data-plain-language-warning-count>3</span>" in html


def test_polish_gets_fog_pl_and_arabic_gets_averages_said_to_be_no_score(editor, site_home):
    polish = _text(_check(editor, POLISH, "pl"))
    assert "FOG-PL" in polish
    assert "Target: 9 or lower. Met." in polish
    arabic = _text(_check(editor, ARABIC, "ar"))
    assert "FOG-PL" not in arabic
    assert "Flesch" not in arabic
    assert "these are averages, not a score" in arabic
    assert "data-plain-language-sentence-length>3.5 words</p>" in arabic


def test_a_page_types_own_targets_are_used(editor, site_home):
    setting = ReadabilityTargets.for_site(site_home.get_site())
    setting.save()
    PageTypeTargets.objects.create(
        setting=setting, page_type="home.easyreadpage", long_sentence_words=8, max_average_sentence_words=6
    )
    assert "A sentence of" not in _check(editor, POLISH, "pl", "blog.blogpage").content.decode()
    easy_read = _text(_check(editor, ENGLISH, "en", "home.easyreadpage"))
    assert "Target: 6 or fewer." in easy_read
    assert easy_read.count("A sentence of") == 2


@pytest.mark.parametrize(
    "data",
    [
        {"text": "Hello.", "language": "en<script>"},
        {"text": "Hello.", "language": "en", "page_type": "../../etc"},
        {"text": "x" * 200_001, "language": "en"},
    ],
)
def test_bad_input_is_refused_with_a_400(editor, site_home, data):
    response = editor.post(reverse("readability_check"), data)
    assert response.status_code == 400


def test_only_signed_in_editors_may_ask(client, site_home):
    response = _check(client, ENGLISH, "en")
    assert response.status_code == 302
    assert response.url.startswith(reverse("wagtailadmin_login"))


def test_the_checks_panel_has_the_section_for_the_page_type(editor, site_home):
    post = BlogPageFactory(parent=BlogIndexPageFactory(parent=site_home))
    html = editor.get(reverse("wagtailadmin_pages:edit", args=(post.pk,))).content.decode()
    assert "data-plain-language-checks" in html
    assert f'data-url="{reverse("readability_check")}"' in html
    assert 'data-page-type="blog.blogpage"' in html
    assert "readability/plain-language.js" in html
    # Wagtail's own metrics are still there.
    assert "data-content-readability-score" in html


def _settings_url(site_home):
    return reverse("wagtailsettings:edit", args=("readability", "readabilitytargets", site_home.get_site().pk))


def _settings_form(**changes):
    return nested_form_data(
        {
            "long_sentence_words": 20,
            "max_average_sentence_words": 14,
            "min_reading_ease": 65,
            "max_fog_pl": 8,
            "known_abbreviations": "NHS, GP, UK, BSL",
            "page_type_targets": inline_formset(
                [
                    {
                        "page_type": "home.easyreadpage",
                        "long_sentence_words": 12,
                        "max_average_sentence_words": 8,
                        "min_reading_ease": 80,
                        "max_fog_pl": 6,
                    }
                ]
            ),
            **changes,
        }
    )


def test_communications_set_the_targets(editor, site_home):
    url = _settings_url(site_home)
    page = editor.get(url)
    assert page.status_code == 200
    assert "Every page" in page.content.decode()
    response = editor.post(url, _settings_form())
    assert response.status_code == 302
    setting = ReadabilityTargets.for_site(site_home.get_site())
    assert setting.min_reading_ease == 65
    targets = setting.targets_for("home.easyreadpage")
    assert (targets.long_sentence_words, targets.max_average_sentence_words) == (12, 8)
    assert "BSL" in targets.known_abbreviations
    assert setting.targets_for("blog.blogpage").long_sentence_words == 20


def test_a_target_out_of_range_is_explained(editor, site_home):
    response = editor.post(_settings_url(site_home), _settings_form(min_reading_ease=140))
    assert response.status_code == 200
    assert "Ensure this value is less than or equal to 100." in response.content.decode()
    assert ReadabilityTargets.for_site(site_home.get_site()).min_reading_ease == 60


def test_champions_cannot_change_the_targets(client, site_home, make_user):
    client.force_login(make_user("champion", CHAMPIONS))
    url = _settings_url(site_home)
    assert client.get(url).status_code == 302
    client.post(url, _settings_form())
    assert not ReadabilityTargets.objects.exists()


def test_a_kind_of_page_listed_twice_is_explained(editor, site_home):
    row = {"page_type": "home.easyreadpage", "long_sentence_words": 12, "max_average_sentence_words": 8}
    row |= {"min_reading_ease": 80, "max_fog_pl": 6}
    response = editor.post(
        _settings_url(site_home), _settings_form(page_type_targets=inline_formset([row, {**row, "max_fog_pl": 7}]))
    )
    assert response.status_code == 200
    assert (
        "Please correct the duplicate data for setting and page_type, which must be unique."
        in response.content.decode()
    )
    assert not PageTypeTargets.objects.exists()
