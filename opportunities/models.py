"""Involvement roles, the "get involved" listing and expressions of interest.

``OpportunityPage.objects.open()`` is the one definition of "still taking
interest": the listing, the home page, the sitemap and site search all use it,
so a role disappears the day after it closes without any scheduled job.
"""

import datetime
from zoneinfo import ZoneInfo

from django import forms
from django.conf import settings
from django.contrib import admin
from django.core.paginator import Paginator
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import Q
from django.http import JsonResponse
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, FieldRowPanel, HelpPanel, MultiFieldPanel, PageChooserPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField
from wagtail.models import Orderable, Page, PageManager, TranslatableMixin
from wagtail.query import PageQuerySet
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from home.easy_read import EasyReadVersionMixin
from hub.blocks import SIMPLE_RICH_TEXT_FEATURES
from hub.i18n.pages import SynchronisedSlugMixin
from hub.models import TrustIdentity
from hub.visibility.pages import RestrictionsAcrossLanguagesMixin
from hub.visibility.rules import visible_q

# Closing dates are the Trust's dates: a role closes at the end of its closing
# day in the UK, whatever the server's clock says.
TRUST_TIMEZONE = ZoneInfo("Europe/London")
NEW_FOR_DAYS = 14
CLOSING_SOON_DAYS = 7


def trust_today():
    """Today's date in the UK."""
    return timezone.now().astimezone(TRUST_TIMEZONE).date()


class Kind(models.TextChoices):
    VOLUNTEERING = "volunteering", _("Volunteering")
    PAID_INVOLVEMENT = "paid-involvement", _("Paid involvement")
    PAID_JOB = "paid-job", _("Paid job")
    GROUP = "group", _("Group or network")


class TimeCommitment(models.TextChoices):
    ONE_OFF = "one-off", _("One-off")
    MONTHLY = "monthly", _("A few hours a month")
    WEEKLY = "weekly", _("Weekly")
    PART_TIME = "part-time", _("Regular part-time")


class Setting(models.TextChoices):
    WARD = "ward", _("On a ward")
    COMMUNITY = "community", _("In the community")
    ONLINE = "online", _("Online or from home")


class Audience(models.TextChoices):
    SERVICE_USERS = "service-users", _("People who use our services")
    CARERS = "carers", _("Carers")
    ANYONE = "anyone", _("Anyone")
    YOUNG_PEOPLE = "young-people", _("Young people")


class LadderRung(models.TextChoices):
    INFORMING = "informing", _("Informing")
    CONSULTING = "consulting", _("Consulting")
    ENGAGING = "engaging", _("Engaging")
    CO_DESIGN = "co-design", _("Co-design")
    CO_PRODUCTION = "co-production", _("Co-production")


# What each rung means for the person taking the role, in plain words.
LADDER_EXPLAINED = {
    LadderRung.INFORMING: _("We tell you about plans and decisions and answer your questions."),
    LadderRung.CONSULTING: _("We ask for your views before we decide, and tell you what we did with them."),
    LadderRung.ENGAGING: _(
        "You take part regularly and your views shape the work, but staff still make the decisions."
    ),
    LadderRung.CO_DESIGN: _("You help design something from the start, alongside staff, as an equal."),
    LadderRung.CO_PRODUCTION: _("You share the power: you plan, deliver and judge the work with staff as equals."),
}


class Payment(models.TextChoices):
    HOURLY = "hourly", _("Paid by the hour")
    INVOLVEMENT = "involvement", _("Involvement payment")
    EXPENSES = "expenses", _("Expenses only")
    VOLUNTARY = "voluntary", _("Voluntary")


class Fit(models.TextChoices):
    """Ways a role fits around people's lives; each is a yes/no field of ``OpportunityPage`` (``FIT_FIELDS``)."""

    FLEXIBLE = "flexible", _("Flexible hours")
    CARING = "caring", _("Fits around caring or childcare")
    EVENINGS = "evenings", _("Evenings or weekends")


# Filter value -> OpportunityPage field that says the role fits that way.
FIT_FIELDS = {
    Fit.FLEXIBLE: "flexible_hours",
    Fit.CARING: "fits_around_caring",
    Fit.EVENINGS: "evenings_or_weekends",
}


