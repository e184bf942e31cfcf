import factory
from factory.django import DjangoModelFactory

from hub.feedback.models import PageFeedback


class PageFeedbackFactory(DjangoModelFactory):
    useful = True
    locale = factory.SelfAttribute("page.locale")

    class Meta:
        model = PageFeedback
