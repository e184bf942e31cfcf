"""The shipped nginx site (deploy/nginx/) is valid for Debian's nginx and keeps slow clients away from gunicorn.

bench/load.py's slow-body check proves the behaviour under load; these tests
catch a broken file or a weakened setting on every run.
"""

import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest
from django.conf import settings

DEPLOY = Path(settings.BASE_DIR) / "deploy" / "nginx"
SITE = DEPLOY / "get-involved.conf"
PROXY = DEPLOY / "get-involved-proxy.conf"
CERTIFICATES = "/etc/letsencrypt/live/get-involved.example.nhs.uk/"
NGINX = shutil.which("nginx", path=f"{os.environ.get('PATH', '')}:/usr/sbin")


def directive(name, text):
    """The values of each ``name`` directive in ``text``, in order."""
    return re.findall(rf"^\s*{name}\s+([^;]+);", text, flags=re.MULTILINE)


def seconds(value):
    return int(value.removesuffix("s"))


def megabytes(value):
    return int(value.removesuffix("m"))


def test_bodies_and_answers_are_buffered_and_quiet_clients_dropped():
    proxy = PROXY.read_text()
    assert directive("proxy_request_buffering", proxy) == ["on"]
    assert directive("proxy_buffering", proxy) == ["on"]
    for name in ("client_header_timeout", "client_body_timeout", "send_timeout"):
        assert [seconds(value) for value in directive(name, proxy)] == [10], name


def test_body_caps_match_the_apps_own():
    """nginx refuses what the app would refuse anyway, so a too-big body never reaches a worker."""
    proxy = PROXY.read_text()
    public, admin = (megabytes(value) * 1024 * 1024 for value in directive("client_max_body_size", proxy))
    assert public == settings.REQUEST_BODY_MAX_SIZE == settings.DATA_UPLOAD_MAX_MEMORY_SIZE
    assert admin == settings.ADMIN_REQUEST_BODY_MAX_SIZE
    assert settings.FILE_UPLOAD_PATH_PREFIXES == ["/admin/"] and "location /admin/ {" in proxy
    # Room for the rest of the form beside the largest image the admin accepts.
    assert admin > settings.WAGTAILIMAGES_MAX_UPLOAD_SIZE


def test_nginx_accepts_the_site(tmp_path):
    """``nginx -t`` on the whole site, with a throwaway certificate in place of the real one."""
    if NGINX is None:
        if os.environ.get("CI"):
            pytest.fail("nginx is missing; CI must install Debian's nginx package.")
        pytest.skip("nginx is not installed (apt-get install nginx).")
    subprocess.run(  # noqa: S603 - fixed command, files we wrote
        ["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1", "-subj", "/CN=localhost"]
        + ["-keyout", str(tmp_path / "privkey.pem"), "-out", str(tmp_path / "fullchain.pem")],
        check=True,
        capture_output=True,
    )
    site = (
        SITE.read_text()
        .replace(CERTIFICATES, f"{tmp_path}/")
        .replace("/etc/nginx/snippets/get-involved-proxy.conf", str(PROXY))
    )
    assert str(PROXY) in site and str(tmp_path) in site
    (tmp_path / "site.conf").write_text(site)
    (tmp_path / "nginx.conf").write_text(
        f"pid {tmp_path}/nginx.pid;\nerror_log {tmp_path}/error.log;\nevents {{}}\n"
        f"http {{\n    access_log off;\n    include {tmp_path}/site.conf;\n}}\n"
    )
    result = subprocess.run(  # noqa: S603 - fixed command, files we wrote
        [NGINX, "-t", "-p", str(tmp_path), "-c", str(tmp_path / "nginx.conf")], capture_output=True, text=True
    )
    assert result.returncode == 0, result.stderr


def test_the_visitors_address_reaches_django_in_a_header_they_cannot_set():
    proxy = PROXY.read_text()
    assert "X-Real-IP $remote_addr" in directive("proxy_set_header", proxy)
    assert "X-Forwarded-Proto $scheme" in directive("proxy_set_header", proxy)
    assert settings.SECURE_PROXY_SSL_HEADER == ("HTTP_X_FORWARDED_PROTO", "https")
