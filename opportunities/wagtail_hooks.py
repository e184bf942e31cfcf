"""Admin views: the Area taxonomy, the roles list and the Involvement team's expressions of interest.

The expressions of interest (personal data, a case list for the team) are
built in ``opportunities.cases``.
"""

from django.db.models import Count
from django.utils.formats import date_format
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.ui.tables import Column
from wagtail.admin.views.pages.listing import IndexView as PageIndexView
from wagtail.admin.viewsets.pages import PageListingViewSet
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from opportunities.cases import ExpressionOfInterestViewSet
from opportunities.models import Area, OpportunityPage


class AreaViewSet(SnippetViewSet):
    model = Area
    icon = "tag"
    menu_label = _("Role areas")
    list_display = ["name", "slug"]
    search_fields = ["name"]


register_snippet(AreaViewSet)


@hooks.register("register_admin_viewset")
def register_expressions_of_interest_viewset():
    return ExpressionOfInterestViewSet()


class RoleIndexView(PageIndexView):
    def get_base_queryset(self):
        # A count only: who sent it stays in "Interest in roles" for the Involvement team.
        queryset = super().get_base_queryset().select_related("locale")
        return queryset.annotate(interest_count=Count("expressions_of_interest", distinct=True))


class RoleListingViewSet(PageListingViewSet):
    """Every role in one list, with its language, closing date, whether it is open, and how much interest it has had.

    Each role has a page in every language, so the language column tells the rows apart.
    """

    model = OpportunityPage
    index_view_class = RoleIndexView
    icon = "group"
    menu_label = _("Roles")
    menu_order = 150
    add_to_admin_menu = True
    columns = [
        *RoleIndexView.base_columns,
        Column("locale", label=_("Language"), accessor=lambda role: role.locale.get_display_name(), width="10%"),
        Column(
            "closing_date",
            label=_("Closing date"),
            accessor=lambda role: date_format(role.closing_date) if role.closing_date else _("Open all year"),
            sort_key="closing_date",
            width="12%",
        ),
        Column(
            "open",
            label=_("Open or closed"),
            accessor=lambda role: _("Closed") if role.is_closed else _("Open"),
            width="10%",
        ),
        Column("interest_count", label=_("Interest"), sort_key="interest_count", width="8%"),
    ]


@hooks.register("register_admin_viewset")
def register_role_listing_viewset():
    return RoleListingViewSet("roles")
