"""Translation reviewers: a PO round trip through the admin, review before publishing, no access to English."""

import io

import polib
import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.urls import reverse
from wagtail.models import Page
from wagtail_localize.models import Translation

from home.factories import StandardPageFactory
from hub.i18n.setup import REVIEWERS, reviewer_group_name, setup_languages


def _reviewer(username, *groups):
    user = get_user_model().objects.create_user(username, f"{username}@example.org", "a-long-test-password")
    user.groups.add(*[Group.objects.get(name=name) for name in groups])
    return user


@pytest.fixture
def polish_page(languages, site_home, translate):
    """An English page with a Polish translation that is still a draft."""
    translate(site_home, languages["pl"], {"Get involved": "Zaangażuj się"})
    page = StandardPageFactory(
        parent=site_home, slug="volunteer", title="Volunteer with us", introduction="Give an hour."
    )
    page.save_revision().publish()
    setup_languages()
    translate(page, languages["pl"], {}, publish=False)
    return page


@pytest.mark.django_db
def test_po_round_trip_then_review_publishes_the_polish_page(
    client, languages, polish_page, django_capture_on_commit_callbacks
):
    translator = _reviewer("translator", reviewer_group_name("pl"))
    second = _reviewer("checker", reviewer_group_name("pl"))
    translation = Translation.objects.get(source__object_id=polish_page.translation_key, target_locale=languages["pl"])

    client.force_login(translator)
    download = client.get(reverse("wagtail_localize:download_pofile", args=[translation.id]))
    assert download.status_code == 200
    po = polib.pofile(download.content.decode())
    for entry in po:
        entry.msgstr = {"Volunteer with us": "Zostań wolontariuszem", "Give an hour.": "Poświęć godzinę."}.get(
            entry.msgid, ""
        )
    upload = io.BytesIO(str(po).encode())
    upload.name = "volunteer-pl.po"
    response = client.post(
        reverse("wagtail_localize:upload_pofile", args=[translation.id]), {"file": upload, "next": "/admin/"}
    )
    assert response.status_code == 302

    polish = polish_page.get_translation(languages["pl"])
    # The translator cannot publish: they send the translation to review.
    assert not polish.permissions_for_user(translator).can_publish()
    submit_url = reverse("hub_i18n_submit_for_review", args=[translation.id])
    assert client.get(submit_url).status_code == 200
    assert client.post(submit_url, {"next": "/admin/"}).status_code == 302
    polish.refresh_from_db()
    assert polish.current_workflow_state.workflow.name == "Translation review: Polski"
    # Nothing changes for visitors until a second reviewer approves.
    assert "Zostań wolontariuszem" not in client.get("/pl/volunteer/").content.decode()

    task_state = polish.current_workflow_task_state
    # The translator cannot approve their own translation; a second reviewer can.
    assert task_state.task.specific.get_actions(polish, translator) == []
    assert not task_state.task.specific.get_task_states_user_can_moderate(translator).exists()
    assert task_state.task.specific.get_actions(polish, second)
    # The second reviewer approves from the dashboard and is told what happened.
    client.force_login(second)
    approve_url = reverse("wagtailadmin_pages:workflow_action", args=(polish.pk, "approve", task_state.pk))
    with django_capture_on_commit_callbacks(execute=True):
        client.post(f"{approve_url}?next=/admin/", {"comment": ""}, headers={"x-requested-with": "XMLHttpRequest"})
    dashboard = client.get(reverse("wagtailadmin_home")).content.decode()
    assert "Translation of &#x27;Zostań wolontariuszem&#x27; approved and published." in dashboard

    html = client.get("/pl/volunteer/").content.decode()
    assert '<html lang="pl" dir="ltr"' in html
    assert "Zostań wolontariuszem" in html and "Poświęć godzinę." in html


@pytest.mark.django_db
def test_reviewer_cannot_edit_or_publish_english_pages(client, languages, polish_page):
    reviewer = _reviewer("reviewer", reviewer_group_name("pl"))
    client.force_login(reviewer)

    assert client.get(reverse("wagtailadmin_pages:edit", args=[polish_page.pk])).status_code in (302, 403)
    english = polish_page.permissions_for_user(reviewer)
    assert not english.can_edit() and not english.can_publish()
    english_translation = Translation.objects.get(
        source__object_id=polish_page.translation_key, target_locale=languages["pl"]
    )
    arabic = _reviewer("arabic-only", reviewer_group_name("ar"))
    client.force_login(arabic)
    assert client.get(reverse("hub_i18n_submit_for_review", args=[english_translation.id])).status_code in (302, 403)
    assert client.get(reverse("hub_i18n_submit_for_review", args=[99999])).status_code == 404
    client.force_login(reviewer)

    polish = polish_page.get_translation(languages["pl"])
    assert polish.permissions_for_user(reviewer).can_edit()
    assert client.get(reverse("wagtailadmin_pages:edit", args=[polish.pk])).status_code == 200


@pytest.mark.django_db
def test_a_polish_reviewer_cannot_touch_arabic_but_a_coordinator_can(languages, polish_page):
    arabic = polish_page.get_translation(languages["ar"])
    assert not arabic.permissions_for_user(_reviewer("polish-only", reviewer_group_name("pl"))).can_edit()
    coordinator = _reviewer("coordinator", REVIEWERS)
    assert arabic.permissions_for_user(coordinator).can_edit()
    assert not polish_page.permissions_for_user(coordinator).can_edit()


@pytest.mark.django_db
def test_every_translated_home_has_its_review_workflow(languages, site_home):
    for code in ("pl", "bn", "ar"):
        home = Page.objects.get(translation_key=site_home.translation_key, locale=languages[code])
        workflow = home.get_workflow()
        assert workflow.name.startswith("Translation review: ")
        groups = set(workflow.tasks.get().specific.groups.values_list("name", flat=True))
        assert groups == {REVIEWERS, reviewer_group_name(code)}
    assert site_home.get_workflow() is None or not site_home.get_workflow().name.startswith("Translation review")
