"""Settings shared by every environment.

This file is safe for production on its own: debugging is off, cookies are
secure and nothing secret has a default. ``dev.py`` and ``test.py`` relax it;
``production.py`` adds the checks that must fail loudly at start-up.

Every environment variable the project reads is declared here, once.
``.env.example`` lists them with a short explanation.
"""

from datetime import timedelta
from pathlib import Path

import environ

BASE_DIR = Path(__file__).resolve().parent.parent.parent
VAR_DIR = BASE_DIR / "var"

# --- Environment variables (the only place they are read) -----------------
# django-environ reads and types each one; lists are comma-separated and
# yes/no values accept true/false, yes/no, on/off, 1/0.
env = environ.Env()

SECRET_KEY = env.str("SECRET_KEY", default="")
ALLOWED_HOSTS = env.list("ALLOWED_HOSTS", cast=str.strip, default=[])
# DATABASE_URL: one URL, parsed into Django's dict (options such as
# ?conn_max_age=0 in the URL win over the defaults set under "Data").
DATABASE = env.db_url("DATABASE_URL", default=f"sqlite:///{VAR_DIR / 'db.sqlite3'}")
REDIS_URL = env.str("REDIS_URL", default="")
WAGTAILADMIN_BASE_URL = env.str("WAGTAILADMIN_BASE_URL", default="http://127.0.0.1:8000")
ENABLED_LANGUAGES = env.list("LANGUAGES", cast=str.strip, default=["en", "pl", "bn", "ar"])
MACHINE_TRANSLATOR = env.str("MACHINE_TRANSLATOR", default="").strip().lower()
MACHINE_TRANSLATOR_API_KEY = env.str("MACHINE_TRANSLATOR_API_KEY", default="")
MACHINE_TRANSLATOR_URL = env.str("MACHINE_TRANSLATOR_URL", default="")
EMAIL_HOST = env.str("EMAIL_HOST", default="")
EMAIL_PORT = env.int("EMAIL_PORT", default=587)
EMAIL_HOST_USER = env.str("EMAIL_HOST_USER", default="")
EMAIL_HOST_PASSWORD = env.str("EMAIL_HOST_PASSWORD", default="")
EMAIL_USE_TLS = env.bool("EMAIL_USE_TLS", default=True)
DEFAULT_FROM_EMAIL = env.str("DEFAULT_FROM_EMAIL", default="get-involved@riverside.example")
SECURE_SSL_REDIRECT = env.bool("SECURE_SSL_REDIRECT", default=True)
CLIENT_IP_HEADER = env.str("CLIENT_IP_HEADER", default="")
PAGE_CACHE_SECONDS = env.int("PAGE_CACHE_SECONDS", default=300)
# Listings (cards, filters, pages of results) kept as HTML, also when the page
# cache misses (hub/caching/fragments.py). Dropped at once by a change visitors
# can see; what changes with time alone (an event ending, a role's closing day)
# is at most this late, as in the page cache.
LISTING_CACHE_SECONDS = env.int("LISTING_CACHE_SECONDS", default=300)
FRONTEND_CACHE_PURGE_URL = env.str("FRONTEND_CACHE_PURGE_URL", default="")
CLOUDFLARE_API_TOKEN = env.str("CLOUDFLARE_API_TOKEN", default="")
CLOUDFLARE_ZONE_ID = env.str("CLOUDFLARE_ZONE_ID", default="")
MEDIA_ROOT = Path(env.str("MEDIA_ROOT", default=str(VAR_DIR / "media")))
STATIC_ROOT = Path(env.str("STATIC_ROOT", default=str(VAR_DIR / "static")))
# Uploads in an S3-compatible bucket instead of MEDIA_ROOT, for more than one
# app server. boto3 reads the keys from AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY.
MEDIA_S3_BUCKET = env.str("MEDIA_S3_BUCKET", default="")
MEDIA_S3_ENDPOINT_URL = env.str("MEDIA_S3_ENDPOINT_URL", default="")
MEDIA_S3_REGION = env.str("MEDIA_S3_REGION", default="")
MEDIA_S3_CUSTOM_DOMAIN = env.str("MEDIA_S3_CUSTOM_DOMAIN", default="")
# How long form submissions (personal data) are kept; see docs/privacy.md.
PERSONAL_DATA_RETENTION_DAYS = env.int("PERSONAL_DATA_RETENTION_DAYS", default=365)
# After how many days a page or translation waiting for review is in its reviewers' reminder email.
REVIEW_REMINDER_DAYS = env.int("REVIEW_REMINDER_DAYS", default=3)
ADMIN_2FA_REQUIRED = env.bool("ADMIN_2FA_REQUIRED", default=True)

