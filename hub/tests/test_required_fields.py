"""A draft saved with empty required fields, and a preview that cannot show, name the fields to fix."""

import pytest
from django.contrib.messages import get_messages
from django.urls import reverse
from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield

from home.factories import StandardPageFactory
from hub.editors.groups import COMMUNICATIONS


def _form(page, **fields):
    return nested_form_data(
        {
            "title": page.title,
            "slug": page.slug,
            "introduction": page.introduction,
            "body": streamfield([("rich_text", rich_text("<p>Hello</p>"))]),
            **fields,
        }
    )


@pytest.fixture
def page(site_home):
    return StandardPageFactory(parent=site_home, slug="about", title="About us", introduction="Who we are.")


@pytest.mark.django_db
def test_saving_a_draft_with_an_empty_required_field_names_it(client, page, make_user):
    client.force_login(make_user("alex", COMMUNICATIONS))
    response = client.post(reverse("wagtailadmin_pages:edit", args=[page.pk]), _form(page, introduction=""))
    assert response.status_code == 302
    texts = [str(message) for message in get_messages(response.wsgi_request)]
    assert "Saved as a draft. Before it can be submitted or published, fill in: Introduction." in texts

    # Nothing is missing: no warning.
    response = client.post(reverse("wagtailadmin_pages:edit", args=[page.pk]), _form(page))
    assert not any("fill in" in str(message) for message in get_messages(response.wsgi_request))


@pytest.mark.django_db
def test_the_preview_panel_is_told_which_fields_to_fix(client, page, make_user):
    client.force_login(make_user("alex", COMMUNICATIONS))
    preview = reverse("wagtailadmin_pages:preview_on_edit", args=[page.pk])
    too_long = "x" * 300
    answer = client.post(preview, _form(page, title=too_long, introduction="")).json()
    assert answer["is_valid"] is False
    assert answer["problems"] == "Fill in or correct: Title and Introduction."

    answer = client.post(preview, _form(page)).json()
    assert answer == {"is_valid": True, "is_available": True, "problems": ""}


@pytest.mark.django_db
def test_the_preview_problems_script_is_in_the_page_editor(client, page, make_user):
    client.force_login(make_user("alex", COMMUNICATIONS))
    editor = client.get(reverse("wagtailadmin_pages:edit", args=[page.pk])).content.decode()
    assert "hub/js/preview-problems" in editor
