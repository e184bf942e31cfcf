"""Site search over the current language's live, public pages."""

import unicodedata

from django.core.paginator import Paginator
from django.db.models import Q
from django.template.response import TemplateResponse
from django.utils.translation import get_language
from django.views.decorators.http import require_GET
from wagtail.contrib.search_promotions.models import SearchPromotion
from wagtail.search.utils import normalise_query_string

from search import counting
from search.counting import clean_query
from search.suggestions import did_you_mean, main_routes
from search.types import filter_choices, searchable_pages, type_filter, type_of

RESULTS_PER_PAGE = 10


def search_words(query):
    """The words of a search, with punctuation and symbols taken out.

    Quotes, brackets, asterisks and the like mean something to the database's
    full-text search (and break Wagtail's SQLite backend), so only letters,
    combining marks and digits are kept; words in any script survive.
    """
    kept = "".join(ch if unicodedata.category(ch)[0] in "LMN" else " " for ch in query)
    return " ".join(kept.split())


def run_search(pages, query):
    """Every word must match; results come best first (the title counts most, then the summary)."""
    words = search_words(query)
    if not words:
        return pages.none()
    return pages.search(words, operator="and")


def promotions_for(query, pages):
    """Editors' recommended results for exactly this search, in their chosen order."""
    return list(
        SearchPromotion.objects.filter(query__query_string=normalise_query_string(query))
        .filter(Q(page__isnull=True) | Q(page__in=pages))
        .select_related("page")
        .order_by("sort_order")
    )


def typed(results):
    return [(result, type_of(result)) for result in results]


@require_GET
def search(request):
    """The search page.

    Kept by the page cache like any page; every search is counted all the
    same (``search.counting``), and here only the first time it found nothing.
    """
    query = clean_query(request.GET.get("q", ""))
    choices = filter_choices()
    chosen_type = request.GET.get("type", "")
    if chosen_type not in dict(choices):
        chosen_type = ""
    context = {"search_query": query, "type_choices": choices, "chosen_type": chosen_type}
    if not query:
        return TemplateResponse(request, "pages/search.html", context)

    pages = searchable_pages()
    promotions = [] if chosen_type else promotions_for(query, pages)
    if chosen_type:
        pages = pages.filter(type_filter(chosen_type))
    promoted_ids = [promotion.page_id for promotion in promotions if promotion.page_id]
    results = run_search(pages.exclude(id__in=promoted_ids).specific(), query)

    paginator = Paginator(results, RESULTS_PER_PAGE)
    page_obj = paginator.get_page(request.GET.get("page"))
    total = paginator.count + len(promotions)
    first_page = page_obj.number == 1

    context.update(
        results=[(result, search_type, search_type.date_of(result)) for result, search_type in typed(page_obj)],
        page_obj=page_obj,
        paginator=paginator,
        promotions=promotions if first_page else [],
        total=total,
    )
    if not total:
        context.update(
            suggestion=did_you_mean(query, pages, lambda words: run_search(pages, words).count()),
            routes=main_routes(),
        )
        if "page" not in request.GET and not chosen_type:
            counting.found_nothing(normalise_query_string(query), get_language())
    return TemplateResponse(request, "pages/search.html", context)
