"""Send a synchronised translation to its "Translation review" workflow.

wagtail-localize's translation editor can only publish, and only people who
may publish see that button. Reviewers, who may not publish, use "Submit
translation for review" instead: it turns the translated sentences into a
new draft revision of the page (the live page is left alone) and starts the
page's workflow, so a second reviewer approves, and that approval publishes.
"""

from wagtail_localize.fields import copy_synchronised_fields
from wagtail_localize.segments.ingest import ingest_segments


def save_translation_draft(translation, user):
    """A draft revision of the target page with the current translations; the live page is unchanged.

    ``Translation.save_target(publish=False)`` would write the translated
    fields onto the live page row, publishing them before review.
    """
    source = translation.source
    original = source.as_instance()
    page = source.get_translated_instance(translation.target_locale)
    copy_synchronised_fields(original, page)
    segments = source._get_segments_for_translation(translation.target_locale, fallback=True)
    ingest_segments(original, page, source.locale, translation.target_locale, segments)
    if page.alias_of_id:
        page.alias_of_id = None
        page.save(update_fields=["alias_of_id"], clean=False)
    return page, page.save_revision(user=user, log_action=True)


def submit_for_review(translation, user):
    """Save the translation as a draft and start (or restart) the page's review workflow."""
    page, _revision = save_translation_draft(translation, user)
    workflow_state = page.current_workflow_state
    if workflow_state is not None:
        workflow_state.cancel(user=user)
    workflow = page.get_workflow()
    if workflow is not None:
        workflow.start(page, user)
    return page
