"""Drop the page cache whenever something visitors can see changes."""

from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver
from wagtail.contrib.search_promotions.models import SearchPromotion
from wagtail.contrib.settings.models import BaseGenericSetting, BaseSiteSetting
from wagtail.documents.models import AbstractDocument
from wagtail.images.models import AbstractImage
from wagtail.models import BaseViewRestriction, Locale, Page, Site
from wagtail.signals import page_published, page_unpublished, post_page_move
from wagtail.snippets.models import get_snippet_models

from hub import generation

# Sites, locales and view restrictions change what the cached routing answers
# (hub/routing.py); promoted results change cached search pages.
VISIBLE_MODELS = (
    Page,
    BaseSiteSetting,
    BaseGenericSetting,
    AbstractImage,
    AbstractDocument,
    Site,
    Locale,
    BaseViewRestriction,
    SearchPromotion,
)


def _is_visible(instance):
    return isinstance(instance, VISIBLE_MODELS) or type(instance) in get_snippet_models()


@receiver(page_published)
@receiver(page_unpublished)
@receiver(post_page_move)
def page_changed(**kwargs):
    generation.invalidate()


@receiver(post_save)
@receiver(post_delete)
def model_changed(sender, instance, created=False, **kwargs):
    # A settings row is created with its defaults the first time a page asks
    # for it: nothing a visitor sees has changed.
    if created and isinstance(instance, (BaseSiteSetting, BaseGenericSetting)):
        return
    if _is_visible(instance):
        generation.invalidate()
