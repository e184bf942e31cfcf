"""The Atom feed of open roles, for any combination of the listing's filters, in the listing's language."""

from django.contrib.syndication.views import Feed
from django.utils.feedgenerator import Atom1Feed
from django.utils.http import urlencode
from django.utils.translation import gettext as _

FEED_LENGTH = 50


class RolesFeed(Feed):
    """Served at ``<listing>/feed/?<filters>`` by ``OpportunityIndexPage.feed``."""

    feed_type = Atom1Feed

    def __init__(self, listing, filter_form):
        super().__init__()
        self.listing = listing
        self.form = filter_form

    def get_object(self, request, *args, **kwargs):
        self.request = request
        self.query = urlencode(self.form.chosen(), doseq=True)
        return self.listing

    def _with_query(self, url):
        return f"{url}?{self.query}" if self.query else url

    def title(self, obj):
        return _("%(page)s: open roles") % {"page": obj.title}

    def subtitle(self, obj):
        return obj.introduction or None

    def link(self, obj):
        return self._with_query(obj.get_url(self.request))

    def feed_url(self, obj):
        return self._with_query(obj.get_url(self.request) + obj.reverse_subpage("feed"))

    def items(self, obj):
        return self.form.apply(obj.roles()).order_by("-first_published_at")[:FEED_LENGTH]

    def item_title(self, item):
        return item.title

    def item_description(self, item):
        return item.summary

    def item_link(self, item):
        return item.get_url(self.request)

    def item_pubdate(self, item):
        return item.first_published_at

    def item_updateddate(self, item):
        return item.last_published_at