DEBUG = False

# --- Applications ----------------------------------------------------------
INSTALLED_APPS = [
    "hub",
    "hub.accessibility",
    "hub.caching",
    "home",
    "blog",
    "opportunities",
    "blog.bookings",
    "opportunities.alerts",
    "search",
    "hub.i18n",
    "hub.feedback",
    "hub.newsletter",
    "hub.consent",
    "hub.stories",
    "hub.readability",
    "wagtail_localize",
    "wagtail_localize.locales",
    "wagtail.contrib.forms",
    "wagtail.contrib.frontend_cache",
    "wagtail.contrib.redirects",
    "wagtail.contrib.routable_page",
    "wagtail.contrib.search_promotions",
    "wagtail.contrib.settings",
    "wagtail.contrib.sitemaps",
    "wagtail.contrib.table_block",
    "wagtail.embeds",
    "wagtail.sites",
    "hub.editors.apps.EditorsUsersAppConfig",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "wagtailnhsukfrontend",
    "wagtail_2fa",
    "django_otp",
    "django_otp.plugins.otp_totp",
    "axes",
    "modelcluster",
    "taggit",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
    "django.forms",
    "csp",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    # Before anything reads the request body: refuses oversize bodies and stray file parts.
    "hub.protection.middleware.RequestBodyGuardMiddleware",
    "compression_middleware.middleware.CompressionMiddleware",
    "hub.caching.middleware.PageCacheMiddleware",
    # Inside the page cache, so a cached copy keeps the headers they add and a
    # hit does not work them out again: the consent-dependent policy read the
    # site's cookie settings (a query) on every hit, 1.8 of a hit's 2.0 ms CPU
    # (make bench data, 2026-12-05). Both depend only on what the cache key
    # holds: the page, the visitor's consent choices and the content version.
    "django_permissions_policy.PermissionsPolicyMiddleware",
    "hub.security.middleware.ContentSecurityPolicyMiddleware",
    # Inside the page cache, so a cached copy keeps its Vary header.
    "hub.consent.middleware.ConsentVaryMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "hub.protection.middleware.FormTokenMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "wagtail_2fa.middleware.VerifyUserMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    # Last, as django-axes asks: it turns a locked-out login into the lock-out page.
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "hub.urls"
WSGI_APPLICATION = "hub.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
                "hub.privacy.context_processors.periods",
            ],
        },
    },
]

# Every public form field is drawn by templates/forms/field.html (see hub/forms/renderers.py).
FORM_RENDERER = "hub.forms.renderers.SiteFormRenderer"

# --- Data ------------------------------------------------------------------
# Connections are kept for a minute and checked before reuse, so a restarted
# PostgreSQL costs one failed check, not a failed request.
DATABASES = {"default": {"CONN_MAX_AGE": 60, "CONN_HEALTH_CHECKS": True, **DATABASE}}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

if REDIS_URL:
    # Short timeouts, and a circuit breaker (hub/caching/backends.py): while
    # Redis is unreachable every cache call is a miss at once, Redis is tried
    # again every 30 s, and the outage is logged once a minute.
    CACHES = {
        "default": {
            "BACKEND": "hub.caching.backends.CircuitBreakerRedisCache",
            "LOCATION": REDIS_URL,
            "OPTIONS": {"SOCKET_CONNECT_TIMEOUT": 0.25, "SOCKET_TIMEOUT": 0.5, "IGNORE_EXCEPTIONS": False},
        }
    }
