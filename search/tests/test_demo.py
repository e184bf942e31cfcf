"""The demo builder adds promoted results once, for pages that exist."""

import io

import pytest
from django.core.management import call_command
from wagtail.contrib.search_promotions.models import SearchPromotion

from search import demo


@pytest.mark.django_db
def test_demo_promotions_are_made_once_for_existing_pages():
    call_command("load_demo_content", stdout=io.StringIO())
    first = list(SearchPromotion.objects.values_list("query__query_string", "page__slug"))
    call_command("load_demo_content", stdout=io.StringIO())

    assert list(SearchPromotion.objects.values_list("query__query_string", "page__slug")) == first
    assert {(query, slug) for query, slug, _why in demo.PROMOTIONS} == set(first)
