"""Filters for the one form field template, templates/forms/field.html (NHS.UK frontend classes)."""

from django import template
from django.utils.html import format_html
from django.utils.translation import gettext as _

register = template.Library()

WIDGET_CLASSES = {"textarea": "nhsuk-textarea", "select": "nhsuk-select"}


@register.filter
def nhsuk_label(field):
    """The field's label, with "(optional)" when it may be left empty, unless its form sets ``hide_optional``."""
    if field.field.required or getattr(field.form, "hide_optional", False):
        return field.label
    return format_html("{} {}", field.label, _("(optional)"))


@register.simple_tag
def nhsuk_described_by(field, extra_hint=""):
    """The ids of the field's hint and error message, for ``aria-describedby`` ("" when it has neither)."""
    ids = []
    if field.help_text or extra_hint:
        ids.append(f"{field.auto_id}-hint")
    if field.errors:
        ids.append(f"{field.auto_id}-error")
    return " ".join(ids)


@register.filter
def nhsuk_widget(field):
    """The field's input with NHS.UK classes and the ids of its hint and error for screen readers."""
    css_class = WIDGET_CLASSES.get(field.widget_type, "nhsuk-input")
    attrs = {"class": f"{css_class} {css_class}--error" if field.errors else css_class}
    described_by = nhsuk_described_by(field)
    if described_by:
        attrs["aria-describedby"] = described_by
    return field.as_widget(attrs=attrs)


@register.filter
def nhsuk_choice_family(field):
    """The NHS.UK component for a list of choices: "radios" for one choice, "checkboxes" for several."""
    return "radios" if field.widget_type == "radioselect" else "checkboxes"
