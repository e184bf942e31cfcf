"""Spreadsheet exports of visitors' submissions, safe to open in Excel or LibreOffice.

A cell that starts with ``=``, ``+``, ``-``, ``@``, a tab or a carriage return
is read as a formula by spreadsheet programs, so a visitor could plant one in
a story or a comment. ``escape_cell`` puts an apostrophe in front; every export
of visitors' data goes through ``SafeExportMixin``, which also logs who exported
what (never the data itself).
"""

import logging

logger = logging.getLogger(__name__)

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def escape_cell(value):
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


class SafeExportMixin:
    """Mix into a view that uses Wagtail's ``SpreadsheetExportMixin``, before it."""

    def preprocess_field_value(self, field, value, export_format):
        return escape_cell(super().preprocess_field_value(field, value, export_format))

    def as_spreadsheet(self, queryset, spreadsheet_format):
        logger.info("User %s exported %s as %s", self.request.user.pk, queryset.model._meta.label, spreadsheet_format)
        return super().as_spreadsheet(queryset, spreadsheet_format)
