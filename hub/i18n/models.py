"""The review task for translations: approved by a second person, never by the translator."""

from django.utils.translation import gettext_lazy as _
from wagtail.models import AbstractGroupApprovalTask


class SecondReviewerTask(AbstractGroupApprovalTask):
    """Like Wagtail's group approval task, but the person who submitted cannot approve it.

    Wagtail lets anyone in the task's groups approve, including the person
    who sent the page for review; a translation must be checked by someone
    else. Superusers can still approve anything.
    """

    def _submitted_by(self, obj, user):
        state = getattr(obj, "current_workflow_state", None)
        return state is not None and state.requested_by_id == user.pk

    def get_actions(self, obj, user):
        if not user.is_superuser and self._submitted_by(obj, user):
            return []
        return super().get_actions(obj, user)

    def get_task_states_user_can_moderate(self, user, **kwargs):
        states = super().get_task_states_user_can_moderate(user, **kwargs)
        return states if user.is_superuser else states.exclude(workflow_state__requested_by=user)

    @classmethod
    def get_description(cls):
        return _("Members of the chosen groups approve, but not the person who submitted the page.")

    class Meta:
        verbose_name = _("second reviewer approval")
        verbose_name_plural = _("second reviewer approvals")
