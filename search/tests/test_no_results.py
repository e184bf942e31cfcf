"""A search that finds nothing: a spelling hint and the main routes."""

import pytest
from django.urls import reverse

from hub.models import TrustIdentity
from search import suggestions

pytestmark = pytest.mark.django_db

URL = reverse("search")


def test_suggests_a_spelling_from_page_titles(client, make_page):
    make_page("Volunteer as a peer mentor")

    response = client.get(URL, {"q": "voluntere mentor"})

    assert response.context["total"] == 0
    assert response.context["suggestion"] == "volunteer mentor"
    assert '<a href="?q=volunteer+mentor">volunteer mentor</a>' in response.content.decode()


def test_no_suggestion_when_nothing_is_close(client, make_page):
    make_page("Volunteer as a peer mentor")

    assert client.get(URL, {"q": "xylophone"}).context["suggestion"] == ""


def test_no_suggestion_that_would_also_find_nothing(client, make_page):
    make_page("Volunteer as a peer mentor")

    # "mentro" is close to "mentor", but no page has both "mentor" and "zebra".
    assert client.get(URL, {"q": "mentro zebra"}).context["suggestion"] == ""


def test_shows_main_routes_that_exist_and_the_contact_details(client, make_page, site_home, monkeypatch):
    stories = make_page("Stories from people who use our services")
    monkeypatch.setattr(suggestions, "ROUTES", [("home.StandardPage", "Read stories"), ("blog.NotYetBuilt", "Nope")])
    identity = TrustIdentity.for_site(site_home.get_site())
    identity.email = "involvement@riverside.example"
    identity.phone = "0300 123 4567"
    identity.save()

    html = client.get(URL, {"q": "zebra"}).content.decode()

    assert f'<a href="{stories.url}">Read stories</a>' in html
    assert "Nope" not in html
    assert '<a href="mailto:involvement@riverside.example">' in html
    assert '<a href="tel:03001234567">0300 123 4567</a>' in html
    assert "0 results for “zebra”" in html


def test_routes_are_left_out_when_their_pages_do_not_exist(client, site_home):
    response = client.get(URL, {"q": "zebra"})

    assert response.status_code == 200
    assert response.context["routes"] == []


def test_more_words_cost_no_more_queries(client, make_page):
    """Candidate titles for every word come in one query, and the main routes are kept until content changes."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    make_page("Volunteer as a peer mentor")
    client.get(URL, {"q": "voluntere"})
    with CaptureQueriesContext(connection) as one_word:
        assert client.get(URL, {"q": "voluntere"}).context["suggestion"] == "volunteer"
    client.get(URL, {"q": "voluntere mentro pere"})
    with CaptureQueriesContext(connection) as three_words:
        response = client.get(URL, {"q": "voluntere mentro pere"})
    assert response.context["suggestion"] == "volunteer mentor peer"
    assert len(three_words) == len(one_word)
