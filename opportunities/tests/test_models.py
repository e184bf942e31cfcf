"""Page rules, closing by date, badges, structured data and the sitemap."""

import datetime
import json
import re
from zoneinfo import ZoneInfo

import pytest
from django.utils import timezone
from wagtail.models import Page
from wagtail.test.utils import WagtailPageTestCase
from wagtail.test.utils.form_data import nested_form_data, rich_text

from home.factories import HomePageFactory, StandardPageFactory, use_as_site_root
from home.models import HomePage, StandardPage
from opportunities.factories import OpportunityIndexPageFactory, OpportunityPageFactory
from opportunities.models import OpportunityIndexPage, OpportunityPage, Payment, Setting, trust_today

LONDON = ZoneInfo("Europe/London")


class PageRulesTests(WagtailPageTestCase):
    @classmethod
    def setUpTestData(cls):
        cls.home = HomePageFactory(parent=Page.get_first_root_node(), slug="rules-home")
        use_as_site_root(cls.home)
        cls.index = OpportunityIndexPageFactory(parent=cls.home)

    def test_where_pages_can_go(self):
        self.assertCanCreateAt(HomePage, OpportunityIndexPage)
        self.assertCanNotCreateAt(StandardPage, OpportunityIndexPage)
        self.assertCanCreateAt(OpportunityIndexPage, OpportunityPage)
        self.assertCanNotCreateAt(HomePage, OpportunityPage)
        self.assertCanNotCreateAt(StandardPage, OpportunityPage)
        self.assertAllowedSubpageTypes(OpportunityIndexPage, {OpportunityPage})
        self.assertAllowedSubpageTypes(OpportunityPage, set())

    def test_one_index_per_home_page(self):
        self.assertFalse(OpportunityIndexPage.can_create_at(self.home))

    def test_index_renderable_and_previewable(self):
        self.assertPageIsRenderable(self.index)
        self.assertPageIsPreviewable(
            self.index,
            post_data=nested_form_data(
                {
                    "title": "Get involved",
                    "slug": "get-involved",
                    "introduction": "Preview",
                    "ladder_explained": rich_text("<p>Rungs</p>"),
                    "contact_email": "team@riverside.example",
                    "reply_within_days": 10,
                }
            ),
        )

    def test_role_renderable_and_previewable(self):
        role = OpportunityPageFactory(parent=self.index)
        self.assertPageIsRenderable(role)
        self.assertPageIsRenderable(role, route_path="/apply/")
        self.assertPageIsPreviewable(
            role,
            post_data=nested_form_data(
                {
                    "title": "Peer mentor",
                    "slug": "peer-mentor",
                    "summary": "Support someone",
                    "kind": "volunteering",
                    "audience": "anyone",
                    "time_commitment": "weekly",
                    "setting": "community",
                    "ladder_rung": "co-production",
                    "what_you_do": rich_text("<p>Listen</p>"),
                    "time_details": "Two hours a week",
                    "payment": "voluntary",
                    "support": rich_text("<p>Training</p>"),
                    "who_it_suits": rich_text("<p>Anyone</p>"),
                    "checks": "none",
                    "minimum_age": "18",
                    "contact_team": "Volunteering",
                    "contact_email": "v@riverside.example",
                }
            ),
        )

    def test_meta_descriptions(self):
        role = OpportunityPageFactory(parent=self.index, summary="Plain summary", search_description="")
        assert role.get_meta_description() == "Plain summary"
        assert self.index.get_meta_description() == self.index.introduction


def _at_london(year, month, day, hour, minute):
    return datetime.datetime(year, month, day, hour, minute, tzinfo=LONDON)


@pytest.mark.django_db
def test_a_role_closes_at_the_end_of_its_closing_day_in_london(index, monkeypatch):
    # Summer time: 23:30 on 10 July in London is still 10 July in UTC, and 00:30 on
    # 11 July in London is 23:30 on 10 July in UTC. London's calendar decides.
    role = OpportunityPageFactory(parent=index, closing_date=datetime.date(2026, 7, 10))
    monkeypatch.setattr(timezone, "now", lambda: _at_london(2026, 7, 10, 23, 30))
    assert not role.is_closed
    assert list(OpportunityPage.objects.open()) == [role]
    assert role.get_sitemap_urls()

    monkeypatch.setattr(timezone, "now", lambda: _at_london(2026, 7, 11, 0, 30))
    assert role.is_closed
    assert not OpportunityPage.objects.open().exists()
    assert list(OpportunityPage.objects.closed()) == [role]
    assert role.get_sitemap_urls() == []


