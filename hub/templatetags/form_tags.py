"""Filters for the one form field template, templates/forms/field.html (NHS.UK frontend classes)."""

from django import template

register = template.Library()

WIDGET_CLASSES = {"textarea": "nhsuk-textarea", "select": "nhsuk-select"}


@register.filter
def nhsuk_widget(field):
    """The field's input with NHS.UK classes and the ids of its hint and error for screen readers."""
    css_class = WIDGET_CLASSES.get(field.widget_type, "nhsuk-input")
    attrs = {"class": f"{css_class} {css_class}--error" if field.errors else css_class}
    described_by = []
    if field.help_text:
        described_by.append(f"{field.auto_id}-hint")
    if field.errors:
        described_by.append(f"{field.auto_id}-error")
    if described_by:
        attrs["aria-describedby"] = " ".join(described_by)
    return field.as_widget(attrs=attrs)


@register.filter
def nhsuk_choice_family(field):
    """The NHS.UK component for a list of choices: "radios" for one choice, "checkboxes" for several."""
    return "radios" if field.widget_type == "radioselect" else "checkboxes"
