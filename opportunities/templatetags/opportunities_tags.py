"""Template tags for roles: the home page's featured roles."""

from django import template
from django.db.models import F

from opportunities.models import OpportunityPage

register = template.Library()

HOME_ROLES = 3


@register.simple_tag
def home_roles(home):
    """The editor's featured roles that are still open and public; if none, the open roles closing soonest."""
    open_roles = (
        OpportunityPage.objects.live().public().open().filter(locale_id=home.locale_id).select_related("locale")
    )
    featured_ids = list(home.featured_roles.values_list("role_id", flat=True))
    if featured_ids:
        chosen = {role.pk: role for role in open_roles.filter(pk__in=featured_ids)}
        roles = [chosen[pk] for pk in featured_ids if pk in chosen]
        if roles:
            return roles
    return list(open_roles.order_by(F("closing_date").asc(nulls_last=True), "title")[:HOME_ROLES])
