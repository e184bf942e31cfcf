"""Subscribers in the admin: Communications can list, search, export and delete, not edit."""

from django.contrib.auth.models import Permission
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.views.generic import IndexView
from wagtail.admin.viewsets.model import ModelViewSet

from hub.newsletter.models import Subscriber
from hub.privacy.exports import SafeExportMixin


class SubscriberIndexView(SafeExportMixin, IndexView):
    pass


class SubscriberViewSet(ModelViewSet):
    model = Subscriber
    index_view_class = SubscriberIndexView
    menu_label = _("Newsletter")
    icon = "mail"
    add_to_admin_menu = True
    menu_order = 750
    list_display = ["email", "status", "consented_at", "confirmed_at", "unsubscribed_at"]
    list_filter = ["status"]
    search_fields = ["email"]
    search_backend_name = None
    list_export = ["email", "status", "language", "consented_at", "confirmed_at", "unsubscribed_at"]
    export_filename = "newsletter-subscribers"
    inspect_view_enabled = True
    form_fields = ["status"]


@hooks.register("register_admin_viewset")
def register_subscriber_viewset():
    return SubscriberViewSet("newsletter_subscribers")


@hooks.register("register_permissions")
def register_newsletter_permissions():
    return Permission.objects.filter(
        content_type__app_label="newsletter", codename__in=["view_subscriber", "delete_subscriber"]
    )
