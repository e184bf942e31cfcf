"""Smaller things editors met (issue 17, item 9): each one checked through the admin or the model."""

import io
import re

import pytest
from django.contrib.auth import get_user_model
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from django.urls import reverse
from PIL import Image as PILImage
from wagtail.test.utils.form_data import rich_text

from blog.blocks import BlogStreamBlock
from hub.blocks import BodyStreamBlock, StandardPageStreamBlock
from hub.editors.groups import COMMUNICATIONS, INVOLVEMENT
from hub.models import SiteBanner
from opportunities.factories import AreaFactory, OpportunityIndexPageFactory, OpportunityPageFactory


def _png():
    buffer = io.BytesIO()
    PILImage.new("RGB", (40, 30), "teal").save(buffer, "PNG")
    return SimpleUploadedFile("garden.png", buffer.getvalue(), content_type="image/png")


@pytest.mark.django_db
def test_an_upload_without_alt_text_keeps_the_title_and_says_to_choose_the_file_again(client, make_user):
    client.force_login(make_user("alex", COMMUNICATIONS))
    response = client.post(reverse("wagtailimages:add"), {"title": "Community garden", "file": _png(), "collection": 1})
    assert response.status_code == 200
    html = response.content.decode()
    assert "Write the alt text, or tick" in html
    assert "Choose the file again" in html
    assert 'value="Community garden"' in html


def test_cookie_choices_are_offered_on_standard_pages_only():
    assert "cookie_choices" in StandardPageStreamBlock.base_blocks
    assert "cookie_choices" not in BodyStreamBlock.base_blocks
    assert "cookie_choices" not in BlogStreamBlock.base_blocks


@pytest.mark.django_db
def test_role_areas_are_checkboxes_and_the_roles_list_names_each_language(client, site_home, make_user):
    AreaFactory(name="Inpatient wards")
    role = OpportunityPageFactory(parent=OpportunityIndexPageFactory(parent=site_home), title="Peer mentor")
    client.force_login(make_user("jo", INVOLVEMENT))
    edit = client.get(reverse("wagtailadmin_pages:edit", args=(role.pk,))).content.decode()
    assert re.search(r'<input type="checkbox" name="areas"', edit)
    assert '<select name="areas"' not in edit
    listing = client.get(reverse("roles:index")).content.decode()
    assert "Language" in listing and "English" in listing


@pytest.mark.django_db
def test_the_banner_can_be_previewed_as_typed_and_its_switch_has_a_neutral_icon(site_home):
    admin = get_user_model().objects.create_superuser("boss", "boss@riverside.example", "x" * 16)
    client = Client()
    client.force_login(admin)
    site = site_home.get_site()
    edit_url = reverse("wagtailsettings:edit", args=("hub", "sitebanner", site.pk))
    form = client.get(edit_url).content.decode()
    assert "#icon-tick-inverse" not in form, "a ticked box would say the banner shows while it is unticked"
    assert "data-w-preview-url-value" in form or "w-preview" in form

    preview_url = reverse("wagtailsettings:preview_on_edit", args=("hub", "sitebanner", site.pk))
    data = {
        "enabled": "",
        "title": "Closed on Monday",
        "message": rich_text("<p>Call 111 if you need help now.</p>"),
        "style": "urgent",
        "starts_at": "",
        "ends_at": "",
    }
    assert client.post(preview_url, data).json()["is_valid"]
    html = client.get(preview_url).content.decode()
    assert "Closed on Monday" in html and "Call 111 if you need help now." in html
    assert "It is not showing" in html
    assert not SiteBanner.for_site(site).enabled, "previewing saves nothing"


def test_the_public_policy_lets_the_nhs_typeface_load(settings):
    fonts = settings.CONTENT_SECURITY_POLICY["DIRECTIVES"]["font-src"]
    assert fonts == ["'self'", "https://assets.nhs.uk"]
    assert settings.ADMIN_CONTENT_SECURITY_POLICY["DIRECTIVES"]["font-src"] == fonts
