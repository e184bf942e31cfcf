"""Static file storage for production."""

from django.contrib.staticfiles.storage import HashedFilesMixin
from whitenoise.storage import CompressedManifestStaticFilesStorage

CSS_URL_PATTERN, CSS_IMPORT_PATTERN, _CSS_SOURCE_MAP_PATTERN = HashedFilesMixin.patterns[0][1]


class StaticStorage(CompressedManifestStaticFilesStorage):
    """Hashed, compressed static files whose references are rewritten too.

    - ``site.js`` imports NHS.UK frontend's module by a relative path; with
      ``support_js_module_import_aggregation`` the import points at the hashed
      (immutable) file.
    - NHS.UK frontend's CSS and JS name source maps that the package does not
      ship, so source-map comments are left as they are instead of failing
      ``collectstatic``; ``url()`` and ``@import`` in CSS are still rewritten.
    """

    support_js_module_import_aggregation = True
    patterns = (("*.css", (CSS_URL_PATTERN, CSS_IMPORT_PATTERN)),)
    manifest_strict = False
