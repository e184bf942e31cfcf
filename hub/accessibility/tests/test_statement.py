"""The demo accessibility statement follows the GOV.UK model; the cookies page lists our cookie."""

import pytest

from home import demo
from hub.accessibility.preferences import COOKIE_NAME
from hub.privacy.retention import stated_periods

MODEL_SECTIONS = [
    "How accessible this website is",
    "Asking for information in another format",
    "Reporting accessibility problems with this website",
    "Enforcement procedure",
    "Technical information about this website’s accessibility",
    "Compliance status",
    "Content that is not accessible",
    "How we tested this website",
    "What we are doing to improve accessibility",
    "Preparation of this accessibility statement",
]


@pytest.mark.django_db
def test_statement_has_every_section_of_the_model(client, site_home):
    demo.build(site_home)
    html = client.get("/accessibility-statement/").content.decode()
    positions = [html.find(f">{section}</h") for section in MODEL_SECTIONS]
    assert -1 not in positions, [s for s, p in zip(MODEL_SECTIONS, positions, strict=True) if p == -1]
    assert positions == sorted(positions)
    assert "Equality Advisory and Support Service" in html
    assert "WCAG" in html and "2.2 AA" in html


@pytest.mark.django_db
def test_cookies_page_lists_the_preference_cookie(client, site_home):
    demo.build(site_home)
    html = client.get("/cookies/").content.decode()
    assert f"<b>{COOKIE_NAME}</b>" in html
    assert f"It lasts for {stated_periods()['preferences_cookie']}," in html
