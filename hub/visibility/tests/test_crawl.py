"""A restricted page leaks nowhere, in any language (issue 14).

One site in English, Polish, Bengali and Arabic is built once for the
module: the Polish, Bengali and Arabic trees are synchronised aliases of the
English one, and one post also has a real Polish translation. Each test
restricts one kind of page (a post, an event, a role, a standard page, a
section index) in one way (login, password, groups), then crawls the site as
a search engine would: from every language's home page, listings, feeds,
calendars, searches and the sitemap, following every link it finds. No page
it can reach may show the restricted page's title, summary, venue, tags or
slug, nor those of anything below it; and every language version of the
restricted page refuses the visitor.

The first test crawls with nothing restricted and checks the crawl does see
every marker where issue 14 found the leaks, so the others cannot pass by
looking nowhere.
"""

import datetime
import re
from collections import deque
from urllib.parse import urlsplit

import pytest
from django.contrib.auth.models import Group, User
from django.db import transaction
from django.test import TestCase
from django.urls import reverse
from django.utils import timezone
from wagtail.models import Locale, Page, PageViewRestriction

from blog.factories import BlogIndexPageFactory, BlogPageFactory, CategoryFactory, EventPageFactory
from home.factories import HomePageFactory, StandardPageFactory, use_as_site_root
from hub.i18n.demo import translate_once
from hub.i18n.setup import setup_languages
from hub.models import FooterMenuLink, MainMenuLink, Menu
from opportunities.factories import OpportunityIndexPageFactory, OpportunityPageFactory

PREFIXES = ["", "/pl", "/bn", "/ar"]
LINK = re.compile(r"""(?:href|src)="([^"#]*)|<(?:loc|link)>([^<]*)</|(?:URL|url):([^\s"]+)""")
SKIP = ("/static/", "/media/", "/documents/", "/admin/", "/_util/")
# Forms under a page show only what the page itself shows; reached through it, they are refused with it.
FORMS = ("/apply/", "/register/")
# In the searchable text of every page the tests restrict, so one search per language finds them all.
SEARCH_WORD = "zebra"
MAX_URLS = 400

# Every kind of page, with the words that must not be seen once it is restricted.
KINDS = {
    "post": {
        "slug": "axolotl-open-day",
        "words": ["Axolotl open day", "Aksolotl dzień otwarty", "Axolotl summary", "Axolotl lore"],
    },
    "event": {"slug": "narwhal-gathering", "words": ["Narwhal gathering", "Narwhal Hall", "Narwhal summary"]},
    "role": {"slug": "capybara-mentor", "words": ["Capybara mentor", "Capybara summary"]},
    "standard page": {"slug": "tapir-statement", "words": ["Tapir statement", "Tapir introduction"]},
    "news index": {"slug": "quokka-bulletin", "words": ["Quokka bulletin"]},
    "roles index": {"slug": "wombat-roles", "words": ["Wombat roles"]},
}
# A section hides everything below it too.
KINDS["news index"]["below"] = ["post", "event", "other post"]
KINDS["roles index"]["below"] = ["role", "other role"]
KINDS["other post"] = {"slug": "pangolin-peer-news", "words": ["Pangolin peer news"]}
KINDS["other role"] = {"slug": "okapi-connector", "words": ["Okapi connector"]}


