"""Share your story: a form page Communications edit with Wagtail's form builder.

Stories may hold health information (special category data). They are kept
in ``StorySubmission``, visible only to people with the "Can view story"
permission (the Stories group, see ``wagtail_hooks.py``), exported with
formula cells escaped, and deleted after PERSONAL_DATA_RETENTION_DAYS by
``purge_personal_data``. The notification email says a story arrived and
links to the admin; it never contains the story.

For people who may be in distress, the form can be left and finished later:
"Save and finish later" keeps the answers as a ``StoryDraft`` behind a signed
link (no account), deleted after STORY_DRAFT_RETENTION_DAYS. After sending,
the person gets a second signed link that withdraws (deletes) the story.
"""

import logging
import uuid

from django.conf import settings
from django.core import signing
from django.core.exceptions import ValidationError
from django.core.mail import send_mail
from django.core.serializers.json import DjangoJSONEncoder
from django.core.validators import validate_email
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
from wagtail.models import TranslatableMixin

from home.easy_read import EasyReadVersionMixin
from hub.blocks import SIMPLE_RICH_TEXT_FEATURES
from hub.i18n.pages import SynchronisedSlugMixin
from hub.privacy.retention import DAY, stated_periods
from hub.protection.forms import HONEYPOT_FIELD
from hub.protection.ratelimit import pause_form, paused, public_form_limits, record, wait_seconds
from hub.stories.forms import StoryFormBuilder, StoryUsage, WithdrawForm
from hub.visibility.pages import RestrictionsAcrossLanguagesMixin

logger = logging.getLogger(__name__)

SENT_SALT = "hub.stories.sent"
DRAFT_SALT = "hub.stories.draft"
WITHDRAW_SALT = "hub.stories.withdraw"

DEFAULT_CONTENT_NOTE = (
    "Writing about your experience can bring back difficult feelings. Take breaks when you need to: you can "
    "save your answers and finish later. Nobody reads this form straight away, so if you need help now, use "
    "the numbers below."
)

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


class StoryFormField(TranslatableMixin, AbstractFormField):
    """A question on the story form. Translators translate its label, help text and choices with the page;
    its stored name stays the English one, so every language's answers file under the same question."""

    page = ParentalKey("StoryFormPage", on_delete=models.CASCADE, related_name="form_fields")

    class Meta(TranslatableMixin.Meta, AbstractFormField.Meta):
        pass


class StorySubmission(AbstractFormSubmission):
    """One story as sent. Its text is never shown in logs or in its own name."""

    usage = models.CharField(
        _("how the story may be used"),
        max_length=20,
        choices=StoryUsage.choices,
        default=StoryUsage.LEARNING_ONLY,
        help_text=_("What the person chose when they sent their story."),
    )

    class Meta:
        verbose_name = _("story")
        verbose_name_plural = _("stories")

    def __str__(self):
        return f"Story {self.pk} ({self.submit_time:%Y-%m-%d})"

    def get_data(self):
        return {**super().get_data(), "usage": self.get_usage_display()}

    def withdraw_token(self):
        """The signed value of this story's withdraw link; it names the story and when it was sent.

        The same story always gets the same link (no signing time in it), so the sent page and the email agree.
        """
        return signing.Signer(salt=WITHDRAW_SALT).sign_object([self.page_id, self.pk, self.submit_time.isoformat()])


