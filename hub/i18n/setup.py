"""Make the database match the languages in settings: ``manage.py setup_languages``.

For each code in ``settings.LANGUAGES`` this creates the Wagtail ``Locale``,
keeps its page tree synchronised with English (untranslated pages appear as
aliases of the English ones until someone translates them), and sets up
translation review: a reviewer group for the language with page permissions
on that language's tree only, and a "Translation review" workflow on its home
page. Everything here is idempotent: running it again changes nothing.
"""

from django.conf import settings
from django.contrib.auth.models import Group, Permission
from django.db import transaction
from wagtail.models import (
    GroupPagePermission,
    Locale,
    Page,
    Site,
    Workflow,
    WorkflowPage,
    WorkflowTask,
)
from wagtail_localize.models import LocaleSynchronization
from wagtail_localize.synctree import PageIndex, synchronize_tree

from hub.i18n.models import SecondReviewerTask

REVIEWERS = "Translation reviewers"
# What a reviewer may do in a language's tree: add and edit pages (and so
# submit them for review), never publish. Approving the review task publishes.
REVIEWER_PAGE_PERMISSIONS = ["add_page", "change_page"]


def language_name(code):
    return dict(settings.LANGUAGES)[code]


def reviewer_group_name(code):
    """The group whose members translate and review one language, e.g. "Translation reviewers: Polski"."""
    return f"{REVIEWERS}: {language_name(code)}"


def workflow_name(code):
    return f"Translation review: {language_name(code)}"


def default_locale():
    locale, _ = Locale.objects.get_or_create(language_code=settings.LANGUAGE_CODE)
    return locale


def translated_locales():
    """The Locale of every enabled language except the default, created when missing."""
    return [
        Locale.objects.get_or_create(language_code=code)[0]
        for code, _name in settings.LANGUAGES
        if code != settings.LANGUAGE_CODE
    ]


def synchronise_trees():
    """Give every enabled language a page tree that mirrors the English one."""
    source = default_locale()
    locales = translated_locales()
    for locale in locales:
        LocaleSynchronization.objects.get_or_create(locale=locale, defaults={"sync_from": source})
    if locales and Page.objects.filter(depth=2, locale=source).exists():
        index = PageIndex.from_database().sort_by_tree_position()
        for locale in locales:
            synchronize_tree(source, locale, page_index=index)
    return locales


def _grant_page_permissions(group, page):
    for codename in REVIEWER_PAGE_PERMISSIONS:
        GroupPagePermission.objects.get_or_create(
            group=group,
            page=page,
            permission=Permission.objects.get(content_type__app_label="wagtailcore", codename=codename),
        )


def _global_reviewer_permissions():
    return [
        Permission.objects.get(content_type__app_label="wagtailadmin", codename="access_admin"),
        Permission.objects.get(content_type__app_label="wagtail_localize", codename="submit_translation"),
    ]


def setup_translation_review():
    """Reviewer groups and a "Translation review" workflow for each translated language.

    ``Translation reviewers`` may work on every translated tree; ``Translation
    reviewers: <language>`` only on that language's. Neither group has any
    permission on the English tree, so reviewers cannot change or publish an
    English original.
    """
    everyone = Group.objects.get_or_create(name=REVIEWERS)[0]
    everyone.permissions.add(*_global_reviewer_permissions())
    for locale in translated_locales():
        group = Group.objects.get_or_create(name=reviewer_group_name(locale.language_code))[0]
        group.permissions.add(*_global_reviewer_permissions())
        workflow = _review_workflow(locale, [everyone, group])
        for site in Site.objects.select_related("root_page"):
            home = site.root_page.get_translation_or_none(locale)
            if home is None:
                continue
            _grant_page_permissions(everyone, home)
            _grant_page_permissions(group, home)
            WorkflowPage.objects.get_or_create(page=home, defaults={"workflow": workflow})


def _review_workflow(locale, groups):
    """The "Translation review: <language>" workflow: one approval by another of the language's reviewers."""
    workflow = Workflow.objects.get_or_create(name=workflow_name(locale.language_code))[0]
    if not workflow.workflow_tasks.exists():
        task = SecondReviewerTask.objects.create(name=f"Check the translation: {language_name(locale.language_code)}")
        task.groups.set(groups)
        WorkflowTask.objects.create(workflow=workflow, task=task, sort_order=0)
    return workflow


@transaction.atomic
def setup_languages():
    """Locales, synchronised trees and translation review for ``settings.LANGUAGES``."""
    locales = synchronise_trees()
    setup_translation_review()
    return locales
