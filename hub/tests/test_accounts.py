"""Account safety: password rules, login throttling, password-reset limits, two-factor authentication."""

import pytest
from axes.models import AccessAttempt
from django.contrib.auth import get_user_model
from django.contrib.auth.password_validation import validate_password
from django.core import mail
from django.core.exceptions import ValidationError
from django.core.management import call_command
from django.test import Client
from django_otp.oath import totp
from django_otp.plugins.otp_totp.models import TOTPDevice

PASSWORD = "a-long-and-unusual-passphrase"


@pytest.mark.parametrize(
    ("password", "message"),
    [
        ("Short1!x", "at least 12 characters"),
        ("password1234", "too common"),
        ("123456789012345", "entirely numeric"),
    ],
)
def test_weak_passwords_are_refused(password, message):
    with pytest.raises(ValidationError) as error:
        validate_password(password)
    assert any(message in text for text in error.value.messages)


def test_a_long_unusual_passphrase_is_accepted():
    assert validate_password(PASSWORD) is None


@pytest.fixture
def editor(db):
    return get_user_model().objects.create_superuser("editor", "editor@riverside.example", PASSWORD)


def _login(client, password):
    return client.post("/admin/login/", {"username": "editor", "password": password})


@pytest.mark.django_db
def test_admin_login_locks_after_five_wrong_passwords(client, editor):
    for _ in range(4):
        response = _login(client, "wrong-password-guess")
        assert response.status_code == 200
        assert "Your username and password didn&#x27;t match" in response.content.decode()
    response = _login(client, "wrong-password-guess")
    assert response.status_code == 429
    assert "Too many attempts to sign in" in response.content.decode()
    assert "Wait 15 minutes" in response.content.decode()

    # Even the right password is refused while the account is locked.
    response = _login(client, PASSWORD)
    assert response.status_code == 429
    assert client.get("/admin/").status_code == 302

    call_command("axes_reset_username", "editor", stdout=open("/dev/null", "w"))  # noqa: SIM115
    response = _login(client, PASSWORD)
    assert response.status_code == 302
    assert client.get("/admin/").status_code == 200


@pytest.mark.django_db
def test_a_successful_login_clears_earlier_failures(client, editor):
    for _ in range(4):
        _login(client, "wrong-password-guess")
    assert _login(client, PASSWORD).status_code == 302
    client.logout()
    for _ in range(4):
        assert _login(client, "wrong-password-guess").status_code == 200
    assert _login(client, PASSWORD).status_code == 302


@pytest.mark.django_db
def test_session_ends_with_the_browser_unless_remembered(client, editor):
    _login(client, PASSWORD)
    assert client.session.get_expire_at_browser_close()
    client.logout()
    client.post("/admin/login/", {"username": "editor", "password": PASSWORD, "remember": "on"})
    assert not client.session.get_expire_at_browser_close()
    assert client.session.get_expiry_age() == 60 * 60 * 8


@pytest.mark.django_db
def test_two_factor_authentication_when_required(client, editor, settings):
    settings.WAGTAIL_2FA_REQUIRED = True
    _login(client, PASSWORD)

    # No device yet: the admin sends the user to set one up first.
    response = client.get("/admin/pages/")
    assert response.status_code == 302
    assert response["Location"].startswith("/admin/2fa/devices/new")
    assert client.get("/admin/2fa/devices/new").status_code == 200

    device = TOTPDevice.objects.create(user=editor, name="phone", confirmed=True)
    response = client.get("/admin/pages/")
    assert response["Location"].startswith("/admin/2fa/auth")
    page = client.get(response["Location"])
    assert page.status_code == 200
    assert "Enter your two-factor authentication code" in page.content.decode()

    response = client.post("/admin/2fa/auth", {"otp_token": "000000"})
    assert response.status_code == 200
    assert "Invalid code" in response.content.decode()
    assert client.get("/admin/pages/").status_code == 302

    # django-otp slows guessing down after a wrong code; skip the wait.
    device.refresh_from_db()
    assert device.throttling_failure_count == 1
    device.throttle_reset()

    token = f"{totp(device.bin_key, step=device.step, t0=device.t0, digits=device.digits):06d}"
    response = client.post("/admin/2fa/auth", {"otp_token": token, "next": "/admin/pages/"})
    assert response.status_code == 302, response.context["form"].errors
    assert client.get("/admin/pages/").status_code == 200


