"""The translation editor's actions, chosen on the server from what the person may do.

wagtail-localize's editor draws its footer in React from a fixed list: "Stop
Synced translation" first and the last action the main button, so a
reviewer who may not publish got "Stop Synced translation" (or "Convert to
alias page") as the big button, and no way to send the translation for
review. For pages, ``templates/wagtail_localize/admin/edit_translation.html``
hides that footer and draws this one instead: the main button is "Publish in
<language>" for people who may publish, else "Submit translation for review";
the actions that replace or detach a reviewed translation are offered only to
Communications and administrators (``hub.editors.translations``).
"""

from django import template
from django.urls import reverse
from django.utils.http import urlencode
from django.utils.translation import gettext as _

from hub.editors.translations import may_replace_translations

register = template.Library()


@register.inclusion_tag("hub_i18n/translation_editor_footer.html", takes_context=True)
def translation_editor_footer(context, translation, page, page_perms):
    request = context["request"]
    user = request.user
    editor_url = request.get_full_path()
    with_next = "?" + urlencode({"next": editor_url})
    may_review = page.get_workflow() is not None and page_perms.can_edit()
    actions = []
    if may_review:
        actions.append(
            {
                "label": _("Submit translation for review"),
                "url": reverse("hub_i18n_submit_for_review", args=[translation.pk]),
                "icon": "resubmit",
                "post": True,
            }
        )
    if page_perms.can_publish():
        actions.append(
            {
                "label": _("Publish in %(language)s") % {"language": translation.target_locale.get_display_name()},
                "url": editor_url,
                "icon": "upload",
                "post": True,
                "name": "action",
                "value": "publish",
            }
        )
    if may_replace_translations(user):
        actions.append(
            {
                "label": _("Stop Synced translation"),
                "url": reverse("wagtail_localize:stop_translation", args=[translation.pk]),
                "icon": "cross",
                "post": True,
            }
        )
        if page.get_translations().filter(locale=translation.source.locale).exists():
            actions.append(
                {
                    "label": _("Convert to alias page"),
                    "url": reverse("wagtail_localize:convert_to_alias", args=[page.pk]) + with_next,
                    "icon": "wagtail-localize-convert",
                }
            )
    if page_perms.can_lock() and not page.locked:
        url = reverse("wagtailadmin_pages:lock", args=[page.pk])
        actions.append({"label": _("Lock"), "url": url, "icon": "lock", "post": True})
    if page_perms.can_unlock() and page.locked:
        url = reverse("wagtailadmin_pages:unlock", args=[page.pk])
        actions.append({"label": _("Unlock"), "url": url, "icon": "lock-open", "post": True})
    if page_perms.can_unpublish() and page.live:
        url = reverse("wagtailadmin_pages:unpublish", args=[page.pk])
        actions.append({"label": _("Unpublish"), "url": url, "icon": "download"})
    if page_perms.can_delete():
        url = reverse("wagtailadmin_pages:delete", args=[page.pk])
        actions.append({"label": _("Delete"), "url": url, "icon": "bin"})
    # The main button: publishing for those who may, else sending for review.
    main = next((action for action in actions if action.get("value") == "publish"), actions[0] if actions else None)
    return {
        "main": main,
        "more": [action for action in actions if action is not main],
        "editor_url": editor_url,
        "preview_url": reverse("wagtail_localize:preview_translation", args=[translation.pk]),
        "csrf_token": context.get("csrf_token"),
    }
