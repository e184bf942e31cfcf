"""Spreadsheet exports of visitors' submissions: they always open, never run a formula and never leak.

Spreadsheet programs read a cell that starts with ``=``, ``+``, ``-``, ``@``, a
tab or a carriage return as a formula, so a visitor could plant one in a story
or a comment. How each format is kept safe:

- **Excel** (xlsx): every text is written as a text cell, which Excel shows and
  never calculates; one that starts like a formula also gets Excel's own "quote
  prefix" so it stays text even when someone edits the cell, without showing an
  apostrophe (a phone number such as ``+44 20 7946 0000`` reads as typed).
  Characters the file format cannot hold (control characters such as ``\\x0b``)
  become ``�``, a carriage return becomes a line break (as XML reads it), and
  a text longer than Excel's 32,767-character limit is cut with a note (the
  CSV export keeps all of it).
- **CSV**: a cell that starts like a formula gets a visible apostrophe in
  front, except one made only of digits, spaces, brackets, dots, ``+`` and
  ``-`` (a phone number or a number): without letters it can neither call a
  function nor point at another cell, so it is left as typed.

Every export of visitors' data goes through ``SafeExportMixin``, which also logs
who exported what (never the data itself). It also makes the cells readable by
the team rather than by a program: a field with choices shows its label ("I am a
carer", not ``carer``), yes/no fields say "Yes" or "No", and times are the
Trust's local time (``TIME_ZONE``, Europe/London) to the second.
"""

import datetime
import logging
import re

from django.core.exceptions import FieldDoesNotExist
from django.utils import timezone
from django.utils.translation import gettext

logger = logging.getLogger(__name__)

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
NUMBER_LIKE = re.compile(r"[+-][0-9 ().+-]*\Z")
# The characters XML 1.0, and so an xlsx file, cannot hold (openpyxl refuses them).
NOT_IN_XLSX = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")
XLSX_CELL_MAX_LENGTH = 32767


def starts_like_formula(value):
    return isinstance(value, str) and value.startswith(FORMULA_STARTS) and not NUMBER_LIKE.match(value)


def escape_cell(value):
    """A CSV cell's value with an apostrophe in front when a spreadsheet would run it as a formula."""
    return "'" + value if starts_like_formula(value) else value


def xlsx_text(value):
    """Text an xlsx file can hold: unwritable characters replaced, line breaks as Excel writes them, cut to fit."""
    value = NOT_IN_XLSX.sub("\ufffd", value).replace("\r\n", "\n").replace("\r", "\n")
    if len(value) > XLSX_CELL_MAX_LENGTH:
        note = gettext(" [cut: the CSV export has the full text]")
        value = value[: XLSX_CELL_MAX_LENGTH - len(note)] + note
    return value


def readable_value(item, field_name, value):
    """The value a person reads in the spreadsheet: a choice's label, "Yes"/"No", a local time to the second."""
    try:
        model_field = item._meta.get_field(field_name)
    except FieldDoesNotExist:
        model_field = None
    if model_field is not None and model_field.choices and value not in (None, ""):
        return str(dict(model_field.flatchoices).get(value, value))
    if isinstance(value, bool):
        return gettext("Yes") if value else gettext("No")
    if isinstance(value, datetime.datetime):
        if timezone.is_aware(value):
            value = timezone.make_naive(value, timezone.get_default_timezone())
        return value.replace(microsecond=0)
    return value


class SafeExportMixin:
    """Mix into a view that uses Wagtail's ``SpreadsheetExportMixin``, before it."""

    def to_row_dict(self, item):
        row = super().to_row_dict(item)
        return row.__class__((field, readable_value(item, field, value)) for field, value in row.items())

    def preprocess_field_value(self, field, value, export_format):
        value = super().preprocess_field_value(field, value, export_format)
        if export_format == self.FORMAT_CSV:
            return escape_cell(value)
        return xlsx_text(value) if isinstance(value, str) else value

    def generate_xlsx_row(self, worksheet, row_dict, date_format=None):
        for cell in super().generate_xlsx_row(worksheet, row_dict, date_format=date_format):
            if isinstance(cell.value, str):
                cell.data_type = "s"
                cell.quotePrefix = cell.value.startswith(FORMULA_STARTS)
            yield cell

    def as_spreadsheet(self, queryset, spreadsheet_format):
        logger.info("User %s exported %s as %s", self.request.user.pk, queryset.model._meta.label, spreadsheet_format)
        return super().as_spreadsheet(queryset, spreadsheet_format)
