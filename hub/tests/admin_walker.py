"""Follow what the admin offers an editor and report what ends in a permission error.

Used by ``test_no_dead_ends.py`` for every editors' group. It reads links the
way a person meets them: every ``href`` and every ``"url"`` in the sidebar's
data, on the dashboard and on the listings, then on the pages they open; and
every bulk action in a listing's bar, tried on each item of that listing until
one is allowed. Addresses that differ only in an id are tried twice at most,
so the walk stays bounded on a site of any size.
"""

import html
import re
from collections import Counter

DENIED = ("do not have permission", "don't have permission")
LINK = re.compile(r'(?:href="|"url": ")(/admin/[^"#]*)')
BULK_ACTION = re.compile(r'<a [^>]*href="(/admin/bulk/[^"?]*)[^"]*"[^>]*data-bulk-action-button')
OBJECT_ID = re.compile(r'data-object-id="(\d+)"')
SKIPPED = ("/admin/logout/",)
SAME_KIND = 2


def denied(response):
    """True when the admin refused: a 403, or Wagtail's redirect with "no permission"."""
    if response.status_code == 403:
        return True
    if response.streaming:
        return False
    return any(phrase in response.content.decode(errors="replace") for phrase in DENIED)


def admin_links(content):
    found = set()
    for url in LINK.findall(content):
        url = html.unescape(url).replace("\\u0026", "&")
        if not url.startswith(SKIPPED) and "export=" not in url:
            found.add(url)
    return found


def _kind(url):
    return re.sub(r"\d+", "N", url.split("?")[0])


class Walk:
    """One editor's walk: ``visit`` the starting screens, then read ``seen`` and ``refused``."""

    def __init__(self, client):
        self.client = client
        self.seen = set()
        self.refused = []
        self.bulk_actions = set()
        self._kinds = Counter()

    def _get(self, url):
        self.seen.add(url)
        return self.client.get(url, follow=True)

    def _worth_visiting(self, url):
        if url in self.seen or self._kinds[_kind(url)] >= SAME_KIND:
            return False
        self._kinds[_kind(url)] += 1
        return True

    def visit(self, start):
        """Open ``start`` (it must be allowed), every link on it, and every bulk action it offers."""
        response = self._get(start)
        assert response.status_code == 200 and not denied(response), start
        content = response.content.decode(errors="replace")
        for url in sorted(admin_links(content)):
            if self._worth_visiting(url):
                followed = self._get(url)
                if denied(followed):
                    self.refused.append(url)
                elif not followed.streaming and followed.status_code == 200:
                    self._bulk_actions(followed.content.decode(errors="replace"), url)
        self._bulk_actions(content, start)

    def _bulk_actions(self, content, listing):
        ids = OBJECT_ID.findall(content)
        for action in sorted(set(BULK_ACTION.findall(content))):
            if not ids or action in self.bulk_actions:
                continue
            self.bulk_actions.add(action)
            if all(denied(self.client.get(f"{action}?id={pk}&next={listing}", follow=True)) for pk in ids):
                self.refused.append(f"{action} (on {listing})")
