"""Emails that keep editors' work moving, sent by ``manage.py send_editor_reminders`` (daily).

- **Reviews waiting**: everyone in a review task's groups (Communications,
  the translation reviewers of a language) hears about every page or
  snippet that has waited in their task for more than
  ``REVIEW_REMINDER_DAYS`` days.
- **Roles closing**: the Involvement team hears about each open role a week
  before its closing date and again the day before, so a role can be extended
  or allowed to close on purpose.
- **Pages due for review**: each page owner hears about their pages whose
  review date has come (``hub.editors.reviews``); pages without an owner go
  to Communications.

One email per person, in the language they chose for the admin, listing
everything for them with links into the admin. Nothing personal about the
public is in them.
"""

import datetime
from collections import defaultdict

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.mail import send_mail
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from wagtail.admin.admin_url_finder import AdminURLFinder
from wagtail.models import TaskState

from hub.editors.groups import COMMUNICATIONS, INVOLVEMENT
from hub.editors.reviews import pages_due_for_review, trust_today

ROLE_REMINDER_DAYS_BEFORE = (7, 1)


def _admin_url(path):
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + path


def _people(**group_filter):
    return get_user_model().objects.filter(is_active=True, **group_filter).exclude(email="").distinct()


def reviews_waiting(now=None):
    """{user: [(title, admin url, days waiting)]} for the reviews waiting longer than the setting."""
    now = now or timezone.now()
    cutoff = now - datetime.timedelta(days=settings.REVIEW_REMINDER_DAYS)
    waiting = defaultdict(list)
    finder = AdminURLFinder()
    states = TaskState.objects.filter(status=TaskState.STATUS_IN_PROGRESS, started_at__lte=cutoff)
    for state in states.select_related("task", "workflow_state").order_by("started_at"):
        groups = getattr(state.task.specific, "groups", None)
        item = state.workflow_state.content_object
        if groups is None or item is None:
            continue
        url = finder.get_edit_url(item) or reverse("wagtailadmin_home")
        entry = (str(item), _admin_url(url), (now - state.started_at).days)
        for person in _people(groups__in=groups.all()):
            waiting[person].append(entry)
    return waiting


def roles_closing(today=None):
    """{user: [(title, admin url, closing date)]} for the Involvement team: roles a week and a day from closing."""
    from opportunities.models import OpportunityPage

    today = today or trust_today()
    dates = [today + datetime.timedelta(days=days) for days in ROLE_REMINDER_DAYS_BEFORE]
    roles = OpportunityPage.objects.live().filter(closing_date__in=dates).order_by("closing_date", "title")
    entries = [
        (role.title, _admin_url(reverse("wagtailadmin_pages:edit", args=(role.pk,))), role.closing_date)
        for role in roles
    ]
    return {person: list(entries) for person in _people(groups__name=INVOLVEMENT)} if entries else {}


def pages_to_review(today=None):
    """{user: [(title, admin url, review date)]}: each owner's pages due; pages without one go to Communications."""
    due = defaultdict(list)
    communications = list(_people(groups__name=COMMUNICATIONS))
    for review in pages_due_for_review(today):
        entry = (
            review.page.title,
            _admin_url(reverse("wagtailadmin_pages:edit", args=(review.page_id,))),
            review.review_by,
        )
        owner = review.page.owner
        for person in [owner] if owner and owner.is_active and owner.email else communications:
            due[person].append(entry)
    return due


def _language(user):
    profile = getattr(user, "wagtail_userprofile", None)
    return profile.get_preferred_language() if profile else settings.LANGUAGE_CODE


def send_reminders(now=None):
    """Send each person one email with everything waiting for them; return how many emails were sent."""
    now = now or timezone.now()
    today = timezone.localdate(now, timezone=timezone.get_default_timezone())
    lists = {
        "reviews": reviews_waiting(now),
        "roles": roles_closing(today),
        "pages": pages_to_review(today),
    }
    people = {person for found in lists.values() for person in found}
    for person in sorted(people, key=lambda user: user.pk):
        context = {name: found.get(person, []) for name, found in lists.items()}
        context |= {
            "user": person,
            "days": settings.REVIEW_REMINDER_DAYS,
            "dashboard": _admin_url(reverse("wagtailadmin_home")),
        }
        with translation.override(_language(person)):
            subject = _("Riverside get involved: what is waiting for you")
            body = render_to_string("admin/email/editor_reminders.txt", context)
        send_mail(subject, body, settings.DEFAULT_FROM_EMAIL, [person.email])
    return len(people)
