"""The menu and footer links, and the default "get involved" link, in the visitor's language."""

from django.conf import settings
from django.db.models import Q
from django.utils.translation import get_language, get_language_info
from wagtail.models import Locale, Page, Site

from hub.i18n.pages import with_words_locale
from hub.models import GetInvolvedCallToAction, Menu
from hub.visibility.rules import visible_q

LINK_PAGE_FIELDS = ("id", "title", "url_path", "translation_key", "locale_id", "depth", "path", "live", "alias_of_id")
LINK_FIELDS = ("label", "page", "menu", "sort_order", "locale")
RELATIONS = {"primary": "primary_links", "footer": "footer_links"}


def _menu(locale):
    """The menu in ``locale``, else the one in the default language (not translated yet), else ``None``."""
    menus = Menu.objects.filter(Q(locale=locale) | Q(locale__language_code=settings.LANGUAGE_CODE))
    menus = {menu.locale_id: menu for menu in menus}
    return menus.get(locale.id) or next(iter(menus.values()), None)


def _link(link, page, request, locale, language_codes):
    """One link as the templates show it.

    When a page has no translation in the visitor's language (or one that is
    not translated in the sense of ``hub.i18n.pages``), its title is in the
    original language and is marked so screen readers pronounce it right; so
    is a label from a menu nobody has translated into the visitor's language yet.
    """
    if link.label:
        words_locale_id = link.locale_id
    elif page.locale_id == locale.id:
        # The page's translation, fetched with ``with_words_locale``.
        words_locale_id = page.words_locale_id
    else:
        # No translation: the chosen page itself, in its own words.
        words_locale_id = page.locale_id
    language = "" if words_locale_id == locale.id else language_codes[words_locale_id]
    return {
        "label": link.label or page.title,
        "url": page.get_url(request),
        "url_path": page.url_path,
        "depth": page.depth,
        "language": language,
        "direction": ("rtl" if get_language_info(language)["bidi"] else "ltr") if language else "",
    }


def menu_links(request, which):
    """The menu ("primary") or footer ("footer") links in the active language, each page in its translation."""
    locale = Locale.get_active()
    menu = _menu(locale)
    if menu is None:
        return []
    links = list(getattr(menu, RELATIONS[which]).select_related("page").only(*LINK_FIELDS))
    keys = {link.page.translation_key for link in links}
    translated = {
        page.translation_key: page
        for page in with_words_locale(
            Page.objects.live().filter(translation_key__in=keys, locale=locale).only(*LINK_PAGE_FIELDS)
        )
    }
    # A restriction on any language version hides every version (hub.visibility),
    # so checking the linked page itself covers its translation too.
    shown = set(Page.objects.filter(visible_q(), pk__in={link.page_id for link in links}).values_list("pk", flat=True))
    language_codes = dict(Locale.objects.values_list("id", "language_code"))
    items = []
    for link in links:
        page = translated.get(link.page.translation_key, link.page)
        if page.live and link.page_id in shown:
            items.append(_link(link, page, request, locale, language_codes))
    return items


def call_to_action(request):
    """The site's default "get involved" link as ``{"label", "url"}``, or None.

    The page is shown in the visitor's language when a translation is live.
    A label typed in the settings is English, so other languages get the
    translated page title instead.
    """
    if Site.find_for_request(request) is None:
        return None
    setting = GetInvolvedCallToAction.for_request(request)
    if setting.page_id is None:
        return None
    page = setting.page.localized
    if not page.live or not Page.objects.filter(visible_q(), pk=page.pk).exists():
        return None
    english = get_language() == settings.LANGUAGE_CODE
    return {"label": setting.label if setting.label and english else page.title, "url": page.get_url(request)}
