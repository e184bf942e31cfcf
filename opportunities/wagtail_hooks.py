"""Admin views: the Area taxonomy and the Involvement team's expressions of interest.

Expressions of interest hold personal, sometimes health, data. They can be
seen only with the "view" (or "change") permission on the model, and exported
only with the separate "Can export expressions of interest" permission; the
"Involvement team" group (made in a data migration) has all three. Nobody can
add one from the admin: they come only from the public form.
"""

import django_filters
from django.core.exceptions import PermissionDenied
from django.db.models import Count
from django.utils.formats import date_format
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.filters import DateRangePickerWidget, WagtailFilterSet
from wagtail.admin.panels import FieldPanel
from wagtail.admin.ui.tables import Column
from wagtail.admin.views import generic
from wagtail.admin.views.pages.listing import IndexView as PageIndexView
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.admin.viewsets.pages import PageListingViewSet
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from hub.privacy.exports import SafeExportMixin
from opportunities.models import Area, ExpressionOfInterest, OpportunityPage


class AreaViewSet(SnippetViewSet):
    model = Area
    icon = "tag"
    menu_label = _("Role areas")
    list_display = ["name", "slug"]
    search_fields = ["name"]


class InterestFilterSet(WagtailFilterSet):
    role = django_filters.ModelChoiceFilter(
        label=_("Role"), queryset=OpportunityPage.objects.order_by("title"), empty_label=_("All roles")
    )
    created_at = django_filters.DateFromToRangeFilter(label=_("Sent between"), widget=DateRangePickerWidget)

    class Meta:
        model = ExpressionOfInterest
        fields = ["role", "status", "email_status", "created_at"]


class InterestIndexView(SafeExportMixin, generic.IndexView):
    """Exports escape formulas and log who exported (see ``hub.privacy.exports``), for the export permission only."""

    def dispatch(self, request, *args, **kwargs):
        if self.is_export and not self.permission_policy.user_has_permission(request.user, "export"):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    @property
    def show_export_buttons(self):
        return bool(self.list_export) and self.permission_policy.user_has_permission(self.request.user, "export")


class ExpressionOfInterestViewSet(ModelViewSet):
    model = ExpressionOfInterest
    name = "expressions_of_interest"
    icon = "mail"
    menu_label = _("Interest in roles")
    menu_order = 250
    add_to_admin_menu = True
    index_view_class = InterestIndexView
    copy_view_enabled = False
    inspect_view_enabled = True
    list_display = ["name", "role_title", "status", "email_status", "created_at"]
    filterset_class = InterestFilterSet
    search_fields = ["name", "role_title"]
    list_export = [
        "created_at",
        "role_title",
        "name",
        "contact_method",
        "email",
        "phone",
        "best_time",
        "adjustments",
        "relationship_labels",
        "language",
        "status",
        "email_status",
    ]
    export_filename = "expressions-of-interest"
    inspect_view_fields = [
        "role_title",
        "name",
        "contact_method",
        "email",
        "phone",
        "best_time",
        "adjustments",
        "relationship_labels",
        "consent",
        "language",
        "status",
        "email_status",
        "created_at",
        "updated_at",
    ]
    panels = [FieldPanel("status")]

    def get_index_view_kwargs(self, **kwargs):
        # No "Add" button: expressions of interest only come from the public form.
        return super().get_index_view_kwargs(add_url_name=None, **kwargs)

    def get_urlpatterns(self):
        return [pattern for pattern in super().get_urlpatterns() if pattern.name != "add"]

    def get_permissions_to_register(self):
        return super().get_permissions_to_register().exclude(codename="add_expressionofinterest")


register_snippet(AreaViewSet)


@hooks.register("register_admin_viewset")
def register_expressions_of_interest_viewset():
    return ExpressionOfInterestViewSet()


class RoleIndexView(PageIndexView):
    def get_base_queryset(self):
        # A count only: who sent it stays in "Interest in roles" for the Involvement team.
        return super().get_base_queryset().annotate(interest_count=Count("expressions_of_interest", distinct=True))


class RoleListingViewSet(PageListingViewSet):
    """Every role in one list, with its closing date, whether it is open, and how much interest it has had."""

    model = OpportunityPage
    index_view_class = RoleIndexView
    icon = "group"
    menu_label = _("Roles")
    menu_order = 150
    add_to_admin_menu = True
    columns = [
        *RoleIndexView.base_columns,
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
