"""The visitor's text size and contrast choice, kept in one cookie.

The cookie holds ``<size>.<contrast>`` (for example ``largest.dark``), so there
are only ten ways a page can look: no choice, or one of 3 sizes × 3 contrasts.
Anything else in the cookie counts as no choice. ``variant()`` gives that
normalised value for cache keys (see docs/accessibility.md).
"""

from dataclasses import dataclass

from django.utils.translation import gettext_lazy as _

COOKIE_NAME = "hub_display"
COOKIE_MAX_AGE = 60 * 60 * 24 * 365

SIZES = {
    "standard": _("Standard"),
    "large": _("Large"),
    "largest": _("Largest"),
}
CONTRASTS = {
    "standard": _("Standard colours"),
    "high": _("High contrast"),
    "dark": _("Yellow on black"),
}
STANDARD = "standard"

# With no choice made, each contrast style sheet follows the device settings.
# Yellow on black wins when a device asks for both dark and more contrast.
AUTO_MEDIA = {
    "high": "(prefers-contrast: more) and (not (prefers-color-scheme: dark))",
    "dark": "(prefers-color-scheme: dark)",
}


@dataclass(frozen=True)
class Preferences:
    size: str = STANDARD
    contrast: str = STANDARD
    chosen: bool = False

    @classmethod
    def parse(cls, value):
        """The preferences a cookie value holds; anything unexpected means no choice."""
        size, _dot, contrast = (value or "").partition(".")
        if size in SIZES and contrast in CONTRASTS:
            return cls(size=size, contrast=contrast, chosen=True)
        return cls()

    @classmethod
    def from_request(cls, request):
        if request is None:
            return cls()
        return cls.parse(request.COOKIES.get(COOKIE_NAME))

    @property
    def cookie_value(self):
        return f"{self.size}.{self.contrast}"

    @property
    def variant(self):
        """One of ten strings: what a page cache must add to its key."""
        return self.cookie_value if self.chosen else "auto"

    @property
    def html_class(self):
        """Classes for ``<html>``: empty when nothing was chosen."""
        if not self.chosen:
            return ""
        return f"hub-text-{self.size} hub-contrast-{self.contrast}"

    def media(self, contrast):
        """The ``media`` attribute of the style sheet for ``contrast``."""
        if not self.chosen:
            return AUTO_MEDIA[contrast]
        return "all" if self.contrast == contrast else "not all"


def variant(request):
    """The normalised preference of this request, for cache keys."""
    return Preferences.from_request(request).variant


def remember(response, request, preferences):
    response.set_cookie(
        COOKIE_NAME,
        preferences.cookie_value,
        max_age=COOKIE_MAX_AGE,
        samesite="Lax",
        secure=request.is_secure(),
        # Read by early.js so cached pages show the choice before they paint.
        httponly=False,
    )


def forget(response):
    response.delete_cookie(COOKIE_NAME, samesite="Lax")
