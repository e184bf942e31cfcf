"""The interface catalogues: made by Django's makemessages, complete, compiled, and translated where visitors look.

``test_catalogues_hold_every_marked_string`` runs ``makemessages`` on a copy of
the project and fails when a string marked for translation is missing from
``locale/`` (or is still there after it left the code): run ``make messages``.
"""

import os
import shutil
from pathlib import Path

import polib
import pytest
from django.conf import settings
from django.core.management import call_command

LANGUAGES = [code for code, _name in settings.LANGUAGES if code != settings.LANGUAGE_CODE]
# What makemessages reads: Python files and templates (and the catalogues themselves).
SOURCE_SUFFIXES = {".py", ".html", ".txt", ".po"}
NOT_SOURCE = {"node_modules", "var", "test-artifacts", "__pycache__"}


def _catalogue(base_dir, code):
    return Path(base_dir) / "locale" / code / "LC_MESSAGES" / "django.po"


def _entries(path):
    return {(entry.msgctxt, entry.msgid, entry.msgid_plural): entry for entry in polib.pofile(str(path))}


def _current(path):
    return {key for key, entry in _entries(path).items() if not entry.obsolete}


def _copy_sources(source, target):
    def ignore(folder, names):
        return [
            name
            for name in names
            if name.startswith(".")
            or name in NOT_SOURCE
            or (not (Path(folder) / name).is_dir() and Path(name).suffix not in SOURCE_SUFFIXES)
        ]

    shutil.copytree(source, target, ignore=ignore)


def _makemessages_or_skip():
    if shutil.which("xgettext") and shutil.which("msgmerge"):
        return
    if os.environ.get("CI"):
        pytest.fail("GNU gettext is missing; CI must install Debian's gettext package.")
    pytest.skip("GNU gettext is not installed (apt-get install gettext); catalogue check skipped.")


def _is_visitor_template(path):
    """Templates outside the admin: not in an ``admin`` folder and not extending Wagtail's admin."""
    file = Path(settings.BASE_DIR) / path
    return (
        file.suffix in {".html", ".txt"}
        and "admin" not in file.parts
        and '{% extends "wagtailadmin/' not in file.read_text(encoding="utf-8")
    )


# Python modules whose strings visitors read: forms (labels, hints, errors), views, emails, the form safeguards.
VISITOR_MODULES = {"forms.py", "views.py", "emails.py", "preferences.py", "choices.py"}
VISITOR_PACKAGES = {"templatetags", "protection", "forms"}


def _is_visitor_module(path):
    file = Path(path)
    return file.suffix == ".py" and (file.name in VISITOR_MODULES or bool(VISITOR_PACKAGES & set(file.parts[:-1])))


def _catalogue_differences(base_dir, work_dir, settings, monkeypatch):
    """{language: (strings makemessages would add, strings it would drop)} for ``base_dir``'s catalogues."""
    _makemessages_or_skip()
    copy = work_dir / "extracted"
    _copy_sources(base_dir, copy)
    monkeypatch.chdir(copy)
    settings.LOCALE_PATHS = [copy / "locale"]
    call_command("makemessages", all=True, verbosity=0)
    differences = {}
    for code in LANGUAGES:
        extracted = _current(_catalogue(copy, code))
        committed = _current(_catalogue(base_dir, code))
        differences[code] = (extracted - committed, committed - extracted)
    return differences


def test_catalogues_hold_every_marked_string(tmp_path, settings, monkeypatch):
    for code, (missing, gone) in _catalogue_differences(settings.BASE_DIR, tmp_path, settings, monkeypatch).items():
        assert not missing, f"Run `make messages`: locale/{code} lacks {sorted(key[1] for key in missing)}"
        assert not gone, (
            f"Run `make messages`: locale/{code} offers strings gone from the code: {sorted(key[1] for key in gone)}"
        )


def test_the_check_finds_a_new_template_string(tmp_path, settings, monkeypatch):
    project = tmp_path / "project"
    _copy_sources(settings.BASE_DIR, project)
    (project / "templates" / "new_box.html").write_text('{% load i18n %}<p>{% translate "A brand new sentence" %}</p>')
    differences = _catalogue_differences(project, tmp_path, settings, monkeypatch)
    assert differences == dict.fromkeys(LANGUAGES, ({(None, "A brand new sentence", "")}, set()))


@pytest.mark.parametrize("code", LANGUAGES)
def test_visitor_templates_are_translated(code):
    """Every string of the visitors' templates, forms, errors and emails has a translation that is not fuzzy."""
    untranslated = [
        (entry.msgid, [path for path, _line in entry.occurrences])
        for entry in polib.pofile(str(_catalogue(settings.BASE_DIR, code)))
        if not entry.obsolete
        and not entry.translated()
        and any(_is_visitor_template(path) or _is_visitor_module(path) for path, _line in entry.occurrences)
    ]
    assert not untranslated, f"Translate these in locale/{code}, then `make messages`: {untranslated}"


@pytest.mark.parametrize("code", LANGUAGES)
def test_no_catalogue_entry_is_fuzzy(code):
    """makemessages marks a guess as fuzzy; gettext ignores it, so visitors would see English."""
    fuzzy = [entry.msgid for entry in polib.pofile(str(_catalogue(settings.BASE_DIR, code))) if entry.fuzzy]
    assert not fuzzy, f"Check and translate these in locale/{code}, then remove the fuzzy flag: {fuzzy}"


def test_the_check_sees_forms_and_emails():
    assert _is_visitor_module("opportunities/forms.py")
    assert _is_visitor_module("hub/newsletter/emails.py")
    assert _is_visitor_module("hub/protection/ratelimit.py")
    assert not _is_visitor_module("opportunities/models.py")
    assert not _is_visitor_module("hub/feedback/views_admin.py")


@pytest.mark.parametrize("code", LANGUAGES)
def test_compiled_catalogue_matches_the_po_file(code):
    path = _catalogue(settings.BASE_DIR, code)
    po = {key: entry for key, entry in _entries(path).items() if not entry.obsolete and entry.translated()}
    mo = {
        (entry.msgctxt, entry.msgid, entry.msgid_plural): entry for entry in polib.mofile(str(path.with_suffix(".mo")))
    }
    assert set(mo) - {(None, "", "")} == set(po), "Run `make messages` to compile the .mo files."
    for key, entry in po.items():
        assert (mo[key].msgstr, mo[key].msgstr_plural) == (entry.msgstr, entry.msgstr_plural), key


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("url", "words"),
    [("/pl/", "Przejdź do treści głównej"), ("/bn/", "মূল বিষয়বস্তুতে যান"), ("/ar/", "انتقل إلى المحتوى الرئيسي")],
)
def test_interface_is_in_the_visitors_language(client, languages, url, words):
    assert words in client.get(f"{url}search/").content.decode()
