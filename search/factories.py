"""Factories for search terms and promoted results."""

import factory
from factory.django import DjangoModelFactory
from wagtail.contrib.search_promotions.models import Query, SearchPromotion


class QueryFactory(DjangoModelFactory):
    query_string = factory.Sequence(lambda n: f"search term {n}")

    class Meta:
        model = Query
        django_get_or_create = ("query_string",)


class SearchPromotionFactory(DjangoModelFactory):
    query = factory.SubFactory(QueryFactory)
    description = "Recommended by the communications team."
    sort_order = factory.Sequence(int)

    class Meta:
        model = SearchPromotion
