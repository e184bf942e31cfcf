"""The shared protection of the public site (hub/protection/)."""

import io
import logging
import re
from datetime import timedelta

import pytest
from django.core import mail
from django.core.cache import cache
from django.core.cache.backends.base import BaseCache
from django.test import Client, RequestFactory
from django.utils import timezone
from wagtail.models import Collection, CollectionViewRestriction, PageViewRestriction

from home.factories import StandardPageFactory
from hub.feedback.models import PageFeedback
from hub.models import RateLimitAttempt
from hub.newsletter.models import Subscriber
from hub.protection.ratelimit import Limit, client_address, record, wait_seconds
from hub.protection.tokens import make_form_token, token_action
from hub.stories.factories import StoryFormPageFactory
from hub.stories.models import StorySubmission
from opportunities.factories import OpportunityIndexPageFactory, OpportunityPageFactory
from opportunities.models import ExpressionOfInterest


def _comment_address(client, answered):
    """The "tell us more" link on the page the visitor is sent back to after answering."""
    html = client.get(answered).content.decode()
    return re.search(r'href="(/feedback/more/\?ref=[^"]+)"', html).group(1).replace("&amp;", "&")


def test_tokens_name_their_form_and_cannot_be_forged():
    token = make_form_token("/newsletter/subscribe/")
    assert token_action(token) == "/newsletter/subscribe/"
    assert token_action(token[:-2] + "xx") is None
    assert token_action("") is None
    assert token_action(token, max_age=-1) is None


def _request(address="192.0.2.1", **meta):
    return RequestFactory().post("/", REMOTE_ADDR=address, **meta)


@pytest.mark.django_db
def test_limits_count_per_address_and_scope():
    first, second = _request("192.0.2.1"), _request("192.0.2.2")
    limit = Limit("scope", 2, 60)
    assert wait_seconds(first, limit) == 0
    record(first, limit)
    record(first, limit)
    assert 59 <= wait_seconds(first, limit) <= 60
    assert wait_seconds(first, Limit("other scope", 2, 60)) == 0
    assert wait_seconds(second, limit) == 0
    # Neither the address nor the scope is stored as it is.
    assert not RateLimitAttempt.objects.filter(key__contains="192.0.2.1").exists()
    assert not RateLimitAttempt.objects.filter(key__contains="scope").exists()


@pytest.mark.django_db
def test_a_shared_limit_counts_everyone_together():
    limit = Limit("reset:someone@example.org", 1, 60, per_visitor=False)
    record(_request("192.0.2.1"), limit)
    assert wait_seconds(_request("192.0.2.2"), limit) > 0


@pytest.mark.django_db
def test_a_limit_of_zero_always_asks_to_wait_a_whole_period():
    """A form switched off with a limit of 0 pauses everyone (it once raised IndexError: a 500)."""
    assert wait_seconds(_request(), Limit("switched off", 0, 600)) == 600


@pytest.mark.django_db
def test_the_wait_is_until_the_oldest_attempt_in_the_window_expires():
    request, limit = _request(), Limit("scope", 2, 600)
    record(request, limit)
    RateLimitAttempt.objects.update(expires_at=timezone.now() + timedelta(seconds=100))
    record(request, limit)
    assert 99 <= wait_seconds(request, limit) <= 100
    RateLimitAttempt.objects.filter(expires_at__lt=timezone.now() + timedelta(seconds=200)).update(
        expires_at=timezone.now() - timedelta(seconds=1)
    )
    assert wait_seconds(request, limit) == 0
    # Expired attempts are deleted the next time one is recorded.
    record(request, limit)
    assert RateLimitAttempt.objects.count() == 2


class BrokenCache(BaseCache):
    """A cache whose every call fails, as Redis does when it is unreachable and errors are not ignored."""

    def __init__(self, location, params):
        super().__init__(params)

    def _fail(self, *args, **kwargs):
        raise ConnectionError("cache unreachable")

    add = get = set = touch = delete = clear = incr = has_key = _fail


@pytest.mark.django_db
def test_limits_do_not_use_the_cache(settings):
    settings.CACHES = {"default": {"BACKEND": "hub.tests.test_protection.BrokenCache"}}
    with pytest.raises(ConnectionError):
        cache.get("anything")
    request, limit = _request(), Limit("scope", 1, 60)
    assert wait_seconds(request, limit) == 0
    record(request, limit)
    assert wait_seconds(request, limit) > 0


