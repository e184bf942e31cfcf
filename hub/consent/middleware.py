"""Let the scripts a visitor agreed to through the Content Security Policy, and tell caches the page varies.

The template tag ``optional_scripts`` notes on the request which services it
output; this middleware (inside the page cache, so cached pages keep it)
allows exactly their origins in ``script-src``, ``connect-src`` and ``img-src``
for that response. With no optional service configured it does nothing.
"""

from django.utils.cache import patch_vary_headers


class ConsentScriptsMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        origins = sorted(getattr(request, "_consented_script_origins", ()))
        if origins:
            response._csp_update = {"script-src": origins, "connect-src": origins, "img-src": origins}
        if getattr(request, "_consent_matters", False):
            patch_vary_headers(response, ["Cookie"])
        return response
