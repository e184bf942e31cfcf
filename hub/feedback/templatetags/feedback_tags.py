from django import template
from django.urls import reverse
from django.utils.http import urlencode
from wagtail.models import Page

from hub.feedback.forms import FeedbackForm
from hub.feedback.views import answer_for

register = template.Library()


@register.inclusion_tag("includes/page_feedback_form.html", takes_context=True)
def page_feedback(context):
    """The "Was this page useful?" form for the current Wagtail page (nothing elsewhere).

    After an answer the page is shown again with ``?feedback=<signed reference>``
    (never cached, as the page cache keeps no unknown parameter): the question
    gives way to a thank-you and a link to add a comment.
    """
    page, request = context.get("page"), context.get("request")
    if not isinstance(page, Page) or page.pk is None:
        return {"form": None}
    ref = request.GET.get("feedback") if request is not None else None
    if ref and answer_for(ref, page) is not None:
        return {"thanks": True, "more_url": f"{reverse('feedback:more')}?{urlencode({'ref': ref})}"}
    action = reverse("feedback:send")
    return {"form": FeedbackForm(initial={"page": page.pk}, action=action, auto_id="feedback-%s"), "action": action}
