"""Admin: the "What people search for" report and who may see it."""

from django.contrib.auth.models import Permission
from django.urls import include, path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from search.reports import SearchTermsReportView

app_name = "search_reports"
urlpatterns = [
    path("", SearchTermsReportView.as_view(), name="search_terms"),
    path("results/", SearchTermsReportView.as_view(results_only=True), name="search_terms_results"),
]


@hooks.register("register_admin_urls")
def register_admin_urls():
    return [path("reports/what-people-search-for/", include((urlpatterns, app_name), namespace=app_name))]


class SearchTermsMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.has_perm("search.view_noresultsdailyhits")


@hooks.register("register_reports_menu_item")
def register_search_terms_menu_item():
    return SearchTermsMenuItem(
        _("What people search for"),
        reverse("search_reports:search_terms"),
        name="what-people-search-for",
        icon_name="search",
        order=1310,
    )


@hooks.register("register_permissions")
def register_permissions():
    return Permission.objects.filter(content_type__app_label="search", codename="view_noresultsdailyhits")
