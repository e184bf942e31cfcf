"""Share your story: default questions, consent, storage first, protected and escaped in the admin."""

import logging
import re
from datetime import timedelta
from html import escape

import pytest
from django.contrib.auth.models import Group, Permission
from django.core import mail
from django.test import Client
from django.utils import timezone
from wagtail.models import GroupPagePermission, Locale, Page
from wagtail.test.utils import WagtailPageTestCase
from wagtail_localize.models import StringSegment, TranslationSource

from home.factories import HomePageFactory, use_as_site_root
from home.models import HomePage, StandardPage
from hub.protection.tokens import make_form_token
from hub.stories.factories import StoryFormPageFactory
from hub.stories.models import DEFAULT_QUESTIONS, StoryFormPage, StorySubmission
from hub.stories.retention import purge_old_stories

pytestmark = pytest.mark.django_db

STORY = "<b>It helped</b> =1+1"


@pytest.fixture
def strict_client():
    return Client(enforce_csrf_checks=True)


def answers(page, **overrides):
    data = {
        "form_token": make_form_token(page.url),
        "website": "",
        "your_story": STORY,
        "usage": "anonymous",
        "how_should_we_credit_you": "A carer",
        "how_can_we_contact_you": "",
        "consent": "on",
    }
    data.update(overrides)
    return {key: value for key, value in data.items() if value is not None}


def test_a_new_page_starts_with_the_default_questions(story_page):
    assert [field.label for field in story_page.form_fields.all()] == [q["label"] for q in DEFAULT_QUESTIONS]
    assert StoryFormPage().form_fields.count() == len(DEFAULT_QUESTIONS)


def test_translators_translate_the_questions_and_answers_keep_the_english_names(story_page):
    source, _ = TranslationSource.get_or_create_from_instance(story_page)
    strings = set(StringSegment.objects.filter(source=source).values_list("string__data", flat=True))
    for question in DEFAULT_QUESTIONS:
        assert {question["label"], question["help_text"]} <= strings

    polish = story_page.copy_for_translation(Locale.objects.get_or_create(language_code="pl")[0], copy_parents=True)
    question = polish.form_fields.get(clean_name="your_story")
    question.label = "Twoja historia"
    question.save()
    assert question.clean_name == "your_story"
    assert question.locale.language_code == "pl"


def test_the_form_asks_for_explicit_consent_naming_health_and_linking_privacy(strict_client, story_page):
    response = strict_client.get(story_page.url)
    assert response.status_code == 200
    html = response.content.decode()
    assert "Your story" in html and "Anonymously: without my name" in html
    assert "about my health" in html
    assert f'href="{story_page.privacy_page.url}"' in html
    assert 'name="consent" type="checkbox"' in html and "checked" not in html.split('name="consent"')[1][:40]
    assert not response.cookies, "the form's page sets no cookie (no CSRF cookie either)"


def test_a_story_is_stored_then_the_team_is_told_without_the_story(strict_client, story_page):
    response = strict_client.post(story_page.url, answers(story_page))
    assert response.status_code == 303
    assert not response.cookies
    thanks = strict_client.get(response["Location"])
    assert "Thank you for sharing your story" in thanks.content.decode()
    assert "no-store" in thanks["Cache-Control"]
    submission = StorySubmission.objects.get()
    assert submission.form_data == {
        "your_story": STORY,
        "how_should_we_credit_you": "A carer",
        "how_can_we_contact_you": "",
        "consent": True,
    }
    (message,) = mail.outbox
    assert message.to == ["stories@riverside.example"]
    assert f"/admin/forms/submissions/{story_page.pk}/" in message.body
    assert "It helped" not in message.body and "carer" not in message.body
    assert str(submission).startswith("Story ") and "It helped" not in str(submission)


@pytest.mark.parametrize(
    ("override", "message"),
    [
        ({"consent": None}, "Tick the box to say you agree"),
        ({"your_story": ""}, "Answer the question &#x27;Your story&#x27;"),
        ({"your_story": "x" * 10001}, "at most 10000 characters"),
        ({"how_should_we_credit_you": "x" * 256}, "at most 255 characters"),
        ({"usage": "sell"}, "Select a valid choice"),
        ({"usage": None}, "Choose how we may use your story"),
    ],
)
def test_bad_answers_are_explained_and_kept(client, story_page, override, message):
    response = client.post(story_page.url, answers(story_page, **override))
    assert response.status_code == 400
    html = response.content.decode()
    assert "There is a problem" in html and message in html
    if override.get("your_story") != "":
        assert "&lt;b&gt;It helped&lt;/b&gt;" in html or "x" * 100 in html
    assert not StorySubmission.objects.exists() and not mail.outbox


