"""django-csp's middleware, choosing the admin's policy for signed-in staff under the admin's address.

Wagtail 7.4's admin still writes inline scripts and styles (every chooser
widget, inline panels, date pickers, wagtail-localize's editor), so signed-in
staff get ``ADMIN_CONTENT_SECURITY_POLICY``, previews included. Everyone else, including anyone
on the admin's login and password-reset pages, gets the strict
``CONTENT_SECURITY_POLICY`` of the public site, plus the origins of the
optional scripts the visitor agreed to (``hub.consent.choices``, worked out
from the consent cookie and the site's cookie settings). It runs inside the
page cache: the consent choices are part of the cache key, so a kept page
keeps the policy made for those choices. django-csp documents
``get_policy_parts`` as the place to extend.
"""

from csp.middleware import CSPMiddleware
from csp.utils import default_config
from django.conf import settings

from hub.consent.choices import consented_origins, services_for


class ContentSecurityPolicyMiddleware(CSPMiddleware):
    def process_response(self, request, response):
        # A preview sends the page through the middleware again, as a request
        # to its public address that Wagtail flags ``is_dummy``; the public
        # policy (never framed) would stick, so the admin response around it
        # chooses instead.
        if getattr(request, "is_dummy", False):
            return response
        return super().process_response(request, response)

    def get_policy_parts(self, request, response, report_only=False):
        parts = super().get_policy_parts(request, response, report_only=report_only)
        if not report_only and parts.config is None and self.is_signed_in_admin(request):
            parts.config = default_config(settings.ADMIN_CONTENT_SECURITY_POLICY["DIRECTIVES"])
        elif not report_only and self.shows_optional_scripts(request, response):
            origins = consented_origins(request)
            if origins:
                parts.update = {
                    **(parts.update or {}),
                    "script-src": origins,
                    "connect-src": origins,
                    "img-src": origins,
                }
        return parts

    @staticmethod
    def shows_optional_scripts(request, response):
        """A public HTML page of a site with optional services (analytics and the like)."""
        return (
            not request.path_info.startswith(settings.ADMIN_CONTENT_SECURITY_POLICY["URL_PREFIX"])
            and response.get("Content-Type", "").startswith("text/html")
            and bool(services_for(request))
        )

    @staticmethod
    def is_signed_in_admin(request):
        if not request.path_info.startswith(settings.ADMIN_CONTENT_SECURITY_POLICY["URL_PREFIX"]):
            return False
        user = getattr(request, "user", None)
        return user is not None and user.is_authenticated
