"""Tell caches that a page varies with the visitor's cookie choices, on sites with optional services.

Which scripts a visitor agreed to changes the page (``optional_scripts``) and
its Content-Security-Policy (``hub.security.middleware``, from the same
consent cookie), so a shared cache must keep one copy per answer. Sits inside
the page cache so a cached copy keeps the header. With no optional service
configured it changes nothing.
"""

from django.utils.cache import patch_vary_headers

from hub.consent.choices import services_for


class ConsentVaryMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if request.path.startswith("/admin/") or not response.get("Content-Type", "").startswith("text/html"):
            return response
        if services_for(request):
            patch_vary_headers(response, ["Cookie"])
        return response
