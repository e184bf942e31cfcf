"""What the admin shows each editors' group, the group may use: no link or button ends in a permission error.

For each group's demo editor, on the demo site: the dashboard, the sidebar
menu and the page listings it can explore, every link on them and on the
screens they open, and every bulk action each listing offers
(``hub/tests/admin_walker.py``).
"""

import pytest
from django.contrib.auth import get_user_model
from django.urls import reverse
from wagtail.permission_policies.pages import PagePermissionPolicy

from hub.editors.groups import CHAMPIONS, COMMUNICATIONS, INVOLVEMENT, TRANSLATORS
from hub.tests.admin_walker import Walk

DEMO_EDITORS = {CHAMPIONS: "champion", COMMUNICATIONS: "comms", INVOLVEMENT: "involvement", TRANSLATORS: "reviewer"}


def _starting_screens(user):
    """The dashboard, and the page listings the editor's "Pages" menu leads to."""
    starts = [reverse("wagtailadmin_home")]
    policy = PagePermissionPolicy()
    root = policy.explorable_root_instance(user)
    if root is not None:
        explorable = policy.explorable_instances(user)
        sections = explorable.child_of(root).filter(numchild__gt=0, locale=root.locale)
        for page in [root, *sections]:
            starts.append(reverse("wagtailadmin_explore", args=(page.pk,)))
        starts.append(reverse("wagtailadmin_pages:search") + "?q=co-production")
    return starts


@pytest.mark.django_db
@pytest.mark.parametrize("group", DEMO_EDITORS)
def test_nothing_shown_to_the_group_ends_in_a_permission_error(client, demo_site, group):
    user = get_user_model().objects.get(username=DEMO_EDITORS[group])
    assert user.groups.filter(name=group).exists()
    client.force_login(user)
    walk = Walk(client)
    for start in _starting_screens(user):
        walk.visit(start)
    assert len(walk.seen) > 15, f"the walk found too few links to prove anything: {sorted(walk.seen)}"
    assert not walk.refused, f"offered to {group} but refused: {walk.refused}"
    if group in (CHAMPIONS, COMMUNICATIONS, INVOLVEMENT):
        assert walk.bulk_actions or group == CHAMPIONS, "the listings' bulk actions were not tried"
