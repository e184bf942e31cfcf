"""An anonymous visit to any page, forms included, sets no cookie at all."""

import re

from django.test import Client
from wagtail.models import Page

from hub.consent.models import CookieSettings
from hub.stories.models import StoryFormPage
from opportunities.models import OpportunityIndexPage, OpportunityPage


def test_no_page_sets_a_cookie(demo_site):
    client = Client(enforce_csrf_checks=True)
    urls = [page.url for page in Page.objects.live().public().filter(depth__gt=1).specific()]
    roles = [role for role in OpportunityPage.objects.live() if not role.is_closed]
    register = OpportunityIndexPage.objects.get(locale__language_code="en").url + "register/"
    urls += [role.url + "apply/" for role in roles] + [register, register + "sent/"]
    urls += ["/newsletter/subscribe/", "/no-such-page/"]
    assert "/share-your-story/" in urls and "/cookies/" in urls and "/" in urls
    assert roles and roles[0].url in urls
    for url in urls:
        response = client.get(url)
        assert response.status_code in (200, 404), url
        assert not response.cookies, f"{url} set {list(response.cookies)}"
        assert "csrfmiddlewaretoken" not in response.content.decode(), url


def test_a_form_sent_with_errors_sets_no_cookie(demo_site):
    client = Client(enforce_csrf_checks=True)
    role = next(role for role in OpportunityPage.objects.live() if not role.is_closed)
    register = OpportunityIndexPage.objects.get(locale__language_code="en").url + "register/"
    for url in (role.url + "apply/", register):
        token = re.search(r'name="form_token" value="([^"]+)"', client.get(url).content.decode()).group(1)
        response = client.post(url, {"form_token": token, "name": "", "contact_method": "email"})
        assert response.status_code == 400, url
        assert "Enter your name" in response.content.decode(), url
        assert not response.cookies, f"{url} set {list(response.cookies)}"


def test_demo_story_form_and_cookies_page(demo_site, client):
    story = StoryFormPage.objects.get(locale__language_code="en")
    assert story.form_fields.count() == 3 and story.privacy_page.slug == "privacy-notice"
    cookies = CookieSettings.objects.get().cookies_page
    assert cookies.slug == "cookies"
    html = client.get(cookies.url).content.decode()
    assert "We do not use any optional cookies at the moment" in html
    privacy = client.get("/privacy-notice/").content.decode()
    for topic in ("Page feedback", "The newsletter", "Sharing your story", "interested in a role"):
        assert topic in privacy