@pytest.mark.django_db
def test_roles_open_all_year_never_close(index):
    role = OpportunityPageFactory(parent=index, closing_date=None)
    assert not role.is_closed
    assert list(OpportunityPage.objects.open()) == [role]


@pytest.mark.django_db
def test_badges(index):
    today = trust_today()
    closing = OpportunityPageFactory(parent=index, closing_date=today + datetime.timedelta(days=3))
    later = OpportunityPageFactory(parent=index, closing_date=today + datetime.timedelta(days=30))
    closed = OpportunityPageFactory(parent=index, closing_date=today - datetime.timedelta(days=1))
    assert closing.is_new and closing.is_closing_soon
    assert later.is_new and not later.is_closing_soon
    assert closed.is_closed and not closed.is_new and not closed.is_closing_soon
    Page.objects.filter(pk=later.pk).update(first_published_at=timezone.now() - datetime.timedelta(days=20))
    later.refresh_from_db()
    assert not later.is_new


def _json_ld(html):
    match = re.search(r'<script type="application/ld\+json">(.*?)</script>', html, re.S)
    return json.loads(match.group(1)) if match else None


@pytest.mark.django_db
def test_job_posting_structured_data(client, index):
    role = OpportunityPageFactory(
        parent=index, payment=Payment.HOURLY, hourly_rate="12.60", setting=Setting.WARD, location="Willow ward"
    )
    data = _json_ld(client.get(role.url).content.decode())
    assert data["@type"] == "JobPosting"
    assert data["employmentType"] == "PART_TIME"
    assert data["validThrough"].startswith(role.closing_date.isoformat())
    assert data["datePosted"] == role.first_published_at.date().isoformat()
    assert data["hiringOrganization"]["name"] == "Riverside Mental Health NHS Foundation Trust"
    assert data["jobLocation"]["address"]["addressLocality"] == "Willow ward"

    online = OpportunityPageFactory(parent=index, setting=Setting.ONLINE, payment=Payment.VOLUNTARY, closing_date=None)
    data = _json_ld(client.get(online.url).content.decode())
    assert data["employmentType"] == "VOLUNTEER"
    assert data["jobLocationType"] == "TELECOMMUTE"
    assert "validThrough" not in data


@pytest.mark.django_db
def test_structured_data_cannot_break_out_of_its_script(client, index):
    role = OpportunityPageFactory(parent=index, summary="</script><script>alert(1)</script>")
    html = client.get(role.url).content.decode()
    assert "<script>alert(1)" not in html
    assert _json_ld(html)["description"] == role.summary


@pytest.mark.django_db
def test_closed_role_page(client, index):
    yesterday = trust_today() - datetime.timedelta(days=1)
    closed = OpportunityPageFactory(parent=index, title="Old role", kind="group", closing_date=yesterday)
    similar = OpportunityPageFactory(parent=index, title="Similar role", kind="group")
    OpportunityPageFactory(parent=index, title="Different role", kind="paid-job")
    html = client.get(closed.url).content.decode()
    assert "This role has closed" in html
    assert "Similar role" in html
    assert "Different role" not in html
    assert "application/ld+json" not in html
    assert closed.url + "apply/" not in html
    assert "nhsuk-tag--grey" in html
    assert client.get(closed.url + "apply/").status_code == 410
    assert similar.url in html


@pytest.mark.django_db
def test_sitemap_lists_only_open_roles(client, index):
    open_role = OpportunityPageFactory(parent=index, slug="open-role")
    OpportunityPageFactory(parent=index, slug="closed-role", closing_date=trust_today() - datetime.timedelta(days=1))
    xml = client.get("/sitemap.xml").content.decode()
    assert open_role.slug in xml
    assert "closed-role" not in xml


@pytest.mark.django_db
def test_privacy_notice_link_on_form(client, index, site_home):
    privacy = StandardPageFactory(parent=site_home, slug="privacy-notice", title="Privacy notice")
    index.privacy_notice = privacy
    index.save_revision().publish()
    role = OpportunityPageFactory(parent=index)
    assert privacy.url in client.get(role.url + "apply/").content.decode()


@pytest.mark.django_db
def test_site_search_leaves_out_closed_roles(client, index):
    OpportunityPageFactory(parent=index, title="Open connector role")
    OpportunityPageFactory(
        parent=index, title="Closed connector role", closing_date=trust_today() - datetime.timedelta(days=1)
    )
    html = client.get("/search/?q=connector").content.decode()
    assert "Open connector role" in html
    assert "Closed connector role" not in html
