"""The "What people search for" report: every search term, how often it was
searched and how often it found nothing.

Wagtail's own "Search terms" report is for superusers only and cannot show
searches that found nothing; this one is for anyone with the "view searches
that found nothing" permission (Communications).
"""

from django.db.models import IntegerField, OuterRef, Subquery, Sum
from django.db.models.functions import Coalesce
from django.utils.translation import gettext_lazy as _
from django_filters import BooleanFilter
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.ui.tables import Column, NumberColumn
from wagtail.admin.views.reports import ReportView
from wagtail.contrib.search_promotions.models import Query, QueryDailyHits
from wagtail.permission_policies import ModelPermissionPolicy

from search.models import NoResultsDailyHits


def total_hits(model):
    """A subquery adding up ``model``'s daily counts for each search term."""
    totals = model.objects.filter(query=OuterRef("pk")).values("query").annotate(total=Sum("hits")).values("total")
    return Coalesce(Subquery(totals, output_field=IntegerField()), 0)


class SearchTermsFilterSet(WagtailFilterSet):
    found_nothing = BooleanFilter(
        label=_("Found nothing"),
        method="filter_found_nothing",
        help_text=_("Show only the words people searched for that found no pages."),
    )

    class Meta:
        model = Query
        fields = []

    def filter_found_nothing(self, queryset, name, value):
        if value is None:
            return queryset
        return queryset.filter(no_results__gt=0) if value else queryset.filter(no_results=0)


class SearchTermsReportView(ReportView):
    page_title = _("What people search for")
    header_icon = "search"
    is_searchable = True
    search_fields = ["query_string"]
    filterset_class = SearchTermsFilterSet
    default_ordering = "-searches"
    index_url_name = "search_reports:search_terms"
    index_results_url_name = "search_reports:search_terms_results"
    permission_policy = ModelPermissionPolicy(NoResultsDailyHits)
    permission_required = "view"
    columns = [
        Column("query_string", label=_("Search term"), sort_key="query_string"),
        NumberColumn("searches", label=_("Searches"), sort_key="searches"),
        NumberColumn("no_results", label=_("Found nothing"), sort_key="no_results"),
    ]
    export_headings = {"query_string": _("Search term"), "searches": _("Searches"), "no_results": _("Found nothing")}
    list_export = ["query_string", "searches", "no_results"]

    def get_filterset_kwargs(self):
        kwargs = super().get_filterset_kwargs()
        kwargs["queryset"] = self.get_base_queryset()
        return kwargs

    def get_base_queryset(self):
        return Query.objects.annotate(
            searches=total_hits(QueryDailyHits), no_results=total_hits(NoResultsDailyHits)
        ).filter(searches__gt=0)
