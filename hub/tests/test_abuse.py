"""The shared protection for public forms (hub/abuse.py)."""

import pytest
from django.test import RequestFactory

from hub.abuse import client_address, make_form_token, rate_limited, token_action


def test_tokens_name_their_form_and_cannot_be_forged():
    token = make_form_token("/newsletter/subscribe/")
    assert token_action(token) == "/newsletter/subscribe/"
    assert token_action(token[:-2] + "xx") is None
    assert token_action("") is None
    assert token_action(token, max_age=-1) is None


def test_rate_limits_count_per_address_and_scope():
    first = RequestFactory().post("/", REMOTE_ADDR="192.0.2.1")
    second = RequestFactory().post("/", REMOTE_ADDR="192.0.2.2")
    assert [rate_limited(first, "scope", 2, 60) for _ in range(3)] == [False, False, True]
    assert rate_limited(first, "other scope", 2, 60) is False
    assert rate_limited(second, "scope", 2, 60) is False


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
