"""Wagtail's password and sign-in addresses, served by the limited views in hub/protection/guessing.py.

Admin and front-end sign-in, password reset, page and document passwords. Included
before Wagtail's own URLs so these win; the names stay Wagtail's.
"""

from django.urls import path

from hub.protection import guessing

admin_urlpatterns = [
    path("login/", guessing.LoginView.as_view(), name="wagtailadmin_login"),
    path("password_reset/", guessing.PasswordResetView.as_view(), name="wagtailadmin_password_reset"),
]

document_urlpatterns = [
    path(
        "authenticate_with_password/<int:restriction_id>/",
        guessing.document_password,
        name="wagtaildocs_authenticate_with_password",
    ),
]

page_urlpatterns = [
    path(
        "_util/authenticate_with_password/<int:page_view_restriction_id>/<int:page_id>/",
        guessing.page_password,
        name="wagtailcore_authenticate_with_password",
    ),
    path("_util/login/", guessing.FrontendLoginView.as_view(), name="wagtailcore_login"),
]
