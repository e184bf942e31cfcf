"""Authors and categories in the admin, as snippets with search and filters."""

from django.utils.translation import gettext_lazy as _
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from blog.models import Author, Category


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
