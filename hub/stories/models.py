"""Share your story: a form page Communications edit with Wagtail's form builder.

Stories may hold health information (special category data). They are kept
in ``StorySubmission``, visible only to people with the "Can view story"
permission (the Stories group, see ``wagtail_hooks.py``), exported with
formula cells escaped, and deleted after PERSONAL_DATA_RETENTION_DAYS by
``purge_personal_data``. The notification email says a story arrived and
links to the admin; it never contains the story.
"""

import logging

from django.conf import settings
from django.core import signing
from django.core.mail import send_mail
from django.db import models
from django.http import HttpResponseRedirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.cache import add_never_cache_headers
from django.utils.http import urlencode
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, FieldRowPanel, HelpPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.forms.models import AbstractEmailForm, AbstractFormField, AbstractFormSubmission
from wagtail.contrib.forms.panels import FormSubmissionsPanel
from wagtail.fields import RichTextField

from home.easy_read import EasyReadVersionMixin
from hub.blocks import SIMPLE_RICH_TEXT_FEATURES
from hub.i18n.pages import SynchronisedSlugMixin
from hub.protection.forms import HONEYPOT_FIELD
from hub.protection.ratelimit import pause_form, paused, public_form_limits, record, wait_seconds
from hub.stories.forms import StoryFormBuilder
from hub.visibility.pages import RestrictionsAcrossLanguagesMixin

logger = logging.getLogger(__name__)

SENT_SALT = "hub.stories.sent"

DEFAULT_CONSENT_LABEL = (
    "I agree that Riverside Mental Health NHS Foundation Trust may keep my story, including anything in it about "
    "my health or someone else's, and use it as I said above."
)

DEFAULT_QUESTIONS = [
    {
        "label": "Your story",
        "field_type": "multiline",
        "required": True,
        "help_text": "Tell us what happened, in your own words. Write as much or as little as you like.",
    },
    {
        "label": "May we publish your story?",
        "field_type": "radio",
        "required": True,
        "choices": "Yes\nYes, but anonymously\nNo, it is only for the team",
        "help_text": "We will always check with you before anything is published.",
    },
    {
        "label": "How should we credit you?",
        "field_type": "singleline",
        "required": False,
        "help_text": "For example your first name, 'a carer' or 'a peer mentor'.",
    },
    {
        "label": "How can we contact you?",
        "field_type": "singleline",
        "required": False,
        "help_text": "An email address or phone number, if you are happy for us to talk to you about your story.",
    },
]


class StoryFormField(AbstractFormField):
    page = ParentalKey("StoryFormPage", on_delete=models.CASCADE, related_name="form_fields")


class StorySubmission(AbstractFormSubmission):
    """One story as sent. Its text is never shown in logs or in its own name."""

    class Meta:
        verbose_name = _("story")
        verbose_name_plural = _("stories")

    def __str__(self):
        return f"Story {self.pk} ({self.submit_time:%Y-%m-%d})"


