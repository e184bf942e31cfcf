"""Limits on guessing secrets: page passwords, admin sign-in and password resets.

Each wraps Wagtail's own view (same URL, same template) and counts with
hub/protection/ratelimit.py. Wrong guesses are counted; while a limit is full
the secret is not checked at all, and the person sees the form again with a
clear message and status 429. The numbers are settings (docs/security.md).
"""

from django import forms
from django.conf import settings
from django.contrib.auth import views as auth_views
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.utils.translation import ngettext
from wagtail import views as wagtail_views
from wagtail.admin.views import account
from wagtail.documents.views import serve as document_views
from wagtail.forms import PasswordViewRestrictionForm
from wagtail.models import CollectionViewRestriction, Page, PageViewRestriction

from hub.protection.ratelimit import Limit, minutes, paused, record, wait_seconds


def _wait_message(wait):
    return ngettext(
        "Too many wrong attempts. To protect the site, we have paused this for you: "
        "please try again in %(minutes)d minute.",
        "Too many wrong attempts. To protect the site, we have paused this for you: "
        "please try again in %(minutes)d minutes.",
        minutes(wait),
    ) % {"minutes": minutes(wait)}


class PausedPasswordForm(PasswordViewRestrictionForm):
    """The page-password form while guessing is paused: the password is not even compared."""

    def __init__(self, *args, wait, **kwargs):
        super().__init__(*args, **kwargs)
        self.wait = wait

    def clean_password(self):
        raise forms.ValidationError(_wait_message(self.wait))


def _password_limits(scope):
    period = settings.PAGE_PASSWORD_GUESS_PERIOD
    return (
        Limit(f"password:{scope}", settings.PAGE_PASSWORD_GUESS_LIMIT, period),
        Limit("password", settings.PAGE_PASSWORD_GUESS_LIMIT_TOTAL, period),
    )


def page_password(request, page_view_restriction_id, page_id):
    """Wagtail's page-password view, limited per visitor for each password and across all of them.

    Counted per restriction, not per page: one password guards a whole section,
    so trying it through each page in turn gains nothing.
    """
    limits = _password_limits(f"page:{page_view_restriction_id}")
    if request.method != "POST":
        return wagtail_views.authenticate_with_password(request, page_view_restriction_id, page_id)
    wait = wait_seconds(request, *limits)
    if wait:
        restriction = get_object_or_404(PageViewRestriction, pk=page_view_restriction_id)
        page = get_object_or_404(Page, pk=page_id).specific
        form = PausedPasswordForm(request.POST, instance=restriction, wait=wait)
        form.is_valid()
        return paused(page.serve_password_required_response(request, form, request.path), wait)
    response = wagtail_views.authenticate_with_password(request, page_view_restriction_id, page_id)
    if response.status_code == 200:  # the form came back: the password was wrong
        record(request, *limits)
    return response


def document_password(request, restriction_id):
    """Wagtail's password view for documents in a protected collection, limited the same way."""
    limits = _password_limits(f"collection:{restriction_id}")
    if request.method != "POST":
        return document_views.authenticate_with_password(request, restriction_id)
    wait = wait_seconds(request, *limits)
    if wait:
        restriction = get_object_or_404(CollectionViewRestriction, pk=restriction_id)
        form = PausedPasswordForm(request.POST, instance=restriction, wait=wait)
        form.is_valid()
        template = getattr(settings, "WAGTAILDOCS_PASSWORD_REQUIRED_TEMPLATE", "wagtaildocs/password_required.html")
        response = TemplateResponse(request, template, {"form": form, "action_url": request.path})
        return paused(response, wait)
    response = document_views.authenticate_with_password(request, restriction_id)
    if response.status_code == 200:
        record(request, *limits)
    return response


def _login_limits():
    return (Limit("admin-login", settings.ADMIN_LOGIN_FAILURE_LIMIT, settings.ADMIN_LOGIN_FAILURE_PERIOD),)


class SignInLimitMixin:
    """A limit on wrong passwords from one address, for any of Django's login views.

    django-axes already locks a user name after a few wrong passwords; this
    stops one address trying many user names. While paused, the form comes
    back with the message and no password is checked. See docs/security.md
    for why the numbers are what they are.
    """

    def post(self, request, *args, **kwargs):
        wait = wait_seconds(request, *_login_limits())
        if wait:

            def refuse(form):
                raise forms.ValidationError(_wait_message(wait))

            form_class = self.get_form_class()
            form = type(f"Paused{form_class.__name__}", (form_class,), {"clean": refuse})(**self.get_form_kwargs())
            form.is_valid()
            return paused(self.render_to_response(self.get_context_data(form=form)), wait)
        return super().post(request, *args, **kwargs)

    def form_invalid(self, form):
        record(self.request, *_login_limits())
        return super().form_invalid(form)


class LoginView(SignInLimitMixin, account.LoginView):
    """Wagtail's admin sign-in, limited per address."""


class FrontendLoginView(SignInLimitMixin, auth_views.LoginView):
    """The sign-in page for pages open to logged-in people only: the same accounts, so the same limit."""

    template_name = getattr(settings, "WAGTAIL_FRONTEND_LOGIN_TEMPLATE", "wagtailcore/login.html")


class PasswordResetView(account.PasswordResetView):
    """Wagtail's password reset, limited per email address and per visitor.

    Every request is counted whether or not the address has an account, so
    neither the limit nor its message tells anyone which addresses exist.
    The per-address limit keeps a flood from filling a member of staff's inbox.
    """

    def form_valid(self, form):
        period = settings.PASSWORD_RESET_PERIOD
        address = form.cleaned_data["email"].strip().lower()
        limits = (
            Limit(f"reset:{address}", settings.PASSWORD_RESET_LIMIT_PER_ADDRESS, period, per_visitor=False),
            Limit("reset", settings.PASSWORD_RESET_LIMIT_PER_VISITOR, period),
        )
        wait = wait_seconds(self.request, *limits)
        if wait:
            form.add_error(None, _reset_wait_message(wait))
            return paused(self.form_invalid(form), wait)
        record(self.request, *limits)
        return super().form_valid(form)


def _reset_wait_message(wait):
    return ngettext(
        "Too many password reset requests. We have not sent another email. "
        "Please check your inbox, or try again in %(minutes)d minute.",
        "Too many password reset requests. We have not sent another email. "
        "Please check your inbox, or try again in %(minutes)d minutes.",
        minutes(wait),
    ) % {"minutes": minutes(wait)}
