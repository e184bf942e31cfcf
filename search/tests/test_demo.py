"""The demo builder adds promoted results once, for pages that exist.

That building it twice adds none is checked in hub/tests/test_demo_content.py.
"""

from wagtail.contrib.search_promotions.models import SearchPromotion

from search import demo


def test_demo_promotions_are_made_once_for_existing_pages(demo_site):
    made = list(SearchPromotion.objects.values_list("query__query_string", "page__slug"))

    assert len(made) == len(set(made))
    assert {(query, slug) for query, slug, _why in demo.PROMOTIONS} == set(made)
