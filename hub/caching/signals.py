"""Raise the content version (``hub.caching.version``) when something visitors can see changes, and only then.

Visible changes: a page published, unpublished, moved or deleted while live;
a snippet, setting, image, document, site, locale, view restriction or
promoted search result saved or deleted (a snippet with drafts only when it
is published, unpublished or deleted while live); and a row that belongs to
one of those (a menu link, a cookie service) saved or deleted.

Everything else changes nothing a visitor sees and keeps the cache: saving
a page or snippet draft, autosave, submitting for review, comments, logging
in, form submissions, and the file-hash bookkeeping Wagtail does on images.
"""

import functools

from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver
from modelcluster.fields import ParentalKey
from wagtail.contrib.search_promotions.models import SearchPromotion
from wagtail.contrib.settings.models import BaseGenericSetting, BaseSiteSetting
from wagtail.documents.models import AbstractDocument
from wagtail.images.models import AbstractImage
from wagtail.models import BaseViewRestriction, DraftStateMixin, Locale, Page, Site
from wagtail.signals import page_published, page_unpublished, post_page_move, published, unpublished
from wagtail.snippets.models import get_snippet_models

from hub.caching.version import invalidate

VISIBLE_BASES = (
    BaseSiteSetting,
    BaseGenericSetting,
    AbstractImage,
    AbstractDocument,
    Site,
    Locale,
    BaseViewRestriction,
    SearchPromotion,
)
# Saves Wagtail makes while reading an image or document, not edits.
BOOKKEEPING_FIELDS = {"file_hash", "file_size"}
SETTINGS = (BaseSiteSetting, BaseGenericSetting)


def _is_visible_model(model):
    return issubclass(model, VISIBLE_BASES) or model in get_snippet_models()


@functools.cache
def _belongs_to_visible_model(model):
    """Whether ``model`` is an inline row (a ``ParentalKey`` child) of a snippet or setting, such as a menu link."""
    return any(
        isinstance(field, ParentalKey) and _is_visible_model(field.related_model) for field in model._meta.get_fields()
    )


def _has_drafts(instance):
    return isinstance(instance, DraftStateMixin) and not isinstance(instance, Page)


@receiver(page_published)
@receiver(page_unpublished)
def page_published_or_unpublished(**kwargs):
    invalidate()


@receiver(published)
@receiver(unpublished)
def snippet_published_or_unpublished(instance, **kwargs):
    if _is_visible_model(type(instance)):
        invalidate()


@receiver(post_page_move)
def page_moved(instance, **kwargs):
    if instance.live:
        invalidate()


@receiver(post_save)
def model_saved(sender, instance, created=False, update_fields=None, **kwargs):
    if isinstance(instance, Page) or _has_drafts(instance):
        # Pages and snippets with drafts show a change when it is published.
        return
    if created and isinstance(instance, SETTINGS):
        # Wagtail creates a settings row with its defaults the first time a page asks for it.
        return
    if update_fields is not None and set(update_fields) <= BOOKKEEPING_FIELDS:
        return
    if _is_visible_model(sender) or _belongs_to_visible_model(sender):
        invalidate()


@receiver(post_delete)
def model_deleted(sender, instance, **kwargs):
    if isinstance(instance, Page) or _has_drafts(instance):
        if instance.live:
            invalidate()
        return
    if _is_visible_model(sender) or _belongs_to_visible_model(sender):
        invalidate()
