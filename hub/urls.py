"""URL configuration. Pages are served by Wagtail; translations get a language prefix."""

from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path, re_path
from django.views.decorators.cache import never_cache
from django.views.static import serve
from wagtail import urls as wagtail_urls
from wagtail import views as wagtail_views
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.admin.auth import require_admin_access
from wagtail.contrib.sitemaps.views import sitemap
from wagtail.documents import urls as wagtaildocs_urls

from hub.accessibility.views import preferences
from hub.editors import outcomes, page_views, required_fields, translations
from hub.i18n.sitemap import TranslatedSitemap
from hub.i18n.views import not_translated
from hub.protection import urls as protection_urls
from hub.seo.robots import robots_txt
from search import views as search_views


def _admin(view):
    """Guard a view that takes the place of one of Wagtail's admin views as Wagtail guards its own."""
    return never_cache(require_admin_access(view))


urlpatterns = [
    # Sign-in, password reset and password-protected pages and documents limit guessing.
    path("admin/", include(protection_urls.admin_urlpatterns)),
    # Before Wagtail's admin, so it takes wagtail-localize's place (see hub.editors.translations).
    path("admin/localize/page/<int:page_id>/convert_to_alias/", _admin(translations.convert_to_alias)),
    # Wagtail's page editor, "add a page" and review actions, telling the editor what happened (hub.editors.outcomes).
    path("admin/pages/<int:page_id>/edit/", _admin(outcomes.EditView.as_view())),
    path(
        "admin/pages/add/<slug:content_type_app_name>/<slug:content_type_model_name>/<int:parent_page_id>/",
        _admin(outcomes.CreateView.as_view()),
    ),
    # The preview panel names the fields to fix (hub.editors.required_fields).
    path("admin/pages/<int:page_id>/edit/preview/", _admin(required_fields.PreviewOnEdit.as_view())),
    path(
        "admin/pages/add/<slug:content_type_app_name>/<slug:content_type_model_name>/<int:parent_page_id>/preview/",
        _admin(required_fields.PreviewOnCreate.as_view()),
    ),
    path(
        "admin/pages/workflow/action/<int:page_id>/<slug:action_name>/<int:task_state_id>/",
        _admin(outcomes.WorkflowAction.as_view()),
    ),
    # A page's history and usage for every editor the explorer shows it to (hub.editors.page_views).
    path("admin/pages/<int:page_id>/history/", _admin(page_views.PageHistoryView.as_view())),
    path(
        "admin/pages/<int:page_id>/history/results/",
        _admin(page_views.PageHistoryView.as_view(results_only=True)),
    ),
    path("admin/pages/<int:page_id>/usage/", _admin(page_views.UsageView.as_view())),
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(protection_urls.document_urlpatterns)),
    path("documents/", include(wagtaildocs_urls)),
    path("sitemap.xml", sitemap, {"sitemaps": {"pages": TranslatedSitemap}}, name="sitemap"),
    path("robots.txt", robots_txt, name="robots_txt"),
]

if settings.SERVE_MEDIA:
    urlpatterns += [re_path(r"^media/(?P<path>.*)$", serve, {"document_root": settings.MEDIA_ROOT})]

urlpatterns += i18n_patterns(
    path("search/", search_views.search, name="search"),
    path("feedback/", include("hub.feedback.urls")),
    path("newsletter/", include("hub.newsletter.urls")),
    path("role-alerts/", include("opportunities.alerts.urls")),
    path("cookies/consent/", include("hub.consent.urls")),
    path("preferences/", preferences, name="preferences"),
    path("not-translated/<int:page_id>/", not_translated, name="not_translated"),
    # Calendar files (/news/events.ics, /news/<slug>/event.ics) and the open role data
    # (/get-involved/roles.jsonld) are routes of pages; Wagtail's own pattern only serves
    # paths that end in "/".
    re_path(r"^((?:[\w\-]+/)+[\w\-]+\.(?:ics|jsonld))$", wagtail_views.serve, name="wagtail_serve_file"),
    path("", include(protection_urls.page_urlpatterns)),
    path("", include(wagtail_urls)),
    prefix_default_language=False,
)
