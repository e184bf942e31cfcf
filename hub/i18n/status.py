"""Where each page and snippet stands in each language: the translation to-do list's one source of truth.

wagtail-localize records what was sent for translation (``TranslationSource``,
frozen when someone presses "Translate" or "Sync"), which strings have been
translated (``StringTranslation``) and which translations are running
(``Translation``), but it has no overview of what nobody has started, and its
own report calls a translation "Up to date" when every string of the
*frozen* source is translated, even after the English changed. This module
reads the same records and adds what they miss:

- **untranslated**: no translation in the language, or only an alias of the
  English (the synchronised tree's placeholder);
- **in review**: the translated page waits in its review workflow;
- **out of date**: the English changed after the translation's source was
  last synchronised (a page published since, or a snippet whose content
  differs from the frozen source, the same test wagtail-localize makes
  before re-extracting);
- **being translated**: started, but strings are missing or the translation
  is a draft nobody has sent for review;
- **published**: translated, synchronised and live.

``translation_rows`` builds every row for the chosen languages in a fixed
number of queries per model, whatever the number of pages.
"""

import json
from dataclasses import dataclass
from datetime import datetime

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.core.serializers.json import DjangoJSONEncoder
from django.db import models
from django.db.models import Exists, OuterRef, Subquery
from django.utils.text import capfirst
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel, get_serializable_data_for_fields
from wagtail.models import (
    GroupPagePermission,
    Locale,
    ModelLogEntry,
    Page,
    PageLogEntry,
    WorkflowPage,
    WorkflowState,
    WorkflowTask,
    get_translatable_models,
)
from wagtail_localize.models import StringSegment, StringTranslation, Translation, TranslationSource

from hub.i18n.models import SecondReviewerTask
from hub.i18n.pages import shows_own_language, with_words_locale


class Status(models.TextChoices):
    """A translation's state, in the order a reviewer deals with them."""

    IN_REVIEW = "in_review", _("In review")
    OUT_OF_DATE = "out_of_date", _("Out of date")
    IN_PROGRESS = "in_progress", _("Being translated")
    UNTRANSLATED = "untranslated", _("Untranslated")
    PUBLISHED = "published", _("Published")


@dataclass
class TranslationRow:
    """One page or snippet in one language."""

    source: models.Model
    locale: Locale
    status: str
    target: models.Model | None = None
    translation_source: TranslationSource | None = None
    last_actor: object = None
    last_acted_at: datetime | None = None

    @property
    def title(self):
        return str(self.source.get_admin_display_title() if isinstance(self.source, Page) else self.source)

    @property
    def kind(self):
        model = self.source.specific_class if isinstance(self.source, Page) else type(self.source)
        return capfirst(model._meta.verbose_name)

    @property
    def status_label(self):
        return Status(self.status).label


def translated_locales():
    """The Locales of the enabled languages other than the default one (the source of every translation)."""
    codes = [code for code, _name in settings.LANGUAGES if code != settings.LANGUAGE_CODE]
    return Locale.objects.filter(language_code__in=codes).order_by("language_code")


def languages_for(user):
    """The languages ``user`` looks after.

    Administrators and people who may edit the whole page tree
    (Communications) see every language; a translation reviewer sees the
    languages whose "Translation review" workflow they approve in
    (``hub.i18n.setup``). Champions and the Involvement team, who may edit
    some translated sections, review no language.
    """
    locales = translated_locales()
    if not user.is_active:
        return locales.none()
    if (
        user.is_superuser
        or GroupPagePermission.objects.filter(
            group__user=user, permission__codename="change_page", page__depth=1
        ).exists()
    ):
        return locales
    tasks = SecondReviewerTask.objects.filter(active=True, groups__user=user)
    workflows = WorkflowTask.objects.filter(task__in=tasks).values("workflow_id")
    return locales.filter(pk__in=WorkflowPage.objects.filter(workflow__in=workflows).values("page__locale_id"))


def _snippet_models():
    """Translatable models that are not pages and not part of another (a menu's links are part of the menu)."""
    return [
        model
        for model in get_translatable_models()
        if not issubclass(model, Page) and not any(isinstance(field, ParentalKey) for field in model._meta.get_fields())
    ]


def _snippet_changed(instance, source):
    """Whether a snippet differs from its frozen source: wagtail-localize's own test before it re-extracts."""
    if isinstance(instance, ClusterableModel):
        current = instance.to_json()
    else:
        current = json.dumps(get_serializable_data_for_fields(instance), cls=DjangoJSONEncoder)
    return json.loads(current) != json.loads(source.content_json)


def _page_changed(page, source):
    """Whether the English page was published after its translations were last synchronised."""
    return bool(page.last_published_at and page.last_published_at > source.last_updated_at)


def _translations(keys, locales):
    """Enabled translations of these objects by (translation key, locale id), each with ``strings_missing``."""
    untranslated = StringSegment.objects.filter(source_id=OuterRef("source_id")).annotate(
        _locale_id=OuterRef("target_locale_id"),
        done=Exists(
            StringTranslation.objects.filter(
                translation_of_id=OuterRef("string_id"),
                context_id=OuterRef("context_id"),
                locale_id=OuterRef("_locale_id"),
                has_error=False,
            )
        ),
    )
    found = (
        Translation.objects.filter(
            source__object_id__in=keys,
            source__locale__language_code=settings.LANGUAGE_CODE,
            target_locale__in=locales,
            enabled=True,
        )
        .select_related("source")
        .annotate(strings_missing=Exists(untranslated.filter(done=False)))
    )
    return {(translation.source.object_id, translation.target_locale_id): translation for translation in found}


