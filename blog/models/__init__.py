"""News, stories, reports and events, with their authors and categories.

``BlogPage`` is a post (news, story or report). ``EventPage`` extends it, so a
single query lists posts and events together, newest first, and both share
authors, categories and tags. An event shows as upcoming until its end time,
then as its write-up. ``BlogIndexPage`` lists both with filters and serves the
RSS feed and the calendar of upcoming events.

One module a concern: ``snippets`` (authors, categories), ``choices`` (types of
post), ``forms`` (the editor's and the readers' forms), ``posts``, ``events``
and ``index`` (the page types), ``home`` (the posts and events editors choose
for the home page) and ``json_ld`` (structured data for search engines). Import from
``blog.models``.
"""

from blog.models.choices import PostType
from blog.models.events import EventGalleryImage, EventPage
from blog.models.forms import BlogPageForm, PostFilterForm
from blog.models.home import HomePageFeaturedEvent, HomePageFeaturedPost
from blog.models.index import BlogIndexPage
from blog.models.posts import (
    RELATED_POSTS,
    WORDS_PER_MINUTE,
    BlogPage,
    BlogPageAuthor,
    BlogPageManager,
    BlogPageQuerySet,
    BlogPageTag,
)
from blog.models.snippets import Author, Category

__all__ = [
    "RELATED_POSTS",
    "WORDS_PER_MINUTE",
    "Author",
    "BlogIndexPage",
    "BlogPage",
    "BlogPageAuthor",
    "BlogPageForm",
    "BlogPageManager",
    "BlogPageQuerySet",
    "BlogPageTag",
    "Category",
    "EventGalleryImage",
    "EventPage",
    "HomePageFeaturedEvent",
    "HomePageFeaturedPost",
    "PostFilterForm",
    "PostType",
]
