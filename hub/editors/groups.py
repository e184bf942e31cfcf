"""The editors' groups (made by ``hub/migrations/0003_editor_groups.py``) and their page sections.

Co-production champions add and edit pages only inside the news and
get-involved sections. The Involvement team owns roles and events: it adds,
edits, publishes, locks and unlocks everything under every get-involved index,
adds and edits pages under the news indexes as champions do, and publishes,
locks and unlocks each event. Wagtail's page permissions apply to a page and everything below
it, whatever its type, so a grant on the news index would also let the team
publish champions' news posts: the team's publish grant is made on each event
page instead.

Whenever one of these pages is created (by an editor, by the demo command or
as a translation), the grants follow, so a new language needs no developer.
``hub/migrations/0011_involvement_team_pages.py`` makes the same grants for
pages that existed before.
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
OWN_PAGE_PERMISSIONS = ["change_page", "publish_page", "lock_page", "unlock_page"]
# What the Involvement team may do on (and below) each kind of page.
INVOLVEMENT_GRANTS = {
    "opportunities.opportunityindexpage": ["add_page", *OWN_PAGE_PERMISSIONS],
    "blog.blogindexpage": CHAMPION_PAGE_PERMISSIONS,
    "blog.eventpage": OWN_PAGE_PERMISSIONS,
}


def _grant(group_name, page, codenames):
    group = Group.objects.filter(name=group_name).first()
    if group is None:
        return
    permissions = Permission.objects.filter(content_type__app_label="wagtailcore", codename__in=codenames)
    for permission in permissions:
        GroupPagePermission.objects.get_or_create(group=group, page=page, permission=permission)


def grant_champion_sections(page):
    """Let champions add and edit pages below ``page`` (idempotent)."""
    _grant(CHAMPIONS, page, CHAMPION_PAGE_PERMISSIONS)


def grant_involvement_team(page):
    """Give the Involvement team its rights on ``page`` if it is one of its kinds of page (idempotent)."""
    codenames = INVOLVEMENT_GRANTS.get(page.specific_class._meta.label_lower)
    if codenames:
        _grant(INVOLVEMENT, page, codenames)


@receiver(post_save)
def section_created(sender, instance, created, raw=False, **kwargs):
    if not created or raw or not isinstance(instance, Page):
        return
    if instance._meta.label_lower in CHAMPION_SECTIONS:
        grant_champion_sections(instance)
    grant_involvement_team(instance)
