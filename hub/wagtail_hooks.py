"""Admin additions for editors: the "Getting started" dashboard panel, the guide, user limits, the menus."""

from django.core.exceptions import PermissionDenied
from django.templatetags.static import static
from django.urls import path, reverse
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.ui.components import Component
from wagtail.permission_policies.pages import PagePermissionPolicy
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from hub.editors.bulk_actions import refuse_ungranted_bulk_action
from hub.editors.guide import EditorsGuideView
from hub.editors.reviews import PageReviewViewSet, PagesDueForReviewMenuItem, PagesDueForReviewView
from hub.editors.tasks import reviews_pages, tasks_for
from hub.editors.translations import CONVERT_TO_ALIAS_ACTION, may_replace_translations
from hub.editors.users import may_manage
from hub.models import Menu


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
    """The tasks this editor can do, each linked to its section of the guide, first on every dashboard."""

    name = "getting_started"
    order = 10
    template_name = "admin/getting_started_panel.html"

    def get_context_data(self, parent_context):
        user = parent_context["request"].user
        return {
            "guide_url": reverse("editors_guide"),
            "tasks": tasks_for(user),
            "can_publish": PagePermissionPolicy().user_has_permission(user, "publish"),
            "reviews": reviews_pages(user),
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


def _refuse_unmanaged(request, user):
    """Communications manage the accounts of the lower groups only; superusers manage everyone.

    The users list shows only those accounts and the form only the groups that
    may be given (``hub.editors.users``); this guards the addresses themselves.
    """
    if not may_manage(request.user, user):
        raise PermissionDenied(_("Only a superuser can change this user."))


@hooks.register("before_edit_user")
def limit_user_editing(request, user):
    _refuse_unmanaged(request, user)


@hooks.register("before_delete_user")
def limit_user_deletion(request, user):
    _refuse_unmanaged(request, user)


@hooks.register("construct_page_action_menu")
def hide_convert_to_alias(menu_items, request, context):
    """Only the roles that may replace reviewed translations see "Convert to alias page"."""
    if not may_replace_translations(request.user):
        menu_items[:] = [item for item in menu_items if item.name != CONVERT_TO_ALIAS_ACTION]


hooks.register("before_bulk_action", refuse_ungranted_bulk_action)


@hooks.register("register_admin_viewset")
def register_page_review_viewset():
    return PageReviewViewSet()


@hooks.register("register_admin_urls")
def pages_due_for_review_urls():
    return [
        path("reports/pages-due-for-review/", PagesDueForReviewView.as_view(), name="pages_due_for_review"),
        path(
            "reports/pages-due-for-review/results/",
            PagesDueForReviewView.as_view(results_only=True),
            name="pages_due_for_review_results",
        ),
    ]


@hooks.register("register_reports_menu_item")
def pages_due_for_review_menu_item():
    return PagesDueForReviewMenuItem(
        _("Pages due for review"), reverse("pages_due_for_review"), icon_name="calendar-check", order=750
    )
