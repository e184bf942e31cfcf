"""Allow the scripts a visitor agreed to through the Content-Security-Policy, and tell caches the page varies.

Worked out from the consent itself (the visitor's consent cookie and the
site's cookie settings, ``hub.consent.choices``), the same answer the
``optional_scripts`` tag gives the template. The extra origins go to
django-csp through its per-response ``_csp_update`` (what its ``csp_update``
decorator sets), so this middleware sits inside ``csp.middleware.CSPMiddleware``,
and inside the page cache so a cached copy keeps its headers. With no optional
service configured it changes nothing.
"""

from django.utils.cache import patch_vary_headers

from hub.consent.choices import consented_origins, services_for


class ConsentScriptsMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if request.path.startswith("/admin/") or not response.get("Content-Type", "").startswith("text/html"):
            return response
        if not services_for(request):
            return response
        patch_vary_headers(response, ["Cookie"])
        origins = consented_origins(request)
        if origins:
            response._csp_update = {"script-src": origins, "connect-src": origins, "img-src": origins}
        return response