class Checks(models.TextChoices):
    NONE = "none", _("No checks needed")
    BASIC_DBS = "basic-dbs", _("Basic DBS check")
    ENHANCED_DBS = "enhanced-dbs", _("Enhanced DBS check")


class Area(TranslatableMixin, models.Model):
    """A topic or service area editors group roles by, for example "Inpatient wards"."""

    name = models.CharField(
        _("name"), max_length=80, help_text=_("A short name visitors understand, for example 'Inpatient wards'.")
    )
    slug = models.SlugField(
        _("slug"),
        max_length=80,
        help_text=_("Used in the web address when visitors filter by area. Lowercase words joined by hyphens."),
    )

    panels = [FieldPanel("name"), FieldPanel("slug")]
    # The slug is the same in every language, so a filtered listing's address
    # works after the visitor changes language.
    translatable_fields = [TranslatableField("name"), SynchronizedField("slug", overridable=False)]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("area")
        verbose_name_plural = _("areas")
        ordering = ["name"]
        constraints = [models.UniqueConstraint(fields=["slug", "locale"], name="unique_area_slug_per_locale")]

    def __str__(self):
        return self.name


class OpportunityIndexPage(
    EasyReadVersionMixin, RoutablePageMixin, RestrictionsAcrossLanguagesMixin, SynchronisedSlugMixin, Page
):
    """The "get involved" page: explains the ladder and lists open roles with filters.

    It also offers a general "register your interest" form at ``register/``
    for people who do not see a role that fits.
    """

    introduction = models.TextField(
        _("introduction"),
        max_length=400,
        blank=True,
        help_text=_("One or two sentences under the title, saying who can get involved and how."),
    )
    ladder_explained = RichTextField(
        _("the ladder of co-production"),
        features=SIMPLE_RICH_TEXT_FEATURES,
        blank=True,
        help_text=_("Plain words on how much say each kind of role gives people. Shown above the roles."),
    )
    empty_text = models.TextField(
        _("when no role fits"),
        max_length=400,
        blank=True,
        help_text=_("Shown when no role matches a visitor's filters, above the link to register their interest."),
    )
    contact_email = models.EmailField(
        _("email for general interest"),
        help_text=_("Where we send people's details when they register interest without choosing a role."),
    )
    reply_within_days = models.PositiveSmallIntegerField(
        _("reply within (working days)"),
        default=10,
        validators=[MinValueValidator(1)],
        help_text=_("How many working days the involvement team takes to reply. We promise this date to people."),
    )
    privacy_notice = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("privacy notice"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("The privacy notice linked from every interest form."),
    )

    content_panels = [
        *Page.content_panels,
        FieldPanel("introduction"),
        FieldPanel("ladder_explained"),
        FieldPanel("empty_text"),
        MultiFieldPanel(
            [FieldPanel("contact_email"), FieldPanel("reply_within_days"), PageChooserPanel("privacy_notice")],
            heading=_("Expressions of interest"),
        ),
    ]
    search_fields = [
        *Page.search_fields,
        index.SearchField("introduction", boost=1.5),
        index.SearchField("ladder_explained"),
    ]

    parent_page_types = ["home.HomePage"]
    subpage_types = ["opportunities.OpportunityPage"]
    max_count_per_parent = 1
    template = "pages/opportunity_index_page.html"
    ROLES_PER_PAGE = 20

    class Meta:
        verbose_name = _("get involved page")

    def get_meta_description(self):
        return self.search_description or self.introduction

    def get_context(self, request, *args, **kwargs):
        """The open roles that match the visitor's filters, a page at a time (see ``RoleListing``)."""
        context = super().get_context(request, *args, **kwargs)
        listing = RoleListing(self, request.GET)
        # The listing's valid filters as "?kind=group&area=wards": the language switcher's links,
        # the role alert and the feed keep them (includes/language_switcher.html, components/role_alert_links.html).
        context.update(listing=listing, filters_query=listing.form.query_string())
        return context

    @path("register/")
    def register(self, request):
        from opportunities.views import express_interest

        return express_interest(request, self, role=None)

    @path("register/sent/")
    def register_sent(self, request):
        from opportunities.views import interest_sent

        return interest_sent(request, self, role=None)

    @path("alerts/")
    def alerts(self, request):
        """ "Tell me about roles like these": the form, with the filters in its address."""
        from opportunities.alerts.views import subscribe

        return subscribe(request, self)

    @path("alerts/sent/")
    def alerts_sent(self, request):
        from opportunities.alerts.views import check_email

        return check_email(request, self)

    @path("feed/")
    def feed(self, request):
        """Atom feed of the open roles matching the filters in the address."""
        from opportunities.feeds import RolesFeed
        from opportunities.forms import FilterForm

        return RolesFeed(self, FilterForm(request.GET, self.locale))(request)

    @path("roles.jsonld/")
    def roles_jsonld(self, request):
        """Every open, public role in the Volunteering Data Standard (served without the final "/")."""
        from opportunities.opendata import roles_document

        response = JsonResponse(roles_document(self, request), content_type="application/ld+json")
        response["Access-Control-Allow-Origin"] = "*"
        return response

    def roles(self):
        """Open, live, public roles under this page, closing soonest first; roles open all year last."""
        return OpportunityPage.objects.child_of(self).live().public().open().closing_soonest()


