"""Logging filters, named in ``LOGGING`` (hub/settings/base.py).

Kept apart from the apps: logging is configured before Django loads them.
"""

import logging


class CacheErrorInOneLine(logging.Filter):
    """Log an ignored cache error as one line, with the error but no traceback.

    With Redis down django-redis logs every failed call (several a request);
    a traceback each buried everything else in the log (about 90,000 lines in
    the few seconds of ``bench/load.py redis``).
    """

    def filter(self, record):
        if record.exc_info and record.exc_info[1] is not None:
            error = record.exc_info[1]
            record.msg = f"{record.getMessage()}: {type(error).__name__}: {error}"
            record.args = ()
            record.exc_info = None
            record.exc_text = None
        return True
