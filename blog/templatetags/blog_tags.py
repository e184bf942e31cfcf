"""Template tags for the blog's part of the home page."""

from django import template

from blog.models import home_page_news

register = template.Library()


@register.simple_tag
def home_news(home):
    """The home page's posts and events (see ``blog.models.home_page_news``)."""
    return home_page_news(home)
