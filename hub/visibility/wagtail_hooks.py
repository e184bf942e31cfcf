"""A page is served only to visitors that every restriction on any of its language versions lets in."""

from django.urls import reverse
from django.utils.cache import add_never_cache_headers
from wagtail import hooks
from wagtail.forms import PasswordViewRestrictionForm
from wagtail.models import PageViewRestriction
from wagtail.wagtail_hooks import require_wagtail_login

from hub.visibility.rules import restrictions_for


def _refusal(page, request, restriction):
    """What Wagtail answers for an unmet restriction: its password form, or the log-in page."""
    if restriction.restriction_type == PageViewRestriction.PASSWORD:
        form = PasswordViewRestrictionForm(instance=restriction, initial={"return_url": request.get_full_path()})
        action_url = reverse("wagtailcore_authenticate_with_password", args=[restriction.id, page.id])
        return page.serve_password_required_response(request, form, action_url)
    return require_wagtail_login(next=request.get_full_path())


@hooks.register("on_serve_page")
def check_restrictions_in_every_language(serve):
    """Wagtail's own check (``wagtail.wagtail_hooks.check_view_restrictions``), widened to every language version.

    Wagtail follows aliases to their original but not translations: a Polish
    translation of a login-only English post was public until someone synced
    the translation again.
    """

    def inner(page, request, serve_args, serve_kwargs):
        restrictions = list(restrictions_for(page))
        unmet = next((restriction for restriction in restrictions if not restriction.accept_request(request)), None)
        response = _refusal(page, request, unmet) if unmet else serve(page, request, serve_args, serve_kwargs)
        if restrictions:
            add_never_cache_headers(response)
        return response

    return inner
