"""Every word a visitor reads on a public form is in their language.

Found by trying the site in Polish, Bengali and Arabic: the interest form's
labels and hints stayed English, because the old catalogue tool never
extracted them. This walks the forms themselves, so a new field whose words
are missing from a catalogue fails here, wherever its text is written.
"""

import pytest
from django.conf import settings
from django.utils import translation

from blog.bookings.forms import BookingForm, CancelForm
from hub.accessibility.forms import PreferencesForm
from hub.consent.forms import ConsentForm
from hub.feedback.forms import CommentForm, FeedbackForm
from hub.newsletter.forms import SubscribeForm
from opportunities.forms import ExpressionOfInterestForm

LANGUAGES = [code for code, _name in settings.LANGUAGES if code != settings.LANGUAGE_CODE]
PROTECTED = [ExpressionOfInterestForm, BookingForm, CancelForm, SubscribeForm, FeedbackForm, CommentForm, ConsentForm]


def _words(form):
    """Each label, hint, choice and error message of ``form``'s fields, as the visitor would read it."""
    for name, field in form.fields.items():
        for kind, text in [("label", field.label), ("hint", field.help_text)]:
            if text:
                yield f"{name} {kind}", str(text)
        for value, label in getattr(field, "choices", ()):
            if value:
                yield f"{name} choice {value}", str(label)
        for code, message in field.error_messages.items():
            yield f"{name} error {code}", str(message)


def _form(form_class):
    return form_class(action="/a/form/") if form_class in PROTECTED else form_class()


@pytest.mark.django_db
@pytest.mark.parametrize("code", LANGUAGES)
@pytest.mark.parametrize("form_class", [*PROTECTED, PreferencesForm], ids=lambda form_class: form_class.__name__)
def test_every_word_of_a_public_form_is_translated(form_class, code):
    english = dict(_words(_form(form_class)))
    with translation.override(code):
        translated = dict(_words(_form(form_class)))
    untranslated = [
        where for where, text in translated.items() if text == english[where] and any(map(str.isalpha, text))
    ]
    assert not untranslated, f"English words on the {form_class.__name__} in {code}: {untranslated}"