@pytest.mark.parametrize(
    ("header", "meta", "expected"),
    [
        ("", {"HTTP_X_REAL_IP": "198.51.100.1"}, "10.0.0.1"),
        ("X-Real-IP", {"HTTP_X_REAL_IP": "198.51.100.1"}, "198.51.100.1"),
        ("X-Real-IP", {}, "10.0.0.1"),
        ("X-Forwarded-For", {"HTTP_X_FORWARDED_FOR": "203.0.113.66, 198.51.100.2"}, "198.51.100.2"),
    ],
)
def test_client_address_behind_a_proxy(settings, header, meta, expected):
    settings.CLIENT_IP_HEADER = header
    request = RequestFactory().post("/", REMOTE_ADDR="10.0.0.1", **meta)
    assert client_address(request) == expected


@pytest.mark.django_db
def test_without_the_header_everyone_behind_the_proxy_shares_one_budget(settings):
    limit = Limit("scope", 1, 60)
    record(_request("10.0.0.1", HTTP_X_REAL_IP="198.51.100.1"), limit)
    # The proxy's own address is all the site sees: a second visitor is refused.
    assert wait_seconds(_request("10.0.0.1", HTTP_X_REAL_IP="198.51.100.2"), limit) > 0
    settings.CLIENT_IP_HEADER = "X-Real-IP"
    record(_request("10.0.0.1", HTTP_X_REAL_IP="198.51.100.1"), limit)
    assert wait_seconds(_request("10.0.0.1", HTTP_X_REAL_IP="198.51.100.2"), limit) == 0


# --- Every public form works when Redis is down --------------------------------


@pytest.fixture
def redis_down(settings):
    """Production's cache settings with Redis at a closed port: errors are ignored, so calls return None."""
    settings.CACHES = {
        "default": {
            "BACKEND": "django_redis.cache.RedisCache",
            "LOCATION": "redis://127.0.0.1:1/2",
            "OPTIONS": {"SOCKET_CONNECT_TIMEOUT": 1, "SOCKET_TIMEOUT": 1, "IGNORE_EXCEPTIONS": True},
        }
    }
    # What made every form answer 500 before: the counter the rate limit relied on.
    assert cache.add("probe", 1) is None and cache.incr("probe") is None


def _post(client, url, data):
    return client.post(url, {"form_token": make_form_token(url), "website": "", **data})


@pytest.mark.django_db
def test_every_public_form_stores_and_confirms_with_redis_down(redis_down, site_home):
    client = Client(enforce_csrf_checks=True)
    index = OpportunityIndexPageFactory(parent=site_home)
    role = OpportunityPageFactory(parent=index, title="Peer mentor", contact_email="mentors@riverside.example")
    interest = {
        "name": "Sam Example",
        "contact_method": "email",
        "email": "sam@example.com",
        "relationship": "carer",
        "consent": "on",
    }
    response = _post(client, role.url + "apply/", interest)
    assert response.status_code == 302, response.content.decode()[:500]
    assert client.get(response["Location"]).status_code == 200
    assert _post(client, index.url + "register/", interest).status_code == 302
    assert ExpressionOfInterest.objects.count() == 2

    privacy = StandardPageFactory(parent=site_home, title="Privacy notice", slug="privacy-notice")
    story_page = StoryFormPageFactory(parent=site_home, privacy_page=privacy)
    story = {
        "your_story": "The peer group helped me.",
        "usage": "anonymous",
        "how_should_we_credit_you": "",
        "how_can_we_contact_you": "",
        "consent": "on",
    }
    response = _post(client, story_page.url, story)
    assert response.status_code == 303
    thanks = client.get(response["Location"])
    assert "pages/story_form_page_landing.html" in [template.name for template in thanks.templates]
    assert StorySubmission.objects.count() == 1

    response = _post(client, "/feedback/send/", {"page": privacy.pk, "useful": "yes"})
    assert response.status_code == 303
    more = _comment_address(client, response["Location"])
    response = client.post(more, {"form_token": make_form_token("/feedback/more/"), "comment": "Clear, thanks."})
    assert response.status_code == 303
    assert PageFeedback.objects.get().comment == "Clear, thanks."

    response = _post(client, "/newsletter/subscribe/", {"email": "reader@example.org", "consent": "on"})
    assert response.status_code == 303
    assert Subscriber.objects.filter(email="reader@example.org").exists()
    assert len(mail.outbox) >= 2  # the role's team and the newsletter confirmation, at least


