"""Factories for posts, events, authors and categories."""

import datetime

import factory
import wagtail_factories
from django.utils import timezone
from wagtail.models import Locale

from blog.models import Author, BlogIndexPage, BlogPage, BlogPageAuthor, Category, EventPage


class LocaleMixin(factory.django.DjangoModelFactory):
    locale = factory.LazyFunction(Locale.get_default)

    class Meta:
        abstract = True


class AuthorFactory(LocaleMixin):
    name = factory.Sequence(lambda n: f"Peer worker {n}")
    role = "Peer support worker"
    bio = "Helps run our involvement groups."

    class Meta:
        model = Author


class CategoryFactory(LocaleMixin):
    name = factory.Sequence(lambda n: f"Category {n}")
    slug = factory.Sequence(lambda n: f"category-{n}")

    class Meta:
        model = Category


class BlogIndexPageFactory(wagtail_factories.PageFactory):
    title = "News and stories"
    slug = "news"
    introduction = "What we have been doing together."

    class Meta:
        model = BlogIndexPage


class BlogPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Post {n}")
    date = factory.Sequence(lambda n: datetime.date(2024, 1, 1) + datetime.timedelta(days=n))
    summary = "A short summary of the post."
    body = [("rich_text", "<p>Some words about co-production.</p>")]

    class Meta:
        model = BlogPage
        skip_postgeneration_save = True

    @factory.post_generation
    def categories(self, create, extracted, **kwargs):
        if extracted:
            self.categories.set(extracted)
            if create:
                self.save()

    @factory.post_generation
    def authors(self, create, extracted, **kwargs):
        for position, author in enumerate(extracted or []):
            BlogPageAuthor.objects.create(page=self, author=author, sort_order=position)


class EventPageFactory(BlogPageFactory):
    title = factory.Sequence(lambda n: f"Event {n}")
    start = factory.LazyFunction(lambda: timezone.now() + datetime.timedelta(days=7))
    end = factory.LazyAttribute(lambda event: event.start + datetime.timedelta(hours=3))
    venue_name = "Riverside Community Hall"
    venue_address = "2 Mill Lane\nRiverside\nRV1 3CD"
    cost = "Free"

    class Meta:
        model = EventPage
        skip_postgeneration_save = True
