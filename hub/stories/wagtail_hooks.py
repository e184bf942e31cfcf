"""Only people with the "Can view story" permission (the Stories group) see or export stories.

Wagtail shows a form's submissions to anyone who can edit the form page.
Stories are more sensitive than that: this hook removes story pages from
everyone's list of forms unless they hold the permission, and adds them for
those who do (without letting them edit the page).
"""

from django.contrib.auth.models import Permission
from django.urls import include, path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.models import Page
from wagtail.permissions import page_permission_policy

from hub.stories.models import StoryFormPage
from hub.stories.views import StoryPagesView

STORY_PERMISSION = "stories.view_storysubmission"


@hooks.register("filter_form_submissions_for_user")
def only_the_stories_team_sees_stories(user, editable_forms):
    if user.has_perm(STORY_PERMISSION):
        return editable_forms | Page.objects.type(StoryFormPage)
    return editable_forms.not_type(StoryFormPage)


@hooks.register("register_permissions")
def register_story_permissions():
    return Permission.objects.filter(
        content_type__app_label="stories", codename__in=["view_storysubmission", "delete_storysubmission"]
    )


@hooks.register("register_admin_urls")
def register_stories_urls():
    urls = [
        path("", StoryPagesView.as_view(), name="index"),
        path("results/", StoryPagesView.as_view(results_only=True), name="index_results"),
    ]
    return [path("stories/", include((urls, "stories_admin")))]


class StoriesMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.has_perm(STORY_PERMISSION)


@hooks.register("register_admin_menu_item")
def register_stories_menu_item():
    return StoriesMenuItem(_("Stories"), reverse("stories_admin:index"), name="stories", icon_name="form", order=710)


@hooks.register("construct_main_menu")
def hide_forms_menu_from_story_readers(request, menu_items):
    """Wagtail's Forms list needs page editing rights; people who only read stories use Stories instead."""
    if not page_permission_policy.user_has_any_permission(request.user, ["add", "change", "publish"]):
        menu_items[:] = [item for item in menu_items if item.name != "forms"]
