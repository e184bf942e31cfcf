"""Which roles an alert is about: the listing's own filters, applied by the listing's own form."""

from django.http import QueryDict

from opportunities.alerts.emails import filters_query


def chosen_filters(query, listing):
    """The valid filters in ``query`` (a QueryDict), as a plain dict for storing; unknown values are dropped."""
    from opportunities.forms import FilterForm

    return FilterForm(query, listing.locale).chosen()


def describe(filters, listing):
    """The filters in words, in the active language: ``[(legend, [label, ...]), ...]``."""
    from opportunities.forms import FilterForm

    query = QueryDict(mutable=True)
    for name, values in filters.items():
        query.setlist(name, values)
    form = FilterForm(query, listing.locale)
    described = []
    for name, values in form.chosen().items():
        labels = dict(form.fields[name].choices)
        described.append((str(form.fields[name].label), [str(labels[value]) for value in values if value in labels]))
    return described


def new_roles(alert):
    """Open, public roles matching the alert, first published since it was confirmed and never sent to it."""
    from opportunities.forms import FilterForm

    roles = FilterForm(filters_query(alert), alert.listing.locale).apply(alert.listing.roles())
    return roles.filter(first_published_at__gte=alert.confirmed_at).exclude(pk__in=alert.sent_roles.values("role_id"))