class StoryFormPage(EasyReadVersionMixin, RestrictionsAcrossLanguagesMixin, SynchronisedSlugMixin, AbstractEmailForm):
    introduction = RichTextField(
        _("introduction"),
        features=SIMPLE_RICH_TEXT_FEATURES,
        blank=True,
        help_text=_("Why we ask for stories and what happens to them, in a few short sentences."),
    )
    consent_label = models.CharField(
        _("consent box wording"),
        max_length=300,
        default=DEFAULT_CONSENT_LABEL,
        help_text=_(
            "The words next to the consent tick box at the end of the form. They must say that the story may "
            "include health information. A link to the privacy notice is added under them."
        ),
    )
    privacy_page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("privacy notice"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("The privacy notice that explains how stories are kept. Linked under the consent box."),
    )
    thank_you_text = RichTextField(
        _("thank-you message"),
        features=SIMPLE_RICH_TEXT_FEATURES,
        blank=True,
        help_text=_("Shown after someone sends their story: what happens next and when they will hear from us."),
    )

    content_panels = [
        *AbstractEmailForm.content_panels,
        FormSubmissionsPanel(),
        FieldPanel("introduction"),
        HelpPanel(
            content=_(
                "Change, add or reorder the questions below. Help text is shown as plain text. "
                "The consent box always comes last and cannot be removed."
            )
        ),
        InlinePanel("form_fields", label=_("Question"), heading=_("Questions")),
        MultiFieldPanel([FieldPanel("consent_label"), FieldPanel("privacy_page")], heading=_("Consent")),
        FieldPanel("thank_you_text"),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("from_address"), FieldPanel("to_address")]),
                FieldPanel("subject"),
            ],
            heading=_("Email to the stories team"),
            help_text=_(
                "The email only says a story arrived and links to it in the admin; it never contains the story."
            ),
        ),
    ]

    form_builder = StoryFormBuilder
    parent_page_types = ["home.HomePage"]
    subpage_types = []
    max_count_per_parent = 1
    template = "pages/story_form_page.html"
    landing_page_template = "pages/story_form_page_landing.html"

    class Meta:
        verbose_name = _("share your story form")

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.pk is None and not self.form_fields.exists():
            self.form_fields = [
                StoryFormField(sort_order=i, **question) for i, question in enumerate(DEFAULT_QUESTIONS)
            ]

    def form_action(self):
        """The path the form posts to (this page's own), which its signed token is bound to."""
        url_parts = self.get_url_parts() if self.pk else None
        return url_parts[2] if url_parts else ""

    def get_form(self, *args, **kwargs):
        kwargs.setdefault("action", self.form_action())
        kwargs.setdefault("consent_label", self.consent_label)
        return super().get_form(*args, **kwargs)

    def get_submission_class(self):
        return StorySubmission

    def get_submissions_list_view_class(self):
        from hub.stories.views import StorySubmissionsListView

        return StorySubmissionsListView

    def get_data_fields(self):
        return [*super().get_data_fields(), ("consent", _("Agreed to keep health information"))]

    def serve(self, request, *args, **kwargs):
        if request.method == "GET" and self.is_sent_link(request):
            return self.render_landing_page(request)
        if request.method == "POST":
            wait = wait_seconds(request, *self.rate_limits())
            if wait:
                form = self.get_form(request.POST, request.FILES, page=self, user=request.user)
                pause_form(form, wait)
                context = self.get_context(request)
                context["form"] = form
                return paused(TemplateResponse(request, self.get_template(request), context), wait)
            if request.POST.get(HONEYPOT_FIELD):
                record(request, *self.rate_limits())
                return self.render_landing_page(request)
        response = super().serve(request, *args, **kwargs)
        if request.method == "POST" and isinstance(response, TemplateResponse) and "form" in response.context_data:
            response.status_code = 400
        return response

    def rate_limits(self):
        """This page's own limit, and the one shared by every public form."""
        return public_form_limits(f"story:{self.pk}")

    def render_landing_page(self, request, form_submission=None, *args, **kwargs):
        """Post/Redirect/Get: after a post, go to this page's address with a signed ``sent`` value.

        An accepted submission is counted here: Wagtail calls this only once
        one is stored (or for a preview, which counts nothing). Reloading the
        thank-you page then sends nothing again. It is never cached, since the
        same address without the value shows the form.
        """
        if request.method == "POST":
            if form_submission is not None:
                record(request, *self.rate_limits())
            sent = urlencode({"sent": signing.dumps(self.pk, salt=SENT_SALT)})
            return HttpResponseRedirect(f"{self.get_url(request)}?{sent}", status=303)
        response = super().render_landing_page(request, form_submission, *args, **kwargs)
        add_never_cache_headers(response)
        return response

    def is_sent_link(self, request):
        """True when the address carries this page's signed ``sent`` value (the thank-you page)."""
        try:
            return signing.loads(request.GET.get("sent", ""), salt=SENT_SALT) == self.pk
        except signing.BadSignature:
            return False

    def process_form_submission(self, form):
        """Store first; a failed email is logged (without the story or any address) and loses nothing."""
        submission = StorySubmission.objects.create(form_data=form.visitor_data(), page=self)
        if self.to_address:
            try:
                self.send_mail(form)
            except Exception as error:
                # Only the kind of error: an SMTP error's text can name the addresses.
                logger.error(
                    "Story notification email failed for submission %s: %s", submission.pk, type(error).__name__
                )
        return submission

    def send_mail(self, form):
        link = settings.WAGTAILADMIN_BASE_URL + reverse("wagtailforms:list_submissions", args=[self.pk])
        body = gettext(
            "A new story has been shared through '%(title)s'.\n\n"
            "Read it in the admin (you need the Stories permission):\n%(link)s\n"
        ) % {"title": self.title, "link": link}
        addresses = [address.strip() for address in self.to_address.split(",")]
        subject = self.subject or gettext("A new story has been shared")
        send_mail(subject, body, self.from_address or settings.DEFAULT_FROM_EMAIL, addresses)