def _build():
    """The site: English pages, aliases in the other languages, a Polish translation, a menu."""
    english = Locale.objects.get(language_code="en")
    home = HomePageFactory(parent=Page.get_first_root_node(), slug="visibility-home", title="Visibility home")
    use_as_site_root(home)
    news = BlogIndexPageFactory(
        parent=home, slug="quokka-bulletin", title="Quokka bulletin", introduction="News, zebra."
    )
    recovery = CategoryFactory(name="Recovery", slug="recovery")
    start = timezone.now() + datetime.timedelta(days=10)
    roles = OpportunityIndexPageFactory(
        parent=home, slug="wombat-roles", title="Wombat roles", introduction="Roles, zebra."
    )
    pages = {
        "home": home,
        "news index": news,
        "post": BlogPageFactory(
            parent=news,
            slug="axolotl-open-day",
            title="Axolotl open day",
            summary="Axolotl summary, zebra.",
            date=datetime.date(2024, 5, 2),
            categories=[recovery],
        ),
        "other post": BlogPageFactory(
            parent=news,
            slug="pangolin-peer-news",
            title="Pangolin peer news",
            summary="Peer workers meet, zebra.",
            date=datetime.date(2024, 5, 1),
            categories=[recovery],
        ),
        "event": EventPageFactory(
            parent=news,
            slug="narwhal-gathering",
            title="Narwhal gathering",
            summary="Narwhal summary, zebra.",
            start=start,
            end=start + datetime.timedelta(hours=2),
            venue_name="Narwhal Hall",
            categories=[recovery],
        ),
        "roles index": roles,
        "role": OpportunityPageFactory(
            parent=roles, slug="capybara-mentor", title="Capybara mentor", summary="Capybara summary, zebra."
        ),
        "other role": OpportunityPageFactory(
            parent=roles, slug="okapi-connector", title="Okapi connector", summary="Connect groups, zebra."
        ),
        "standard page": StandardPageFactory(
            parent=home, slug="tapir-statement", title="Tapir statement", introduction="Tapir introduction, zebra."
        ),
        "public page": StandardPageFactory(parent=home, slug="ibex-about", title="Ibex about"),
    }
    pages["post"].tags.add("Axolotl lore")
    for page in pages.values():
        page.save_revision().publish()
    menu = Menu.objects.create(locale=english)
    MainMenuLink.objects.create(menu=menu, page=pages["standard page"], locale=english, sort_order=0)
    MainMenuLink.objects.create(menu=menu, page=news, locale=english, sort_order=1)
    FooterMenuLink.objects.create(menu=menu, page=roles, locale=english, sort_order=0)
    FooterMenuLink.objects.create(menu=menu, page=pages["public page"], locale=english, sort_order=1)
    setup_languages()
    polish = Locale.objects.get(language_code="pl")
    with TestCase.captureOnCommitCallbacks(execute=True):
        translate_once(pages["post"], polish, {"Axolotl open day": "Aksolotl dzień otwarty"})
    members = Group.objects.create(name="Peer mentors")
    outsider = User.objects.create_user("outsider", password="not-used-here")  # noqa: S106
    return {"pages": pages, "members": members, "outsider": outsider, "polish": polish}


@pytest.fixture(scope="module")
def site(django_db_setup, django_db_blocker):
    """The site, built once; everything is rolled back after the module's tests."""
    with django_db_blocker.unblock(), transaction.atomic():
        yield _build()
        transaction.set_rollback(True)


def _links(body):
    for match in LINK.finditer(body):
        url = next(group for group in match.groups() if group is not None)
        parts = urlsplit(url.replace("&amp;", "&"))
        if parts.netloc not in ("", "testserver") or not parts.path.startswith("/"):
            continue
        if parts.path.startswith(SKIP) or parts.path.endswith(FORMS) or parts.query:
            continue
        yield parts.path


def _entry_points():
    urls = ["/sitemap.xml"]
    for prefix in PREFIXES:
        urls += [
            f"{prefix}/",
            f"{prefix}/quokka-bulletin/",
            f"{prefix}/quokka-bulletin/feed/",
            f"{prefix}/quokka-bulletin/events.ics",
            f"{prefix}/wombat-roles/",
            f"{prefix}/search/?q={SEARCH_WORD}",
        ]
    return urls


def _refused(response):
    """Whether the visitor was sent to log in or asked for the page's password."""
    if response.status_code == 302:
        return response["Location"].startswith(reverse("wagtailcore_login"))
    return response.status_code == 200 and b"authenticate_with_password" in response.content


def crawl(client):
    """Every URL reachable from the entry points: {url: body} for those served, and the set refused."""
    entry_points = _entry_points()
    queue, seen, bodies, refused = deque(entry_points), set(entry_points), {}, set()
    while queue:
        url = queue.popleft()
        response = client.get(url)
        assert response.status_code in (200, 301, 302, 404), (url, response.status_code)
        if _refused(response):
            refused.add(url)
            continue
        if response.status_code in (301, 302):
            found = [response["Location"]]
        else:
            body = response.content.decode()
            bodies[url] = body
            found = _links(body)
        for link in found:
            if link not in seen:
                seen.add(link)
                queue.append(link)
        assert len(seen) < MAX_URLS, "the crawl is running away"
    return bodies, refused


def _markers(kind):
    entry = KINDS[kind]
    markers = [entry["slug"], *entry["words"]]
    for below in entry.get("below", []):
        markers += _markers(below)
    return markers


def _restrict(page, how, site):
    restriction = PageViewRestriction.objects.create(
        page=page, restriction_type=how, password="open-sesame" if how == PageViewRestriction.PASSWORD else ""
    )
    if how == PageViewRestriction.GROUPS:
        restriction.groups.set([site["members"]])


