"""The reviewer's dashboard panel: how much translation work waits in each of their languages.

Shown to everyone with languages to look after (translation reviewers,
Communications, administrators); each number links to the translation to-do
list (``hub.i18n.reports``) filtered to that language and state.
"""

from collections import Counter

from django.urls import reverse
from django.utils.http import urlencode
from wagtail.admin.ui.components import Component

from hub.i18n.status import Status, translation_rows

# The states that mean someone has work to do.
WAITING = [Status.IN_REVIEW, Status.OUT_OF_DATE, Status.IN_PROGRESS, Status.UNTRANSLATED]


class TranslationWorkPanel(Component):
    name = "translation_work"
    order = 50
    template_name = "hub_i18n/translation_work_panel.html"

    def __init__(self, locales):
        self.locales = locales

    def get_context_data(self, parent_context):
        counts = Counter((row.locale.pk, row.status) for row in translation_rows(self.locales))
        report = reverse("hub_i18n_translations")
        languages = []
        for locale in self.locales:
            cells = []
            for status in WAITING:
                query = urlencode({"language": locale.language_code, "status": status.value})
                cells.append({"count": counts[locale.pk, status], "url": f"{report}?{query}"})
            languages.append({"name": locale.get_display_name(), "cells": cells})
        return {"statuses": [status.label for status in WAITING], "languages": languages, "report_url": report}