else:
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}

# --- Passwords and sessions -----------------------------------------------
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {
        "NAME": "django.contrib.auth.password_validation.MinimumLengthValidator",
        "OPTIONS": {"min_length": 12},
    },
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
SESSION_COOKIE_AGE = 60 * 60 * 8
SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
CSRF_COOKIE_HTTPONLY = True
# A refused post gets a plain page in the visitor's language, not Django's CSRF page.
CSRF_FAILURE_VIEW = "hub.protection.views.csrf_failure"

# --- Logins: throttling and two-factor authentication (docs/security.md) ----
# django-axes checks every login first; five wrong passwords for one user name
# lock that name for 15 minutes. Attempts are kept in the database so every
# app server sees them, and they are the audit trail of failed logins.
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesBackend",
    "django.contrib.auth.backends.ModelBackend",
]
AXES_HANDLER = "axes.handlers.database.AxesDatabaseHandler"
AXES_FAILURE_LIMIT = 5
AXES_COOLOFF_TIME = timedelta(minutes=15)
# By user name only: NHS staff often share one network address, so locking an
# address would lock out a whole office. Axes warns about this (W006).
AXES_LOCKOUT_PARAMETERS = ["username"]
SILENCED_SYSTEM_CHECKS = ["axes.W006"]
AXES_RESET_ON_SUCCESS = True
AXES_LOCKOUT_TEMPLATE = "admin/locked_out.html"
AXES_VERBOSE = False
# Axes and the limits below see the visitor's real address behind a proxy.
AXES_CLIENT_IP_CALLABLE = "hub.protection.ratelimit.client_address"
# Axes locks one user name; this stops one address trying many names. 20 wrong
# passwords in 10 minutes is far more than an office of staff mistyping makes,
# yet holds a guesser to about 120 tries an hour; a pause never lasts longer
# than 10 minutes, so a shared office address is never locked out for long.
ADMIN_LOGIN_FAILURE_LIMIT = 20
ADMIN_LOGIN_FAILURE_PERIOD = 60 * 10
# Password resets: 3 emails an hour to one address, 10 requests an hour from one visitor.
PASSWORD_RESET_LIMIT_PER_ADDRESS = 3
PASSWORD_RESET_LIMIT_PER_VISITOR = 10
PASSWORD_RESET_PERIOD = 60 * 60
# wagtail-2fa: every admin user must set up an authenticator app and enter its
# code after the password. Development and tests turn it off.
WAGTAIL_2FA_REQUIRED = ADMIN_2FA_REQUIRED
OTP_TOTP_ISSUER = "Riverside get involved"

# --- Security headers -----------------------------------------------------
SECURE_HSTS_SECONDS = 60 * 60 * 24 * 365
SECURE_HSTS_INCLUDE_SUBDOMAINS = True
SECURE_HSTS_PRELOAD = True
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "strict-origin-when-cross-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
# Wagtail's preview views allow their own same-origin frame.
X_FRAME_OPTIONS = "DENY"
SESSION_COOKIE_SAMESITE = "Lax"
CSRF_COOKIE_SAMESITE = "Lax"

