"""A draft saved with empty required fields, and a preview that cannot show, name the fields to fix."""

import pytest
from django.urls import reverse
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

from blog.factories import BlogIndexPageFactory, BlogPageFactory
from hub.editors.groups import COMMUNICATIONS


def _form(post, **fields):
    return nested_form_data(
        {
            "title": post.title,
            "slug": post.slug,
            "date": "2025-01-02",
            "post_type": "story",
            "summary": "What happened.",
            "body": streamfield([("rich_text", rich_text("<p>Hello</p>"))]),
            "post_authors": inline_formset([]),
            "tags": "",
            "comments": inline_formset([]),
            **fields,
        }
    )


@pytest.fixture
def post(site_home):
    index = BlogIndexPageFactory(parent=site_home)
    return BlogPageFactory(parent=index, slug="about", title="About us")


@pytest.mark.django_db
def test_saving_a_draft_with_an_empty_required_field_names_it(client, post, make_user):
    client.force_login(make_user("alex", COMMUNICATIONS))
    edit = reverse("wagtailadmin_pages:edit", args=[post.pk])
    response = client.post(edit, _form(post, summary=""), follow=True)
    assert response.redirect_chain[0][1] == 302
    assert "Saved as a draft. Before it can be submitted or published, fill in: Summary." in response.content.decode()

    # Nothing is missing: no warning.
    response = client.post(edit, _form(post), follow=True)
    assert response.redirect_chain[0][1] == 302
    assert "fill in:" not in response.content.decode()


@pytest.mark.django_db
def test_adding_a_page_as_a_draft_with_an_empty_required_field_names_it(client, post, make_user):
    client.force_login(make_user("alex", COMMUNICATIONS))
    add = reverse("wagtailadmin_pages:add", args=["blog", "blogpage", post.get_parent().pk])
    response = client.post(add, _form(post, slug="new-post", title="A new post", summary=""), follow=True)
    assert response.redirect_chain[0][1] == 302
    content = response.content.decode()
    assert "Page &#x27;A new post&#x27; created." in content
    assert "Saved as a draft. Before it can be submitted or published, fill in: Summary." in content

    response = client.post(add, _form(post, slug="another-post", title="Another post"), follow=True)
    assert response.redirect_chain[0][1] == 302
    assert "fill in:" not in response.content.decode()


@pytest.mark.django_db
def test_the_preview_panel_is_told_which_fields_to_fix(client, post, make_user):
    client.force_login(make_user("alex", COMMUNICATIONS))
    preview = reverse("wagtailadmin_pages:preview_on_edit", args=[post.pk])
    answer = client.post(preview, _form(post, title="x" * 300, summary="")).json()
    assert answer["is_valid"] is False
    assert answer["problems"] == "Fill in or correct: Title and Summary."

    answer = client.post(preview, _form(post)).json()
    assert answer == {"is_valid": True, "is_available": True}


@pytest.mark.django_db
def test_the_preview_problems_script_is_in_the_page_editor(client, post, make_user):
    client.force_login(make_user("alex", COMMUNICATIONS))
    editor = client.get(reverse("wagtailadmin_pages:edit", args=[post.pk])).content.decode()
    assert "hub/js/preview-problems" in editor
