"""Template tags for the admin: the bulk-action bar with only the actions the editor may use."""

from django import template
from django.urls import reverse
from django.utils.translation import gettext as _
from wagtail.admin.widgets.button import Button, ButtonWithDropdown, ListingButton

from hub.editors.bulk_actions import offered_bulk_actions

register = template.Library()

# As in Wagtail's own bar: four buttons, then a "More" menu.
SHOWN_BULK_ACTIONS = 4


@register.inclusion_tag("wagtailadmin/shared/buttons.html", takes_context=True)
def offered_bulk_action_choices(context, app_label, model_name):
    """Wagtail's ``bulk_action_choices``, less the actions the user may not use (``hub.editors.bulk_actions``)."""
    actions = offered_bulk_actions(context["request"].user, app_label, model_name)

    def url(action):
        return reverse("wagtail_bulk_action", args=[app_label, model_name, action.action_type])

    buttons = [
        ListingButton(
            action.display_name,
            url(action),
            attrs={"aria-label": action.aria_label, "data-bulk-action-button": ""},
            priority=action.action_priority,
            classname=" ".join(action.classes | {"bulk-action-btn"}),
        )
        for action in actions[:SHOWN_BULK_ACTIONS]
    ]
    if actions[SHOWN_BULK_ACTIONS:]:
        more = [
            Button(
                label=action.display_name,
                url=url(action),
                attrs={"aria-label": action.aria_label, "data-bulk-action-button": ""},
                priority=action.action_priority,
            )
            for action in actions[SHOWN_BULK_ACTIONS:]
        ]
        buttons.append(
            ButtonWithDropdown(
                label=_("More"),
                attrs={"title": _("More bulk actions")},
                classname="button button-secondary button-small",
                buttons=more,
            )
        )
    return {"buttons": buttons}
