"""Searches that found nothing, so editors can see what people could not find.

Wagtail's search promotions record every search term (``Query``) and its daily
count (``QueryDailyHits``), but its "Search terms" report cannot tell which of
those searches found nothing. ``NoResultsDailyHits`` counts those, per term
and day, in the same shape; the "What people search for" report joins the two.
"""

import datetime

from django.conf import settings
from django.db import models
from django.db.models import F
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.contrib.search_promotions.models import Query


class NoResultsDailyHits(models.Model):
    query = models.ForeignKey(
        Query, verbose_name=_("search term"), related_name="no_results_daily_hits", on_delete=models.CASCADE
    )
    date = models.DateField(_("date"))
    hits = models.PositiveIntegerField(_("searches that found nothing"), default=0)

    class Meta:
        verbose_name = _("search that found nothing")
        verbose_name_plural = _("searches that found nothing")
        constraints = [models.UniqueConstraint(fields=["query", "date"], name="search_no_results_query_date")]

    def __str__(self):
        return f"{self.query} ({self.date})"

    @classmethod
    def add_hit(cls, query_string, date=None):
        """Count one search for ``query_string`` that found nothing (one UPDATE once the day's row exists)."""
        date = date or timezone.now().date()
        if not cls.objects.filter(query__query_string=query_string, date=date).update(hits=F("hits") + 1):
            daily, _created = cls.objects.get_or_create(query=Query.get(query_string), date=date)
            cls.objects.filter(pk=daily.pk).update(hits=F("hits") + 1)

    @classmethod
    def garbage_collect(cls, days=None):
        """Delete counts older than ``WAGTAILSEARCH_HITS_MAX_AGE`` days, as Wagtail does for its own."""
        days = getattr(settings, "WAGTAILSEARCH_HITS_MAX_AGE", 7) if days is None else days
        cls.objects.filter(date__lt=timezone.now().date() - datetime.timedelta(days=days)).delete()
