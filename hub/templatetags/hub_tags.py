"""Template tags used by the site-wide templates (header, footer, images)."""

from django import template
from wagtail.models import Locale, Page

from hub.models import GetInvolvedCallToAction, Navigation, SiteBanner, SocialLinks

register = template.Library()


@register.filter
def alt_text(image):
    """The alt text for an image: contextual (from a block) first, then the image's own.

    Decorative images (marked so on the image, or where a block uses it)
    get an empty string so screen readers skip them.
    """
    if image is None or getattr(image, "decorative", False) or image.is_decorative:
        return ""
    contextual = getattr(image, "contextual_alt_text", None)
    return contextual or image.default_alt_text


def _localised_links(links, current_page):
    """Resolve navigation links to the current language in one query.

    Each link points at an English page; the visitor sees the same page in
    their language when a translation is live, otherwise the original (or its
    alias in a synchronised tree), whose title is marked with its language for
    screen readers.
    """
    links = list(links)
    if not links:
        return []
    locale = Locale.get_active()
    keys = [link.page.translation_key for link in links]
    translated = {
        page.translation_key: page
        for page in Page.objects.live()
        .filter(translation_key__in=keys, locale=locale)
        .only("id", "title", "url_path", "translation_key", "locale_id", "depth", "path", "alias_of_id")
    }
    current_path = current_page.url_path if current_page is not None else None
    items = []
    for link in links:
        page = translated.get(link.page.translation_key, link.page)
        if not page.live:
            continue
        items.append(
            {
                "label": link.label or page.title,
                "url": page.get_url(),
                "current": current_path == page.url_path,
                "active": bool(current_path and current_path.startswith(page.url_path) and page.depth > 2),
                "language": ""
                if link.label or (page.locale_id == locale.id and not page.alias_of_id)
                else link.page.locale.language_code,
            }
        )
    return items


@register.simple_tag(takes_context=True)
def navigation_links(context, which):
    """Menu ("primary") or footer ("footer") links for the current site."""
    request = context.get("request")
    if request is None:
        return []
    navigation = Navigation.for_request(request)
    related = navigation.primary_links if which == "primary" else navigation.footer_links
    return _localised_links(related.select_related("page", "page__locale"), context.get("page"))


@register.simple_tag(takes_context=True)
def breadcrumb_pages(context):
    """The live ancestors of the current page below the site root."""
    page = context.get("page")
    if not isinstance(page, Page) or page.depth <= 2:
        return []
    return list(
        page.get_ancestors().filter(depth__gte=2).live().only("id", "title", "url_path", "depth", "path", "locale_id")
    )


@register.simple_tag(takes_context=True)
def site_banner(context):
    """The site-wide banner when it is switched on and inside its time window, else None."""
    request = context.get("request")
    if request is None:
        return None
    banner = SiteBanner.for_request(request)
    return banner if banner.is_showing() else None


@register.simple_tag(takes_context=True)
def social_links(context):
    request = context.get("request")
    if request is None:
        return []
    return list(SocialLinks.for_request(request).links.all())


@register.simple_tag(takes_context=True)
def default_call_to_action(context):
    """The site's default "get involved" link as ``{"label", "url"}``, or None.

    The page is shown in the visitor's language when a translation is live.
    A label typed in the settings is English, so other languages get the
    translated page title instead.
    """
    request = context.get("request")
    if request is None:
        return None
    setting = GetInvolvedCallToAction.for_request(request)
    if setting.page_id is None:
        return None
    page = setting.page.localized
    if not page.live:
        return None
    english = Locale.get_active().language_code == Locale.get_default().language_code
    return {"label": setting.label if setting.label and english else page.title, "url": page.get_url(request)}


@register.simple_tag(takes_context=True)
def absolute_url(context, url):
    """``url`` made absolute with the scheme and host of the current request."""
    request = context.get("request")
    return request.build_absolute_uri(url) if request is not None else url
