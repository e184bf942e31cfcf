"""Subscribers in the admin: Communications see and export them; others cannot."""

import pytest
from django.contrib.auth.models import Group, Permission

from hub.newsletter.factories import SubscriberFactory
from hub.newsletter.models import Subscriber

pytestmark = pytest.mark.django_db

INDEX = "/admin/newsletter_subscribers/"


@pytest.fixture
def subscribers(db):
    SubscriberFactory(email="first@example.org", status=Subscriber.Status.CONFIRMED)
    SubscriberFactory(email="-2+3@example.org")


def test_communications_can_list_and_export(client, django_user_model, subscribers):
    user = django_user_model.objects.create_user("comms", password="x")
    user.groups.add(Group.objects.get(name="Communications"))
    client.force_login(user)
    html = client.get(INDEX).content.decode()
    assert "first@example.org" in html
    csv = b"".join(client.get(INDEX + "?export=csv").streaming_content).decode()
    assert csv.splitlines()[0].startswith("Email address,Status,Language,Agreed on")
    assert "first@example.org,Subscribed" in csv, "the status as the team reads it, not its code"
    assert "'-2+3@example.org" in csv
    assert client.get(INDEX + "new/").status_code in (302, 403), "nobody adds people by hand"


def test_other_editors_are_refused(client, django_user_model, subscribers):
    user = django_user_model.objects.create_user("editor", password="x")
    user.user_permissions.add(Permission.objects.get(codename="access_admin"))
    client.force_login(user)
    for url in (INDEX, INDEX + "?export=csv"):
        response = client.get(url)
        assert response.status_code in (302, 403)
        assert b"first@example.org" not in response.content
