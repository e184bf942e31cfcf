"""Demo content: point the cookie settings at the cookies page. No optional service is added."""

from wagtail.models import Site

from hub.consent.models import CookieSettings


def build(home):
    cookie_settings = CookieSettings.for_site(Site.objects.get(root_page=home))
    if cookie_settings.cookies_page_id is None:
        cookie_settings.cookies_page = home.get_children().filter(slug="cookies").first()
        cookie_settings.save()
