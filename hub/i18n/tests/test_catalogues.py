"""The interface words: every string visitors can see is translated, and the compiled files are current."""

import polib
import pytest
from django.conf import settings

from hub.i18n.catalogues import (
    Message,
    catalogue_path,
    is_translated,
    messages_in_python,
    messages_in_template,
    visitor_messages,
)

LANGUAGES = [code for code, _name in settings.LANGUAGES if code != settings.LANGUAGE_CODE]


def _key(entry):
    return Message(entry.msgid, entry.msgctxt or "", entry.msgid_plural or "")


@pytest.mark.parametrize("code", LANGUAGES)
def test_every_visitor_string_is_translated(code):
    po = polib.pofile(str(catalogue_path(code)))
    translated = {_key(entry) for entry in po if not entry.obsolete and is_translated(entry)}
    missing = sorted(message.msgid for message in visitor_messages() - translated)
    assert not missing, f"Run `manage.py update_catalogues` and translate these in {code}: {missing}"
    assert not [entry.msgid for entry in po if "fuzzy" in entry.flags and not entry.obsolete]


@pytest.mark.parametrize("code", LANGUAGES)
def test_compiled_catalogue_matches_the_po_file(code):
    path = catalogue_path(code)
    po = {(entry.msgctxt, entry.msgid): entry for entry in polib.pofile(str(path)) if not entry.obsolete}
    mo = {(entry.msgctxt, entry.msgid): entry for entry in polib.mofile(str(path.with_suffix(".mo")))}
    assert set(mo) - {(None, "")} == set(po), "Run `manage.py update_catalogues` to compile the .mo file."
    for key, entry in po.items():
        assert (mo[key].msgstr, mo[key].msgstr_plural) == (entry.msgstr, entry.msgstr_plural), key


def test_finder_keeps_visitor_text_and_leaves_admin_text():
    source = """
from django.utils.translation import gettext_lazy as _, pgettext, ngettext

class Role(Page):
    pay = models.CharField(_("pay"), choices=[("paid", _("Paid role"))], help_text=_("Editors only"))

    def clean(self):
        raise ValidationError(_("Closing date must be in the future."))

    def label(self):
        return _("Upcoming event")

    class Meta:
        verbose_name = _("role")

class InterestForm(forms.Form):
    name = forms.CharField(label=_("Your name"), help_text=_("Shown to visitors"))

def view(request):
    pgettext("month", "May")
    ngettext("%(n)s role", "%(n)s roles", 2)
"""
    found = messages_in_python(source, "opportunities/models.py")
    assert {message.msgid for message in found} == {
        "Paid role",
        "Closing date must be in the future.",
        "Upcoming event",
        "Your name",
        "May",
        "%(n)s role",
    }
    # In a forms module, help text is for visitors.
    assert "Shown to visitors" in {message.msgid for message in messages_in_python(source, "opportunities/forms.py")}
    assert Message("May", "month") in found
    assert Message("%(n)s role", "", "%(n)s roles") in found


def test_finder_reads_templates():
    found = messages_in_template(
        "{% load i18n %}{% translate 'Close' context 'dialog' %}"
        "{% blocktranslate count n=3 %}{{ n }} day{% plural %}{{ n }} days{% endblocktranslate %}"
        '{{ team|default:_("our team") }}'
    )
    assert found == {Message("Close", "dialog"), Message("%(n)s day", "", "%(n)s days"), Message("our team")}


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("url", "words"),
    [("/pl/", "Przejdź do treści głównej"), ("/bn/", "মূল বিষয়বস্তুতে যান"), ("/ar/", "انتقل إلى المحتوى الرئيسي")],
)
def test_interface_is_in_the_visitors_language(client, languages, url, words):
    assert words in client.get(f"{url}search/").content.decode()
