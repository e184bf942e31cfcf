"""``send_editor_reminders``: reviews waiting, roles about to close, pages due for review; and the report."""

import datetime
import io

import pytest
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone
from wagtail.models import TaskState, Workflow

from home.factories import StandardPageFactory
from hub.editors.groups import CHAMPIONS, COMMUNICATIONS, INVOLVEMENT, TRANSLATORS
from hub.editors.reviews import trust_today
from hub.models import PageReview
from opportunities.factories import OpportunityIndexPageFactory, OpportunityPageFactory


def _mail_to(mailoutbox, user):
    found = [message for message in mailoutbox if message.to == [user.email]]
    assert len(found) <= 1, "one email per person"
    return found[0].body if found else None


@pytest.mark.django_db
def test_reviewers_hear_about_what_has_waited_too_long(site_home, make_user, mailoutbox, settings):
    settings.REVIEW_REMINDER_DAYS = 3
    champion, comms = make_user("sam", CHAMPIONS), make_user("alex", COMMUNICATIONS, first_name="Alex")
    translator = make_user("kim", TRANSLATORS)
    workflow = Workflow.objects.get(name="Co-production review")
    old = StandardPageFactory(parent=site_home, title="Waited a week")
    new = StandardPageFactory(parent=site_home, title="Sent yesterday")
    for page, days in ((old, 7), (new, 1)):
        page.save_revision(user=champion)
        workflow.start(page, champion)
        TaskState.objects.filter(workflow_state__object_id=str(page.pk)).update(
            started_at=timezone.now() - datetime.timedelta(days=days)
        )

    mailoutbox.clear()  # submitting for review sent its own emails
    call_command("send_editor_reminders", stdout=io.StringIO())
    body = _mail_to(mailoutbox, comms)
    assert body.startswith("Hello Alex,")
    assert "Waited a week (7 days)" in body
    assert reverse("wagtailadmin_pages:edit", args=(old.pk,)) in body
    assert "Sent yesterday" not in body
    assert _mail_to(mailoutbox, champion) is None
    assert _mail_to(mailoutbox, translator) is None


@pytest.mark.django_db
def test_the_involvement_team_hears_a_week_and_a_day_before_a_role_closes(site_home, make_user, mailoutbox):
    team = make_user("jo", INVOLVEMENT)
    index = OpportunityIndexPageFactory(parent=site_home)
    today = trust_today()
    OpportunityPageFactory(parent=index, title="Peer mentor", closing_date=today + datetime.timedelta(days=7))
    OpportunityPageFactory(parent=index, title="Ward visitor", closing_date=today + datetime.timedelta(days=1))
    OpportunityPageFactory(parent=index, title="Storyteller", closing_date=today + datetime.timedelta(days=4))

    call_command("send_editor_reminders", stdout=io.StringIO())
    body = _mail_to(mailoutbox, team)
    assert "Peer mentor" in body and "Ward visitor" in body
    assert "Storyteller" not in body, "only a week before and the day before, not every day"


@pytest.mark.django_db
def test_page_owners_hear_about_pages_due_and_the_report_lists_them(client, site_home, make_user, mailoutbox):
    owner, comms = make_user("sam", CHAMPIONS), make_user("alex", COMMUNICATIONS)
    today = trust_today()
    owned = StandardPageFactory(parent=site_home, title="Support while you wait", owner=owner)
    unowned = StandardPageFactory(parent=site_home, title="Accessibility statement", owner=None)
    later = StandardPageFactory(parent=site_home, title="About co-production")
    PageReview.objects.create(page=owned, review_by=today - datetime.timedelta(days=2), note="Phone numbers")
    PageReview.objects.create(page=unowned, review_by=today)
    PageReview.objects.create(page=later, review_by=today + datetime.timedelta(days=30))

    call_command("send_editor_reminders", stdout=io.StringIO())
    assert "Support while you wait" in _mail_to(mailoutbox, owner)
    comms_mail = _mail_to(mailoutbox, comms)
    assert "Accessibility statement" in comms_mail and "Support while you wait" not in comms_mail

    client.force_login(comms)
    report = client.get(reverse("pages_due_for_review")).content.decode()
    assert "Support while you wait" in report and "Accessibility statement" in report
    assert "About co-production" not in report
    assert "Phone numbers" in report

    # Communications set the date and the owner on one form.
    review = PageReview.objects.get(page=later)
    response = client.post(
        reverse("page_reviews:edit", args=(review.pk,)),
        {"page": later.pk, "review_by": "2027-01-31", "owner": owner.pk, "note": "Dates"},
    )
    assert response.status_code == 302
    later.refresh_from_db()
    assert later.owner == owner

    client.force_login(make_user("jo", INVOLVEMENT))
    assert client.get(reverse("pages_due_for_review")).status_code in (302, 403)
