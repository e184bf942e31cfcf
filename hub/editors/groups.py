"""The editors' groups (made by ``hub/migrations/0003_editor_groups.py``) and their page sections.

Co-production champions add and edit pages only inside the news and
get-involved sections. Whenever an index page of those sections is created
(by an editor, by the demo command or as a translation), the champions get
"add" and "edit" on it, so a new language's sections need no developer.
"""

from django.contrib.auth.models import Group, Permission
from django.db.models.signals import post_save
from django.dispatch import receiver
from wagtail.models import GroupPagePermission, Page

CHAMPIONS = "Co-production champions"
COMMUNICATIONS = "Communications"
INVOLVEMENT = "Involvement team"
TRANSLATORS = "Translation reviewers"
CHAMPION_SECTIONS = {"blog.blogindexpage", "opportunities.opportunityindexpage"}
CHAMPION_PAGE_PERMISSIONS = ["add_page", "change_page"]


def grant_champion_sections(page):
    """Let champions add and edit pages below ``page`` (idempotent)."""
    group = Group.objects.filter(name=CHAMPIONS).first()
    if group is None:
        return
    permissions = Permission.objects.filter(
        content_type__app_label="wagtailcore", codename__in=CHAMPION_PAGE_PERMISSIONS
    )
    for permission in permissions:
        GroupPagePermission.objects.get_or_create(group=group, page=page, permission=permission)


@receiver(post_save)
def section_created(sender, instance, created, raw=False, **kwargs):
    if created and not raw and isinstance(instance, Page) and instance._meta.label_lower in CHAMPION_SECTIONS:
        grant_champion_sections(instance)
