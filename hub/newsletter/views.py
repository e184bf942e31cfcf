"""Sign-up with double opt-in, confirmation and one-click unsubscribe.

Confirm and unsubscribe links carry a signed token, which is their authority,
so those views need no CSRF cookie. Following a link only shows a button:
mail scanners that open links must not confirm or unsubscribe anyone.
"""

import logging

from django.conf import settings
from django.core import signing
from django.http import HttpResponseRedirect
from django.shortcuts import render
from django.urls import reverse
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_http_methods

from hub.newsletter.backends import notify_backend
from hub.newsletter.emails import CONFIRM_SALT, UNSUBSCRIBE_SALT, confirm_token, send_to_subscriber
from hub.newsletter.forms import SubscribeForm
from hub.newsletter.models import Subscriber
from hub.protection.ratelimit import pause_form, paused, public_form_limits, record, wait_seconds

logger = logging.getLogger(__name__)


@require_http_methods(["GET", "POST"])
def subscribe(request):
    form = SubscribeForm(request.POST or None, action=request.path, auto_id="newsletter-%s")
    if request.method == "GET":
        return render(request, "pages/newsletter/subscribe.html", {"form": form})
    limits = public_form_limits("newsletter")
    wait = wait_seconds(request, *limits)
    if wait:
        pause_form(form, wait)
        return paused(render(request, "pages/newsletter/subscribe.html", {"form": form}), wait)
    if form.is_spam:
        record(request, *limits)
        return HttpResponseRedirect(reverse("newsletter:check_email"), status=303)
    if not form.is_valid():
        return render(request, "pages/newsletter/subscribe.html", {"form": form}, status=400)
    record(request, *limits)

    subscriber = Subscriber.objects.filter(email=form.cleaned_data["email"]).first()
    if subscriber is not None and subscriber.status == Subscriber.Status.CONFIRMED:
        subject, template, context = _("You already get our newsletter"), "newsletter/email/already.txt", {}
    else:
        subscriber = subscriber or Subscriber(email=form.cleaned_data["email"])
        subscriber.restart(language=get_language())
        subscriber.save()
        confirm_url = request.build_absolute_uri(reverse("newsletter:confirm", args=[confirm_token(subscriber)]))
        subject, template = _("Confirm you want our newsletter"), "newsletter/email/confirm.txt"
        context = {"confirm_url": confirm_url}
    try:
        send_to_subscriber(request, subscriber, subject, template, context)
    except Exception:
        logger.exception("Newsletter email could not be sent to subscriber %s", subscriber.pk)
        return render(request, "pages/newsletter/email_failed.html", status=200)
    return HttpResponseRedirect(reverse("newsletter:check_email"), status=303)


def check_email(request):
    return render(request, "pages/newsletter/check_email.html")


def _link_problem(request, expired):
    return render(request, "pages/newsletter/link_problem.html", {"expired": expired}, status=400)


@never_cache
@csrf_exempt
@require_http_methods(["GET", "POST"])
def confirm(request, token):
    try:
        pk, consented = signing.loads(token, salt=CONFIRM_SALT, max_age=settings.NEWSLETTER_CONFIRM_MAX_AGE)
    except signing.SignatureExpired:
        return _link_problem(request, expired=True)
    except (signing.BadSignature, ValueError, TypeError):
        return _link_problem(request, expired=False)
    subscriber = Subscriber.objects.filter(pk=pk).first()
    if subscriber is None or subscriber.consented_at.timestamp() != consented:
        return _link_problem(request, expired=True)
    if request.method == "POST" and subscriber.status == Subscriber.Status.PENDING:
        subscriber.confirm()
        subscriber.save(update_fields=["status", "confirmed_at"])
        notify_backend("subscribed", subscriber)
    return render(request, "pages/newsletter/confirm.html", {"subscriber": subscriber})


@never_cache
@csrf_exempt
@require_http_methods(["GET", "POST"])
def unsubscribe(request, token):
    try:
        pk = signing.loads(token, salt=UNSUBSCRIBE_SALT)
    except signing.BadSignature:
        return _link_problem(request, expired=False)
    subscriber = Subscriber.objects.filter(pk=pk).first()
    done = subscriber is None or subscriber.status == Subscriber.Status.UNSUBSCRIBED
    if request.method == "POST" and not done:
        subscriber.unsubscribe()
        subscriber.save(update_fields=["status", "unsubscribed_at"])
        notify_backend("unsubscribed", subscriber)
        done = True
    return render(request, "pages/newsletter/unsubscribe.html", {"done": done})
