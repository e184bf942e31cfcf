"""'Need help now?': on every page, before forms about experiences, and in the editors' hands."""

import pytest
from django.contrib.auth.models import Group
from django.core.exceptions import ValidationError
from wagtail.models import Site

from hub.i18n.setup import setup_languages
from hub.models import UrgentHelp
from hub.stories.factories import StoryFormPageFactory

NATIONAL = [
    '<a href="tel:111">NHS 111</a> and choose option 2',
    '<a href="tel:999">999</a>',
    '<a href="tel:116123">116&nbsp;123</a>',
    'Text SHOUT to <a href="sms:85258">85258</a>',
]


@pytest.mark.django_db
@pytest.mark.parametrize("path", ["/", "/search/", "/preferences/", "/no-such-page/"])
def test_every_page_offers_help_now_with_the_national_lines(client, site_home, path):
    html = client.get(path).content.decode()
    # Right after the header, before the page's own content.
    assert html.index("</header>") < html.index('id="urgent-help"') < html.index('id="maincontent"')
    assert '<span class="nhsuk-details__summary-text">Need help now?</span>' in html
    for line in NATIONAL:
        assert line in html


@pytest.mark.django_db
def test_it_is_in_the_visitors_language(client, site_home):
    setup_languages()
    html = client.get("/ar/search/").content.decode()
    assert "هل تحتاج إلى مساعدة الآن؟" in html
    assert '<a href="tel:116123" dir="ltr">116&nbsp;123</a>' in html


@pytest.mark.django_db
def test_communications_choose_the_lines_and_add_the_trusts_own(client, site_home):
    setting = UrgentHelp.for_site(Site.objects.get(is_default_site=True))
    setting.show_shout = False
    setting.local_line_name = "Riverside crisis team"
    setting.local_line_phone = "0300 123 4000"
    setting.local_line_hours = "24 hours, every day"
    setting.full_clean()
    setting.save()
    html = client.get("/").content.decode()
    assert "85258" not in html
    assert (
        '<span lang="en" dir="ltr">Riverside crisis team</span>: <a href="tel:03001234000" dir="ltr">0300 123 4000</a>'
        in html
    )
    assert Group.objects.get(name="Communications").permissions.filter(codename="change_urgenthelp").exists()


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"local_line_name": "Crisis team"}, "local_line_phone"),
        ({"local_line_phone": "0300 123 4000"}, "local_line_name"),
        ({"show_nhs_111": False, "show_999": False, "show_samaritans": False, "show_shout": False}, "__all__"),
    ],
)
def test_an_incomplete_setting_is_explained(site_home, changes, field):
    setting = UrgentHelp(site=Site.objects.get(is_default_site=True), **changes)
    with pytest.raises(ValidationError) as refused:
        setting.full_clean()
    assert field in refused.value.message_dict


@pytest.mark.django_db
def test_the_story_form_signposts_help_before_its_questions(client, site_home):
    form_page = StoryFormPageFactory(parent=site_home)
    response = client.get(form_page.url)
    html = response.content.decode()
    assert html.index("hub-urgent-help-callout") < html.index("Send my story")
    assert "If you need help now" in html
