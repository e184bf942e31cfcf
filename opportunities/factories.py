"""Factories for roles, the get-involved page, areas and expressions of interest."""

import datetime

import factory
import wagtail_factories
from django.utils import timezone
from wagtail.models import Locale

from opportunities.models import (
    Area,
    Audience,
    ExpressionOfInterest,
    Kind,
    LadderRung,
    OpportunityIndexPage,
    OpportunityPage,
    Payment,
    Setting,
    TimeCommitment,
    trust_today,
)


class AreaFactory(factory.django.DjangoModelFactory):
    name = factory.Sequence(lambda n: f"Area {n}")
    slug = factory.Sequence(lambda n: f"area-{n}")
    locale = factory.LazyFunction(lambda: Locale.objects.get_or_create(language_code="en")[0])

    class Meta:
        model = Area


class OpportunityIndexPageFactory(wagtail_factories.PageFactory):
    title = "Get involved"
    slug = "get-involved"
    introduction = "Ways to help shape our services."
    contact_email = "involvement@riverside.example"

    class Meta:
        model = OpportunityIndexPage


class OpportunityPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Role {n}")
    summary = "Help us make wards better places to be."
    kind = Kind.VOLUNTEERING
    time_commitment = TimeCommitment.WEEKLY
    time_details = "Two hours a week"
    setting = Setting.WARD
    audience = Audience.ANYONE
    ladder_rung = LadderRung.ENGAGING
    what_you_do = "<p>Spend time with people on the ward.</p>"
    payment = Payment.EXPENSES
    support = "<p>An induction and a named supervisor.</p>"
    who_it_suits = "<p>People who are patient and kind.</p>"
    closing_date = factory.LazyFunction(lambda: trust_today() + datetime.timedelta(days=30))
    contact_team = "Volunteering team"
    contact_email = "volunteering@riverside.example"
    first_published_at = factory.LazyFunction(timezone.now)

    class Meta:
        model = OpportunityPage
        skip_postgeneration_save = True

    @factory.post_generation
    def areas(self, create, extracted, **kwargs):
        if create and extracted:
            self.areas.set(extracted)
            self.save()


class ExpressionOfInterestFactory(factory.django.DjangoModelFactory):
    role = factory.SubFactory(OpportunityPageFactory)
    role_title = factory.LazyAttribute(lambda interest: interest.role.title if interest.role else "General interest")
    name = factory.Faker("name", locale="en_GB")
    contact_method = "email"
    email = factory.Faker("email")
    consent = True
    language = "en"

    class Meta:
        model = ExpressionOfInterest
