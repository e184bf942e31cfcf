"""The environment variables: read once in hub/settings/base.py, typed, and required where production needs them."""

import json
import os
import subprocess
import sys

from django.conf import settings

READ = (
    "import json; from django.conf import settings as s; "
    "print(json.dumps([s.ALLOWED_HOSTS, s.LANGUAGES[1][0], s.EMAIL_USE_TLS, s.SECURE_SSL_REDIRECT, "
    "s.PAGE_CACHE_SECONDS, s.EMAIL_PORT, s.MACHINE_TRANSLATOR, str(s.MEDIA_ROOT)]))"
)


def _settings(module, variables):
    env = {key: value for key, value in os.environ.items() if key not in {"SECRET_KEY", "ALLOWED_HOSTS"}}
    env.update({"DJANGO_SETTINGS_MODULE": module, **variables})
    return subprocess.run(  # noqa: S603 - our own code, no outside input
        [sys.executable, "-c", f"import django; django.setup(); {READ}"],
        cwd=settings.BASE_DIR,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_variables_are_typed():
    result = _settings(
        "hub.settings.base",
        {
            "ALLOWED_HOSTS": " get-involved.example , www.get-involved.example",
            "LANGUAGES": "en, ar",
            "EMAIL_USE_TLS": "off",
            "SECURE_SSL_REDIRECT": "No",
            "PAGE_CACHE_SECONDS": "60",
            "EMAIL_PORT": "25",
            "MACHINE_TRANSLATOR": " DeepL ",
            "MEDIA_ROOT": "/srv/media",
        },
    )
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout) == [
        ["get-involved.example", "www.get-involved.example"],
        "ar",
        False,
        False,
        60,
        25,
        "deepl",
        "/srv/media",
    ]


def test_a_number_that_is_not_one_stops_start_up():
    result = _settings("hub.settings.base", {"PAGE_CACHE_SECONDS": "five minutes"})
    assert result.returncode != 0
    assert "five minutes" in result.stderr


def test_production_refuses_to_start_without_allowed_hosts():
    result = _settings("hub.settings.production", {"SECRET_KEY": "x" * 60})
    assert result.returncode != 0
    assert "ALLOWED_HOSTS is not set" in result.stderr