class StoryDraft(models.Model):
    """Answers saved with "Save and finish later", found again only through their signed link."""

    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    page = models.ForeignKey("StoryFormPage", on_delete=models.CASCADE, related_name="drafts")
    form_data = models.JSONField(encoder=DjangoJSONEncoder)
    saved_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("saved story draft")
        verbose_name_plural = _("saved story drafts")

    def __str__(self):
        return f"Story draft ({self.saved_at:%Y-%m-%d})"

    def token(self):
        return signing.dumps(str(self.id), salt=DRAFT_SALT)


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
    content_note = models.TextField(
        _("content note"),
        max_length=600,
        default=DEFAULT_CONTENT_NOTE,
        help_text=_(
            "A short, gentle note shown before the questions: that writing may bring back difficult feelings, "
            "that people can take breaks and save their answers, and where to get help now."
        ),
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
        FieldPanel("content_note"),
        HelpPanel(
            content=_(
                "Change, add or reorder the questions below. Help text is shown as plain text. "
                "The question on how the story may be used and the consent box always come last and cannot "
                "be removed."
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
        """The usage choice sits right after the date, next to the story, so nobody reads one without the other."""
        submit_time, *questions = super().get_data_fields()
        return [
            submit_time,
            ("usage", _("How the story may be used")),
            *questions,
            ("consent", _("Agreed to keep health information")),
        ]

    def serve(self, request, *args, **kwargs):
        """The form, and on the same address: the sent page, a saved draft, and withdrawing a story.

        A query value chooses which (``sent``, ``draft``, ``withdraw``); a post
        with ``save_draft`` saves a draft instead of sending.
        """
        if request.method == "GET":
            if self.is_sent_link(request):
                return self.render_landing_page(request)
            if "draft" in request.GET:
                return self.serve_draft(request)
            if "withdraw" in request.GET:
                return self.serve_withdraw(request)
        if request.method == "POST" and "withdraw" in request.POST:
            return self.withdraw(request)
        if request.method == "POST":
            wait = wait_seconds(request, *self.rate_limits())
            if wait:
                form = self.post_form(request)
                pause_form(form, wait)
                return paused(self.render_form(request, form), wait)
            if request.POST.get(HONEYPOT_FIELD):
                record(request, *self.rate_limits())
                return self.render_landing_page(request)
            if "save_draft" in request.POST:
                return self.save_draft(request)
        response = super().serve(request, *args, **kwargs)
        if request.method == "POST" and isinstance(response, TemplateResponse) and "form" in response.context_data:
            response.status_code = 400
        return response

    def post_form(self, request):
        form = self.get_form(request.POST, request.FILES, page=self, user=request.user)
        return form.as_draft() if "save_draft" in request.POST else form

    def render_form(self, request, form, status=200):
        context = self.get_context(request)
        context["form"] = form
        return TemplateResponse(request, self.get_template(request), context, status=status)

    def render_link_problem(self, request, message):
        """A link that is forged, expired or already used: say so plainly, with a way back to the form."""
        context = self.get_context(request)
        context["message"] = message
        response = TemplateResponse(request, "pages/story_link_problem.html", context, status=400)
        add_never_cache_headers(response)
        return response

    def load_draft(self, token):
        """The draft a signed link points to, if the link is genuine, still in date and for this page."""
        try:
            draft_id = signing.loads(token, salt=DRAFT_SALT, max_age=settings.STORY_DRAFT_RETENTION_DAYS * DAY)
        except signing.BadSignature:
            return None
        return StoryDraft.objects.filter(id=draft_id, page=self).first()

    def serve_draft(self, request):
        """Open a saved draft: the form with the saved answers back in it."""
        token = request.GET["draft"]
        draft = self.load_draft(token)
        if draft is None:
            return self.render_link_problem(
                request,
                gettext(
                    "This link to your saved answers does not work. It may be mistyped, or more than %(period)s "
                    "old, after which we delete saved answers. You can start the form again."
                )
                % {"period": stated_periods()["story_draft"]},
            )
        form = self.get_form(initial={**draft.form_data, "draft": token}, page=self, user=request.user)
        response = self.render_form(request, form)
        add_never_cache_headers(response)
        return response

    def save_draft(self, request):
        """Keep the answers so far (nothing is required yet) and show, and email, the link to come back."""
        form = self.post_form(request)
        if not form.is_valid():
            return self.render_form(request, form, status=400)
        draft = self.load_draft(form.cleaned_data["draft"]) or StoryDraft(page=self)
        draft.form_data = form.visitor_data()
        draft.save()
        record(request, *self.rate_limits())
        link = self.full_link(request, "draft", draft.token())
        email = self.contact_email(draft.form_data)
        if email:
            self.send_link(
                email,
                gettext("Your saved story"),
                gettext(
                    "You saved your answers to '%(title)s'. To finish your story, open this link within %(period)s:"
                    "\n\n%(link)s\n\nAfter that we delete your saved answers.\n"
                ),
                link,
            )
        context = self.get_context(request)
        context.update({"draft_link": link, "emailed": bool(email)})
        response = TemplateResponse(request, "pages/story_form_page_saved.html", context)
        add_never_cache_headers(response)
        return response

    def load_story(self, token):
        """The story a signed withdraw link names, if it is genuine and the story is still kept."""
        try:
            page_id, story_id, submit_time = signing.Signer(salt=WITHDRAW_SALT).unsign_object(token)
        except (signing.BadSignature, TypeError, ValueError):
            return None
        story = StorySubmission.objects.filter(pk=story_id, page_id=page_id).first()
        if page_id != self.pk or story is None or story.submit_time.isoformat() != submit_time:
            return None
        return story

    def withdraw_link_problem(self, request):
        return self.render_link_problem(
            request,
            gettext(
                "This link to withdraw a story does not work. It may be mistyped, or the story may already be "
                "withdrawn or deleted. If you want to check, contact the stories team."
            ),
        )

    def serve_withdraw(self, request):
        """Ask once more before withdrawing: opening a link (or an email scanner following it) deletes nothing."""
        token = request.GET["withdraw"]
        if self.load_story(token) is None:
            return self.withdraw_link_problem(request)
        context = self.get_context(request)
        context["withdraw_form"] = WithdrawForm(initial={"withdraw": token}, action=self.form_action())
        response = TemplateResponse(request, "pages/story_withdraw.html", context)
        add_never_cache_headers(response)
        return response

    def withdraw(self, request):
        form = WithdrawForm(request.POST, action=self.form_action())
        story = self.load_story(request.POST.get("withdraw", ""))
        if story is None:
            return self.withdraw_link_problem(request)
        if not form.is_valid():
            context = self.get_context(request)
            context["withdraw_form"] = form
            return TemplateResponse(request, "pages/story_withdraw.html", context, status=400)
        if not form.is_spam:
            story.delete()
            logger.info("Story withdrawn by the person who sent it (page %s)", self.pk)
        response = TemplateResponse(request, "pages/story_withdrawn.html", self.get_context(request))
        add_never_cache_headers(response)
        return response

    def full_link(self, request, name, token):
        """A link with a signed value: on the address the person is using, or (for an email) the site's own."""
        query = urlencode({name: token})
        if request is None:
            return f"{self.get_full_url()}?{query}"
        return request.build_absolute_uri(f"{self.get_url(request)}?{query}")

    def contact_email(self, answers):
        """The email address the person gave, if any of their one-line answers is one."""
        for field in self.get_form_fields():
            if field.field_type in ("email", "singleline"):
                value = str(answers.get(field.clean_name) or "").strip()
                try:
                    validate_email(value)
                except ValidationError:
                    continue
                return value
        return None

    def send_link(self, address, subject, body, link):
        """Email a person their own link; a failure is logged without the address and loses nothing."""
        try:
            send_mail(
                subject,
                body % {"title": self.title, "period": stated_periods()["story_draft"], "link": link},
                self.from_address or settings.DEFAULT_FROM_EMAIL,
                [address],
            )
        except Exception as error:
            logger.error("Story link email failed: %s", type(error).__name__)

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
            query = {"sent": signing.dumps(self.pk, salt=SENT_SALT)}
            if form_submission is not None:
                record(request, *self.rate_limits())
                query["story"] = form_submission.withdraw_token()
            return HttpResponseRedirect(f"{self.get_url(request)}?{urlencode(query)}", status=303)
        response = super().render_landing_page(request, form_submission, *args, **kwargs)
        story = self.load_story(request.GET.get("story", "")) if request.GET.get("story") else None
        if story is not None:
            response.context_data["withdraw_link"] = self.full_link(request, "withdraw", story.withdraw_token())
        add_never_cache_headers(response)
        return response

    def is_sent_link(self, request):
        """True when the address carries this page's signed ``sent`` value (the thank-you page)."""
        try:
            return signing.loads(request.GET.get("sent", ""), salt=SENT_SALT) == self.pk
        except signing.BadSignature:
            return False

    def process_form_submission(self, form):
        """Store first; a failed email is logged (without the story or any address) and loses nothing.

        The draft it was restored from, if any, is deleted, and the person is
        emailed their withdraw link if they gave an email address.
        """
        data = form.visitor_data()
        usage = data.pop("usage")
        submission = StorySubmission.objects.create(form_data=data, usage=usage, page=self)
        draft = self.load_draft(form.cleaned_data["draft"])
        if draft is not None:
            draft.delete()
        email = self.contact_email(data)
        if email:
            self.send_link(
                email,
                gettext("Your story has reached us"),
                gettext(
                    "Thank you for sharing your story through '%(title)s'.\n\n"
                    "If you change your mind, you can withdraw it with this link:\n%(link)s\n"
                ),
                self.full_link(None, "withdraw", submission.withdraw_token()),
            )
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
