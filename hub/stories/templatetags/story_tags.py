"""The "Share your story" link for listings that promise stories (the news index)."""

from django import template
from django.conf import settings
from django.db.models import Case, IntegerField, Value, When
from django.utils.translation import get_language

from hub.stories.models import StoryFormPage
from hub.visibility.rules import visible_q

register = template.Library()


@register.simple_tag
def story_form_page():
    """The live "Share your story" form in the visitor's language (else in English), or ``None``, in one query.

    Editors decide by publishing or unpublishing the form page; nothing links to a fixed address.
    """
    languages = [get_language(), settings.LANGUAGE_CODE]
    return (
        StoryFormPage.objects.live()
        .filter(visible_q(), locale__language_code__in=languages)
        .annotate(
            preferred=Case(
                When(locale__language_code=languages[0], then=Value(0)), default=Value(1), output_field=IntegerField()
            )
        )
        .order_by("preferred", "path")
        .first()
    )
