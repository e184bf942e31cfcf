"""Site settings editors manage: the banner, social links and the default call to action."""

from datetime import timedelta

import pytest
from django.core.exceptions import ValidationError
from django.template import Context, Template
from django.test import RequestFactory
from django.utils import timezone

from home.factories import StandardPageFactory
from hub.models import GetInvolvedCallToAction, SiteBanner, SocialLink, SocialLinks


def _banner(site_home, **fields):
    banner = SiteBanner.for_site(site_home.get_site())
    for name, value in {"enabled": True, "message": "<p>Offices closed on Monday.</p>", **fields}.items():
        setattr(banner, name, value)
    banner.full_clean()
    banner.save()
    return banner


@pytest.mark.django_db
def test_info_banner_shows_on_every_page_after_the_header(client, site_home):
    page = StandardPageFactory(parent=site_home)
    _banner(site_home, title="Holiday opening")
    for url in ("/", page.url, "/no-such-page/"):
        html = client.get(url).content.decode()
        assert 'class="nhsuk-notification-banner"' in html, url
        assert "Holiday opening" in html and "Offices closed on Monday." in html
        assert html.index("nhsuk-notification-banner") > html.index('class="nhsuk-header')
        assert html.index("nhsuk-notification-banner") < html.index('id="maincontent"')


@pytest.mark.django_db
def test_urgent_banner_uses_the_warning_callout_and_a_default_title(client, site_home):
    _banner(site_home, style=SiteBanner.Style.URGENT)
    html = client.get("/").content.decode()
    assert 'class="nhsuk-warning-callout"' in html
    assert "nhsuk-notification-banner" not in html
    assert "Important</span></h2>" in html


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("enabled", "start", "end", "shown"),
    [
        (False, None, None, False),
        (True, None, None, True),
        (True, -1, 1, True),
        (True, 1, None, False),
        (True, None, -1, False),
    ],
)
def test_banner_is_hidden_when_off_or_outside_its_time_window(client, site_home, enabled, start, end, shown):
    now = timezone.now()
    _banner(
        site_home,
        enabled=enabled,
        starts_at=None if start is None else now + timedelta(hours=start),
        ends_at=None if end is None else now + timedelta(hours=end),
    )
    assert ("Offices closed on Monday." in client.get("/").content.decode()) is shown


@pytest.mark.django_db
def test_banner_rejects_an_end_before_its_start_and_a_missing_message(site_home):
    now = timezone.now()
    with pytest.raises(ValidationError) as error:
        _banner(site_home, starts_at=now, ends_at=now - timedelta(minutes=1))
    assert "ends_at" in error.value.message_dict
    with pytest.raises(ValidationError) as error:
        _banner(site_home, message="")
    assert "message" in error.value.message_dict


@pytest.mark.django_db
def test_banner_admin_form_shows_errors_and_keeps_the_input(admin_client, site_home):
    site = site_home.get_site()
    url = f"/admin/settings/hub/sitebanner/{site.pk}/"
    response = admin_client.post(
        url,
        {
            "enabled": "on",
            "title": "Closure",
            "message": '{"blocks":[{"key":"a","text":"Closed today","type":"unstyled","depth":0,'
            '"inlineStyleRanges":[],"entityRanges":[]}],"entityMap":{}}',
            "style": "urgent",
            "starts_at": "2026-12-02 10:00",
            "ends_at": "2026-12-01 10:00",
        },
    )
    assert response.status_code == 200
    assert "The end must be after the start." in response.content.decode()
    assert 'value="Closure"' in response.content.decode()
    assert not SiteBanner.for_site(site).enabled


@pytest.mark.django_db
def test_social_links_are_listed_in_the_footer(client, site_home):
    setting = SocialLinks.for_site(site_home.get_site())
    SocialLink.objects.create(setting=setting, platform="instagram", url="https://instagram.example/riverside")
    html = client.get("/").content.decode()
    footer = html[html.index("<footer") :]
    assert 'href="https://instagram.example/riverside" rel="me">Instagram</a>' in footer


CTA = Template('{% include "components/call_to_action.html" %}')


def _render_cta(site_home):
    request = RequestFactory().get("/")
    request.site = site_home.get_site()
    return CTA.render(Context({"request": request}))


@pytest.mark.django_db
def test_call_to_action_defaults_to_the_page_title_and_can_be_relabelled(site_home):
    assert "nhsuk-action-link" not in _render_cta(site_home)

    target = StandardPageFactory(parent=site_home, title="Get involved", slug="get-involved")
    setting = GetInvolvedCallToAction.for_site(site_home.get_site())
    setting.page = target
    setting.save()
    html = _render_cta(site_home)
    assert f'href="{target.url}"' in html and ">Get involved</span>" in html

    setting.label = "Find a role that suits you"
    setting.save()
    assert ">Find a role that suits you</span>" in _render_cta(site_home)

    target.unpublish()
    assert "nhsuk-action-link" not in _render_cta(site_home)
