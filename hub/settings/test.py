"""Settings for the test suite: fast, isolated, no network, no real email."""

from .dev import *  # noqa: F403
from .dev import VAR_DIR

DEBUG = False
SECRET_KEY = "test-only-insecure-key"  # noqa: S105
ALLOWED_HOSTS = ["127.0.0.1", "localhost", "testserver"]
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
WAGTAILADMIN_BASE_URL = "http://testserver"
CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
MEDIA_ROOT = VAR_DIR / "test-media"
# Tests see every change at once, also one made without publishing (a factory's
# page); hub/caching/tests/ turn the page cache and the kept listings on.
PAGE_CACHE_SECONDS = 0
LISTING_CACHE_SECONDS = 0
# The editor browser tests read the database after each action they take:
# Wagtail's autosave (every 500 ms) would save drafts in between.
WAGTAIL_AUTOSAVE_INTERVAL = 0
# The browser suites build every demo image's renditions again in each test:
# WebP only keeps them quick. hub/tests/test_images.py checks AVIF as well.
HUB_IMAGE_FORMATS = ["webp"]
