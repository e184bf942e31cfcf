"""A CDN in front is purged in every language the site offers."""

from wagtail.contrib.frontend_cache.backends.base import BaseBackend
from wagtail.contrib.frontend_cache.utils import purge_url_from_cache


class RecordingBackend(BaseBackend):
    """Keeps the addresses it is asked to purge instead of calling a CDN."""

    purged = []

    def purge(self, url):
        self.purged.append(url)


def test_a_purge_covers_every_language(settings):
    settings.WAGTAILFRONTENDCACHE = {"cdn": {"BACKEND": f"{__name__}.RecordingBackend"}}
    RecordingBackend.purged.clear()
    purge_url_from_cache("https://get-involved.example/pl/news/open-day/")
    codes = [code for code, _name in settings.LANGUAGES]
    assert len(codes) > 1
    assert sorted(RecordingBackend.purged) == sorted(
        f"https://get-involved.example/{code}/news/open-day/" for code in codes
    )
