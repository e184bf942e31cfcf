"""Wagtail's users app, with the user views of ``hub.editors.users`` (Wagtail's documented way to change them)."""

from wagtail.users.apps import WagtailUsersAppConfig


class EditorsUsersAppConfig(WagtailUsersAppConfig):
    user_viewset = "hub.editors.users.UserViewSet"
