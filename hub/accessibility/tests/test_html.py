"""Valid HTML: every page in the site map passes the Nu HTML Checker (vnu) with no errors.

The checker is the pinned npm package in ``tools/package.json`` (``npm ci
--prefix tools``) and runs on Java (Debian's ``default-jre-headless``).
``.ci/run`` installs both. Without them this test is skipped with a reason,
except under ``CI``, where it fails.
"""

import json
import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest
from django.conf import settings

from hub.accessibility.preferences import COOKIE_NAME
from hub.accessibility.tests.site_map import FORMS, MODES, paths_for

VNU_JAR = Path(settings.BASE_DIR) / "tools" / "node_modules" / "vnu-jar" / "build" / "dist" / "vnu.jar"


def vnu_command():
    java = shutil.which("java")
    if java and VNU_JAR.exists():
        return [java, "-jar", str(VNU_JAR)]
    missing = "Java (apt-get install default-jre-headless)" if not java else f"{VNU_JAR} (npm ci --prefix tools)"
    if os.environ.get("CI"):
        pytest.fail(f"{missing} is missing; CI must install it to validate the HTML.")
    pytest.skip(f"{missing} is not installed; HTML validation skipped.")


@pytest.mark.walk
def test_every_page_is_valid_html(client, demo_site, tmp_path, settings):
    command = vnu_command()
    settings.HUB_IMAGE_FORMATS = ["avif", "webp"]  # the <picture> production serves (test settings: WebP only)
    files = {}
    for mode, cookie in MODES.items():
        if cookie:
            client.cookies[COOKIE_NAME] = cookie
        else:
            client.cookies.pop(COOKIE_NAME, None)
        responses = {name: client.get(path) for name, path in paths_for(mode).items()}
        for name, form in FORMS.items():
            responses[f"{name}-errors"] = client.post(form.action, {}, HTTP_ORIGIN="http://testserver")
        for name, response in responses.items():
            assert response.status_code in {200, 400, 404}, f"{name}: {response.status_code}"
            file = tmp_path / f"{re.sub(r'[^a-z0-9]+', '-', name.lower())}-{mode}.html"
            file.write_bytes(response.content)
            files[file.name] = name

    result = subprocess.run(  # noqa: S603 - fixed command, files we wrote
        [
            *command,
            "--errors-only",
            "--format",
            "json",
            "--exit-zero-always",
            *sorted(str(tmp_path / f) for f in files),
        ],
        capture_output=True,
        text=True,
        check=True,
    )
    messages = json.loads(result.stderr)["messages"]
    errors = [f"{Path(m['url']).name} line {m.get('lastLine', '?')}: {m['message']}" for m in messages]
    assert len(files) == sum(len(paths_for(mode)) + len(FORMS) for mode in MODES)
    assert not errors, "\n".join(errors)
