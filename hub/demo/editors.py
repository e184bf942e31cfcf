"""Demo editors: one user in each editors' group, champions' sections, the default call to action.

Passwords are made once and kept in ``var/demo-passwords.txt`` (git-ignored,
readable only by you); ``ensure_admin`` says where they are. Existing users
are never changed.
"""

import secrets

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from wagtail.models import Page, Site

from hub.editors.groups import (
    CHAMPION_SECTIONS,
    CHAMPIONS,
    COMMUNICATIONS,
    INVOLVEMENT,
    INVOLVEMENT_GRANTS,
    TRANSLATORS,
    grant_champion_sections,
    grant_involvement_team,
)
from hub.models import GetInvolvedCallToAction

PASSWORDS_FILENAME = "demo-passwords.txt"
DEMO_USERS = [
    ("champion", "Sam", "Champion", CHAMPIONS),
    ("comms", "Alex", "Communications", COMMUNICATIONS),
    ("involvement", "Jo", "Involvement", INVOLVEMENT),
    ("reviewer", "Kim", "Reviewer", TRANSLATORS),
]


def _pages(labels):
    pages = Page.objects.none()
    for label in labels:
        app_label, model = label.split(".")
        pages |= Page.objects.filter(content_type__app_label=app_label, content_type__model=model)
    return pages


def build(home):
    for page in _pages(CHAMPION_SECTIONS):
        grant_champion_sections(page)
    for page in _pages(INVOLVEMENT_GRANTS):
        grant_involvement_team(page)

    get_involved = _pages(CHAMPION_SECTIONS).filter(content_type__app_label="opportunities", locale=home.locale).first()
    cta = GetInvolvedCallToAction.for_site(Site.objects.get(root_page=home))
    if get_involved is not None and cta.page_id is None:
        cta.page = get_involved
        cta.label = "Find a role that suits you"
        cta.save()

    user_model = get_user_model()
    created = []
    groups = {group.name: group for group in Group.objects.filter(name__in=[row[3] for row in DEMO_USERS])}
    for username, first_name, last_name, group in DEMO_USERS:
        # The groups come from a migration: a test database emptied between tests has none.
        if group not in groups or user_model.objects.filter(username=username).exists():
            continue
        password = secrets.token_urlsafe(12)
        user = user_model.objects.create_user(
            username, f"{username}@riverside.example", password, first_name=first_name, last_name=last_name
        )
        user.groups.add(groups[group])
        created.append(f"{username} ({group}): {password}")
    if created:
        path = settings.VAR_DIR / PASSWORDS_FILENAME
        path.parent.mkdir(parents=True, exist_ok=True)
        path.touch(mode=0o600)
        with path.open("a") as passwords:
            passwords.write("\n".join(created) + "\n")
