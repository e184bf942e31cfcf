import pytest

from home.factories import StandardPageFactory
from hub.stories.factories import StoryFormPageFactory


@pytest.fixture
def story_page(site_home):
    """A story form with the default questions, linked to a privacy notice."""
    privacy = StandardPageFactory(parent=site_home, title="Privacy notice", slug="privacy-notice")
    return StoryFormPageFactory(parent=site_home, privacy_page=privacy)