def _versions(page):
    """The restricted page's URL in every language (its aliases and translations)."""
    return [version.url for version in page.get_translations(inclusive=True).live()]


@pytest.mark.django_db
def test_the_crawl_sees_every_page_where_the_leaks_were_found(client, site):
    bodies, refused = crawl(client)
    assert refused == set()
    markers = {marker for kind in KINDS for marker in _markers(kind)}
    where = {word: {url for url, body in bodies.items() if word in body} for word in markers}
    # The places issue 14 found the English post in other languages.
    for url in ["/pl/", "/bn/", "/pl/quokka-bulletin/", "/ar/quokka-bulletin/", "/pl/quokka-bulletin/feed/"]:
        assert url in where["Axolotl open day"] | where["Aksolotl dzień otwarty"], url
    assert "/pl/search/?q=zebra" in where["Aksolotl dzień otwarty"]
    assert {"/search/?q=zebra", "/ar/search/?q=zebra"} <= where["Capybara mentor"] & where["Tapir statement"]
    assert "/pl/quokka-bulletin/events.ics" in where["Narwhal Hall"]
    assert "/sitemap.xml" in where["axolotl-open-day"]
    assert {"/quokka-bulletin/", "/pl/quokka-bulletin/"} <= where["Axolotl lore"]
    # Related posts, the menu, the language switcher, roles in every language.
    assert "/pl/quokka-bulletin/pangolin-peer-news/" in where["Aksolotl dzień otwarty"]
    assert "/bn/ibex-about/" in where["tapir-statement"]
    assert "/pl/quokka-bulletin/axolotl-open-day/" in bodies
    assert {"/wombat-roles/", "/pl/wombat-roles/"} <= where["Capybara mentor"]
    assert "/ar/" in where["wombat-roles"]


LEAVES = ["post", "event", "role", "standard page"]
SECTIONS = ["news index", "roles index"]
ANONYMOUS, OUTSIDER = False, True


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("kinds", "how", "logged_in"),
    [
        (LEAVES, PageViewRestriction.LOGIN, ANONYMOUS),
        (LEAVES, PageViewRestriction.PASSWORD, ANONYMOUS),
        (LEAVES, PageViewRestriction.GROUPS, OUTSIDER),
        (SECTIONS, PageViewRestriction.LOGIN, ANONYMOUS),
        (SECTIONS, PageViewRestriction.GROUPS, OUTSIDER),
    ],
    ids=["pages-login", "pages-password", "pages-groups", "sections-login", "sections-groups"],
)
def test_restricted_pages_show_nowhere_in_any_language(client, site, kinds, how, logged_in):
    """Each kind of page carries its own words, so restricting several at once still tells which leaked."""
    for kind in kinds:
        _restrict(site["pages"][kind], how, site)
    if logged_in:
        client.force_login(site["outsider"])

    bodies, refused = crawl(client)

    markers = [marker for kind in kinds for marker in _markers(kind)]
    leaks = {(marker, url) for url, body in bodies.items() for marker in markers if marker in body}
    assert leaks == set()
    assert refused <= set(_entry_points()), "a link led to a refused page"
    for kind in kinds:
        for url in _versions(site["pages"][kind]):
            assert _refused(client.get(url)), url


@pytest.mark.django_db
def test_a_restriction_on_a_translation_hides_the_english_page_too(client, site):
    translation = site["pages"]["post"].get_translation(site["polish"])
    assert translation.alias_of_id is None
    _restrict(translation, PageViewRestriction.LOGIN, site)

    bodies, _refused_urls = crawl(client)

    leaks = {(marker, url) for url, body in bodies.items() for marker in _markers("post") if marker in body}
    assert leaks == set()
    for url in _versions(site["pages"]["post"]):
        assert _refused(client.get(url)), url


@pytest.mark.django_db
def test_restricting_a_page_drops_the_cached_listings_that_showed_it(client, site, settings):
    """Listings are cached for anonymous visitors: a new or removed restriction must show at once."""
    settings.PAGE_CACHE_SECONDS = 300
    listing = "/pl/quokka-bulletin/"
    assert "Aksolotl dzień otwarty" in client.get(listing).content.decode()
    _restrict(site["pages"]["post"], PageViewRestriction.LOGIN, site)
    assert "Aksolotl dzień otwarty" not in client.get(listing).content.decode()
    PageViewRestriction.objects.filter(page=site["pages"]["post"]).delete()
    assert "Aksolotl dzień otwarty" in client.get(listing).content.decode()
