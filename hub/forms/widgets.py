"""NHS.UK frontend's radios and checkboxes, with the design system's modifiers.

``templates/forms/field.html`` draws every choice field; these widgets only
tell it which modifier classes to add (``nhsuk-radios--small``,
``nhsuk-radios--inline``, ``nhsuk-checkboxes--small``). They keep Django's
class names, because the template tells them apart by ``field.widget_type``;
Django's own ``RadioSelect`` and ``CheckboxSelectMultiple`` draw the standard size.
"""

from django import forms


class ModifiersMixin:
    def __init__(self, attrs=None, choices=(), *, small=False, inline=False):
        super().__init__(attrs, choices)
        self.modifiers = [name for name, wanted in (("small", small), ("inline", inline)) if wanted]


class RadioSelect(ModifiersMixin, forms.RadioSelect):
    """One choice from a list: ``RadioSelect(small=True, inline=True)``."""


class CheckboxSelectMultiple(ModifiersMixin, forms.CheckboxSelectMultiple):
    """Any number of choices from a list: ``CheckboxSelectMultiple(small=True)``."""
