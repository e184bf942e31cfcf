"""Saving a draft says how many plain-language warnings the Checks panel has, before the editor submits."""

import pytest
from django.urls import reverse
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

from blog.factories import BlogIndexPageFactory, BlogPageFactory
from hub.editors.groups import COMMUNICATIONS
from hub.readability.measures import main_text

pytestmark = pytest.mark.django_db

PLAIN = "<p>Come to the garden on Tuesday. Bring a friend.</p>"
UNCLEAR = "<p>Come to the garden on Tuesday. The form is checked by PALS.</p>"


def _form(post, body):
    return nested_form_data(
        {
            "title": post.title,
            "slug": post.slug,
            "date": "2025-01-02",
            "post_type": "story",
            "summary": "A garden day.",
            "body": streamfield([("rich_text", rich_text(body))]),
            "post_authors": inline_formset([]),
            "tags": "",
            "comments": inline_formset([]),
        }
    )


@pytest.fixture
def index(client, site_home, make_user):
    client.force_login(make_user("alex", COMMUNICATIONS))
    return BlogIndexPageFactory(parent=site_home)


@pytest.fixture
def edit(client, index):
    post = BlogPageFactory(parent=index, slug="garden", title="Garden day")

    def _save(body, **extra):
        url = reverse("wagtailadmin_pages:edit", args=[post.pk])
        return client.post(url, {**_form(post, body), **extra}, follow=True).content.decode()

    return _save


def test_a_draft_with_warnings_says_how_many(edit):
    html = edit(UNCLEAR)
    # "is checked" may be passive, and PALS is not spelled out.
    assert "Plain language: 2 things to look at before you submit. Open Checks to see them." in html


def test_a_new_pages_first_draft_says_it_too(client, index):
    url = reverse("wagtailadmin_pages:add", args=("blog", "blogpage", index.pk))
    new_post = BlogPageFactory.build(slug="garden", title="Garden day")
    html = client.post(url, _form(new_post, UNCLEAR), follow=True).content.decode()
    assert "Plain language: 2 things to look at before you submit." in html


def test_a_plain_draft_gets_no_reminder(edit):
    assert "Plain language:" not in edit(PLAIN)


def test_submitting_gets_no_reminder(edit):
    assert "Plain language:" not in edit(UNCLEAR, **{"action-submit": "Submit for moderation"})


def test_main_text_reads_the_main_content_a_line_per_block():
    html = (
        "<html><body><header><p>Menu</p></header><main><h1>Garden day</h1><script>var x = 1;</script>"
        "<p>Come to the <a href='/g/'>garden</a>&nbsp;on Tuesday.</p><ul><li>Tea</li><li>Cake</li></ul></main>"
        "<footer>Contact us</footer></body></html>"
    )
    assert main_text(html) == "Garden day\nCome to the garden on Tuesday.\nTea\nCake"
