"""How many people asked for each kind of role alert, without their addresses.

The Involvement and Communications teams have ``view_alert_counts``; seeing
addresses needs Django's ``view_rolealert``, which no group has by default.
"""

from django.core.exceptions import PermissionDenied
from django.db.models import Count
from django.utils import translation
from django.utils.translation import gettext_lazy as _
from django.views.generic import TemplateView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from opportunities.alerts.matching import describe
from opportunities.alerts.models import RoleAlert
from opportunities.models import OpportunityIndexPage

COUNTS_PERMISSION = "role_alerts.view_alert_counts"


class AlertCountsView(WagtailAdminTemplateMixin, TemplateView):
    page_title = _("Role alerts")
    header_icon = "mail"
    template_name = "role_alerts/admin/counts.html"

    def dispatch(self, request, *args, **kwargs):
        if not request.user.has_perm(COUNTS_PERMISSION):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_breadcrumbs_items(self):
        return [*self.breadcrumbs_items, {"url": "", "label": self.page_title}]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        groups = (
            RoleAlert.objects.confirmed()
            .values("listing_id", "filters")
            .annotate(people=Count("email", distinct=True))
            .order_by("-people")
        )
        listings = OpportunityIndexPage.objects.in_bulk([group["listing_id"] for group in groups])
        rows = []
        for group in groups:
            listing = listings[group["listing_id"]]
            with translation.override(listing.locale.language_code):
                described = describe(group["filters"], listing)
            rows.append({"listing": listing, "described": described, "people": group["people"]})
        context.update(
            rows=rows,
            waiting=RoleAlert.objects.filter(confirmed_at__isnull=True).count(),
            people=RoleAlert.objects.confirmed().values("email").distinct().count(),
        )
        return context
