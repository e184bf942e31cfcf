"""The daily digest: at most one email per address per day, listing each alert's new roles.

Nothing is marked as sent until the email has gone: if sending fails, the
same roles are tried again on the next run.
"""

import itertools
import logging

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from opportunities.alerts.emails import filters_query, send_to_address
from opportunities.alerts.matching import describe, new_roles
from opportunities.alerts.models import RoleAlert, SentRole
from opportunities.models import TRUST_TIMEZONE, trust_today

logger = logging.getLogger(__name__)


def emailed_today(alerts, today):
    return any(alert.last_sent_at and alert.last_sent_at.astimezone(TRUST_TIMEZONE).date() == today for alert in alerts)


def send_role_alerts():
    """Send today's digests; returns ``(emails sent, emails failed)``."""
    today = trust_today()
    sent = failed = 0
    alerts = RoleAlert.objects.confirmed().select_related("listing").order_by("email", "-consented_at")
    for _email, group in itertools.groupby(alerts, key=lambda alert: alert.email):
        group = list(group)
        if emailed_today(group, today):
            continue
        sections = []
        for alert in group:
            roles = list(new_roles(alert))
            if roles:
                listing_url = alert.listing.get_full_url()
                query = filters_query(alert).urlencode()
                sections.append(
                    {
                        "alert": alert,
                        "roles": [(role, role.get_full_url()) for role in roles],
                        "listing_url": f"{listing_url}?{query}" if query else listing_url,
                    }
                )
        if not sections:
            continue
        newest = group[0]  # the email is written in the language of the newest alert
        for section in sections:
            section["described"] = describe(section["alert"].filters, section["alert"].listing)
        count = sum(len(section["roles"]) for section in sections)
        try:
            send_to_address(
                newest,
                _("New roles you asked to hear about"),
                "role_alerts/email/new_roles.txt",
                {"sections": sections, "count": count},
            )
        except Exception as error:  # retried on the next run: nothing is marked as sent
            logger.error("Role alert digest for alert %s could not be sent: %s", newest.pk, type(error).__name__)
            failed += 1
            continue
        with transaction.atomic():
            SentRole.objects.bulk_create(
                [SentRole(alert=s["alert"], role=role) for s in sections for role, _url in s["roles"]],
                ignore_conflicts=True,
            )
            RoleAlert.objects.filter(pk__in=[alert.pk for alert in group]).update(last_sent_at=timezone.now())
        sent += 1
    return sent, failed
