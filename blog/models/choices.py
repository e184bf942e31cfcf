"""The kinds of post, shared by the pages and the forms that list or edit them."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class PostType(models.TextChoices):
    NEWS = "news", _("News")
    STORY = "story", _("Story")
    REPORT = "report", _("Report")
    EVENT = "event", _("Event")
