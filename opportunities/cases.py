"""The Involvement team's case list: expressions of interest, each a person the team follows up.

Opening one (the edit view) shows who the person is and what they asked for,
read-only, then the status the team moves them through (new, contacted, in
conversation, started in the role, not going ahead with a reason) and the
history of those changes with who made each and when. The list has the
export buttons in its header; exports show readable labels and UK times
(``hub.privacy.exports``).

Expressions of interest hold personal, sometimes health, data. They can be
seen only with the "view" (or "change") permission on the model, and exported
only with the separate "Can export expressions of interest" permission; the
"Involvement team" group (made in a data migration) has all three. Nobody can
add one from the admin: they come only from the public form.
"""

import django_filters
from django.core.exceptions import PermissionDenied
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from wagtail.admin.filters import DateRangePickerWidget, WagtailFilterSet
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.panels import FieldPanel, MultiFieldPanel, ObjectList, Panel
from wagtail.admin.views import generic
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.admin.widgets import HeaderButton

from hub.privacy.exports import SafeExportMixin
from opportunities.models import ExpressionOfInterest, InterestStatus, InterestStatusChange, OpportunityPage


class InterestFilterSet(WagtailFilterSet):
    role = django_filters.ModelChoiceFilter(
        label=_("Role"), queryset=OpportunityPage.objects.order_by("title"), empty_label=_("All roles")
    )
    created_at = django_filters.DateFromToRangeFilter(label=_("Sent between"), widget=DateRangePickerWidget)

    class Meta:
        model = ExpressionOfInterest
        fields = ["role", "status", "email_status", "created_at"]


class InterestIndexView(SafeExportMixin, generic.IndexView):
    """The case list, with "Download CSV" and "Download Excel" in view for those who may export."""

    def dispatch(self, request, *args, **kwargs):
        if self.is_export and not self.permission_policy.user_has_permission(request.user, "export"):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    @cached_property
    def show_export_buttons(self):
        return bool(self.list_export) and self.permission_policy.user_has_permission(self.request.user, "export")

    @cached_property
    def header_buttons(self):
        buttons = list(super().header_buttons)
        if self.show_export_buttons:
            buttons.append(HeaderButton(_("Download CSV"), url=self.csv_export_url, icon_name="download"))
            buttons.append(HeaderButton(_("Download Excel"), url=self.xlsx_export_url, icon_name="download"))
        return buttons

    @cached_property
    def header_more_buttons(self):
        # The export buttons are in the header already (above); keep anything else Wagtail adds.
        exports = {self.csv_export_url, self.xlsx_export_url}
        return [button for button in super().header_more_buttons if button.url not in exports]


class InterestStatusForm(WagtailAdminModelForm):
    """The status and its reason; each change is written to the history with who made it."""

    def clean(self):
        cleaned_data = super().clean()
        status = cleaned_data.get("status")
        reason = cleaned_data.get("status_reason", "").strip()
        if status == InterestStatus.NOT_GOING_AHEAD and not reason:
            self.add_error("status_reason", _("Say in a few words why it is not going ahead."))
        elif status and status != InterestStatus.NOT_GOING_AHEAD:
            cleaned_data["status_reason"] = ""
        return cleaned_data

    def save(self, commit=True):
        interest = super().save(commit=commit)
        if commit and self.instance.pk and {"status", "status_reason"} & set(self.changed_data):
            InterestStatusChange.objects.create(
                interest=interest, status=interest.status, reason=interest.status_reason, changed_by=self.for_user
            )
        return interest


class StatusHistoryPanel(Panel):
    """When the person wrote in, then every status change with who made it and when (read-only)."""

    class BoundPanel(Panel.BoundPanel):
        template_name = "opportunities/admin/status_history.html"

        def get_context_data(self, parent_context=None):
            context = super().get_context_data(parent_context)
            context["interest"] = self.instance
            context["changes"] = self.instance.changes.select_related("changed_by")
            return context


def _read_only(*field_names):
    return [FieldPanel(name, read_only=True) for name in field_names]


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
        "status_reason",
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
        "status_reason",
        "email_status",
        "created_at",
        "updated_at",
    ]
    edit_handler = ObjectList(
        [
            MultiFieldPanel(
                _read_only("role_title", "name", "relationship", "contact_method", "email", "phone", "best_time"),
                heading=_("The person"),
            ),
            MultiFieldPanel(
                _read_only("adjustments", "language", "consent", "email_status", "created_at"),
                heading=_("What they told us"),
            ),
            MultiFieldPanel(
                [FieldPanel("status"), FieldPanel("status_reason")],
                heading=_("Where things are"),
            ),
            StatusHistoryPanel(heading=_("History")),
        ],
        base_form_class=InterestStatusForm,
    )

    def get_index_view_kwargs(self, **kwargs):
        # No "Add" button: expressions of interest only come from the public form.
        return super().get_index_view_kwargs(add_url_name=None, **kwargs)

    def get_urlpatterns(self):
        return [pattern for pattern in super().get_urlpatterns() if pattern.name != "add"]

    def get_permissions_to_register(self):
        return super().get_permissions_to_register().exclude(codename="add_expressionofinterest")
