import pytest

from opportunities.factories import OpportunityIndexPageFactory


@pytest.fixture
def index(site_home):
    """A live get-involved page under a fresh home page."""
    return OpportunityIndexPageFactory(parent=site_home)