def roles_change_at(roles):
    """When time alone changes what ``roles``' cards show: the next midnight in the UK (a role closes, the
    "closing soon" badge counts days), or sooner if a role stops being new."""
    now = timezone.now()
    midnight = datetime.datetime.combine(trust_today() + datetime.timedelta(days=1), datetime.time(), TRUST_TIMEZONE)
    new_until = [role.first_published_at + datetime.timedelta(days=NEW_FOR_DAYS) for role in roles if role.is_new]
    return min([midnight, *(moment for moment in new_until if moment > now)])


class RoleListing:
    """What a get-involved page shows for one request: the filters and a page of the open roles that match.

    The filters are read at once (the page's head and language links keep
    them); the roles when the template first asks for them, so a listing
    kept by ``{% listing_cache %}`` (``hub.caching.fragments``) costs no query.
    """

    def __init__(self, index, params):
        from opportunities.forms import FilterForm  # the forms module imports these models

        self.index = index
        self.params = params
        self.form = FilterForm(params, index.locale)
        self.chosen = self.form.chosen()

    @property
    def filtered(self):
        return bool(self.chosen)

    @cached_property
    def chosen_filters(self):
        labels = {name: dict(field.choices) for name, field in self.form.fields.items()}
        return [labels[name][value] for name, values in self.chosen.items() for value in values]

    @cached_property
    def _paginator(self):
        return Paginator(self.form.apply(self.index.roles().select_related("locale")), self.index.ROLES_PER_PAGE)

    @cached_property
    def roles(self):
        return self._paginator.get_page(self.params.get("page"))

    @property
    def result_count(self):
        return self._paginator.count

    @property
    def changes_at(self):
        return roles_change_at(self.roles)


class OpportunityPageQuerySet(PageQuerySet):
    def public(self):
        """Roles visitors may see: no restriction on any language version (see ``hub.visibility``)."""
        return self.filter(visible_q())

    def open(self):
        """Roles still taking interest: no closing date, or it is today or later in the UK."""
        return self.filter(Q(closing_date__isnull=True) | Q(closing_date__gte=trust_today()))

    def closed(self):
        return self.filter(closing_date__lt=trust_today())

    def closing_soonest(self):
        """Closing soonest first; roles open all year last."""
        return self.order_by(models.F("closing_date").asc(nulls_last=True), "title")


