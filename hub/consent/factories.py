import factory
from factory.django import DjangoModelFactory
from wagtail.models import Site

from hub.consent.models import Category, CookieSettings, OptionalService


class OptionalServiceFactory(DjangoModelFactory):
    setting = factory.LazyFunction(lambda: CookieSettings.for_site(Site.objects.get(is_default_site=True)))
    name = "Site statistics"
    category = Category.ANALYTICS
    description = "Counts visits so we can see which pages help people."
    cookies = "_stats – tells visits apart – 1 year"
    script_url = "https://stats.example/script.js"

    class Meta:
        model = OptionalService
