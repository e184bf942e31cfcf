"""Demo promoted search results: the best page for a few common searches."""

from wagtail.contrib.search_promotions.models import Query, SearchPromotion
from wagtail.models import Page

# (what people type, slug of the page to recommend, why it is the right answer)
PROMOTIONS = [
    (
        "co-production",
        "about-co-production",
        "What co-production is, and how much say each kind of role gives you.",
    ),
    (
        "accessibility",
        "accessibility-statement",
        "How to get our pages in another format, and how to tell us about a problem.",
    ),
]


def build(home):
    for query_string, slug, description in PROMOTIONS:
        page = Page.objects.child_of(home).filter(slug=slug).first()
        if page is None:
            continue
        query = Query.get(query_string)
        if not SearchPromotion.objects.filter(query=query, page=page).exists():
            SearchPromotion.objects.create(query=query, page=page, description=description, sort_order=0)
