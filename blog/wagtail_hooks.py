"""Authors and categories in the admin, as snippets with search and filters."""

from django.utils.formats import date_format
from django.utils.timezone import localtime
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.ui.tables import Column
from wagtail.admin.views.pages.listing import IndexView as PageIndexView
from wagtail.admin.viewsets.pages import PageListingViewSet
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from blog.models import Author, Category, EventPage


class AuthorViewSet(SnippetViewSet):
    model = Author
    icon = "user"
    menu_label = _("Authors")
    list_display = ["name", "role", "lived_experience", "locale"]
    list_filter = ["lived_experience", "locale"]
    search_fields = ["name", "role", "bio"]
    search_backend_name = None
    ordering = ["name"]


class CategoryViewSet(SnippetViewSet):
    model = Category
    icon = "tag"
    menu_label = _("Categories")
    list_display = ["name", "slug", "description", "locale"]
    list_filter = ["locale"]
    search_fields = ["name", "description"]
    search_backend_name = None
    ordering = ["name"]


class BlogSnippetGroup(SnippetViewSetGroup):
    """One 'News and stories' menu for the things posts are labelled with."""

    items = (AuthorViewSet, CategoryViewSet)
    menu_icon = "doc-full"
    menu_label = _("News and stories")
    menu_name = "news-and-stories"


register_snippet(BlogSnippetGroup)


class EventListingViewSet(PageListingViewSet):
    """Every event in one list with its date; sort by the date column to see what is coming up."""

    model = EventPage
    icon = "date"
    menu_label = _("Events")
    menu_order = 140
    add_to_admin_menu = True
    columns = [
        *PageIndexView.base_columns,
        Column(
            "start",
            label=_("Date"),
            accessor=lambda event: date_format(localtime(event.start), "DATETIME_FORMAT"),
            sort_key="start",
            width="18%",
        ),
    ]


@hooks.register("register_admin_viewset")
def register_event_listing_viewset():
    return EventListingViewSet("events")
