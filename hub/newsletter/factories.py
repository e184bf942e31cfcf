import factory
from django.utils import timezone
from factory.django import DjangoModelFactory

from hub.newsletter.models import Subscriber


class SubscriberFactory(DjangoModelFactory):
    email = factory.Sequence(lambda n: f"person{n}@example.org")
    language = "en"
    consented_at = factory.LazyFunction(timezone.now)

    class Meta:
        model = Subscriber
