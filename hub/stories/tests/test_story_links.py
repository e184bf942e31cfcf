"""Issue 21: a content note, help on every step, save and finish later, how a story may be used, and withdrawing."""

import logging
import re
from datetime import timedelta
from html import unescape
from urllib.parse import urlsplit

import pytest
from django.contrib.auth.models import Group
from django.core import mail, signing
from django.utils import timezone

from hub.privacy.retention import cutoff, purge
from hub.protection.tokens import make_form_token
from hub.stories.models import DEFAULT_CONTENT_NOTE, WITHDRAW_SALT, StoryDraft, StorySubmission
from hub.stories.tests.test_story_form import answers

pytestmark = pytest.mark.django_db

EMAIL = "river.reader@example.org"
HELP = "If you need help now"


def link_in(html, name):
    """The path and query of the first link on the page that carries ``?name=``."""
    url = unescape(re.search(rf'href="([^"]+\?{name}=[^"]+)"', html).group(1))
    parts = urlsplit(url)
    return f"{parts.path}?{parts.query}"


def save(client, page, **overrides):
    return client.post(page.url, answers(page, save_draft="1", **overrides))


def test_the_form_opens_with_a_content_note_and_help(client, story_page):
    html = client.get(story_page.url).content.decode()
    note, help_box, form = (html.index(text) for text in ("Before you start", HELP, 'name="your_story"'))
    assert note < help_box < form
    assert "bring back difficult feelings" in html and DEFAULT_CONTENT_NOTE.startswith("Writing about")
    assert "keeps your answers for 14 days" in html


def test_save_and_come_back_restores_the_answers_without_requiring_any(client, story_page, caplog):
    with caplog.at_level(logging.DEBUG):
        response = save(client, story_page, consent=None, usage=None, how_can_we_contact_you=EMAIL)
    assert EMAIL not in caplog.text and "It helped" not in caplog.text
    assert response.status_code == 200
    html = response.content.decode()
    assert "Your answers are saved" in html and HELP in html and "The link works for 14 days" in html
    assert "no-store" in response["Cache-Control"]
    assert not StorySubmission.objects.exists()
    draft = StoryDraft.objects.get()
    assert draft.form_data["your_story"] == answers(story_page)["your_story"]
    link = link_in(html, "draft")
    (message,) = mail.outbox
    assert message.to == [EMAIL] and link in message.body and "It helped" not in message.body

    restored = client.get(link).content.decode()
    assert "Your saved answers are back in the form" in restored
    assert "&lt;b&gt;It helped&lt;/b&gt; =1+1</textarea>" in restored and f'value="{EMAIL}"' in restored
    assert 'name="draft" value="' in restored

    # Saving again keeps one draft; sending the story deletes it.
    token = re.search(r'name="draft" value="([^"]+)"', restored).group(1)
    assert save(client, story_page, draft=token).status_code == 200
    assert StoryDraft.objects.count() == 1
    assert client.post(story_page.url, answers(story_page, draft=token)).status_code == 303
    assert not StoryDraft.objects.exists() and StorySubmission.objects.count() == 1


def test_a_draft_is_checked_like_the_form(client, story_page, settings):
    too_long = save(client, story_page, your_story="x" * 10001)
    assert too_long.status_code == 400 and "at most 10000 characters" in too_long.content.decode()
    assert "x" * 100 in too_long.content.decode()
    forged = save(client, story_page, form_token="forged")
    assert forged.status_code == 400 and "Something went wrong with this form" in forged.content.decode()
    assert save(client, story_page, website="http://spam.example").status_code == 303
    assert not StoryDraft.objects.exists()
    settings.PUBLIC_FORM_RATE_LIMIT = 2  # the honeypot's post counted as one
    assert save(client, story_page).status_code == 200
    paused = save(client, story_page)
    assert paused.status_code == 429 and "It helped" in unescape(paused.content.decode())
    assert StoryDraft.objects.count() == 1