def test_an_expired_form_keeps_the_answers(client, story_page, settings):
    settings.HUB_FORM_TOKEN_MAX_AGE = -1
    response = client.post(story_page.url, answers(story_page))
    assert response.status_code == 400
    html = response.content.decode()
    assert "send the form again" in html and "&lt;b&gt;It helped&lt;/b&gt;" in html
    fresh = re.search(r'name="form_token" value="([^"]+)"', html).group(1)
    settings.HUB_FORM_TOKEN_MAX_AGE = 3600
    assert client.post(story_page.url, answers(story_page, form_token=fresh)).status_code == 303
    assert StorySubmission.objects.count() == 1


def test_a_forged_token_or_another_site_is_refused(strict_client, story_page):
    assert strict_client.post(story_page.url, answers(story_page, form_token="forged")).status_code == 403
    other = answers(story_page, form_token=make_form_token("/newsletter/subscribe/"))
    assert strict_client.post(story_page.url, other).status_code == 403
    assert (
        strict_client.post(story_page.url, answers(story_page), HTTP_ORIGIN="https://evil.example").status_code == 403
    )
    assert not StorySubmission.objects.exists()


def test_a_failed_email_loses_nothing_and_logs_no_story(client, story_page, settings, caplog):
    settings.EMAIL_BACKEND = "hub.newsletter.tests.failing_backend.RefusingEmailBackend"
    with caplog.at_level(logging.INFO):
        response = client.post(story_page.url, answers(story_page, how_can_we_contact_you="me@example.org"))
    assert response.status_code == 303
    assert "Your story has reached us" in client.get(response["Location"]).content.decode()
    submission = StorySubmission.objects.get()
    assert f"submission {submission.pk}" in caplog.text
    assert "It helped" not in caplog.text and "me@example.org" not in caplog.text
    assert "stories@riverside.example" not in caplog.text


def test_reloading_the_thank_you_page_sends_nothing_again(client, story_page):
    thanks = client.post(story_page.url, answers(story_page))["Location"]
    for _reload in range(2):
        assert "Thank you for sharing your story" in client.get(thanks).content.decode()
    assert StorySubmission.objects.count() == 1 and len(mail.outbox) == 1


def test_without_this_pages_signed_sent_value_the_page_shows_the_form(client, story_page):
    other = StoryFormPageFactory(parent=story_page.get_parent(), slug="another-story-form")
    other_thanks = client.post(other.url, answers(other))["Location"]
    for query in ("", "?sent=forged", other_thanks[other_thanks.index("?") :]):
        html = client.get(story_page.url + query).content.decode()
        assert "Thank you for sharing your story" not in html and 'name="your_story"' in html


def test_the_honeypot_stores_nothing(client, story_page):
    response = client.post(story_page.url, answers(story_page, website="http://spam.example"))
    assert response.status_code == 303
    assert "Thank you" in client.get(response["Location"]).content.decode()
    assert not StorySubmission.objects.exists() and not mail.outbox


def test_a_flood_from_one_address_is_limited_and_others_still_served(client, story_page, site_home, settings):
    statuses = [
        client.post(story_page.url, answers(story_page), REMOTE_ADDR="203.0.113.9").status_code for _ in range(100)
    ]
    accepted = settings.PUBLIC_FORM_RATE_LIMIT
    assert statuses.count(303) == accepted and statuses.count(429) == 100 - accepted
    flood_response = client.post(story_page.url, answers(story_page), REMOTE_ADDR="203.0.113.9")
    html = flood_response.content.decode()
    assert "We have not received what you just sent" in html and "reached us" not in html
    assert 0 < int(flood_response["Retry-After"]) <= settings.PUBLIC_FORM_RATE_PERIOD == 3600
    assert "please send them again in 60 minutes" in html
    # The story is still in the form, ready to send later.
    assert escape(STORY) in html and escape("A carer") in html
    assert client.post(story_page.url, answers(story_page), REMOTE_ADDR="198.51.100.7").status_code == 303
    assert client.get(story_page.url, REMOTE_ADDR="203.0.113.9").status_code == 200
    assert client.get("/", REMOTE_ADDR="198.51.100.7").status_code == 200
    assert StorySubmission.objects.count() == accepted + 1


