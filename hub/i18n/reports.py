"""Reports → Translations: the translation to-do list, per language, for reviewers and Communications.

Every page and translatable snippet appears once for each language the person
works on (``hub.i18n.status.languages_for``), untranslated ones included, with
its state, who acted on it last and the next step. It replaces
wagtail-localize's own "Translations" report in the menu, which lists only
translations already started and calls them "Up to date" by the words they
were started with.

The rows are not one model, so the filters (a Wagtail filter set, for the
admin's usual filter drawer and chips) choose which rows ``hub.i18n.status``
builds instead of filtering a queryset.
"""

import django_filters
from django.core.exceptions import PermissionDenied
from django.urls import reverse
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from wagtail.admin.admin_url_finder import AdminURLFinder
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.ui.tables import Column, DateColumn, StatusTagColumn, TitleColumn, UserColumn
from wagtail.admin.views.reports import ReportView
from wagtail.models import Locale, Page
from wagtail.permissions import page_permission_policy

from hub.i18n.status import Status, languages_for, translation_rows


class TranslationFilterSet(WagtailFilterSet):
    """Language, state and kind of content; the language choices are the person's own languages."""

    language = django_filters.ChoiceFilter(label=_("Language"), empty_label=_("All my languages"))
    status = django_filters.ChoiceFilter(label=_("State"), choices=Status.choices, empty_label=_("Any state"))
    kind = django_filters.ChoiceFilter(
        label=_("Content"),
        choices=[("page", _("Pages")), ("snippet", _("Snippets (menus, authors, categories, areas)"))],
        empty_label=_("Pages and snippets"),
    )

    class Meta:
        model = Locale
        fields = []

    def __init__(self, *args, locales=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.filters["language"].extra["choices"] = [
            (locale.language_code, locale.get_display_name()) for locale in locales
        ]


class NextStepColumn(Column):
    """A link to where the next piece of work on the row happens, when the person may do it."""

    cell_template_name = "hub_i18n/tables/next_step_cell.html"

    def __init__(self, name, get_step, **kwargs):
        super().__init__(name, **kwargs)
        self.get_step = get_step

    def get_cell_context_data(self, instance, parent_context):
        context = super().get_cell_context_data(instance, parent_context)
        context["label"], context["url"] = self.get_step(instance)
        return context


NEXT_STEP_LABELS = {
    Status.UNTRANSLATED: _("Translate"),
    Status.IN_REVIEW: _("Review"),
    Status.OUT_OF_DATE: _("Sync with the English"),
    Status.IN_PROGRESS: _("Continue translating"),
    Status.PUBLISHED: _("Open"),
}


def next_step(row, user, edit_url):
    """(label, address) of the next step on ``row`` for ``user``; the address is ``None`` if they may not take it.

    ``edit_url(instance)`` is the instance's edit address, or ``None`` if ``user`` may not edit it.
    """
    label = NEXT_STEP_LABELS[row.status]
    may_submit = user.has_perm("wagtail_localize.submit_translation")
    if row.status == Status.OUT_OF_DATE and row.translation_source is not None:
        url = reverse("wagtail_localize:update_translations", args=[row.translation_source.pk])
        return label, url if may_submit else None
    if row.target is not None:
        # An alias's editor offers "Translate this page"; a translation's opens the translation editor.
        url = edit_url(row.target)
        if url:
            return label, url
    if row.status == Status.UNTRANSLATED and may_submit:
        if isinstance(row.source, Page):
            return label, reverse("wagtail_localize:submit_page_translation", args=[row.source.pk])
        opts = row.source._meta
        return label, reverse(
            "wagtail_localize:submit_snippet_translation", args=[opts.app_label, opts.model_name, row.source.pk]
        )
    return label, None


class TranslationsReportView(ReportView):
    page_title = _("Translations")
    header_icon = "wagtail-localize-language"
    index_url_name = "hub_i18n_translations"
    index_results_url_name = "hub_i18n_translations_results"
    filterset_class = TranslationFilterSet
    paginate_by = 100

    @cached_property
    def columns(self):
        return [
            # The English title, linked to the English original for people who may edit it.
            TitleColumn("title", label=_("Title"), get_url=lambda row: self.edit_url(row.source)),
            Column("kind", label=_("Type")),
            Column("language", label=_("Language"), accessor="locale.get_display_name"),
            StatusTagColumn("status_label", label=_("State"), primary=lambda row: row.status == Status.PUBLISHED),
            UserColumn("last_actor", label=_("Last action by"), blank_display_name="–"),
            DateColumn("last_acted_at", label=_("When")),
            NextStepColumn(
                "next_step", label=_("Next step"), get_step=lambda row: next_step(row, self.request.user, self.edit_url)
            ),
        ]

    def dispatch(self, request, *args, **kwargs):
        self.locales = list(languages_for(request.user))
        if not self.locales:
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def edit_url(self, instance):
        """The edit address of a row's page or snippet, if the person may edit it (pages checked in one query)."""
        if isinstance(instance, Page):
            editable = instance.pk in self.editable_pages
            return reverse("wagtailadmin_pages:edit", args=[instance.pk]) if editable else None
        return self.url_finder.get_edit_url(instance)

    def get_filterset_kwargs(self):
        return {**super().get_filterset_kwargs(), "locales": self.locales}

    def get_filtered_queryset(self):
        """The rows the chosen filters ask for, most urgent first; the filter set only validates the choices."""
        chosen = self.filters.form.cleaned_data if self.filters.is_valid() else {}
        locales = [locale for locale in self.locales if chosen.get("language") in ("", None, locale.language_code)]
        rows = translation_rows(locales, pages=chosen.get("kind") != "snippet", snippets=chosen.get("kind") != "page")
        if chosen.get("status"):
            rows = [row for row in rows if row.status == chosen["status"]]
        self.url_finder = AdminURLFinder(self.request.user)
        page_ids = {page.pk for row in rows for page in (row.source, row.target) if isinstance(page, Page)}
        self.editable_pages = set(
            page_permission_policy.instances_user_has_permission_for(self.request.user, "change")
            .filter(pk__in=page_ids)
            .values_list("pk", flat=True)
        )
        order = list(Status)
        return sorted(rows, key=lambda row: order.index(row.status))