def test_a_bad_or_expired_draft_link_says_so(client, story_page, settings):
    assert client.get(story_page.url + "?draft=forged").status_code == 400
    link = link_in(save(client, story_page).content.decode(), "draft")
    settings.STORY_DRAFT_RETENTION_DAYS = 0
    response = client.get(link)
    assert response.status_code == 400
    html = response.content.decode()
    assert "This link does not work" in html and "more than 0 days old" in html and HELP in html


def test_drafts_are_purged_after_their_own_period(story_page, settings):
    old = StoryDraft.objects.create(page=story_page, form_data={"your_story": "old"})
    StoryDraft.objects.filter(pk=old.pk).update(saved_at=timezone.now() - timedelta(days=15))
    StoryDraft.objects.create(page=story_page, form_data={"your_story": "new"})
    assert purge(cutoff())["saved story drafts"] == 1
    assert list(StoryDraft.objects.values_list("form_data__your_story", flat=True)) == ["new"]


def test_the_sent_page_and_email_offer_a_withdraw_link_that_works(client, story_page, caplog):
    with caplog.at_level(logging.INFO):
        sent = client.post(story_page.url, answers(story_page, how_can_we_contact_you=EMAIL))
        thanks = client.get(sent["Location"]).content.decode()
        assert HELP in thanks and "If you change your mind" in thanks
        link = link_in(thanks, "withdraw")
        person_email = next(message for message in mail.outbox if message.to == [EMAIL])
        assert link in person_email.body and "It helped" not in person_email.body

        confirm = client.get(link)
        assert confirm.status_code == 200 and StorySubmission.objects.exists(), "opening the link deletes nothing"
        html = confirm.content.decode()
        assert HELP in html
        token = re.search(r'name="withdraw" value="([^"]+)"', html).group(1)
        withdraw = {"form_token": make_form_token(story_page.url), "website": "", "withdraw": token}
        done = client.post(story_page.url, withdraw)
        assert done.status_code == 200 and "Your story is withdrawn" in done.content.decode()
        assert not StorySubmission.objects.exists()
        again = client.get(link)
        assert again.status_code == 400 and "already be withdrawn" in again.content.decode()
    assert EMAIL not in caplog.text and "It helped" not in caplog.text and token not in caplog.text


def test_a_forged_withdraw_link_or_post_fails(client, story_page):
    client.post(story_page.url, answers(story_page))
    story = StorySubmission.objects.get()
    other = signing.dumps([story_page.pk, story.pk, "2000-01-01T00:00:00+00:00"], salt=WITHDRAW_SALT)
    for value in ("forged", signing.dumps([story_page.pk, story.pk, story.submit_time.isoformat()]), other):
        assert client.get(f"{story_page.url}?withdraw={value}").status_code == 400
        post = {"form_token": make_form_token(story_page.url), "withdraw": value}
        assert client.post(story_page.url, post).status_code == 400
    bad_form = {"form_token": make_form_token("/elsewhere/"), "withdraw": story.withdraw_token()}
    assert client.post(story_page.url, bad_form).status_code in (400, 403)
    assert StorySubmission.objects.count() == 1


def test_the_stories_team_sees_the_usage_next_to_the_story(client, django_user_model, story_page):
    client.post(story_page.url, answers(story_page, usage="first_name"))
    assert StorySubmission.objects.get().usage == "first_name"
    user = django_user_model.objects.create_user("stories", password="x")
    user.groups.add(Group.objects.get(name="Stories"))
    client.force_login(user)
    html = client.get(f"/admin/forms/submissions/{story_page.pk}/").content.decode()
    assert html.index("How the story may be used") < html.index("Your story")
    assert "With my first name" in html
    csv = b"".join(client.get(f"/admin/forms/submissions/{story_page.pk}/?export=csv").streaming_content).decode()
    header, row = csv.splitlines()[:2]
    assert "How the story may be used" in header and "With my first name" in row