# Public pages, and the admin's login and password-reset pages: only our own
# files, no inline scripts or styles, never framed. The one exception is the
# NHS's own typeface, which the NHS.UK frontend stylesheet loads from the
# NHS's server (no cookies; see docs/security.md).
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": ["'none'"],
        "script-src": ["'self'"],
        "style-src": ["'self'"],
        "img-src": ["'self'", "data:"],
        "font-src": ["'self'", "https://assets.nhs.uk"],
        "connect-src": ["'self'"],
        "manifest-src": ["'self'"],
        "media-src": ["'self'"],
        "frame-src": ["https://www.youtube-nocookie.com", "https://player.vimeo.com"],
        "form-action": ["'self'"],
        "base-uri": ["'none'"],
        "frame-ancestors": ["'none'"],
        "object-src": ["'none'"],
    },
}
# The admin once signed in (hub/security/middleware.py). Wagtail 7.4 writes
# inline scripts and styles there, so they are allowed for staff; still
# nothing loads from another origin, nothing is eval'd, and previews may be
# framed by the admin itself, nothing else. docs/security.md has the details.
ADMIN_CONTENT_SECURITY_POLICY = {
    "URL_PREFIX": "/admin/",
    "DIRECTIVES": {
        **CONTENT_SECURITY_POLICY["DIRECTIVES"],
        "script-src": ["'self'", "'unsafe-inline'"],
        "style-src": ["'self'", "'unsafe-inline'"],
        "img-src": ["'self'", "data:", "blob:"],
        "frame-src": ["'self'", *CONTENT_SECURITY_POLICY["DIRECTIVES"]["frame-src"]],
        "frame-ancestors": ["'self'"],
    },
}
PERMISSIONS_POLICY = {
    "accelerometer": [],
    "camera": [],
    "geolocation": [],
    "gyroscope": [],
    "magnetometer": [],
    "microphone": [],
    "payment": [],
    "usb": [],
    "browsing-topics": [],
}

# --- Languages --------------------------------------------------------------
# The names are shown to visitors in their own language, so they are not
# marked for translation. Add a language here, then list its code in the
# LANGUAGES environment variable (see docs/translation.md).
LANGUAGE_NAMES = {
    "en": "English",
    "pl": "Polski",
    "bn": "বাংলা",
    "ar": "العربية",
    "ur": "اردو",
    "so": "Soomaali",
    "pt": "Português",
}
LANGUAGE_CODE = "en"
LANGUAGES = [(code, LANGUAGE_NAMES[code]) for code in ENABLED_LANGUAGES]
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
WAGTAIL_I18N_ENABLED = True
USE_I18N = True
USE_TZ = True
TIME_ZONE = "Europe/London"
LOCALE_PATHS = [BASE_DIR / "locale"]
# Dates and times are shown in each language's own format; English is
# written the UK way (hub/formats/en/formats.py).
FORMAT_MODULE_PATH = ["hub.formats"]
# New translations start as drafts so a second person reviews them before
# they go live (the "Translation review" workflow).
WAGTAILLOCALIZE_SYNC_LIVE_STATUS_ON_TRANSLATE = False
# Approving the last task of a workflow publishes, even when the approver
# (a translation reviewer) may not publish directly.
WAGTAIL_FINISH_WORKFLOW_ACTION = "hub.i18n.workflows.publish_approved"
# Machine translation is off unless MACHINE_TRANSLATOR is "deepl" or
# "libretranslate"; it only ever fills in drafts for a person to check.
if MACHINE_TRANSLATOR == "deepl":
    WAGTAILLOCALIZE_MACHINE_TRANSLATOR = {
        "CLASS": "wagtail_localize.machine_translators.deepl.DeepLTranslator",
        "OPTIONS": {"AUTH_KEY": MACHINE_TRANSLATOR_API_KEY},
    }
elif MACHINE_TRANSLATOR == "libretranslate":
    WAGTAILLOCALIZE_MACHINE_TRANSLATOR = {
        "CLASS": "wagtail_localize.machine_translators.libretranslate.LibreTranslator",
        "OPTIONS": {"LIBRETRANSLATE_URL": MACHINE_TRANSLATOR_URL, "API_KEY": MACHINE_TRANSLATOR_API_KEY},
    }

