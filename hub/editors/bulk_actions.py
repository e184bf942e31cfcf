"""Bulk actions offered only to those who may use them.

Wagtail's listings offer every registered bulk action to everyone, and refuse
it only after the editor has chosen pages and pressed it ("You don't have
permission"). ``offered_bulk_actions`` keeps the ones the user may use at
all; the template ``wagtailadmin/bulk_actions/footer.html`` (overridden in
``templates/``) shows only those, through ``{% offered_bulk_action_choices %}``.

Pages: moving, deleting, publishing and unpublishing in bulk need the right
to publish somewhere (a champion's pages are live pages reviewed by
Communications; a champion deletes a draft from its own page menu).
Users: giving a group in bulk ("Assign role") offers every group, so only
administrators have it; ``refuse_ungranted_bulk_action`` guards its address.
"""

from django.apps import apps
from django.core.exceptions import PermissionDenied
from wagtail.admin.views.bulk_action.registry import bulk_action_registry
from wagtail.models import Page
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.permission_policies.pages import PagePermissionPolicy

PAGE_ACTIONS_NEEDING_PUBLISH = {"delete", "move", "publish", "unpublish"}
ADMINISTRATORS_ONLY = {"assign_role"}


def may_use(user, action_class, model):
    """True when ``user`` has the permission ``action_class`` needs on some ``model`` objects."""
    if user.is_superuser:
        return True
    if action_class.action_type in ADMINISTRATORS_ONLY:
        return False
    if issubclass(model, Page):
        if action_class.action_type in PAGE_ACTIONS_NEEDING_PUBLISH:
            return PagePermissionPolicy().user_has_permission(user, "publish")
        return True
    policy = getattr(action_class, "permission_policy", None) or ModelPermissionPolicy(model)
    needed = "delete" if action_class.action_type == "delete" else "change"
    return policy.user_has_permission(user, needed)


def offered_bulk_actions(user, app_label, model_name):
    """The bulk actions registered for the model that ``user`` may use, in Wagtail's order."""
    actions = bulk_action_registry.get_bulk_actions_for_model(app_label, model_name)
    model = apps.get_model(app_label, model_name)
    return sorted(
        (action for action in actions if may_use(user, action, model)),
        key=lambda action: action.action_priority,
    )


def refuse_ungranted_bulk_action(request, action_type, objects, action_class_instance):
    """The ``before_bulk_action`` hook: an action not offered to the user is refused at its address too."""
    if not may_use(request.user, type(action_class_instance), action_class_instance.model):
        raise PermissionDenied
