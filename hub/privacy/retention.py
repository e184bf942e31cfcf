"""What personal data the site keeps, and the one place that deletes it when it is too old.

Each app that stores personal data registers a purge function here, usually
in its ``AppConfig.ready()``::

    from hub.privacy.retention import register

    register("expressions of interest", purge_expressions_of_interest)

A purge function takes a cut-off ``datetime`` and deletes everything created
before it, returning how many records it deleted. ``manage.py
purge_personal_data`` runs them all with the cut-off set by
``PERSONAL_DATA_RETENTION_DAYS`` (see docs/privacy.md).
"""

import datetime

from django.conf import settings
from django.utils import timezone

_purgers = {}


def register(label, purge):
    """Add a kind of personal data (``label`` is how the command reports it)."""
    _purgers[label] = purge


def cutoff(days=None):
    """The moment before which personal data is too old to keep."""
    if days is None:
        days = settings.PERSONAL_DATA_RETENTION_DAYS
    return timezone.now() - datetime.timedelta(days=days)


def purge(before):
    """Run every registered purge; returns ``{label: number deleted}``."""
    return {label: purge_older(before) for label, purge_older in _purgers.items()}
