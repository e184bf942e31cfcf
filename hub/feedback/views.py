"""Page feedback for visitors: works without JavaScript and without cookies.

The answer is posted to ``send``, stored, and the visitor is sent back to
the page they were reading with a signed reference to their answer in the
address (``?feedback=…#feedback``): the page thanks them where the question
was (``hub.feedback.templatetags``), and offers ``more``, where they can add
a comment to that answer only. With JavaScript the same exchange happens in
the background and only the thank-you replaces the question.
"""

from django.conf import settings
from django.core import signing
from django.http import HttpResponseRedirect
from django.shortcuts import render
from django.utils.http import urlencode
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_http_methods, require_POST
from wagtail.models import Page

from hub.feedback.forms import CommentForm, FeedbackForm
from hub.feedback.models import PageFeedback
from hub.protection.ratelimit import Limit, record, too_many_requests, wait_seconds

REF_SALT = "hub.feedback.ref"


def _limits(page_id):
    """At most a few answers per page and visitor, and a ceiling across all pages."""
    window = settings.FEEDBACK_RATE_LIMIT_PERIOD
    return (
        Limit(f"feedback:{page_id}", settings.FEEDBACK_RATE_LIMIT_PER_PAGE, window),
        Limit("feedback", settings.FEEDBACK_RATE_LIMIT_TOTAL, window),
    )


def _bad_request(request):
    return render(request, "pages/feedback/expired.html", status=400)


@require_POST
def send(request):
    form = FeedbackForm(request.POST, action=request.path)
    if not form.is_valid():
        return _bad_request(request)
    page = Page.objects.live().public().filter(pk=form.cleaned_data["page"]).first()
    if page is None:
        return _bad_request(request)
    limits = _limits(page.pk)
    wait = wait_seconds(request, *limits)
    if wait:
        return too_many_requests(request, wait)
    record(request, *limits)
    if form.is_spam:
        return HttpResponseRedirect(page.url, status=303)
    feedback = PageFeedback.objects.create(
        page=page, locale_id=page.locale_id, useful=form.cleaned_data["useful"] == "yes"
    )
    ref = signing.dumps(feedback.pk, salt=REF_SALT)
    return HttpResponseRedirect(f"{page.url}?{urlencode({'feedback': ref})}#feedback", status=303)


def answer_for(ref, page):
    """The answer a signed reference points to, if it is recent and about ``page``; else ``None``."""
    try:
        feedback_id = signing.loads(ref, salt=REF_SALT, max_age=settings.FEEDBACK_COMMENT_WINDOW)
    except signing.BadSignature:
        return None
    return PageFeedback.objects.filter(pk=feedback_id, page_id=page.pk).first()


@never_cache
@require_http_methods(["GET", "POST"])
def more(request):
    ref = request.GET.get("ref", "")
    try:
        feedback_id = signing.loads(ref, salt=REF_SALT, max_age=settings.FEEDBACK_COMMENT_WINDOW)
    except signing.BadSignature:
        return _bad_request(request)
    feedback = PageFeedback.objects.select_related("page").filter(pk=feedback_id).first()
    if feedback is None:
        return _bad_request(request)
    here = request.get_full_path()
    form = CommentForm(request.POST or None, action=request.path, auto_id="feedback-%s")
    status = 200
    if request.method == "POST":
        # No limit of its own: each answer takes one comment, and answers are limited.
        if form.is_spam or feedback.comment:
            return HttpResponseRedirect(here, status=303)
        if form.is_valid():
            feedback.comment = form.cleaned_data["comment"]
            feedback.save(update_fields=["comment"])
            return HttpResponseRedirect(here, status=303)
        status = 400
    context = {"feedback": feedback, "form": form, "page_url": feedback.page.url, "here": here}
    return render(request, "pages/feedback/more.html", context, status=status)