class OpportunityPage(
    EasyReadVersionMixin, RoutablePageMixin, RestrictionsAcrossLanguagesMixin, SynchronisedSlugMixin, Page
):
    """One role: what it asks, what it pays, the support offered, and a form to say "I'm interested"."""

    summary = models.TextField(
        _("summary"),
        max_length=300,
        help_text=_("One or two plain sentences on what the role is. Shown in the list of roles and in search."),
    )
    kind = models.CharField(
        _("kind of role"), max_length=20, choices=Kind.choices, help_text=_("Visitors filter roles by this.")
    )
    time_commitment = models.CharField(
        _("time commitment"),
        max_length=20,
        choices=TimeCommitment.choices,
        help_text=_("Visitors filter roles by this. Give details in 'time needed' below."),
    )
    time_details = models.CharField(
        _("time needed"),
        max_length=200,
        help_text=_("In plain words, for example 'Two hours every Tuesday afternoon, for six months'."),
    )
    setting = models.CharField(
        _("where it happens"),
        max_length=20,
        choices=Setting.choices,
        help_text=_("Visitors filter roles by this. Choose where most of the role happens."),
    )
    flexible_hours = models.BooleanField(
        _("flexible hours"),
        default=False,
        help_text=_("Tick if people can choose their own times, or change them at short notice."),
    )
    fits_around_caring = models.BooleanField(
        _("fits around caring or childcare"),
        default=False,
        help_text=_(
            "Tick if the times fit around school or caring, or if we pay for childcare or replacement care. "
            "Say how in 'time needed' or 'adjustments'."
        ),
    )
    evenings_or_weekends = models.BooleanField(
        _("evenings or weekends"),
        default=False,
        help_text=_("Tick if people can do the role in the evening or at the weekend."),
    )
    location = models.CharField(
        _("place"),
        max_length=200,
        blank=True,
        help_text=_("The building, ward or town, or 'Online, on Microsoft Teams'. Leave empty if it varies."),
    )
    audience = models.CharField(
        _("who it is for"), max_length=20, choices=Audience.choices, help_text=_("Visitors filter roles by this.")
    )
    areas = ParentalManyToManyField(
        Area, verbose_name=_("areas"), blank=True, help_text=_("The service areas this role belongs to.")
    )
    ladder_rung = models.CharField(
        _("rung on the ladder of co-production"),
        max_length=20,
        choices=LadderRung.choices,
        help_text=_("Be honest: how much power does this role really share? The page explains the rung to visitors."),
    )
    what_you_do = RichTextField(
        _("what you would do"), features=SIMPLE_RICH_TEXT_FEATURES, help_text=_("The tasks, in short sentences.")
    )
    payment = models.CharField(
        _("payment"),
        max_length=20,
        choices=Payment.choices,
        help_text=_("Visitors see this on the list of roles. The page adds a note that payments can affect benefits."),
    )
    hourly_rate = models.DecimalField(
        _("pay per hour (£)"),
        max_digits=6,
        decimal_places=2,
        null=True,
        blank=True,
        help_text=_("Only for roles paid by the hour or with an involvement payment. Leave empty otherwise."),
    )
    payment_details = models.CharField(
        _("payment details"),
        max_length=300,
        blank=True,
        help_text=_("For example 'We pay travel and lunch on the day' or 'Band 4, 22.5 hours a week'."),
    )
    support = RichTextField(
        _("support and training"),
        features=SIMPLE_RICH_TEXT_FEATURES,
        help_text=_("Induction, training, supervision, a named person to talk to."),
    )
    who_it_suits = RichTextField(
        _("who it suits"),
        features=SIMPLE_RICH_TEXT_FEATURES,
        help_text=_("The experience and qualities that help. Say what is not needed, too."),
    )
    checks = models.CharField(
        _("checks needed"), max_length=20, choices=Checks.choices, default=Checks.NONE, help_text=_("Any DBS check.")
    )
    checks_reason = models.CharField(
        _("why the check is needed"),
        max_length=300,
        blank=True,
        help_text=_("For example 'because you will spend time with patients on the ward'. Who pays for it."),
    )
    adjustments = RichTextField(
        _("adjustments we offer"),
        features=SIMPLE_RICH_TEXT_FEATURES,
        blank=True,
        help_text=_("For example breaks, a quiet room, papers in large print, someone to come with you."),
    )
    start_date = models.DateField(
        _("start date"), null=True, blank=True, help_text=_("Leave empty if people can start at any time.")
    )
    closing_date = models.DateField(
        _("closing date"),
        null=True,
        blank=True,
        help_text=_(
            "The last day we take interest. The role leaves the list the next morning by itself. "
            "Leave empty if it is open all year."
        ),
    )
    minimum_age = models.PositiveSmallIntegerField(
        _("minimum age"),
        default=18,
        validators=[MinValueValidator(14), MaxValueValidator(99)],
        help_text=_("The youngest age at which someone can take this role. Shared with volunteering websites."),
    )
    places = models.PositiveSmallIntegerField(
        _("number of places"), null=True, blank=True, help_text=_("Leave empty if there is no fixed number.")
    )
    contact_team = models.CharField(
        _("contact team"),
        max_length=120,
        help_text=_("The team that looks after this role, for example 'Volunteering team'."),
    )
    contact_email = models.EmailField(
        _("contact email"), help_text=_("We send expressions of interest here. Use a team address, not a person's.")
    )
    contact_phone = models.CharField(_("contact phone"), max_length=40, blank=True, help_text=_("Optional."))

    objects = PageManager.from_queryset(OpportunityPageQuerySet)()

    content_panels = [
        *Page.content_panels,
        FieldPanel("summary"),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("kind"), FieldPanel("audience")]),
                FieldRowPanel([FieldPanel("time_commitment"), FieldPanel("setting")]),
                FieldPanel("areas", widget=forms.CheckboxSelectMultiple),
                FieldPanel("ladder_rung"),
            ],
            heading=_("How visitors find this role"),
        ),
        FieldPanel("what_you_do"),
        MultiFieldPanel(
            [
                FieldPanel("time_details"),
                HelpPanel(
                    content=_(
                        "Visitors filter roles by how they fit around their lives. "
                        "Tick every one that is true of this role."
                    )
                ),
                FieldRowPanel([FieldPanel("flexible_hours"), FieldPanel("fits_around_caring")]),
                FieldPanel("evenings_or_weekends"),
                FieldPanel("location"),
            ],
            heading=_("Time and place"),
        ),
        MultiFieldPanel(
            [
                HelpPanel(
                    content=_("Payments can affect benefits. The page tells visitors this and where to get advice.")
                ),
                FieldPanel("payment"),
                FieldPanel("hourly_rate"),
                FieldPanel("payment_details"),
            ],
            heading=_("Payment"),
        ),
        FieldPanel("support"),
        FieldPanel("who_it_suits"),
        MultiFieldPanel(
            [FieldPanel("checks"), FieldPanel("checks_reason"), FieldPanel("minimum_age")],
            heading=_("Checks and age"),
        ),
        FieldPanel("adjustments"),
        MultiFieldPanel(
            [FieldRowPanel([FieldPanel("start_date"), FieldPanel("closing_date")]), FieldPanel("places")],
            heading=_("Dates and places"),
        ),
        MultiFieldPanel(
            [FieldPanel("contact_team"), FieldPanel("contact_email"), FieldPanel("contact_phone")],
            heading=_("Contact"),
        ),
    ]
    search_fields = [
        *Page.search_fields,
        index.SearchField("summary", boost=1.5),
        index.SearchField("what_you_do"),
        index.SearchField("time_details"),
        index.SearchField("location"),
        index.SearchField("payment_details"),
        index.SearchField("support"),
        index.SearchField("who_it_suits"),
        index.SearchField("checks_reason"),
        index.SearchField("adjustments"),
        index.SearchField("contact_team"),
        index.RelatedFields("areas", [index.SearchField("name")]),
        index.FilterField("closing_date"),
        index.FilterField("kind"),
    ]

    parent_page_types = ["opportunities.OpportunityIndexPage"]
    subpage_types = []
    template = "pages/opportunity_page.html"
    # A phone number is the same in every language: copied, not offered to translators.
    override_translatable_fields = [
        *SynchronisedSlugMixin.override_translatable_fields,
        SynchronizedField("contact_phone"),
    ]

    class Meta:
        verbose_name = _("role")
        verbose_name_plural = _("roles")

    def get_meta_description(self):
        return self.search_description or self.summary

    @classmethod
    def get_searchable_queryset(cls, queryset):
        """Site search finds open roles only (see search/types.py)."""
        return queryset.open()

    def get_context(self, request, *args, **kwargs):
        """A closed role suggests similar open ones; an open one tells search engines it is a vacancy."""
        context = super().get_context(request, *args, **kwargs)
        if self.is_closed:
            context["similar_roles"] = self.similar_open_roles
        else:
            context["structured_data"] = self.structured_data(request, TrustIdentity.for_request(request).name)
        return context

    @path("apply/")
    def apply(self, request):
        from opportunities.views import express_interest

        return express_interest(request, self.get_parent().specific, role=self)

    @path("apply/sent/")
    def apply_sent(self, request):
        from opportunities.views import interest_sent

        return interest_sent(request, self.get_parent().specific, role=self)

    @property
    def is_closed(self):
        return self.closing_date is not None and self.closing_date < trust_today()

    @property
    def is_closing_soon(self):
        if self.closing_date is None or self.is_closed:
            return False
        return (self.closing_date - trust_today()).days < CLOSING_SOON_DAYS

    @property
    def is_new(self):
        published = self.first_published_at
        if published is None or self.is_closed:
            return False
        return timezone.now() - published < datetime.timedelta(days=NEW_FOR_DAYS)

    @property
    def ladder_explanation(self):
        return LADDER_EXPLAINED.get(self.ladder_rung, "")

    @property
    def payment_summary(self):
        """Pay in a few words, for example "Paid £12.60 an hour"."""
        if self.hourly_rate and self.payment == Payment.HOURLY:
            return _("Paid £%(rate)s an hour") % {"rate": self.hourly_rate}
        if self.hourly_rate and self.payment == Payment.INVOLVEMENT:
            return _("Involvement payment of £%(rate)s an hour") % {"rate": self.hourly_rate}
        return self.get_payment_display()

    @property
    def fits(self):
        """The labels of the ways this role fits around people's lives, for example "Flexible hours"."""
        return [Fit(value).label for value, field in FIT_FIELDS.items() if getattr(self, field)]

    @property
    def is_paid(self):
        return self.payment in (Payment.HOURLY, Payment.INVOLVEMENT)

    def get_sitemap_urls(self, request=None):
        if self.is_closed:
            return []
        return super().get_sitemap_urls(request)

    @cached_property
    def similar_open_roles(self):
        """Up to three open roles of the same kind or area, for when this one has closed."""
        return list(
            OpportunityPage.objects.live()
            .public()
            .open()
            .filter(locale_id=self.locale_id)
            .filter(Q(kind=self.kind) | Q(areas__in=self.areas.all()))
            .exclude(pk=self.pk)
            .distinct()
            .closing_soonest()[:3]
        )

    def structured_data(self, request, organisation_name):
        """Schema.org ``JobPosting`` for search engines; ``None`` once the role has closed."""
        if self.is_closed:
            return None
        employment_type = {Payment.HOURLY: "PART_TIME", Payment.INVOLVEMENT: "OTHER"}.get(self.payment, "VOLUNTEER")
        data = {
            "@context": "https://schema.org",
            "@type": "JobPosting",
            "title": self.title,
            "description": self.summary,
            "datePosted": (self.first_published_at or timezone.now()).date().isoformat(),
            "employmentType": employment_type,
            "hiringOrganization": {"@type": "Organization", "name": organisation_name},
            "url": self.get_full_url(request),
        }
        if self.closing_date:
            data["validThrough"] = datetime.datetime.combine(
                self.closing_date, datetime.time(23, 59, 59), tzinfo=TRUST_TIMEZONE
            ).isoformat()
        if self.setting == Setting.ONLINE:
            data["jobLocationType"] = "TELECOMMUTE"
            data["applicantLocationRequirements"] = {"@type": "Country", "name": "GB"}
        else:
            data["jobLocation"] = {
                "@type": "Place",
                "address": {
                    "@type": "PostalAddress",
                    "addressLocality": self.location or organisation_name,
                    "addressCountry": "GB",
                },
            }
        if self.payment == Payment.HOURLY and self.hourly_rate:
            data["baseSalary"] = {
                "@type": "MonetaryAmount",
                "currency": "GBP",
                "value": {"@type": "QuantitativeValue", "value": float(self.hourly_rate), "unitText": "HOUR"},
            }
        return data


