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
from django.utils.translation import ngettext

from hub.accessibility.preferences import COOKIE_MAX_AGE

DAY = 60 * 60 * 24

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


def period_in_words(days):
    """A retention period as visitors read it: whole years as years ("1 year"), else days ("90 days")."""
    if days and days % 365 == 0:
        years = days // 365
        return ngettext("%(count)d year", "%(count)d years", years) % {"count": years}
    return ngettext("%(count)d day", "%(count)d days", days) % {"count": days}


def stated_periods():
    """Every period visitors are told about, in words, from the setting or constant that enforces it."""
    return {
        "personal_data": period_in_words(settings.PERSONAL_DATA_RETENTION_DAYS),
        "consent_cookie": period_in_words(settings.CONSENT_COOKIE_AGE // DAY),
        "preferences_cookie": period_in_words(COOKIE_MAX_AGE // DAY),
        "newsletter_link": period_in_words(settings.NEWSLETTER_CONFIRM_MAX_AGE // DAY),
        "role_alert_link": period_in_words(settings.ROLE_ALERT_CONFIRM_MAX_AGE // DAY),
        "story_draft": period_in_words(settings.STORY_DRAFT_RETENTION_DAYS),
    }
