"""Links editors chose in English lead to the page in the visitor's language; English crumbs are marked English.

wagtail-localize keeps a translation's page links on the original page; the
templates and the post's next step use ``Page.localized`` (a live translation
in the active language, else the original).
"""

import re

import pytest
from django.test import RequestFactory
from django.utils import translation
from wagtail.models import Page

from blog.factories import BlogIndexPageFactory, BlogPageFactory
from home.factories import StandardPageFactory
from hub.i18n.setup import setup_languages
from hub.models import GetInvolvedCallToAction
from hub.navigation.menus import call_to_action

ACTION_LINK = re.compile(r'<a class="nhsuk-action-link__link" href="([^"]+)"')
CARD_LINK = re.compile(r'<a class="nhsuk-card__link" href="([^"]+)"')


def _links_to(target):
    """A page body with an action link block and a card block, both to ``target``."""
    return [
        {"type": "action_link", "value": {"text": "Share your story", "page": target.pk, "url": ""}},
        {"type": "card_group", "value": {"cards": [{"heading": "Stories", "text": "", "page": target.pk, "url": ""}]}},
    ]


@pytest.fixture
def polish_home(languages, site_home, translate):
    return translate(site_home, languages["pl"], {})


@pytest.mark.django_db
def test_a_polish_pages_links_lead_to_the_polish_translation(client, languages, polish_home, site_home, translate):
    target = StandardPageFactory(parent=site_home, slug="share", title="Share your story")
    page = StandardPageFactory(parent=site_home, slug="stories", title="Stories", body=_links_to(target))
    setup_languages()
    translate(target, languages["pl"], {"Share your story": "Podziel się swoją historią"})
    translate(page, languages["pl"], {"Stories": "Historie"})

    english = client.get("/stories/").content.decode()
    assert ACTION_LINK.findall(english) == ["/share/"] and CARD_LINK.findall(english) == ["/share/"]
    polish = client.get("/pl/stories/").content.decode()
    assert ACTION_LINK.findall(polish) == ["/pl/share/"] and CARD_LINK.findall(polish) == ["/pl/share/"]


@pytest.mark.django_db
def test_without_a_live_polish_version_the_links_lead_to_the_english_page(
    client, languages, polish_home, site_home, translate
):
    target = StandardPageFactory(parent=site_home, slug="share", title="Share your story")
    page = StandardPageFactory(parent=site_home, slug="stories", title="Stories", body=_links_to(target))
    setup_languages()
    translate(page, languages["pl"], {"Stories": "Historie"})
    Page.objects.filter(locale=languages["pl"], translation_key=target.translation_key).delete()

    polish = client.get("/pl/stories/").content.decode()
    assert ACTION_LINK.findall(polish) == ["/share/"] and CARD_LINK.findall(polish) == ["/share/"]


@pytest.mark.django_db
def test_a_polish_posts_next_step_leads_to_the_polish_translation(client, languages, polish_home, site_home, translate):
    target = StandardPageFactory(parent=site_home, slug="share", title="Share your story")
    news = BlogIndexPageFactory(parent=site_home, slug="news")
    post = BlogPageFactory(parent=news, slug="a-story", call_to_action=target, call_to_action_text="Tell us yours")
    setup_languages()
    translate(news, languages["pl"], {})
    translate(post, languages["pl"], {"Tell us yours": "Opowiedz nam swoją"})
    Page.objects.filter(locale=languages["pl"], translation_key=target.translation_key).delete()
    next_step = re.compile(r'id="next-step-heading".*?href="([^"]+)"', re.S)

    assert next_step.findall(client.get("/pl/news/a-story/").content.decode()) == ["/share/"]

    translate(target, languages["pl"], {"Share your story": "Podziel się swoją historią"})
    html = client.get("/pl/news/a-story/").content.decode()
    assert next_step.findall(html) == ["/pl/share/"]
    assert "Opowiedz nam swoją" in html


@pytest.mark.django_db
def test_untranslated_crumbs_are_marked_with_their_language(client, languages, site_home, translate):
    section = StandardPageFactory(parent=site_home, slug="about", title="About us")
    StandardPageFactory(parent=section, slug="team", title="Our team")
    setup_languages()
    translate(section.get_children().get().specific, languages["ar"], {"Our team": "فريقنا"})
    translate(site_home, languages["ar"], {})

    html = client.get("/ar/about/team/").content.decode()
    crumbs = re.search(r'<nav class="nhsuk-breadcrumb".*?</nav>', html, re.S).group(0)
    # The untranslated section's English title, in an Arabic frame: English, left to right.
    assert '<a class="nhsuk-breadcrumb__link" href="/ar/about/" lang="en" dir="ltr">About us</a>' in crumbs
    assert '<span lang="en" dir="ltr">About us</span>' in crumbs
    # The translated home page is not marked.
    assert re.search(r'<a class="nhsuk-breadcrumb__link" href="/ar/">', crumbs)


@pytest.mark.django_db
def test_the_get_involved_link_leads_to_the_polish_page_with_its_title(languages, site_home, translate):
    target = StandardPageFactory(parent=site_home, slug="get-involved", title="Get involved")
    setup_languages()
    setting = GetInvolvedCallToAction.for_site(site_home.get_site())
    setting.page, setting.label = target, "Find a role that suits you"
    setting.save()
    request = RequestFactory().get("/pl/")

    with translation.override("pl"):
        assert call_to_action(request) == {"label": "Get involved", "url": "/pl/get-involved/"}
        translate(target, languages["pl"], {"Get involved": "Zaangażuj się"})
        assert call_to_action(request) == {"label": "Zaangażuj się", "url": "/pl/get-involved/"}
    assert call_to_action(RequestFactory().get("/")) == {"label": "Find a role that suits you", "url": "/get-involved/"}