@pytest.mark.django_db
def test_the_admin_sends_no_editor_email_to_gravatar(admin_client):
    html = admin_client.get("/admin/").content.decode()
    assert "gravatar" not in html


@pytest.mark.django_db
def test_one_address_trying_many_user_names_is_paused_briefly(client, editor, settings):
    settings.ADMIN_LOGIN_FAILURE_LIMIT = 3
    for n in range(3):
        response = client.post("/admin/login/", {"username": f"guess{n}", "password": "wrong-password-guess"})
        assert response.status_code == 200
    response = _login(client, PASSWORD)
    html = response.content.decode()
    # The right password is not even checked while this address is paused.
    assert response.status_code == 429
    assert "Too many wrong attempts" in html and "try again in 10 minutes" in html
    assert int(response["Retry-After"]) <= settings.ADMIN_LOGIN_FAILURE_PERIOD == 600
    assert client.get("/admin/").status_code == 302
    # Someone else in another office signs in as usual.
    other = Client(REMOTE_ADDR="192.0.2.77")
    assert other.post("/admin/login/", {"username": "editor", "password": PASSWORD}).status_code == 302


@pytest.mark.django_db
def test_the_client_address_is_the_one_axes_locks(editor, settings):
    settings.CLIENT_IP_HEADER = "X-Real-IP"
    _login(Client(HTTP_X_REAL_IP="198.51.100.4"), "wrong-password-guess")
    assert AccessAttempt.objects.get().ip_address == "198.51.100.4"


def _reset(client, email, **extra):
    return client.post("/admin/password_reset/", {"email": email}, **extra)


@pytest.mark.django_db
def test_password_resets_are_limited_per_address_without_saying_who_has_an_account(editor, settings):
    settings.PASSWORD_RESET_LIMIT_PER_VISITOR = 100
    outcomes = {}
    for email in ("editor@riverside.example", "nobody@riverside.example"):
        statuses = [_reset(Client(REMOTE_ADDR=f"192.0.2.{n}"), email).status_code for n in range(5)]
        refused = _reset(Client(REMOTE_ADDR="192.0.2.99"), email)
        outcomes[email] = (
            statuses,
            refused.status_code,
            "Too many password reset requests" in refused.content.decode(),
        )
    # The same answers whether or not the address has an account.
    assert (
        outcomes["editor@riverside.example"]
        == outcomes["nobody@riverside.example"]
        == ([302] * 3 + [429] * 2, 429, True)
    )
    # A flood fills no inbox: three emails at most.
    assert len(mail.outbox) == settings.PASSWORD_RESET_LIMIT_PER_ADDRESS == 3


@pytest.mark.django_db
def test_password_resets_are_limited_per_visitor(editor, settings):
    client = Client()
    statuses = [_reset(client, f"person{n}@riverside.example").status_code for n in range(11)]
    assert statuses == [302] * settings.PASSWORD_RESET_LIMIT_PER_VISITOR + [429]
    html = _reset(client, "editor@riverside.example").content.decode()
    assert "We have not sent another email" in html and "try again in 60 minutes" in html
    assert mail.outbox == []
    # A mistyped address is not counted.
    assert _reset(Client(REMOTE_ADDR="192.0.2.8"), "not an address").status_code == 200


@pytest.mark.django_db
def test_the_front_end_sign_in_shares_the_per_address_limit(client, editor, settings):
    settings.ADMIN_LOGIN_FAILURE_LIMIT = 2
    for n in range(2):
        response = client.post("/_util/login/", {"username": f"guess{n}", "password": "wrong-password-guess"})
        assert response.status_code == 200
    assert client.post("/_util/login/", {"username": "editor", "password": PASSWORD}).status_code == 429
    response = _login(client, PASSWORD)
    assert response.status_code == 429 and "Too many wrong attempts" in response.content.decode()