@pytest.mark.django_db
def test_limits_still_hold_with_redis_down(redis_down, site_home, settings):
    settings.PUBLIC_FORM_RATE_LIMIT = 1
    data = {"email": "reader@example.org", "consent": "on"}
    assert _post(Client(), "/newsletter/subscribe/", data).status_code == 303
    assert _post(Client(), "/newsletter/subscribe/", data).status_code == 429


@pytest.mark.django_db
def test_mistakes_never_count_towards_a_limit(site_home, settings):
    settings.PUBLIC_FORM_RATE_LIMIT = 1
    settings.FEEDBACK_RATE_LIMIT_PER_PAGE = 1
    privacy = StandardPageFactory(parent=site_home, title="Privacy notice", slug="privacy-notice")
    story_page = StoryFormPageFactory(parent=site_home, privacy_page=privacy)
    story = {"your_story": "It helped.", "usage": "anonymous", "consent": "on"}
    for _ in range(5):
        assert _post(Client(), story_page.url, {**story, "consent": ""}).status_code == 400
        assert _post(Client(), "/newsletter/subscribe/", {"email": "not-an-address"}).status_code == 400
    assert _post(Client(), story_page.url, story).status_code == 303
    assert StorySubmission.objects.count() == 1
    assert _post(Client(), "/newsletter/subscribe/", {"email": "a@example.org", "consent": "on"}).status_code == 303

    for _ in range(5):
        assert _post(Client(), "/feedback/send/", {"page": privacy.pk, "useful": "maybe"}).status_code == 400
    more = _comment_address(
        Client(), _post(Client(), "/feedback/send/", {"page": privacy.pk, "useful": "no"})["Location"]
    )
    # The comment belongs to that one answer: it is not held back by the answer's limit.
    comment = {"form_token": make_form_token("/feedback/more/"), "comment": "Add a map"}
    assert Client().post(more, comment).status_code == 303
    assert PageFeedback.objects.get().comment == "Add a map"
    assert _post(Client(), "/feedback/send/", {"page": privacy.pk, "useful": "no"}).status_code == 429


# --- Request bodies ------------------------------------------------------------


@pytest.mark.django_db
def test_a_file_part_is_refused_where_no_form_takes_files(site_home):
    upload = io.BytesIO(b"x" * 100_000)
    upload.name = "big.bin"
    data = {"form_token": make_form_token("/newsletter/subscribe/"), "email": "a@example.org", "consent": "on"}
    response = Client().post("/newsletter/subscribe/", {**data, "attachment": upload})
    assert response.status_code == 400
    assert "This form does not take files" in response.content.decode()
    assert not Subscriber.objects.exists()
    # The same form sent as multipart without a file is fine.
    assert Client().post("/newsletter/subscribe/", data).status_code == 303


@pytest.mark.django_db
def test_the_admin_still_takes_files(site_home):
    upload = io.BytesIO(b"x" * 1000)
    upload.name = "note.txt"
    response = Client().post("/admin/login/", {"username": "nobody", "password": "wrong", "file": upload})
    assert response.status_code == 200
    assert "This form does not take files" not in response.content.decode()


@pytest.mark.django_db
def test_an_oversize_body_is_refused_before_it_is_read(site_home, settings):
    settings.REQUEST_BODY_MAX_SIZE = 1000
    response = Client().generic(
        "POST",
        "/newsletter/subscribe/",
        b"email=a%40example.org",
        content_type="application/x-www-form-urlencoded",
        CONTENT_LENGTH="1001",
    )
    assert response.status_code == 413
    assert "What you sent is too big" in response.content.decode()
    admin = Client().generic("POST", "/admin/login/", b"username=x", CONTENT_LENGTH="1001")
    assert admin.status_code != 413


# --- A bad Host header -----------------------------------------------------------


class _Collect(logging.Handler):
    def __init__(self):
        super().__init__()
        self.records = []
        self.setFormatter(logging.Formatter("%(levelname)s %(name)s %(message)s"))

    def emit(self, record):
        self.records.append((record, self.format(record)))


@pytest.mark.django_db
def test_a_bad_host_is_one_warning_line(site_home):
    logger = logging.getLogger("django.security.DisallowedHost")
    handler = _Collect()
    logger.addHandler(handler)
    try:
        response = Client().get("/", HTTP_HOST="attacker.example")
    finally:
        logger.removeHandler(handler)
    assert response.status_code == 400
    [(record, line)] = handler.records
    assert record.levelno == logging.WARNING
    assert record.exc_info is None
    assert "\n" not in line and "attacker.example" in line


# --- Guessing page passwords -------------------------------------------------------


