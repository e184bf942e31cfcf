"""The tasks each editor can do, for the dashboard's "Getting started" box, each linked to its guide section.

Whether a task is shown is worked out from the editor's real permissions, not
from the name of their group, so the box and the admin never disagree: a
group changed by an administrator sees its box change with it. The guide
sections are headings of ``docs/editors.md`` (``hub.editors.guide``);
``hub/tests/test_admin_help.py`` checks every task against what each group
can actually do in the admin.
"""

from collections.abc import Callable
from dataclasses import dataclass

from django.conf import settings
from django.contrib.auth import get_user_model
from django.utils.translation import gettext_lazy as _
from wagtail.models import Page
from wagtail.models import Task as WagtailTask
from wagtail.permission_policies.pages import PagePermissionPolicy


def _sections(user, model_label, check):
    """True when ``check`` passes for ``user`` on this type of page in the site's own language.

    Writing in another language is translating (``translates``), a task of its own.
    """
    if user.is_superuser:
        return True
    app_label, model_name = model_label.split(".")
    pages = Page.objects.filter(
        content_type__app_label=app_label, content_type__model=model_name, locale__language_code=settings.LANGUAGE_CODE
    )
    return any(check(page.permissions_for_user(user)) for page in pages.specific(defer=True))


def writes_news(user):
    return _sections(user, "blog.blogindexpage", lambda perms: perms.can_add_subpage())


def writes_roles(user):
    return _sections(user, "opportunities.opportunityindexpage", lambda perms: perms.can_add_subpage())


def publishes_roles(user):
    return _sections(user, "opportunities.opportunityindexpage", lambda perms: perms.can_publish_subpage())


def writes_roles_for_review(user):
    return writes_roles(user) and not publishes_roles(user)


def reviews_pages(user):
    """True for the members of an active review task's groups (Co-production review, a language's review)."""
    if user.is_superuser:
        return True
    groups = set(user.groups.values_list("pk", flat=True))
    for task in WagtailTask.objects.filter(active=True).specific():
        task_groups = getattr(task, "groups", None)
        if task_groups is not None and groups & set(task_groups.values_list("pk", flat=True)):
            return True
    return False


def translates(user):
    editable = PagePermissionPolicy().instances_user_has_permission_for(user, "change")
    return editable.exclude(locale__language_code=settings.LANGUAGE_CODE).exists()


def follows_up_interest(user):
    return user.has_perm("opportunities.change_expressionofinterest")


def runs_settings(user):
    return user.has_perm("hub.change_sitebanner")


def manages_users(user):
    meta = get_user_model()._meta
    return user.has_perm(f"{meta.app_label}.add_{meta.model_name}")


def checks_page_reviews(user):
    return user.has_perm("hub.view_pagereview")


def anyone(user):
    return True


@dataclass(frozen=True)
class Task:
    anchor: str
    label: str
    shown_to: Callable


TASKS = [
    Task("write-a-news-post", _("Write a news post"), writes_news),
    Task("write-up-an-event", _("Add an event, then write it up afterwards"), writes_news),
    Task("publish-a-role-and-close-it", _("Publish a role, close it early and reopen it"), publishes_roles),
    Task("publish-a-role-and-close-it", _("Write a role and submit it for review"), writes_roles_for_review),
    Task("follow-up-expressions-of-interest", _("Follow up people interested in a role"), follows_up_interest),
    Task("review-and-publish", _("Approve or send back pages waiting for review"), reviews_pages),
    Task("translate-a-page", _("Translate a page and submit it for review"), translates),
    Task("site-settings-communications", _("Change the banner, menus and other site settings"), runs_settings),
    Task("add-editors-communications", _("Add editors and choose their groups"), manages_users),
    Task("keep-pages-up-to-date", _("Keep pages up to date: review dates and owners"), checks_page_reviews),
    Task("write-good-alt-text", _("Write good alt text for images"), anyone),
    Task("use-plain-language", _("Use plain language"), anyone),
    Task("who-can-do-what", _("Who can do what"), anyone),
]


def tasks_for(user):
    """The tasks ``user`` can do, in the order of the list above."""
    return [task for task in TASKS if task.shown_to(user)]