class HomePageFeaturedRole(Orderable):
    """A role an editor chose to show on the home page."""

    home = ParentalKey("home.HomePage", on_delete=models.CASCADE, related_name="featured_roles")
    role = models.ForeignKey(
        OpportunityPage,
        verbose_name=_("role"),
        on_delete=models.CASCADE,
        related_name="+",
        help_text=_("A role to show on the home page. Closed roles are skipped by themselves."),
    )

    panels = [PageChooserPanel("role", "opportunities.OpportunityPage")]

    class Meta(Orderable.Meta):
        verbose_name = _("featured role")
        verbose_name_plural = _("featured roles")


class ContactMethod(models.TextChoices):
    EMAIL = "email", _("Email")
    PHONE = "phone", _("Phone")
    EITHER = "either", _("Either is fine")


class Relationship(models.TextChoices):
    SERVICE_USER = "service-user", _("I use mental health services, now or in the past")
    CARER = "carer", _("I am a carer")
    OTHER = "other", _("Other")


class InterestStatus(models.TextChoices):
    """Where the team is with someone, in the order it usually goes."""

    NEW = "new", _("New")
    CONTACTED = "contacted", _("Contacted")
    IN_CONVERSATION = "in-conversation", _("In conversation")
    STARTED = "started", _("Started in the role")
    NOT_GOING_AHEAD = "not-going-ahead", _("Not going ahead")


