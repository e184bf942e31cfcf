"""Requests with a bad ``Host`` header are logged as one short warning.

Django logs each one on ``django.security.DisallowedHost`` at ERROR with a
full traceback: scanners send many, and the noise hid real errors. The
message alone (which host was refused) is all anyone needs.
"""

import logging


class BadHostInOneLine(logging.Filter):
    """Turns Django's DisallowedHost error into a one-line warning without its traceback."""

    def filter(self, record):
        record.levelno = logging.WARNING
        record.levelname = logging.getLevelName(logging.WARNING)
        record.exc_info = None
        record.exc_text = None
        return True
