"""Readability targets: set by Communications, compared against in the editor's Checks panel."""

from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.text import capfirst
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, FieldRowPanel, HelpPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.models import Orderable, Page, get_page_models

from hub.readability.measures import Targets

DEFAULTS = Targets()


def page_type_choices():
    """Every kind of page editors can make, by its name in the admin."""
    return sorted(
        (
            (model._meta.label_lower, capfirst(model._meta.verbose_name))
            for model in get_page_models()
            if model is not Page
        ),
        key=lambda choice: str(choice[1]),
    )


class TargetFields(models.Model):
    """The numbers a page's writing is compared with: the site's defaults, or one page type's own."""

    long_sentence_words = models.PositiveSmallIntegerField(
        _("a sentence is long after this many words"),
        default=DEFAULTS.long_sentence_words,
        validators=[MinValueValidator(5), MaxValueValidator(100)],
        help_text=_("Each sentence longer than this is listed as a warning. Plain-language guides suggest 20 to 25."),
    )
    max_average_sentence_words = models.PositiveSmallIntegerField(
        _("average sentence length, at most (words)"),
        default=DEFAULTS.max_average_sentence_words,
        validators=[MinValueValidator(3), MaxValueValidator(60)],
        help_text=_("Checked in every language. Around 15 words reads easily; Easy Read pages aim for 10 or fewer."),
    )
    min_reading_ease = models.PositiveSmallIntegerField(
        _("English reading ease, at least"),
        default=DEFAULTS.min_reading_ease,
        validators=[MaxValueValidator(100)],
        help_text=_(
            "The Flesch score for English pages, from 0 (very hard) to 100 (very easy). "
            "60 or more is plain English; 70 or more suits most of our visitors."
        ),
    )
    max_fog_pl = models.PositiveSmallIntegerField(
        _("Polish FOG-PL, at most"),
        default=DEFAULTS.max_fog_pl,
        validators=[MinValueValidator(1), MaxValueValidator(25)],
        help_text=_(
            "For Polish pages: roughly the years of school a reader needs. "
            "7 to 9 is easy for most adults; 10 to 12 needs secondary school."
        ),
    )

    target_panels = [
        FieldRowPanel([FieldPanel("long_sentence_words"), FieldPanel("max_average_sentence_words")]),
        FieldRowPanel([FieldPanel("min_reading_ease"), FieldPanel("max_fog_pl")]),
    ]

    class Meta:
        abstract = True

    def as_targets(self, known_abbreviations):
        return Targets(
            long_sentence_words=self.long_sentence_words,
            max_average_sentence_words=self.max_average_sentence_words,
            min_reading_ease=self.min_reading_ease,
            max_fog_pl=self.max_fog_pl,
            known_abbreviations=known_abbreviations,
        )


@register_setting(icon="glasses")
class ReadabilityTargets(ClusterableModel, BaseSiteSetting, TargetFields):
    """The targets the Checks panel compares a page's writing with (``hub.readability.measures``)."""

    known_abbreviations = models.CharField(
        _("abbreviations everyone knows"),
        max_length=500,
        blank=True,
        default=", ".join(sorted(DEFAULTS.known_abbreviations)),
        help_text=_(
            "Separated by commas, for example 'NHS, GP, UK'. The checks do not ask for these to be spelled out. "
            "Any other abbreviation should be written in full the first time, for example "
            "'Patient Advice and Liaison Service (PALS)'."
        ),
    )

    panels = [
        HelpPanel(
            content=_(
                "Editors see these targets in the Checks panel of every page they edit, next to their page's "
                "numbers, before they submit it. They are advice: a page that misses a target can still be "
                "published."
            )
        ),
        MultiFieldPanel(TargetFields.target_panels, heading=_("Every page")),
        FieldPanel("known_abbreviations"),
        InlinePanel(
            "page_type_targets",
            heading=_("Targets for one kind of page"),
            label=_("Kind of page"),
            help_text=_("Optional. A kind of page listed here uses its own targets instead of those above."),
        ),
    ]

    class Meta:
        verbose_name = _("Readability targets")

    def __str__(self):
        return str(self._meta.verbose_name)

    def abbreviations(self):
        return frozenset(name.strip().upper() for name in self.known_abbreviations.split(",") if name.strip())

    def targets_for(self, page_type):
        """The targets for a kind of page, given as "app_label.modelname"; the site's own when it has none."""
        own = next((row for row in self.page_type_targets.all() if row.page_type == page_type), self)
        return own.as_targets(self.abbreviations())


class PageTypeTargets(Orderable, TargetFields):
    setting = ParentalKey(ReadabilityTargets, on_delete=models.CASCADE, related_name="page_type_targets")
    page_type = models.CharField(
        _("kind of page"),
        max_length=100,
        choices=page_type_choices,
        help_text=_("For example 'Easy Read page' for shorter sentences there."),
    )

    panels = [FieldPanel("page_type"), *TargetFields.target_panels]

    class Meta(Orderable.Meta):
        verbose_name = _("targets for one kind of page")
        constraints = [
            models.UniqueConstraint(fields=["setting", "page_type"], name="readability_one_row_per_page_type")
        ]

    def __str__(self):
        return self.get_page_type_display()
