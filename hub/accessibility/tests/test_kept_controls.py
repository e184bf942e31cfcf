"""The display controls kept as a fragment: each visitor sees their own choice and goes back to their own address."""

import pytest
from django.core.cache import cache

from blog.factories import BlogIndexPageFactory
from hub.accessibility.preferences import COOKIE_NAME

pytestmark = pytest.mark.django_db

LARGEST = 'name="size" type="radio" value="largest" checked'
STANDARD = 'name="size" type="radio" value="standard" checked'


def _kept():
    return [key for key in cache._cache if "display-controls" in key]


def test_each_visitor_sees_their_own_choice(client, site_home):
    client.cookies[COOKIE_NAME] = "largest.dark"
    assert LARGEST in client.get("/").content.decode()
    del client.cookies[COOKIE_NAME]
    html = client.get("/").content.decode()
    assert STANDARD in html and LARGEST not in html
    client.cookies[COOKIE_NAME] = "largest.dark"
    assert LARGEST in client.get("/").content.decode()
    assert len(_kept()) == 2, "one copy for each choice"


def test_an_address_with_a_query_string_is_built_and_sends_the_visitor_back_to_it(client, site_home):
    BlogIndexPageFactory(parent=site_home)
    assert 'name="next" value="/news/"' in client.get("/news/").content.decode()
    for made_up in ("a", "b", "c"):
        html = client.get(f"/news/?type=story&x={made_up}").content.decode()
        assert f'name="next" value="/news/?type=story&amp;x={made_up}"' in html
    assert len(_kept()) == 1, "made-up addresses are not kept"
