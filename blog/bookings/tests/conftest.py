import pytest

from blog.bookings.factories import BookableEventFactory
from blog.factories import BlogIndexPageFactory
from home.factories import StandardPageFactory


@pytest.fixture
def privacy(site_home):
    return StandardPageFactory(parent=site_home, slug="privacy-notice", title="Privacy notice")


@pytest.fixture
def event(site_home, privacy):
    """A live event a week away with two places and a waiting list."""
    index = BlogIndexPageFactory(parent=site_home)
    return BookableEventFactory(parent=index, title="Co-production café", places=2, privacy_notice=privacy)
