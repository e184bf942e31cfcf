"""Template tags for the language switcher, hreflang links and untranslated pages."""

from django import template
from django.conf import settings
from django.db.models import BooleanField, Case, Value, When
from django.urls import reverse, translate_url
from django.utils.html import format_html
from django.utils.translation import get_language, get_language_info, override
from wagtail.models import Page, TranslatableMixin

from hub.caching.lookups import remembered
from hub.i18n.pages import shows_own_language, with_words_locale, words_source
from hub.visibility.rules import visible_q

register = template.Library()

TRANSLATION_FIELDS = ("id", "url_path", "locale__language_code")


def _language(code, url, request, available=True):
    return {
        "code": code,
        "name": settings.LANGUAGE_NAMES[code],
        "direction": "rtl" if get_language_info(code)["bidi"] else "ltr",
        "url": url,
        "full_url": request.build_absolute_uri(url),
        "current": code == get_language(),
        "default": code == settings.LANGUAGE_CODE,
        "available": available,
    }


def _versions(page, codes):
    """``page``'s live versions (itself included) a visitor may be offered, each marked ``translated`` or not.

    A version is translated when it shows its own language's words
    (``hub.i18n.pages``); an alias or a draft translation is live but shows
    the original's words. A restriction on one version hides the others
    (``hub.visibility``), so a public page offers no restricted version. A
    restricted page, which only visitors it lets in can read, offers all of them.
    """
    versions = list(
        with_words_locale(page.get_translations(inclusive=True).live().filter(locale__language_code__in=codes))
        .annotate(visible=Case(When(visible_q(), then=Value(True)), default=Value(False), output_field=BooleanField()))
        .select_related("locale")
        .only(*TRANSLATION_FIELDS)
    )
    public = any(version.visible for version in versions if version.pk == page.pk)
    return [version for version in versions if version.visible or not public]


def _page_versions(page, request):
    """Every enabled language for ``page``: its translation, or where there is none a page that says so.

    A language with no translation leads to the page's untranslated version
    in that language (an alias, which shows the original with a notice in
    the visitor's language), or, where the tree has no such version, to the
    "not translated yet" page in that language.
    """
    codes = [code for code, _name in settings.LANGUAGES]
    by_code = {version.locale.language_code: version for version in _versions(page, codes)}
    languages = []
    for code in codes:
        version = by_code.get(code)
        if version is not None:
            url = version.get_url(request)
        else:
            with override(code):
                url = reverse("not_translated", args=[page.pk])
        languages.append(_language(code, url, request, available=version is not None and shows_own_language(version)))
    return languages


@register.simple_tag(takes_context=True)
def page_languages(context):
    """Every enabled language, in the order of ``settings.LANGUAGES``, each marked ``available`` or not.

    On a Wagtail page: a language is available when the page is translated
    into it (see ``_page_versions`` for where the others lead). On other
    views (search, preferences): every language, since those views are
    translated by the interface catalogues.
    """
    request = context.get("request")
    if request is None:
        return []
    page = context.get("page")
    if isinstance(page, Page):
        return _page_versions(page, request)
    path = request.get_full_path()
    return [_language(code, translate_url(path, code), request) for code, _name in settings.LANGUAGES]


@register.simple_tag
def available_languages(languages):
    """The languages of ``page_languages`` the page is translated into (for hreflang links)."""
    return [language for language in languages if language["available"]]


def _lang_attributes(code):
    return format_html(' lang="{}" dir="{}"', code, "rtl" if get_language_info(code)["bidi"] else "ltr")


@register.filter
def words_lang(obj):
    """`` lang="en" dir="ltr"`` for words shown in a language other than the page's.

    For a page: an untranslated page (an alias) listed in another language.
    Lists in a synchronised tree include aliases, whose titles and summaries
    are in English; screen readers and the text direction need to know.
    Trees are synchronised from the default language, so no query is needed.

    For a snippet (an author, a category): one nobody has translated into the
    page's language, shown in its own (see ``hub/i18n/snippets.py``). Load it
    with its ``locale`` to save a query.
    """
    if isinstance(obj, Page):
        default = settings.LANGUAGE_CODE
        return _lang_attributes(default) if obj.alias_of_id and get_language() != default else ""
    if isinstance(obj, TranslatableMixin):
        code = obj.locale.language_code
        return _lang_attributes(code) if code != get_language() else ""
    return ""


@register.filter
def localized(page):
    """``page.localized``: its live translation in the visitor's language, else the page itself.

    wagtail-localize keeps a translation's page links (page chooser blocks,
    links to pages) on the original page; links chosen by editors go through
    this so a Polish visitor lands on the Polish page when there is one.
    Remembered until content changes (``hub.caching.lookups``): a warm page
    pays no query for it.
    """
    if not isinstance(page, Page):
        return page
    return remembered(f"localized:{page.pk}:{get_language()}", lambda: page.localized)


@register.filter
def language_name(code):
    """A language's name in that language, e.g. "Polski" for "pl"."""
    return settings.LANGUAGE_NAMES.get(code) or get_language_info(code)["name_local"]


@register.simple_tag(takes_context=True)
def words_language(context):
    """The language of the page's own words when it is not the visitor's, else ``None``.

    An alias in a synchronised tree (say ``/pl/cookies/`` before anyone
    translated it) or a translation still in draft shows the English page's
    words. It is served in the visitor's language (menus, switcher, notice),
    and ``base.html`` marks its content with this language's ``lang`` and
    ``dir`` and renders it in that language, so a screen reader pronounces it
    right and Arabic visitors get English text left to right.
    Returns ``{"code", "direction", "source"}``, ``source`` being the page whose words are shown.
    """
    page = context.get("page")
    if not isinstance(page, Page) or get_language() == settings.LANGUAGE_CODE:
        # Trees are synchronised from the default language: its pages are originals.
        return None
    source = words_source(page)
    if source is None:
        return None
    code = source.locale.language_code
    return {"code": code, "direction": "rtl" if get_language_info(code)["bidi"] else "ltr", "source": source}


@register.inclusion_tag("includes/untranslated_notice.html", takes_context=True)
def untranslated_notice(context, words):
    """The "not available in your language yet" notice on a page whose words are in another language.

    ``words`` is what ``words_language`` found. The notice links to the page
    in its own language and to the home page in the visitor's.
    """
    request, page = context.get("request"), context.get("page")
    if request is None or not words:
        return {}
    # The home page of the page's own tree: its ancestor just below the root.
    home = Page.objects.filter(path=page.path[: 2 * Page.steplen]).first()
    return {
        "visitor_language": get_language_info(get_language()),
        "source_url": words["source"].get_url(request),
        "source_language": get_language_info(words["code"]),
        "home_url": home.get_url(request) if home is not None and home.live else "",
    }


@register.simple_tag(takes_context=True)
def filters_query_of(context):
    """The listing's filters as a query string ("?kind=group"), set by a listing's ``get_context``; else "".

    Read with ``context.get`` because most views have none, and a template
    variable that is missing is logged with the whole context (which may hold
    what a visitor sent; ``hub/privacy/tests/test_logs.py``).
    """
    return context.get("filters_query", "")
