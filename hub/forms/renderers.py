"""The site's form renderer (``FORM_RENDERER``): every field is drawn by ``templates/forms/field.html``.

Why a renderer and not includes: ``{{ field.as_field_group }}`` then gives any
form, present or future, the same NHS.UK markup (label, hint, error message,
"(optional)", radios and checkboxes) without a copy of it. ``TemplatesSetting``
looks templates up like the rest of the site, so ``templates/forms/`` is found;
Wagtail's admin draws its own fields and is not affected.
"""

from django.forms.renderers import TemplatesSetting


class SiteFormRenderer(TemplatesSetting):
    field_template_name = "forms/field.html"
