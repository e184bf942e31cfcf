"""What editors see: the page forms with their help text, and the author and category snippets."""

import pytest
from django.contrib.auth import get_user_model
from django.urls import reverse
from wagtail.models import Locale

from blog.factories import AuthorFactory, CategoryFactory
from blog.models import Author, BlogPage, Category, EventPage

pytestmark = pytest.mark.django_db


@pytest.fixture
def admin_client(client):
    user = get_user_model().objects.create_superuser("editor", "editor@example.org", "a-long-test-password")
    client.force_login(user)
    return client


@pytest.mark.parametrize("model", [BlogPage, EventPage])
def test_add_forms_load_with_help_text(admin_client, blog_index, model):
    url = reverse("wagtailadmin_pages:add", args=("blog", model._meta.model_name, blog_index.pk))
    response = admin_client.get(url)
    assert response.status_code == 200
    html = response.content.decode()
    assert "Shown in lists of posts" in html
    if model is EventPage:
        assert "After the event: the write-up" in html and "Access: tick what applies" in html


def test_category_choices_are_in_the_page_language(admin_client, blog_index):
    english = Locale.get_default()
    french = Locale.objects.create(language_code="fr")
    CategoryFactory(name="Carers", locale=english)
    CategoryFactory(name="Aidants", locale=french)
    url = reverse("wagtailadmin_pages:add", args=("blog", "blogpage", blog_index.pk))
    html = admin_client.get(url).content.decode()
    assert "Carers" in html and "Aidants" not in html


def test_every_field_has_help_text():
    internal = {"id", "translation_key", "locale", "blogpage_ptr", "page_ptr"}
    for model in (BlogPage, EventPage, Author, Category):
        for field in model._meta.get_fields(include_parents=False):
            if getattr(field, "editable", False) and field.name not in internal:
                assert field.help_text, f"{model.__name__}.{field.name} has no help text"


def test_event_page_needs_a_venue_or_online(admin_client, blog_index):
    url = reverse("wagtailadmin_pages:add", args=("blog", "eventpage", blog_index.pk))
    response = admin_client.post(
        url,
        {
            "title": "Open day",
            "slug": "open-day",
            "summary": "Come and see us.",
            "start": "2030-05-01 10:00",
            "end": "2030-05-01 09:00",
            "booking": "none",
            "cost": "Free",
            "body-count": "0",
            "write_up-count": "0",
            "post_authors-TOTAL_FORMS": "0",
            "post_authors-INITIAL_FORMS": "0",
            "post_authors-MIN_NUM_FORMS": "0",
            "post_authors-MAX_NUM_FORMS": "1000",
            "gallery_images-TOTAL_FORMS": "0",
            "gallery_images-INITIAL_FORMS": "0",
            "gallery_images-MIN_NUM_FORMS": "0",
            "gallery_images-MAX_NUM_FORMS": "1000",
        },
    )
    assert response.status_code == 200
    html = response.content.decode()
    assert "The end must be after the start." in html
    assert "Give the venue, or tick" in html
    assert not EventPage.objects.filter(slug="open-day").exists()


@pytest.mark.parametrize(
    ("model", "factory", "search"),
    [(Author, AuthorFactory, "Mentor"), (Category, CategoryFactory, "Carers")],
)
def test_snippet_listings_have_search_and_filters(admin_client, site_home, model, factory, search):
    factory(name=f"{search} one", locale=Locale.get_default())
    factory(name="Someone else", locale=Locale.get_default())
    url = reverse(f"wagtailsnippets_blog_{model._meta.model_name}:list")
    response = admin_client.get(url, {"q": search})
    assert response.status_code == 200
    html = response.content.decode()
    assert f"{search} one" in html and "Someone else" not in html
    assert 'name="locale"' in html


def test_the_event_form_edits_every_field_a_post_form_does_but_date_and_type():
    """Event pages extend the post's panels, so a field added to posts shows on events too."""

    def fields(model):
        return set(model.get_edit_handler().get_form_class()._meta.fields)

    # An event's date comes from its start, and its type is always 'event'.
    assert fields(BlogPage) - {"date", "post_type"} <= fields(EventPage)
    assert {"start", "end", "write_up"} <= fields(EventPage)
