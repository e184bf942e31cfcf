"""No log line, at any level and from any logger, holds what a visitor sent.

Every public form is sent with marker values: accepted, refused for bad
input, over the rate limit, with email working, failing, and refused by the
mail server the way SMTP refuses (its error names the addresses). Then every
captured log record, tracebacks included, is searched for the markers.
"""

import logging
import re

import pytest

from blog.bookings.emails import cancel_path
from blog.bookings.factories import BookableEventFactory
from blog.bookings.models import Booking
from blog.factories import BlogIndexPageFactory
from home.factories import StandardPageFactory
from hub.newsletter.emails import confirm_token, unsubscribe_token
from hub.newsletter.models import Subscriber
from hub.protection.tokens import make_form_token
from hub.stories.factories import StoryFormPageFactory
from opportunities.factories import OpportunityIndexPageFactory, OpportunityPageFactory

pytestmark = pytest.mark.django_db

NAME = "Zephyrine Quillfeather"
EMAIL = "zephyrine.quill@example.org"
PHONE = "+44 20 7946 0991"
TEXT = "my marker story about the ward quokka"
MARKERS = (NAME, EMAIL, PHONE, "7946 0991", TEXT, "quokka")

EMAIL_BACKENDS = [
    "django.core.mail.backends.locmem.EmailBackend",
    "hub.newsletter.tests.failing_backend.EmailBackend",
    "hub.newsletter.tests.failing_backend.RefusingEmailBackend",
]


@pytest.fixture
def every_log(caplog):
    """Capture every logger at DEBUG, even those the settings keep from reaching the root logger."""
    changed = []
    for logger in [logging.getLogger(name) for name in list(logging.root.manager.loggerDict)]:
        changed.append((logger, logger.level, logger.propagate))
        logger.setLevel(logging.NOTSET)
        logger.propagate = True
    with caplog.at_level(logging.DEBUG):
        yield caplog
    for logger, level, propagate in changed:
        logger.setLevel(level)
        logger.propagate = propagate


def post(client, url, data, **extra):
    """Post as the form's page would, with its signed token, and follow the redirect (Post/Redirect/Get)."""
    path = url.split("?")[0]
    response = client.post(url, {"form_token": make_form_token(path), **data}, **extra)
    if response.status_code in (302, 303):
        assert client.get(response["Location"]).status_code in (200, 302)
    return response


def send_every_form(client, site_home):
    index = OpportunityIndexPageFactory(parent=site_home)
    role = OpportunityPageFactory(parent=index, contact_email="team@riverside.example")
    story_page = StoryFormPageFactory(parent=site_home)
    event = BookableEventFactory(
        parent=BlogIndexPageFactory(parent=site_home),
        places=1,
        privacy_notice=StandardPageFactory(parent=site_home, slug="privacy"),
    )
    booking = {
        "name": NAME,
        "email": EMAIL,
        "phone": PHONE,
        "access_needs": ["bsl"],
        "access_details": TEXT,
        "consent": "on",
    }
    interest = {
        "name": NAME,
        "contact_method": "either",
        "email": EMAIL,
        "phone": PHONE,
        "best_time": TEXT,
        "adjustments": TEXT,
        "relationship": "carer",
        "consent": "on",
    }
    story = {
        "your_story": TEXT,
        "usage": "first_name",
        "how_should_we_credit_you": NAME,
        "how_can_we_contact_you": f"{EMAIL} or {PHONE}",
        "consent": "on",
    }
    statuses = [
        post(client, role.url + "apply/", interest).status_code,
        post(client, role.url + "apply/", {**interest, "consent": ""}).status_code,
        post(client, role.url + "apply/", {**interest, "email": NAME}).status_code,
        post(client, index.url + "register/", interest).status_code,
        post(client, story_page.url, story).status_code,
        post(client, story_page.url, {**story, "consent": ""}).status_code,
        post(client, event.url + "book/", booking).status_code,
        post(client, event.url + "book/", {**booking, "name": f"{NAME} again"}).status_code,
        post(client, event.url + "book/", {**booking, "email": NAME, "phone": TEXT}).status_code,
        post(client, "/newsletter/subscribe/", {"email": EMAIL, "consent": "on"}).status_code,
        post(client, "/newsletter/subscribe/", {"email": EMAIL, "consent": ""}).status_code,
        post(client, "/newsletter/subscribe/", {"email": f"{NAME}@", "consent": "on"}).status_code,
    ]
    feedback = post(client, "/feedback/send/", {"page": site_home.pk, "useful": "no"})
    statuses.append(feedback.status_code)
    if feedback.status_code == 303:
        more = _comment_address(client, feedback["Location"])
        statuses += [
            post(client, more, {"comment": "x" * 600 + TEXT}).status_code,
            post(client, more, {"comment": f"{TEXT} {NAME} {EMAIL} {PHONE}"}).status_code,
        ]
    first_booking = Booking.objects.filter(name=NAME).first()
    if first_booking is not None:
        statuses.append(post(client, event.url + cancel_path(first_booking), {}).status_code)
    subscriber = Subscriber.objects.filter(email=EMAIL).first()
    if subscriber is not None:
        statuses.append(client.post(f"/newsletter/confirm/{confirm_token(subscriber)}/").status_code)
        statuses.append(client.post(f"/newsletter/unsubscribe/{unsubscribe_token(subscriber)}/").status_code)
    return statuses


def assert_no_markers(records):
    for record in records:
        logged = record.getMessage() + (record.exc_text or "")
        if record.exc_info:
            logged += logging.Formatter().formatException(record.exc_info)
        for marker in MARKERS:
            assert marker.lower() not in logged.lower(), f"{record.name} logged what a visitor sent: {logged[:200]}"


def _comment_address(client, answered):
    """The "tell us more" link on the page the visitor is sent back to after answering."""
    html = client.get(answered).content.decode()
    return re.search(r'href="(/feedback/more/\?ref=[^"]+)"', html).group(1).replace("&amp;", "&")


@pytest.mark.parametrize("email_backend", EMAIL_BACKENDS)
def test_no_log_line_holds_what_a_visitor_sent(client, site_home, settings, every_log, email_backend):
    settings.EMAIL_BACKEND = email_backend
    settings.NEWSLETTER_BACKEND = "hub.newsletter.tests.failing_backend.NewsletterBackend"
    statuses = send_every_form(client, site_home)
    assert 400 in statuses and (302 in statuses or 303 in statuses)
    assert every_log.records, "the forms log something (failures, refusals), so the search is not empty"
    if email_backend != EMAIL_BACKENDS[0]:
        assert any(re.search(r"failed|could not be sent", record.getMessage()) for record in every_log.records)
    assert_no_markers(every_log.records)


def test_no_log_line_holds_what_a_visitor_sent_over_the_rate_limit(client, site_home, settings, every_log):
    settings.PUBLIC_FORM_RATE_LIMIT = 1
    settings.FEEDBACK_RATE_LIMIT_PER_PAGE = 1
    statuses = send_every_form(client, site_home)
    assert 429 in statuses
    assert_no_markers(every_log.records)
