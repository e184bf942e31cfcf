import pytest

from blog.factories import BlogIndexPageFactory


@pytest.fixture
def blog_index(site_home):
    return BlogIndexPageFactory(parent=site_home)
