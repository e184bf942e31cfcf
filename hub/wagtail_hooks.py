"""Admin additions for editors: the "Getting started" dashboard panel, the guide, user limits, the menus."""

from django.contrib.auth.models import Group
from django.core.exceptions import PermissionDenied
from django.templatetags.static import static
from django.urls import path, reverse
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.ui.components import Component
from wagtail.models import GroupApprovalTask
from wagtail.permission_policies.pages import PagePermissionPolicy
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from hub.editors.groups import CHAMPIONS, INVOLVEMENT, TRANSLATORS
from hub.editors.guide import EditorsGuideView
from hub.editors.translations import CONVERT_TO_ALIAS_ACTION, may_replace_translations
from hub.models import Menu

# Groups a non-superuser (Communications) may give to the users they manage.
DELEGATED_GROUPS = {CHAMPIONS, INVOLVEMENT, TRANSLATORS}


class MenuViewSet(SnippetViewSet):
    """The menu and footer links, one for each language, under Settings where editors look for them."""

    model = Menu
    icon = "list-ul"
    menu_label = _("Menu and footer links")
    add_to_settings_menu = True
    list_display = ["__str__", "locale"]
    list_filter = ["locale"]


register_snippet(MenuViewSet)


class GettingStartedPanel(Component):
    """Links to the tasks in the editor's guide, first on every editor's dashboard."""

    name = "getting_started"
    order = 10
    template_name = "admin/getting_started_panel.html"

    def get_context_data(self, parent_context):
        request = parent_context["request"]
        user = request.user
        return {
            "guide_url": reverse("editors_guide"),
            "can_publish": PagePermissionPolicy().user_has_permission(user, "publish"),
            "reviews": user.is_superuser
            or GroupApprovalTask.objects.filter(active=True, groups__in=user.groups.all()).exists(),
        }


@hooks.register("register_admin_urls")
def editors_guide_urls():
    return [path("guide/", EditorsGuideView.as_view(), name="editors_guide")]


@hooks.register("register_admin_menu_item")
def editors_guide_menu_item():
    return MenuItem(_("Editor's guide"), reverse("editors_guide"), icon_name="help", order=10000)


@hooks.register("insert_editor_js")
def preview_problems_js():
    """The preview panel names the fields to fix (``hub.editors.required_fields``)."""
    return format_html('<script src="{}"></script>', static("hub/js/preview-problems.js"))


@hooks.register("construct_homepage_panels")
def add_getting_started_panel(request, panels):
    panels.insert(0, GettingStartedPanel())


def _refuse_escalation(request, user=None):
    """Communications manage users of the lower groups only; superusers manage everyone.

    Wagtail lets anyone with "add user" tick "Administrator" and any group,
    so the request is checked here before Wagtail saves it.
    """
    if request.user.is_superuser:
        return
    if user is not None and (user.is_superuser or {group.name for group in user.groups.all()} - DELEGATED_GROUPS):
        raise PermissionDenied(_("Only a superuser can change this user."))
    if request.method == "POST":
        chosen = set(Group.objects.filter(pk__in=request.POST.getlist("groups")).values_list("name", flat=True))
        if request.POST.get("is_superuser") or chosen - DELEGATED_GROUPS:
            raise PermissionDenied(_("Only a superuser can make administrators or give these groups."))


@hooks.register("before_create_user")
def limit_user_creation(request):
    _refuse_escalation(request)


@hooks.register("before_edit_user")
def limit_user_editing(request, user):
    _refuse_escalation(request, user)


@hooks.register("before_delete_user")
def limit_user_deletion(request, user):
    _refuse_escalation(request, user)


@hooks.register("construct_page_action_menu")
def hide_convert_to_alias(menu_items, request, context):
    """Only the roles that may replace reviewed translations see "Convert to alias page"."""
    if not may_replace_translations(request.user):
        menu_items[:] = [item for item in menu_items if item.name != CONVERT_TO_ALIAS_ACTION]
