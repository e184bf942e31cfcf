"""A page's history and usage, read-only, for every editor who can see the page in the explorer.

Wagtail links "History" from the header of every page listing an editor can
open (``PagePermissionTester.can_view_revisions`` is true for every page) and
"Usage" from its status panel, but its views then refuse anyone who may not
edit the page: a champion exploring the news section met "Sorry, you do not
have permission" from the home page's history. These views take their place
at the same addresses (``hub/urls.py``) and answer whoever can see the page
in the explorer; reverting, comparing and unscheduling keep Wagtail's checks.
"""

from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404
from wagtail.admin.views import generic
from wagtail.admin.views.pages import history, usage
from wagtail.models import Page
from wagtail.permission_policies.pages import PagePermissionPolicy


def may_see(user, page):
    """True when the page is in the part of the tree the explorer shows ``user``."""
    return PagePermissionPolicy().explorable_instances(user).filter(pk=page.pk).exists()


class PageHistoryView(history.PageHistoryView):
    def get_object(self):
        page = get_object_or_404(Page, id=self.pk).specific
        if not may_see(self.request.user, page):
            raise PermissionDenied
        return page


class UsageView(usage.UsageView):
    def dispatch(self, request, *args, **kwargs):
        if not may_see(request.user, self.object):
            raise PermissionDenied
        # Wagtail's own dispatch asks for the right to edit; the generic usage view's does the rest.
        return generic.UsageView.dispatch(self, request, *args, **kwargs)
