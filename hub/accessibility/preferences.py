"""The visitor's text size and contrast choice, kept in one cookie.

The cookie holds ``<size>.<contrast>`` (for example ``largest.dark``), so there
are only thirteen ways a page can look: no choice, or one of 3 sizes × 4 contrasts.
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
    "dark": _("Dark"),
    "yellow": _("Yellow on black"),
}
STANDARD = "standard"

# With no choice made, each contrast style sheet follows the device settings:
# a dark device gets the calm dark theme (brighter when it also asks for more
# contrast), a light one asking for more contrast gets high contrast. Yellow on
# black is stark and meant for a few: only ever by choice.
NEVER = "not all"
AUTO_MEDIA = {
    "high": "(prefers-contrast: more) and (not (prefers-color-scheme: dark))",
    "dark": "(prefers-color-scheme: dark)",
    "yellow": NEVER,
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
        """One of thirteen strings: what a page cache must add to its key."""
        return self.cookie_value if self.chosen else "auto"

    @property
    def html_class(self):
        """Classes for ``<html>``: empty when nothing was chosen."""
        if not self.chosen:
            return ""
        return f"hub-text-{self.size} hub-contrast-{self.contrast}"

    def media(self, contrasts):
        """The ``media`` attribute of a style sheet used by the space-separated ``contrasts``."""
        contrasts = contrasts.split()
        if not self.chosen:
            return auto_media(contrasts)
        return "all" if self.contrast in contrasts else NEVER


def auto_media(contrasts):
    """The device settings under which any of ``contrasts`` applies when nothing was chosen."""
    return ", ".join(AUTO_MEDIA[contrast] for contrast in contrasts if AUTO_MEDIA[contrast] != NEVER) or NEVER


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
