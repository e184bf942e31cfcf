"""Every public form field is drawn by the one field template, through Django's form renderer."""

import pytest
from django.core import signing
from django.core.cache import cache
from django.forms.renderers import get_default_renderer

from home.factories import StandardPageFactory
from hub.feedback.factories import PageFeedbackFactory
from hub.feedback.views import REF_SALT
from hub.forms.renderers import SiteFormRenderer
from hub.newsletter.forms import SubscribeForm
from hub.protection.tokens import make_form_token
from hub.stories.factories import StoryFormPageFactory
from opportunities.factories import OpportunityIndexPageFactory

FIELD_TEMPLATE = "forms/field.html"


@pytest.fixture
def form_pages(site_home):
    """Each public form page with data that gets it refused, so its error state shows."""
    privacy = StandardPageFactory(parent=site_home, title="Privacy", slug="privacy")
    index = OpportunityIndexPageFactory(parent=site_home, privacy_notice=privacy)
    story = StoryFormPageFactory(parent=site_home, privacy_page=privacy)
    feedback = PageFeedbackFactory(page=privacy)
    return {
        "interest": (index.url + "register/", {"email": "not-an-email", "phone": "x"}),
        "story": (story.url, {}),
        "newsletter": ("/newsletter/subscribe/", {"email": "not-an-email"}),
        "comment": (f"/feedback/more/?ref={signing.dumps(feedback.pk, salt=REF_SALT)}", {"comment": "x" * 600}),
    }


def send(client, url, data):
    return client.post(url, {"form_token": make_form_token(url.split("?")[0]), **data})


def test_the_site_renderer_draws_fields_with_the_one_template():
    assert isinstance(get_default_renderer(), SiteFormRenderer)
    assert SubscribeForm(action="/newsletter/subscribe/")["email"].template_name == FIELD_TEMPLATE


@pytest.mark.django_db
def test_every_field_of_every_public_form_uses_the_one_template(client, form_pages):
    for name, (url, data) in form_pages.items():
        for sent in (None, data):
            cache.clear()  # build the forms kept as fragments too (docs/caching.md), so their fields are counted
            response = client.get(url) if sent is None else send(client, url, sent)
            html = response.content.decode()
            used = [template.name for template in response.templates]
            # Every field group comes from the template (the text size and contrast bar's too), except the
            # header's search box, which is part of NHS.UK's header component.
            groups = html.count('<div class="nhsuk-form-group') - html.count('id="header-search"')
            assert used.count(FIELD_TEMPLATE) == groups > 0, name
            assert "components/form_field.html" not in used and "(optional) (optional)" not in html, name


@pytest.mark.django_db
def test_errors_hints_and_optional_markers_are_drawn_and_linked(client, form_pages):
    html = send(client, *form_pages["interest"]).content.decode()
    assert '<label class="nhsuk-label" for="id_best_time">Best time to contact you (optional)</label>' in html
    assert 'aria-describedby="id_email-hint id_email-error"' in html
    assert '<span class="nhsuk-error-message" id="id_email-error">' in html
    assert '<fieldset class="nhsuk-fieldset" aria-describedby="id_contact_method-error">' in html
    assert '<legend class="nhsuk-fieldset__legend nhsuk-fieldset__legend--s">Your details</legend>' in html
    assert 'id="id_consent-hint">Only our involvement team sees your details.' in html
    assert '<a class="nhsuk-link" href="/privacy/">Read our privacy notice</a>' in html
    story = client.get(form_pages["story"][0]).content.decode()
    assert '<a href="/privacy/">Read how we keep and use stories</a>' in story
    assert 'type="checkbox" value="on" aria-describedby="id_consent-hint">' in story