def _last_strings(keys, locales):
    """The latest translated string of each object in each language, by (translation key, locale id)."""
    latest = (
        StringTranslation.objects.filter(
            context__object_id__in=keys, locale__in=locales, last_translated_by__isnull=False
        )
        .select_related("last_translated_by", "context")
        .order_by("updated_at")
    )
    return {(string.context.object_id, string.locale_id): string for string in latest}


def _last_log_entries(model, targets):
    """The newest log entry of each target object (page or snippet): object pk → entry."""
    if not targets:
        return {}
    if model is Page:
        pages = Page.objects.filter(pk__in=[target.pk for target in targets]).annotate(
            latest_log=Subquery(
                PageLogEntry.objects.filter(page_id=OuterRef("pk")).order_by("-timestamp").values("pk")[:1]
            )
        )
        ids = [page.latest_log for page in pages if page.latest_log]
        return {entry.page_id: entry for entry in PageLogEntry.objects.filter(pk__in=ids).select_related("user")}
    content_type = ContentType.objects.get_for_model(model)
    entries = ModelLogEntry.objects.filter(
        content_type=content_type, object_id__in=[str(target.pk) for target in targets]
    ).select_related("user")
    return {int(entry.object_id): entry for entry in entries.order_by("timestamp")}


def _rows_for(model, sources, targets, locales, translation_sources):
    """Rows for one model: ``targets`` maps (translation key, locale id) to the translated object."""
    keys = [source.translation_key for source in sources]
    translations = _translations(keys, locales)
    strings = _last_strings(keys, locales)
    logs = _last_log_entries(model, list(targets.values()))
    reviewing = set()
    if model is Page and targets:
        reviewing = set(
            WorkflowState.objects.active()
            .filter(
                base_content_type=ContentType.objects.get_for_model(Page),
                object_id__in=[str(target.pk) for target in targets.values()],
            )
            .values_list("object_id", flat=True)
        )
    changed = {}
    rows = []
    for source in sources:
        frozen = translation_sources.get(source.translation_key)
        for locale in locales:
            target = targets.get((source.translation_key, locale.pk))
            translation = translations.get((source.translation_key, locale.pk))
            row = TranslationRow(source=source, locale=locale, status=Status.UNTRANSLATED, target=target)
            row.translation_source = frozen
            if target is not None and not getattr(target, "alias_of_id", None):
                if frozen is not None and source.translation_key not in changed:
                    test = _page_changed if model is Page else _snippet_changed
                    changed[source.translation_key] = test(source, frozen)
                row.status = _status(
                    target,
                    translation,
                    str(target.pk) in reviewing,
                    changed.get(source.translation_key, False),
                )
            log_entry = logs.get(target.pk) if target else None
            _set_last_action(row, log_entry, strings.get((source.translation_key, locale.pk)))
            rows.append(row)
    return rows


def _status(target, translation, in_review, source_changed):
    if in_review:
        return Status.IN_REVIEW
    if translation is not None and source_changed:
        return Status.OUT_OF_DATE
    if translation is not None and translation.strings_missing:
        return Status.IN_PROGRESS
    if isinstance(target, Page) and (not shows_own_language(target) or target.has_unpublished_changes):
        return Status.IN_PROGRESS
    return Status.PUBLISHED


def _set_last_action(row, log_entry, string):
    """Who acted last: a logged action on the translation (saved, submitted, approved…) or a translated string."""
    candidates = []
    if log_entry is not None:
        candidates.append((log_entry.timestamp, log_entry.user))
    if string is not None:
        candidates.append((string.updated_at, string.last_translated_by))
    if candidates:
        row.last_acted_at, row.last_actor = max(candidates, key=lambda candidate: candidate[0])


def translation_rows(locales, pages=True, snippets=True):
    """Every page and translatable snippet of the default language, once for each of ``locales``."""
    locales = list(locales)
    rows = []
    if not locales:
        return rows
    default = Locale.get_default()
    if pages:
        rows += _page_rows(default, locales)
    if snippets:
        for model in _snippet_models():
            sources = list(model.objects.filter(locale=default))
            keys = [source.translation_key for source in sources]
            targets = {
                (target.translation_key, target.locale_id): target
                for target in model.objects.filter(translation_key__in=keys, locale__in=locales)
            }
            rows += _rows_for(model, sources, targets, locales, _frozen_sources(model, sources))
    return rows


def _page_rows(default, locales):
    pages = list(Page.objects.filter(locale=default, depth__gt=1).order_by("path"))
    targets = {
        (page.translation_key, page.locale_id): page
        for page in with_words_locale(
            Page.objects.filter(translation_key__in=[page.translation_key for page in pages], locale__in=locales)
        )
    }
    return _rows_for(Page, pages, targets, locales, _frozen_sources(Page, pages))


def _frozen_sources(model, instances):
    """wagtail-localize's frozen sources of these default-language objects: translation key → TranslationSource."""
    found = TranslationSource.objects.filter(
        object_id__in=[instance.translation_key for instance in instances], locale__language_code=settings.LANGUAGE_CODE
    )
    return {source.object_id: source for source in found}
