"""The Checks panel's plain-language section: its address and its script."""

from django.templatetags.static import static
from django.urls import path
from django.utils.html import format_html
from wagtail import hooks

from hub.readability.views import PlainLanguageCheckView


@hooks.register("register_admin_urls")
def plain_language_urls():
    return [path("plain-language/check/", PlainLanguageCheckView.as_view(), name="readability_check")]


@hooks.register("insert_editor_js")
def plain_language_js():
    return format_html('<script src="{}"></script>', static("readability/plain-language.js"))
