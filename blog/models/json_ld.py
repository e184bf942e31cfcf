"""schema.org JSON-LD for posts and events, so search engines show their dates, authors and places."""

from django.utils import timezone, translation

from blog.models.choices import PostType
from hub.images.specs import NAMED_SPECS
from hub.models import TrustIdentity


def organisation(request):
    """The Trust as schema.org sees it: the publisher of posts and the organiser of events."""
    return {
        "@type": "Organization",
        "name": TrustIdentity.for_request(request).name,
        "url": request.build_absolute_uri("/"),
    }


def image_url(page, request):
    """The absolute address of the page's main image at the size sharing previews use, or None."""
    if page.hero_image is None:
        return None
    return request.build_absolute_uri(page.hero_image.get_rendition(NAMED_SPECS["social"]).url)


def article(post, request):
    """A NewsArticle for news, otherwise a BlogPosting."""
    publisher = organisation(request)
    authors = [
        {"@type": "Person", "name": author.name, **({"jobTitle": author.role} if author.role else {})}
        for author in post.authors()
    ]
    data = {
        "@context": "https://schema.org",
        "@type": "NewsArticle" if post.post_type == PostType.NEWS else "BlogPosting",
        "headline": post.title,
        "description": post.summary,
        "url": post.get_full_url(request),
        "mainEntityOfPage": post.get_full_url(request),
        "datePublished": post.date.isoformat(),
        "inLanguage": translation.get_language(),
        "author": authors or [publisher],
        "publisher": publisher,
    }
    if post.last_published_at:
        data["dateModified"] = timezone.localtime(post.last_published_at).isoformat()
    image = image_url(post, request)
    if image:
        data["image"] = [image]
    return data


def event(page, request):
    """An Event, online, in person or both."""
    online = "https://schema.org/OnlineEventAttendanceMode"
    offline = "https://schema.org/OfflineEventAttendanceMode"
    mixed = "https://schema.org/MixedEventAttendanceMode"
    place = {
        "@type": "Place",
        "name": page.venue_name,
        "address": {"@type": "PostalAddress", "streetAddress": ", ".join(page.venue_address.splitlines())},
    }
    virtual = {"@type": "VirtualLocation", "url": page.get_full_url(request)}
    if page.is_online:
        mode, location = (mixed, [virtual, place]) if page.venue_name else (online, virtual)
    else:
        mode, location = offline, place
    data = {
        "@context": "https://schema.org",
        "@type": "Event",
        "name": page.title,
        "description": page.summary,
        "url": page.get_full_url(request),
        "startDate": timezone.localtime(page.start).isoformat(),
        "endDate": timezone.localtime(page.end).isoformat(),
        "eventStatus": "https://schema.org/EventScheduled",
        "eventAttendanceMode": mode,
        "location": location,
        "organizer": organisation(request),
        "inLanguage": translation.get_language(),
    }
    image = image_url(page, request)
    if image:
        data["image"] = [image]
    return data
