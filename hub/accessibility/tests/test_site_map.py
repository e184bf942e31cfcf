"""Adding a page type without adding it to the accessibility suite fails here."""

from wagtail.models import Page, get_page_models

from hub.accessibility.tests.site_map import PAGE_TYPES


def test_every_page_type_is_in_the_accessibility_suite():
    models = {model._meta.label for model in get_page_models() if model is not Page}
    missing = models - set(PAGE_TYPES)
    assert not missing, f"add a demo page of each of these types to hub/accessibility/tests/site_map.py: {missing}"
    assert not set(PAGE_TYPES) - models, "site_map.py lists page types that no longer exist"
