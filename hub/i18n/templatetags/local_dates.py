"""Dates with their weekday, in the visitor's language and that language's own date and time formats.

``{{ value|date }}`` and ``{{ value|time }}`` (no format given) already
follow the language; these filters add the weekday, whose place in the
sentence the translators decide. Times go through ``time_value``, which
keeps "6 p.m." on one line.
"""

from django import template
from django.utils.formats import date_format, time_format
from django.utils.translation import pgettext

register = template.Library()


@register.filter(expects_localtime=True)
def weekday_date(value, format_name="DATE_FORMAT"):
    """A weekday and a date: "Saturday 22 November 2031", "Sobota, 22 listopada 2031".

    ``format_name`` is a Django format name, such as "MONTH_DAY_FORMAT" for a date without the year.
    """
    if not value:
        return ""
    return pgettext("a weekday and a date", "%(weekday)s %(date)s") % {
        "weekday": date_format(value, "l"),
        "date": date_format(value, format_name),
    }


@register.filter(expects_localtime=True)
def time_value(value):
    """A time that never wraps inside itself: "6\u00a0p.m." (a no-break space), never "6" above "p.m."."""
    if not value:
        return ""
    return time_format(value).replace(" ", "\u00a0")


@register.filter(expects_localtime=True)
def weekday_date_time(value):
    """A weekday, date and time: "Saturday 22 November 2031, 2:30 p.m.", "Sobota, 22 listopada 2031, 14:30"."""
    if not value:
        return ""
    return pgettext("a date and a time", "%(date)s, %(time)s") % {
        "date": weekday_date(value),
        "time": time_value(value),
    }
