"""Template tags used by the site-wide templates (header, footer, images) and pages' structured data."""

import json

from django import template
from django.core.serializers.json import DjangoJSONEncoder
from django.utils.html import format_html
from django.utils.safestring import mark_safe
from wagtail.images.models import Picture
from wagtail.images.shortcuts import get_rendition_or_not_found, get_renditions_or_not_found
from wagtail.models import Page, Site

from hub.images.specs import NAMED_SPECS, image_widths, picture_specs, spec_filter
from hub.models import SiteBanner, SocialLinks, TrustIdentity, UrgentHelp
from hub.navigation.menus import call_to_action, menu_links

register = template.Library()

# The characters that could end a <script> element or start an HTML entity,
# escaped the way Django's json_script escapes them.
JSON_SCRIPT_ESCAPES = {ord(">"): "\\u003E", ord("<"): "\\u003C", ord("&"): "\\u0026"}


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


@register.simple_tag
def responsive_image(image, **attrs):
    """A ``<picture>`` of the renditions in ``hub.images.specs``: each width in each format, the last the ``<img>``.

    With a single width there is nothing for ``sizes`` to choose between, and
    HTML allows ``sizes`` only beside a srcset of widths, so it is left out.
    """
    if not image:
        return ""
    if len(image_widths(image.width)) == 1:
        attrs.pop("sizes", None)
    return Picture(get_renditions_or_not_found(image, [spec_filter(spec) for spec in picture_specs(image)]), attrs)


@register.simple_tag
def rendition(image, name):
    """The image's rendition called ``name`` in ``hub.images.specs.NAMED_SPECS`` ("logo", "social")."""
    return get_rendition_or_not_found(image, spec_filter(NAMED_SPECS[name]))


@register.simple_tag(takes_context=True)
def navigation_links(context, which):
    """Menu ("primary") or footer ("footer") links for the current site and language.

    Whether one is the current page (or an ancestor of it) is worked out for
    this page, so the header's fragment cache is keyed by the page's path.
    """
    request = context.get("request")
    if request is None:
        return []
    page = context.get("page")
    current_path = page.url_path if isinstance(page, Page) else None
    return [
        {
            **link,
            "current": current_path == link["url_path"],
            "active": bool(current_path and current_path.startswith(link["url_path"]) and link["depth"] > 2),
        }
        for link in menu_links(request, which)
    ]


def _site_setting(context, model):
    """``model`` for the request's site (Wagtail keeps it for the rest of the request), or ``None``."""
    request = context.get("request")
    if request is None or Site.find_for_request(request) is None:
        return None
    return model.for_request(request)


@register.simple_tag(takes_context=True)
def trust_identity(context):
    """The Trust's identity (name, logo, contact details) for the current site."""
    return _site_setting(context, TrustIdentity)


@register.simple_tag(takes_context=True)
def breadcrumb_pages(context):
    """The live ancestors of the current page from the site's home page down.

    Wagtail's routing keeps each page's parent on it, so a page it served
    needs no query; any other page asks the database once.
    """
    page = context.get("page")
    if not isinstance(page, Page) or page.depth <= 2:
        return []
    ancestors = []
    parent = getattr(page, "_cached_parent_obj", None)
    while parent is not None and parent.depth >= 2:
        ancestors.insert(0, parent)
        parent = getattr(parent, "_cached_parent_obj", None) if parent.depth > 2 else None
    if ancestors and ancestors[0].depth == 2:
        return [ancestor for ancestor in ancestors if ancestor.live]
    return list(
        page.get_ancestors()
        .filter(depth__gte=2)
        .live()
        .only("id", "title", "url_path", "depth", "path", "locale_id", "alias_of_id")
    )


@register.simple_tag(takes_context=True)
def site_banner(context):
    """The site-wide banner when it is switched on and inside its time window, else None.

    In the banner's own preview, the banner being edited, as typed (``SiteBanner.get_preview_context``).
    """
    if isinstance(context.get("preview_banner"), SiteBanner):
        return context["preview_banner"]
    banner = _site_setting(context, SiteBanner)
    return banner if banner is not None and banner.is_showing() else None


@register.simple_tag(takes_context=True)
def urgent_help(context):
    """Where to get help now (``hub.models.UrgentHelp``) for the current site."""
    return _site_setting(context, UrgentHelp)


@register.simple_tag(takes_context=True)
def social_links(context):
    accounts = _site_setting(context, SocialLinks)
    return list(accounts.links.all()) if accounts is not None else []


@register.simple_tag(takes_context=True)
def default_call_to_action(context):
    """The site's default "get involved" link as ``{"label", "url"}``, or None (``hub.navigation.menus``)."""
    request = context.get("request")
    return call_to_action(request) if request is not None else None


@register.simple_tag(takes_context=True)
def absolute_url(context, url):
    """``url`` made absolute with the scheme and host of the current request."""
    request = context.get("request")
    return request.build_absolute_uri(url) if request is not None else url


@register.simple_tag
def json_ld(data):
    """Structured data as a non-executable ``application/ld+json`` script element; nothing without data."""
    if not data:
        return ""
    payload = json.dumps(data, cls=DjangoJSONEncoder, ensure_ascii=False).translate(JSON_SCRIPT_ESCAPES)
    return format_html('<script type="application/ld+json">{}</script>', mark_safe(payload))  # noqa: S308


@register.inclusion_tag("components/easy_read_link.html", takes_context=True)
def easy_read_link(context):
    """The link to the page's Easy Read version, when its ``get_context`` found one (``home.easy_read``).

    Read with ``context.get``: views that are not pages have none, and a missing
    template variable is logged with the whole context.
    """
    return {"easy_read_version": context.get("easy_read_version"), "request": context.get("request")}


@register.filter
def elided_page_range(page_obj):
    """The page numbers pagination shows for a Django page object: the first, the last and one either side."""
    return page_obj.paginator.get_elided_page_range(page_obj.number, on_each_side=1, on_ends=1)