# --- Static files and uploads --------------------------------------------
# In production, uploads are served by the web server or object storage, not Django.
SERVE_MEDIA = False
STATIC_URL = "/static/"
MEDIA_URL = "/media/"
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "hub.staticfiles.storage.StaticStorage"},
}
if MEDIA_S3_BUCKET:
    # With a public custom domain (a CDN in front of the bucket) image links are
    # plain; without one the bucket stays private and links are signed for an hour.
    STORAGES["default"] = {
        "BACKEND": "storages.backends.s3.S3Storage",
        "OPTIONS": {
            "bucket_name": MEDIA_S3_BUCKET,
            "endpoint_url": MEDIA_S3_ENDPOINT_URL or None,
            "region_name": MEDIA_S3_REGION or None,
            "custom_domain": MEDIA_S3_CUSTOM_DOMAIN or None,
            "querystring_auth": not MEDIA_S3_CUSTOM_DOMAIN,
            "default_acl": None,
            "file_overwrite": False,
        },
    }
    # Pages show images from the bucket's own address: the CSP must allow it.
    if MEDIA_S3_CUSTOM_DOMAIN:
        MEDIA_ORIGINS = [f"https://{MEDIA_S3_CUSTOM_DOMAIN}"]
    elif MEDIA_S3_ENDPOINT_URL:
        MEDIA_ORIGINS = [MEDIA_S3_ENDPOINT_URL.rstrip("/")]
    else:
        MEDIA_ORIGINS = [f"https://{MEDIA_S3_BUCKET}.s3.amazonaws.com"] + (
            [f"https://{MEDIA_S3_BUCKET}.s3.{MEDIA_S3_REGION}.amazonaws.com"] if MEDIA_S3_REGION else []
        )
    CONTENT_SECURITY_POLICY["DIRECTIVES"]["img-src"] += MEDIA_ORIGINS
    ADMIN_CONTENT_SECURITY_POLICY["DIRECTIVES"]["img-src"] += MEDIA_ORIGINS
# --- Request bodies (docs/security.md) ----------------------------------------
# hub/protection/middleware.py answers 413 before reading a body that declares
# more than these, and 400 to a file part sent anywhere but the admin.
# The same caps as the shipped nginx (deploy/nginx/).
REQUEST_BODY_MAX_SIZE = 2 * 1024 * 1024
ADMIN_REQUEST_BODY_MAX_SIZE = 12 * 1024 * 1024
FILE_UPLOAD_PATH_PREFIXES = ["/admin/"]
DATA_UPLOAD_MAX_MEMORY_SIZE = 2 * 1024 * 1024
FILE_UPLOAD_MAX_MEMORY_SIZE = 2 * 1024 * 1024

# --- Page cache ------------------------------------------------------------
# Anonymous pages are kept for PAGE_CACHE_SECONDS and dropped at once when
# something visitors can see changes (docs/caching.md, hub/caching/). The
# key holds only the query parameters pages read: add a parameter here when
# a page starts reading one, or requests carrying it are never cached.
PAGE_CACHE_QUERY_PARAMETERS = [
    "q",  # the search: kept too, and still counted (search/counting.py)
    "page",
    "type",
    "category",
    "tag",
    "kind",
    "time",
    "fits",
    "setting",
    "area",
    "audience",
    "rung",
]
# A CDN in front is purged on publish, in every language, when
# FRONTEND_CACHE_PURGE_URL (an HTTP purge endpoint such as Varnish) or the
# Cloudflare variables are set.
WAGTAILFRONTENDCACHE_LANGUAGES = [code for code, _name in LANGUAGES]
WAGTAILFRONTENDCACHE = {}
if FRONTEND_CACHE_PURGE_URL:
    WAGTAILFRONTENDCACHE["http"] = {
        "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
        "LOCATION": FRONTEND_CACHE_PURGE_URL,
    }
if CLOUDFLARE_API_TOKEN and CLOUDFLARE_ZONE_ID:
    WAGTAILFRONTENDCACHE["cloudflare"] = {
        "BACKEND": "wagtail.contrib.frontend_cache.backends.CloudflareBackend",
        "BEARER_TOKEN": CLOUDFLARE_API_TOKEN,
        "ZONEID": CLOUDFLARE_ZONE_ID,
    }

# --- Email ------------------------------------------------------------------
EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
EMAIL_TIMEOUT = 10
SERVER_EMAIL = DEFAULT_FROM_EMAIL

