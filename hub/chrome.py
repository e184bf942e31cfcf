"""The site-wide "chrome" every page shows, cached.

Header and footer need the Trust's identity, the menu and footer links
(the visitor's language's menu, ``hub.models.Menu``, with each page resolved
to the visitor's language), the site banner, social links, the
default call to action and the cookie-consent services: about twenty queries
if asked for one by one. They are built together once and kept in Django's
cache under a key holding

- the page-cache generation (``hub.generation``), so the same
  signals that drop cached pages (a page published, a setting or snippet
  saved, see ``hub/signals.py``) drop this too;
- the site id and the active language.

Within a request the result is kept on the request, so the cache is asked
at most once. Nothing that depends on the time or on the visitor is cached:
whether the banner is inside its window, which menu item is "current" and
the visitor's cookie choices are worked out at render time.

The admin is unaffected: settings are edited through Wagtail's own
``for_site``; only the public templates read from here.
"""

from django.conf import settings
from django.core.cache import cache
from django.db.models import Q
from django.utils import translation
from django.utils.translation import get_language_info
from wagtail.models import Locale, Page, Site

from hub.generation import current_generation
from hub.i18n.pages import with_words_locale
from hub.visibility.rules import visible_q

CHROME_CACHE_SECONDS = 24 * 60 * 60
LINK_PAGE_FIELDS = ("id", "title", "url_path", "translation_key", "locale_id", "depth", "path", "live", "alias_of_id")


def _resolve_links(links, request, locale, language_codes):
    """Menu or footer links in the visitor's language, from a dict of pages fetched once.

    When a page has no translation in the visitor's language (or one that is
    not translated in the sense of ``hub.i18n.pages``), its title is in the
    original language and is marked so screen readers pronounce it right; so
    is a label from a menu nobody has translated into the visitor's language yet.
    """
    items = []
    for link in links:
        page = link.localised_page
        if not page.live:
            continue
        if link.label:
            words_locale_id = link.locale_id
        elif page.locale_id == locale.id:
            # The page's translation, fetched with ``with_words_locale``.
            words_locale_id = page.words_locale_id
        else:
            # No translation: the chosen page itself, in its own words.
            words_locale_id = page.locale_id
        language = "" if words_locale_id == locale.id else language_codes[words_locale_id]
        items.append(
            {
                "label": link.label or page.title,
                "url": page.get_url(request),
                "url_path": page.url_path,
                "depth": page.depth,
                "language": language,
                "direction": ("rtl" if get_language_info(language)["bidi"] else "ltr") if language else "",
            }
        )
    return items


def _menu(locale):
    """The menu in ``locale``, else the one in the default language (not translated yet), else ``None``."""
    from hub.models import Menu

    menus = Menu.objects.filter(Q(locale=locale) | Q(locale__language_code=settings.LANGUAGE_CODE))
    menus = {menu.locale_id: menu for menu in menus}
    return menus.get(locale.id) or next(iter(menus.values()), None)


def _navigation(request, locale):
    menu = _menu(locale)
    if menu is None:
        return [], []
    fields = ("label", "page", "menu", "sort_order", "locale")
    primary = list(menu.primary_links.select_related("page").only(*fields))
    footer = list(menu.footer_links.select_related("page").only(*fields))
    keys = {link.page.translation_key for link in primary + footer}
    translated = {
        page.translation_key: page
        for page in with_words_locale(
            Page.objects.live().filter(translation_key__in=keys, locale=locale).only(*LINK_PAGE_FIELDS)
        )
    }
    for link in primary + footer:
        link.localised_page = translated.get(link.page.translation_key, link.page)
    # A restricted page (in any language, see hub.visibility) is left out of the menus.
    shown = set(
        Page.objects.filter(visible_q(), pk__in={link.localised_page.pk for link in primary + footer}).values_list(
            "pk", flat=True
        )
    )
    primary = [link for link in primary if link.localised_page.pk in shown]
    footer = [link for link in footer if link.localised_page.pk in shown]
    language_codes = dict(Locale.objects.values_list("id", "language_code"))
    return (
        _resolve_links(primary, request, locale, language_codes),
        _resolve_links(footer, request, locale, language_codes),
    )


def _call_to_action(request, site, locale):
    from hub.models import GetInvolvedCallToAction

    setting = GetInvolvedCallToAction.for_site(site)
    if setting.page_id is None:
        return None
    page = setting.page.get_translation_or_none(locale) or setting.page
    if not page.live or not Page.objects.filter(visible_q(), pk=page.pk).exists():
        return None
    english = locale.language_code == Locale.get_default().language_code
    return {"label": setting.label if setting.label and english else page.title, "url": page.get_url(request)}


def _build(request, site):
    from hub.consent.models import CookieSettings
    from hub.models import SiteBanner, SocialLinks, TrustIdentity

    locale = Locale.get_active()
    identity = TrustIdentity.for_site(site)
    if identity.logo_id:
        identity.logo  # noqa: B018 - fetched now so it is cached with the identity
    primary, footer = _navigation(request, locale)
    cookie_settings = CookieSettings.for_site(site)
    cookies_page = cookie_settings.cookies_page
    if cookies_page is not None:
        cookies_page = cookies_page.get_translation_or_none(locale) or cookies_page
    return {
        "identity": identity,
        "primary_links": primary,
        "footer_links": footer,
        "banner": SiteBanner.for_site(site),
        "social_links": list(SocialLinks.for_site(site).links.all()),
        "call_to_action": _call_to_action(request, site, locale),
        "optional_services": list(cookie_settings.services.all()) if cookie_settings.pk else [],
        "cookies_page_url": cookies_page.get_url(request) if cookies_page is not None else None,
    }


def site_chrome(request):
    """Everything site-wide the templates show, for this request's site and language."""
    if not hasattr(request, "_hub_chrome"):
        site = Site.find_for_request(request)
        if site is None:
            request._hub_chrome = None
            return None
        key = f"chrome:{current_generation()}:{site.pk}:{translation.get_language()}"
        chrome = cache.get(key)
        if chrome is None:
            chrome = _build(request, site)
            cache.set(key, chrome, timeout=CHROME_CACHE_SECONDS)
        request._hub_chrome = chrome
    return request._hub_chrome


def trust_identity(request):
    """The Trust's identity setting for this request's site (cached with the chrome)."""
    chrome = site_chrome(request)
    if chrome is None:
        from hub.models import TrustIdentity

        return TrustIdentity.for_request(request)
    return chrome["identity"]
