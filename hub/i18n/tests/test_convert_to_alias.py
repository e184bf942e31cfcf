"""Only Communications and administrators may turn a reviewed translation back into a copy of the English page.

wagtail-localize offers "Convert to alias page" to anyone who may edit the
page; ``hub.editors.translations`` hides it from the others and refuses its view.
"""

import html

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.urls import reverse
from wagtail_localize.models import Translation

from home.factories import StandardPageFactory
from hub.editors.groups import COMMUNICATIONS
from hub.i18n.setup import reviewer_group_name, setup_languages

CONVERT = "localize-convert-to-alias"


def _user(username, group):
    user = get_user_model().objects.create_user(username, f"{username}@example.org", "a-long-test-password")
    user.groups.add(Group.objects.get(name=group))
    return user


@pytest.fixture
def polish(languages, site_home, translate):
    """A reviewed, published Polish translation of an English page."""
    translate(site_home, languages["pl"], {})
    page = StandardPageFactory(parent=site_home, slug="volunteer", title="Volunteer with us", introduction="Hi.")
    page.save_revision().publish()
    setup_languages()
    return translate(page, languages["pl"], {"Volunteer with us": "Zostań wolontariuszem", "Hi.": "Cześć."})


def _edit(client, page):
    return html.unescape(client.get(reverse("wagtailadmin_pages:edit", args=(page.pk,))).content.decode())


@pytest.mark.django_db
def test_reviewers_are_not_offered_convert_to_alias_and_are_refused_it(client, polish):
    client.force_login(_user("kasia", reviewer_group_name("pl")))
    convert_url = reverse("wagtail_localize:convert_to_alias", args=(polish.pk,))

    # In the translation editor, and in the page editor once the translation is edited freely.
    editor = _edit(client, polish)
    assert "Zostań wolontariuszem" in editor
    assert '"convertToAliasUrl": null' in editor and convert_url not in editor
    Translation.objects.filter(target_locale=polish.locale).update(enabled=False)
    editor = _edit(client, polish)
    assert CONVERT not in editor and convert_url not in editor

    for response in (
        client.get(convert_url),
        client.post(convert_url),
        client.post(reverse("wagtailadmin_pages:edit", args=(polish.pk,)), {CONVERT: "1"}, follow=True),
    ):
        assert response.status_code == 403
        assert "Only the Communications team or an administrator can do that." in response.content.decode()
    polish.refresh_from_db()
    assert polish.alias_of_id is None
    assert polish.title == "Zostań wolontariuszem"


@pytest.mark.django_db
def test_communications_can_still_convert_a_translation_to_an_alias(client, polish):
    client.force_login(_user("alex", COMMUNICATIONS))
    convert_url = reverse("wagtail_localize:convert_to_alias", args=(polish.pk,))
    assert f'"convertToAliasUrl": "{convert_url}"' in _edit(client, polish)
    Translation.objects.filter(target_locale=polish.locale).update(enabled=False)
    assert CONVERT in _edit(client, polish)

    assert client.get(convert_url).status_code == 200
    response = client.post(convert_url)
    assert response.status_code == 302
    polish.refresh_from_db()
    assert polish.alias_of_id is not None
    assert polish.title == "Volunteer with us"