# --- Wagtail ----------------------------------------------------------------
WAGTAIL_SITE_NAME = "Riverside get involved"
WAGTAILIMAGES_IMAGE_MODEL = "hub.HubImage"
# Says to choose the file again when an upload comes back with an error (hub/images/forms.py).
WAGTAILIMAGES_IMAGE_FORM_BASE = "hub.images.forms.HubImageForm"
# Formats of the renditions in each <picture>, the last also the <img> for
# browsers that read none of the others. At Wagtail's default qualities (AVIF
# 61, WebP 80) AVIF is about 40% smaller and looks the same; it takes about
# ten times as long to encode (once per rendition).
HUB_IMAGE_FORMATS = ["avif", "webp"]
WAGTAILIMAGES_EXTENSIONS = ["gif", "jpg", "jpeg", "png", "webp"]
WAGTAILIMAGES_MAX_UPLOAD_SIZE = 10 * 1024 * 1024
WAGTAILDOCS_SERVE_METHOD = "serve_view"
# Films (with WebVTT captions) for the video block play from Documents (hub/blocks.py, VideoBlock).
WAGTAILDOCS_EXTENSIONS = ["pdf", "docx", "odt", "xlsx", "ods", "pptx", "txt", "csv", "mp4", "webm", "vtt"]
WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "search.backends"}}
WAGTAILEMBEDS_RESPONSIVE_HTML = True
WAGTAIL_ENABLE_UPDATE_CHECK = False
# Editors' avatars are Wagtail's own: no hash of their email address goes to Gravatar.
WAGTAIL_GRAVATAR_PROVIDER_URL = None
WAGTAILADMIN_COMMENTS_ENABLED = True

# --- Taking part: public forms, page feedback, newsletter, stories -----------
# See docs/privacy.md. Periods are in seconds unless the name says days.
HUB_FORM_TOKEN_MAX_AGE = 60 * 60 * 24 * 2
# Accepted submissions per visitor per period: for one form (one role's
# interest form, one story page, the newsletter) and across every public form.
PUBLIC_FORM_RATE_LIMIT = 5
PUBLIC_FORM_RATE_LIMIT_TOTAL = 30
PUBLIC_FORM_RATE_PERIOD = 60 * 60
# Wrong page (or document collection) passwords per visitor: for one password, and across all.
PAGE_PASSWORD_GUESS_LIMIT = 5
PAGE_PASSWORD_GUESS_LIMIT_TOTAL = 20
PAGE_PASSWORD_GUESS_PERIOD = 60 * 15
FEEDBACK_RATE_LIMIT_PER_PAGE = 5
FEEDBACK_RATE_LIMIT_TOTAL = 60
FEEDBACK_RATE_LIMIT_PERIOD = 60 * 60
FEEDBACK_COMMENT_WINDOW = 60 * 60
NEWSLETTER_BACKEND = "hub.newsletter.backends.DatabaseOnlyBackend"
NEWSLETTER_CONFIRM_MAX_AGE = 60 * 60 * 24 * 7
NEWSLETTER_UNCONFIRMED_RETENTION_DAYS = 30
NEWSLETTER_UNSUBSCRIBED_RETENTION_DAYS = 30
# Role alerts (opportunities/alerts/): confirmation links expire, unconfirmed requests are deleted.
ROLE_ALERT_CONFIRM_MAX_AGE = 60 * 60 * 24 * 7
ROLE_ALERT_UNCONFIRMED_RETENTION_DAYS = 30
# Share your story: answers saved with "Save and finish later" are deleted after this many days.
STORY_DRAFT_RETENTION_DAYS = env.int("STORY_DRAFT_RETENTION_DAYS", default=14)
CONSENT_COOKIE_NAME = "hub_cookie_consent"
CONSENT_COOKIE_AGE = 60 * 60 * 24 * 365
WAGTAILFORMS_HELP_TEXT_ALLOW_HTML = False

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "filters": {"bad_host_in_one_line": {"()": "hub.protection.hosts.BadHostInOneLine"}},
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": "INFO"},
    "loggers": {
        "django.request": {"handlers": ["console"], "level": "WARNING", "propagate": False},
        "django.security.DisallowedHost": {
            "handlers": ["console"],
            "filters": ["bad_host_in_one_line"],
            "propagate": False,
        },
        "django_tasks": {"handlers": ["console"], "level": "WARNING", "propagate": False},
        "wagtail": {"handlers": ["console"], "level": "WARNING", "propagate": False},
    },
}