def test_help_text_html_is_shown_as_text(client, story_page):
    field = story_page.form_fields.first()
    field.help_text = "<script>alert(1)</script><b>bold</b>"
    field.save()
    html = client.get(story_page.url).content.decode()
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html and "<b>bold</b>" not in html


@pytest.fixture
def stored_stories(story_page):
    StorySubmission.objects.create(page=story_page, form_data={"your_story": "<script>x()</script>", "consent": True})
    StorySubmission.objects.create(
        page=story_page, form_data={"your_story": '=HYPERLINK("http://evil")', "consent": True}
    )
    StorySubmission.objects.create(page=story_page, form_data={"your_story": "\tTabbed", "consent": True})


def submissions_url(page, export=""):
    return f"/admin/forms/submissions/{page.pk}/" + (f"?export={export}" if export else "")


def test_the_stories_team_can_read_and_export(client, django_user_model, story_page, stored_stories):
    user = django_user_model.objects.create_user("stories", password="x")
    user.groups.add(Group.objects.get(name="Stories"))
    client.force_login(user)
    dashboard = client.get("/admin/").content.decode()
    assert "/admin/stories/" in dashboard and "/admin/forms/" not in dashboard
    listing = client.get("/admin/stories/").content.decode()
    assert submissions_url(story_page) in listing
    html = client.get(submissions_url(story_page)).content.decode()
    assert "&lt;script&gt;x()&lt;/script&gt;" in html and "<script>x()</script>" not in html
    csv = b"".join(client.get(submissions_url(story_page, "csv")).streaming_content).decode()
    assert "'=HYPERLINK" in csv and "'\tTabbed" in csv
    assert client.get(f"/admin/pages/{story_page.pk}/edit/").status_code in (302, 403), "reading is not editing"


def test_editors_who_can_edit_the_page_cannot_read_stories(client, django_user_model, story_page, stored_stories):
    group = Group.objects.create(name="Page editors")
    group.permissions.add(Permission.objects.get(codename="access_admin"))
    GroupPagePermission.objects.create(group=group, page=Page.get_first_root_node(), permission_type="change")
    editor = django_user_model.objects.create_user("editor", password="x")
    editor.groups.add(group)
    client.force_login(editor)
    assert client.get(f"/admin/pages/{story_page.pk}/edit/").status_code == 200
    for url in (submissions_url(story_page), submissions_url(story_page, "csv")):
        response = client.get(url)
        assert response.status_code in (302, 403), url
        assert b"HYPERLINK" not in response.content
    assert submissions_url(story_page) not in client.get("/admin/forms/").content.decode()
    assert client.get("/admin/stories/").status_code in (302, 403)
    assert "/admin/stories/" not in client.get("/admin/").content.decode()


def test_old_stories_are_purged(story_page, stored_stories):
    StorySubmission.objects.filter(form_data__your_story="\tTabbed").update(
        submit_time=timezone.now() - timedelta(days=400)
    )
    assert purge_old_stories(timezone.now() - timedelta(days=365)) == 1
    assert StorySubmission.objects.count() == 2


class TestPageRules(WagtailPageTestCase):
    def test_it_goes_under_a_home_page_once(self):
        self.assertAllowedParentPageTypes(StoryFormPage, {HomePage})
        self.assertCanNotCreateAt(StandardPage, StoryFormPage)
        self.assertAllowedSubpageTypes(StoryFormPage, set())

    def test_only_one_per_home_page(self):
        Locale.objects.get_or_create(language_code="en")
        home = HomePageFactory(parent=Page.get_first_root_node(), slug="only-home")
        self.assertCanCreateAt(HomePage, StoryFormPage)
        StoryFormPageFactory(parent=home)
        assert not StoryFormPage.can_create_at(home)


def test_a_new_page_in_the_admin_starts_with_the_default_questions(admin_client, site_home):
    html = admin_client.get(f"/admin/pages/add/stories/storyformpage/{site_home.pk}/").content.decode()
    for question in DEFAULT_QUESTIONS:
        assert f'value="{question["label"]}"' in html
    assert "about my health" in html


class TestPreview(WagtailPageTestCase):
    def test_form_and_landing_previews_render(self):
        Locale.objects.get_or_create(language_code="en")
        home = HomePageFactory(parent=Page.get_first_root_node(), slug="preview-home")
        use_as_site_root(home)
        page = StoryFormPageFactory(parent=home)
        self.assertPageIsPreviewable(page, mode="form")
        self.assertPageIsPreviewable(page, mode="landing")
        self.assertPageIsRenderable(page)
