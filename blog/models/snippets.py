"""The blog's snippets: who wrote a post and the broad subjects readers filter by."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.models import TranslatableMixin


class Author(TranslatableMixin, models.Model):
    """Who wrote a post. Shown with the post; never a real name without consent."""

    name = models.CharField(
        _("name"),
        max_length=100,
        help_text=_(
            "The name readers see. Use a first name, a full name or a team name, only with the person's agreement."
        ),
    )
    role = models.CharField(
        _("role"),
        max_length=120,
        blank=True,
        help_text=_("Optional. What they do, for example 'Peer support worker' or 'Co-production lead'."),
    )
    lived_experience = models.BooleanField(
        _("show 'lived experience' label"),
        default=False,
        help_text=_(
            "Tick to show a 'Lived experience' label next to their name. Only tick it if they have asked for it."
        ),
    )
    photo = models.ForeignKey(
        "hub.HubImage",
        verbose_name=_("photo"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Optional. A square photo or drawing, with the person's agreement."),
    )
    bio = models.TextField(
        _("short bio"),
        max_length=400,
        blank=True,
        help_text=_("Optional. One or two sentences about them, shown at the end of their posts."),
    )

    panels = [
        FieldPanel("name"),
        FieldPanel("role"),
        FieldPanel("lived_experience"),
        FieldPanel("photo"),
        FieldPanel("bio"),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("author")
        verbose_name_plural = _("authors")
        ordering = ["name"]

    def __str__(self):
        return self.name


class Category(TranslatableMixin, models.Model):
    """A broad subject readers can filter posts by, such as 'Events' or 'Quality improvement'."""

    name = models.CharField(
        _("name"), max_length=60, help_text=_("A short name readers understand, for example 'Carers'.")
    )
    slug = models.SlugField(
        _("web address name"),
        max_length=60,
        allow_unicode=True,
        help_text=_(
            "Used in the web address when readers filter by this category. "
            "Lower-case letters, numbers and hyphens only, for example 'carers'."
        ),
    )
    description = models.CharField(
        _("description"),
        max_length=250,
        blank=True,
        help_text=_("Optional. One sentence on what posts in this category are about."),
    )

    panels = [FieldPanel("name"), FieldPanel("slug"), FieldPanel("description")]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("category")
        verbose_name_plural = _("categories")
        ordering = ["name"]
        unique_together = [("translation_key", "locale"), ("slug", "locale")]

    def __str__(self):
        return self.name
