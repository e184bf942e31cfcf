"""Request-level safeguards: the public forms' token check and the request-body guard."""

from django.conf import settings
from django.core.files.uploadhandler import FileUploadHandler
from django.http.multipartparser import MultiPartParserError
from django.shortcuts import render
from django.utils.translation import gettext_lazy as _

from hub.protection.tokens import TOKEN_FIELD, same_site_request, token_action


class FormTokenMiddleware:
    """Let public forms post without a CSRF cookie when their signed token fits this path.

    Must sit before ``django.middleware.csrf.CsrfViewMiddleware``. Only the
    signature and the path are checked here; the form checks the token's age so
    an expired page gets a friendly message with the visitor's words kept.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        if request.method != "POST" or TOKEN_FIELD not in request.POST:
            return None
        if token_action(request.POST[TOKEN_FIELD]) == request.path and same_site_request(request):
            request._dont_enforce_csrf_checks = True
        return None


class FilePartRefused(MultiPartParserError):
    """A file part arrived at an address that takes no files."""


class RefuseFilesUploadHandler(FileUploadHandler):
    """Stops the upload at the first file part, before any of it is read or written to disk."""

    def new_file(self, *args, **kwargs):
        raise FilePartRefused("file part refused")

    def receive_data_chunk(self, raw_data, start):
        return raw_data

    def file_complete(self, file_size):
        return None


def _takes_files(path):
    return path.startswith(tuple(settings.FILE_UPLOAD_PATH_PREFIXES))


def refused(request, status, heading, message):
    """A plain page that says why a request was refused (``request_refused.html``)."""
    return render(request, "request_refused.html", {"heading": heading, "message": message}, status=status)


class RequestBodyGuardMiddleware:
    """Refuse, before reading them, request bodies that are too big or carry files where none belong.

    - A declared ``Content-Length`` above the cap (``REQUEST_BODY_MAX_SIZE``, or
      ``ADMIN_REQUEST_BODY_MAX_SIZE`` for the admin, where images and documents
      are uploaded) answers 413 at once.
    - Outside ``FILE_UPLOAD_PATH_PREFIXES`` no form takes a file, so a multipart
      body is read with a handler that stops at the first file part: 400, and
      nothing is spooled to disk.

    Sits near the top of the middleware so no other code reads the body first.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        takes_files = _takes_files(request.path)
        cap = settings.ADMIN_REQUEST_BODY_MAX_SIZE if takes_files else settings.REQUEST_BODY_MAX_SIZE
        try:
            length = int(request.META.get("CONTENT_LENGTH") or 0)
        except ValueError:
            length = 0
        if length > cap:
            return refused(
                request,
                413,
                _("What you sent is too big"),
                _("Please make it shorter and send it again. Nothing was received."),
            )
        if not takes_files and request.content_type == "multipart/form-data":
            request.upload_handlers = [RefuseFilesUploadHandler(request)]
            try:
                request.POST  # noqa: B018 - read the body now, with the handler above
            except FilePartRefused:
                return refused(
                    request,
                    400,
                    _("This form does not take files"),
                    _("Please send the form again without attaching a file. Nothing was received."),
                )
        return self.get_response(request)
