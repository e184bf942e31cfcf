"""Factories for the site-wide models, used by every app's tests."""

import factory
import wagtail_factories

from hub.models import HubImage


class ImageFactory(wagtail_factories.ImageFactory):
    title = factory.Sequence(lambda n: f"Picture {n}")
    description = "Volunteers talking around a table"

    class Meta:
        model = HubImage
