"""The editor's guide in the admin, read from ``docs/editors.md``."""

from functools import cache

import markdown
from django.conf import settings
from django.utils.safestring import mark_safe
from django.utils.translation import gettext_lazy as _
from django.views.generic import TemplateView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

GUIDE = settings.BASE_DIR / "docs" / "editors.md"


@cache
def guide_html():
    """The guide as HTML, with ids on headings so the contents list can link to them.

    The file is part of the code (never uploaded by a user), so its HTML is trusted.
    It is read once per process: a new version arrives with a deploy.
    """
    converter = markdown.Markdown(
        extensions=["toc", "tables", "sane_lists"], extension_configs={"toc": {"toc_depth": "2"}}
    )
    body = converter.convert(GUIDE.read_text(encoding="utf-8"))
    return mark_safe(converter.toc), mark_safe(body)  # noqa: S308 - our own file, see above


class EditorsGuideView(WagtailAdminTemplateMixin, TemplateView):
    """Every admin user may read the guide; the admin's own login check guards it."""

    page_title = _("Editor's guide")
    header_icon = "help"
    template_name = "admin/editors_guide.html"

    def get_breadcrumbs_items(self):
        return [*self.breadcrumbs_items, {"url": "", "label": self.page_title}]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["toc"], context["guide"] = guide_html()
        return context
