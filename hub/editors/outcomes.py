"""Tell the editor what a review decision did: "approved and published", not "updated" or nothing.

Wagtail's workflow action view (the dashboard's Approve / Request changes)
shows no message, and its page editor says "updated" after "Approve and
publish". These subclasses replace them at the same addresses (``hub/urls.py``).
The page editor also stops autosaving pages the editor cannot save (below).
Both the page editor and the "add a page" view say which required fields a
draft was saved without.
"""

from django.conf import settings
from django.utils.formats import date_format
from django.utils.text import get_text_list
from django.utils.timezone import localtime
from django.utils.translation import gettext as _
from wagtail.admin import messages
from wagtail.admin.views.pages import create, edit, workflow

from hub.editors.required_fields import missing_required_fields


def outcome_message(page, action_name):
    """What the review action ``action_name`` did to ``page``, in the reviewer's words."""
    page.refresh_from_db()
    title = page.get_admin_display_title()
    translation = page.locale.language_code != settings.LANGUAGE_CODE
    if action_name == "reject":
        return _("Changes requested on '%(title)s'. Whoever submitted it has been told.") % {"title": title}
    next_task = page.workflow_in_progress and page.current_workflow_task
    if next_task:
        return _("'%(title)s' approved. It now waits for '%(task)s'.") % {"title": title, "task": next_task.name}
    revision = page.get_latest_revision()
    if revision and revision.approved_go_live_at:
        when = date_format(localtime(revision.approved_go_live_at), "DATETIME_FORMAT")
        return _("'%(title)s' approved. It will be published on %(when)s.") % {"title": title, "when": when}
    if page.live and not page.has_unpublished_changes:
        if translation:
            return _("Translation of '%(title)s' approved and published.") % {"title": title}
        return _("'%(title)s' approved and published.") % {"title": title}
    return _("'%(title)s' approved.") % {"title": title}


def warn_of_missing_fields(request, form):
    """After a draft save, name the required fields still empty (``hub.editors.required_fields``)."""
    missing = missing_required_fields(form)
    if missing:
        messages.warning(
            request,
            _("Saved as a draft. Before it can be submitted or published, fill in: %(fields)s.")
            % {"fields": get_text_list(missing, _("and"))},
        )


class WorkflowAction(workflow.WorkflowAction):
    """Wagtail's action view, with a message on the page the reviewer returns to."""

    def post(self, request, *args, **kwargs):
        response = super().post(request, *args, **kwargs)
        self.task_state.refresh_from_db()
        if self.task_state.status != self.task_state.STATUS_IN_PROGRESS:
            messages.success(request, outcome_message(self.object, self.action_name))
        return response


class EditView(edit.EditView):
    """Wagtail's page editor, saying what a review action did instead of "updated",
    and naming the required fields a draft was saved without (``hub.editors.required_fields``).

    It also keeps autosave off on a page the editor cannot save (locked, or
    waiting in a review they cannot act on): Wagtail autosaves it anyway and
    answers every attempt with 400 "locked", twice a second while they type.
    """

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        if self.locked_for_user:
            context["autosave_enabled"] = False
        return context

    def add_save_confirmation_message(self):
        if self.action_name == "perform_workflow_action":
            messages.success(self.request, outcome_message(self.page, self.workflow_action))
            return
        super().add_save_confirmation_message()
        if self.action_name == "save":
            warn_of_missing_fields(self.request, self.form)


class CreateView(create.CreateView):
    """Wagtail's "add a page" view, naming the required fields the first draft was saved without."""

    def save_action(self):
        response = super().save_action()
        if not self.expects_json_response:
            warn_of_missing_fields(self.request, self.form)
        return response
