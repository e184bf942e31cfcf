"""Static file storage for production."""

from whitenoise.storage import CompressedManifestStaticFilesStorage


class StaticStorage(CompressedManifestStaticFilesStorage):
    """Hashed, compressed static files whose ES module imports are rewritten too.

    ``site.js`` imports NHS.UK frontend's module by a relative path; with the
    rewrite, the import points at the hashed (immutable) file.
    """

    support_js_module_import_aggregation = True
    manifest_strict = False