class EmailStatus(models.TextChoices):
    PENDING = "pending", _("Not sent yet")
    SENT = "sent", _("Sent")
    FAILED = "failed", _("Failed: contact the person from this record")


class ExpressionOfInterest(models.Model):
    """Someone saying "I'm interested" in a role, or in getting involved generally.

    Personal, sometimes health, data: only the Involvement team sees it, it is
    never written to logs, and ``purge_personal_data`` deletes it after the
    retention period.
    """

    role = models.ForeignKey(
        OpportunityPage,
        verbose_name=_("role"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="expressions_of_interest",
    )
    role_title = models.CharField(
        _("role title"), max_length=255, help_text=_("Kept in case the role page is later deleted.")
    )
    name = models.CharField(_("name"), max_length=100)
    contact_method = models.CharField(_("contact by"), max_length=10, choices=ContactMethod.choices)
    email = models.EmailField(_("email"), blank=True)
    phone = models.CharField(_("phone"), max_length=40, blank=True)
    best_time = models.CharField(_("best time to contact"), max_length=200, blank=True)
    adjustments = models.TextField(_("anything that would help them take part"), max_length=1000, blank=True)
    relationship = models.CharField(
        _("they are"),
        max_length=60,
        blank=True,
        help_text=_("Every answer they ticked (service user, carer, other), separated by commas."),
    )
    consent = models.BooleanField(_("agreed to the privacy notice"), default=False)
    language = models.CharField(_("language"), max_length=10, help_text=_("The language of the form they used."))
    status = models.CharField(
        _("status"),
        max_length=20,
        choices=InterestStatus.choices,
        default=InterestStatus.NEW,
        help_text=_("Update this as you talk to the person, so the team knows where things are."),
    )
    status_reason = models.CharField(
        _("reason"),
        max_length=300,
        blank=True,
        help_text=_(
            "Why it is not going ahead, in a few words (for example: chose another role, not the right time). "
            "Needed when the status is 'Not going ahead'."
        ),
    )
    email_status = models.CharField(
        _("emails"), max_length=20, choices=EmailStatus.choices, default=EmailStatus.PENDING
    )
    created_at = models.DateTimeField(_("sent on"), auto_now_add=True, db_index=True)
    updated_at = models.DateTimeField(_("last changed"), auto_now=True)

    class Meta:
        verbose_name = _("expression of interest")
        verbose_name_plural = _("expressions of interest")
        ordering = ["-created_at"]
        permissions = [("export_expressionofinterest", _("Can export expressions of interest"))]

    def __str__(self):
        return f"{self.name} – {self.role_title}"

    @admin.display(description=_("they are"))
    def relationship_labels(self):
        """The answers to "Are you…" in words, for the team's list, details and exports."""
        labels = dict(Relationship.choices)
        return ", ".join(str(labels.get(code, code)) for code in self.relationship.split(",") if code)


class InterestStatusChange(models.Model):
    """One step in an expression of interest's history: who moved it to which status, and when.

    Deleted with the expression of interest (so ``purge_personal_data`` takes
    it too); the editor who made the change is kept only while their account exists.
    """

    interest = models.ForeignKey(
        ExpressionOfInterest, verbose_name=_("expression of interest"), on_delete=models.CASCADE, related_name="changes"
    )
    status = models.CharField(_("status"), max_length=20, choices=InterestStatus.choices)
    reason = models.CharField(_("reason"), max_length=300, blank=True)
    changed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("changed by"), null=True, blank=True, on_delete=models.SET_NULL
    )
    changed_at = models.DateTimeField(_("changed on"), default=timezone.now)

    class Meta:
        verbose_name = _("status change")
        verbose_name_plural = _("status changes")
        ordering = ["changed_at", "pk"]

    def __str__(self):
        return f"{self.get_status_display()} ({self.changed_at:%Y-%m-%d})"
