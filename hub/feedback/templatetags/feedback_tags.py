from django import template
from django.urls import reverse
from wagtail.models import Page

from hub.feedback.forms import FeedbackForm

register = template.Library()


@register.inclusion_tag("includes/page_feedback_form.html", takes_context=True)
def page_feedback(context):
    """The "Was this page useful?" form for the current Wagtail page (nothing elsewhere)."""
    page = context.get("page")
    if not isinstance(page, Page) or page.pk is None:
        return {"form": None}
    action = reverse("feedback:send")
    return {"form": FeedbackForm(initial={"page": page.pk}, action=action, auto_id="feedback-%s"), "action": action}
