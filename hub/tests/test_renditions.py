"""No visitor waits for an image to be encoded: renditions are made when an image is saved or a page published.

Every test counts rendition rows around a visitor's request; the first proves
the count does see renditions made inside a request.
"""

import pytest
from django.core.management import call_command
from django_tasks import TaskResultStatus
from wagtail.images import get_image_model

from blog.factories import BlogIndexPageFactory, BlogPageFactory
from hub.factories import ImageFactory
from hub.images.specs import NAMED_SPECS, all_specs
from hub.images.tasks import make_image_renditions
from hub.models import TrustIdentity

pytestmark = pytest.mark.django_db

Rendition = get_image_model().get_rendition_model()


def specs_made(image):
    return set(image.renditions.values_list("filter_spec", flat=True))


def post_with(site_home, image):
    """A live post whose hero is ``image`` (shown as a <picture> and as the social-sharing picture)."""
    index = BlogIndexPageFactory(parent=site_home, slug="news")
    return BlogPageFactory(parent=index, slug="garden", hero_image=image)


def visit(client, page):
    """Renditions made while a visitor's request for ``page`` ran, with the response."""
    before = Rendition.objects.count()
    response = client.get(page.url)
    assert response.status_code == 200
    return Rendition.objects.count() - before, response


def test_without_the_warm_up_a_visit_makes_renditions(client, site_home):
    """The check below can fail: an image saved without its on-commit step leaves the work to the visitor."""
    image = ImageFactory(file__width=1000, file__height=600)
    made, _ = visit(client, post_with(site_home, image))
    assert made > 0


def test_an_uploaded_image_has_every_rendition_the_templates_use(django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        image = ImageFactory(file__width=1000, file__height=600)
    assert specs_made(image) == set(all_specs(image))
    assert set(NAMED_SPECS.values()) <= specs_made(image)


def test_a_page_with_new_images_makes_no_rendition_while_a_visitor_waits(
    client, site_home, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        image = ImageFactory(file__width=1000, file__height=600)
    post = post_with(site_home, image)
    made, response = visit(client, post)
    assert made == 0
    html = response.content.decode()
    assert "<picture>" in html and 'property="og:image"' in html
    made, response = visit(client, site_home)  # the post's card on the home page
    assert made == 0


def test_the_templates_ask_for_no_spec_missing_from_the_list(client, site_home):
    """Every rendition a page makes on its own is one ``all_specs`` lists, so the warm-up covers it."""
    image = ImageFactory(file__width=1000, file__height=600)
    post = post_with(site_home, image)
    visit(client, post)
    visit(client, site_home)
    assert specs_made(image)
    assert specs_made(image) <= set(all_specs(image))


def test_the_header_logo_is_its_named_rendition(client, site_home, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        logo = ImageFactory(file__width=400, file__height=160)
    identity = TrustIdentity.for_site(site_home.get_site())
    identity.logo = logo
    identity.save()
    made, response = visit(client, site_home)
    assert made == 0
    rendition = logo.renditions.get(filter_spec=NAMED_SPECS["logo"])
    assert f'<img src="{rendition.url}" width="200" height="80" class="nhsuk-header__organisation-logo" alt="">' in (
        response.content.decode()
    )


def test_publishing_a_page_makes_the_renditions_of_its_images(client, site_home, django_capture_on_commit_callbacks):
    image = ImageFactory(file__width=1000, file__height=600)  # saved without its warm-up
    post = post_with(site_home, image)
    with django_capture_on_commit_callbacks(execute=True):
        post.save_revision().publish()
    assert specs_made(image) == set(all_specs(image))
    made, _ = visit(client, post)
    assert made == 0


def test_make_renditions_makes_only_the_missing_ones(client, site_home, capsys):
    image = ImageFactory(file__width=1000, file__height=600)
    call_command("make_renditions")
    assert specs_made(image) == set(all_specs(image))
    assert f"Made {len(all_specs(image))} renditions for 1 images." in capsys.readouterr().out
    call_command("make_renditions")
    assert "Made 0 renditions for 1 images." in capsys.readouterr().out
    made, _ = visit(client, post_with(site_home, image))
    assert made == 0


def test_make_renditions_reports_an_image_whose_file_is_missing(capsys):
    image = ImageFactory(file__width=1000, file__height=600)
    image.file.storage.delete(image.file.name)
    call_command("make_renditions")
    output = capsys.readouterr()
    assert f"Image {image.pk}" in output.err and "missing" in output.err
    assert "Made 0 renditions for 1 images." in output.out


def test_an_image_that_cannot_be_read_is_still_saved_and_its_task_fails(django_capture_on_commit_callbacks):
    """A broken file fails the background task (logged by django-tasks), never the editor's save."""
    image = ImageFactory(file__width=1000, file__height=600)
    image.file.storage.delete(image.file.name)
    image.title = "Renamed"
    with django_capture_on_commit_callbacks(execute=True):
        image.save()
    assert get_image_model().objects.get(pk=image.pk).title == "Renamed"
    assert not image.renditions.exists()
    assert make_image_renditions.enqueue(image.pk).status == TaskResultStatus.FAILED
