"""The restriction check when a page is served, widened to every language version."""

from hub.visibility.rules import restrictions_for


class RestrictionsAcrossLanguagesMixin:
    """For every page type: a restriction on another language version of the page (or above one) applies here too.

    Wagtail's own check (``check_view_restrictions``, with its password form
    and log-in redirect) asks the page for ``get_view_restrictions``. Wagtail
    follows an alias to its original but not a translation: a Polish
    translation of a login-only English post was public until someone synced
    the translation. One query, where Wagtail's own answer takes two or more.
    """

    def get_view_restrictions(self):
        return restrictions_for(self)
