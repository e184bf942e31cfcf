"""Text size and contrast preferences, and the site's accessibility checks.

A Django app (label ``hub_accessibility``) with no models: the visitor's
choice lives in one small cookie (see ``preferences.py`` and
``docs/accessibility.md``).
"""
