"""The action Wagtail runs when a workflow is approved (``WAGTAIL_FINISH_WORKFLOW_ACTION``).

It imports nothing: Wagtail loads it while ``wagtail.models`` is being set up.
"""


def publish_approved(workflow_state, user=None):
    """What happens when the last task of a workflow is approved: publish the reviewed revision.

    Wagtail's default also checks that the approver may publish; here the
    approval task already decides who may approve (translation reviewers may
    approve but not publish directly), so that second check is skipped.
    """
    workflow_state.content_object.get_latest_revision().publish(user=user, skip_permission_checks=True)