@pytest.fixture
def protected_page(site_home):
    page = StandardPageFactory(parent=site_home, title="Members only")
    restriction = PageViewRestriction.objects.create(
        page=page, restriction_type=PageViewRestriction.PASSWORD, password="open-sesame"
    )
    return page, f"/_util/authenticate_with_password/{restriction.pk}/{page.pk}/"


def _try_password(client, url, page, password, **extra):
    return client.post(url, {"password": password, "return_url": page.url}, **extra)


@pytest.mark.django_db
def test_page_password_guessing_is_paused_per_page_and_visitor(protected_page, settings):
    page, url = protected_page
    client = Client()
    # A right password is not a guess, and is not counted.
    assert _try_password(client, url, page, "open-sesame").status_code == 302
    for _ in range(settings.PAGE_PASSWORD_GUESS_LIMIT):
        response = _try_password(Client(), url, page, "guess")
        assert response.status_code == 200
        assert "The password you have entered is not correct" in response.content.decode()
    paused = _try_password(Client(), url, page, "open-sesame")
    html = paused.content.decode()
    # Even the right password is not checked while paused.
    assert paused.status_code == 429 and "Too many wrong attempts" in html and "try again in 15 minutes" in html
    assert int(paused["Retry-After"]) <= settings.PAGE_PASSWORD_GUESS_PERIOD
    assert _try_password(Client(), url, page, "open-sesame", REMOTE_ADDR="192.0.2.50").status_code == 302


@pytest.mark.django_db
def test_one_password_is_one_budget_through_whichever_page(protected_page, settings):
    page, url = protected_page
    child = StandardPageFactory(parent=page, title="Minutes")
    restriction_id = url.split("/")[3]
    through_child = f"/_util/authenticate_with_password/{restriction_id}/{child.pk}/"
    statuses = [_try_password(Client(), through_child, child, "guess").status_code for _ in range(3)]
    statuses += [_try_password(Client(), url, page, "guess").status_code for _ in range(3)]
    assert statuses == [200] * settings.PAGE_PASSWORD_GUESS_LIMIT + [429]


@pytest.mark.django_db
def test_page_password_guessing_is_paused_across_pages(site_home, settings):
    settings.PAGE_PASSWORD_GUESS_LIMIT_TOTAL = 3
    statuses = []
    for n in range(4):
        page = StandardPageFactory(parent=site_home, title=f"Members {n}")
        restriction = PageViewRestriction.objects.create(
            page=page, restriction_type=PageViewRestriction.PASSWORD, password="open-sesame"
        )
        url = f"/_util/authenticate_with_password/{restriction.pk}/{page.pk}/"
        statuses.append(_try_password(Client(), url, page, "guess").status_code)
    assert statuses == [200, 200, 200, 429]


@pytest.mark.django_db
def test_document_password_guessing_is_paused(site_home, settings):
    settings.PAGE_PASSWORD_GUESS_LIMIT = 2
    collection = Collection.get_first_root_node().add_child(name="Board papers")
    restriction = CollectionViewRestriction.objects.create(
        collection=collection, restriction_type=CollectionViewRestriction.PASSWORD, password="open-sesame"
    )
    url = f"/documents/authenticate_with_password/{restriction.pk}/"
    data = {"password": "guess", "return_url": "/documents/"}
    assert [Client().post(url, data).status_code for _ in range(2)] == [200, 200]
    paused = Client().post(url, {**data, "password": "open-sesame"})
    assert paused.status_code == 429 and "Too many wrong attempts" in paused.content.decode()


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("data", "headers"),
    [
        ({"name": "x"}, {}),
        ({"name": "x", "form_token": "forged"}, {}),
        ({"name": "x", "form_token": make_form_token("/another/path/")}, {}),
        (
            {"name": "x", "form_token": make_form_token("/get-involved/register/")},
            {"HTTP_ORIGIN": "https://evil.example"},
        ),
    ],
    ids=["no token", "forged token", "another form's token", "from another site"],
)
def test_a_refused_post_gets_a_plain_page_not_djangos_csrf_page(site_home, data, headers):
    """Found by trying it: Django's page spoke of a CSRF cookie, which visitors never get."""
    index = OpportunityIndexPageFactory(parent=site_home, slug="get-involved")
    assert index.url + "register/" == "/get-involved/register/"
    response = Client(enforce_csrf_checks=True).post("/get-involved/register/", data, **headers)
    html = response.content.decode()
    assert response.status_code == 403
    assert "We could not accept this form" in html and "Nothing you sent has been stored" in html
    assert "CSRF" not in html
