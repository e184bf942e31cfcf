from django import template
from django.urls import reverse

from hub.newsletter.forms import SubscribeForm

register = template.Library()


@register.inclusion_tag("includes/newsletter_form.html")
def newsletter_form(place, heading=""):
    """The sign-up form; ``place`` ("footer" or "block") keeps ids unique when both are on a page."""
    action = reverse("newsletter:subscribe")
    return {
        "form": SubscribeForm(action=action, auto_id=f"newsletter-{place}-%s"),
        "action": action,
        "place": place,
        "heading": heading,
    }
