"""Helpers for the search tests: pages with words in chosen places."""

import pytest

from home.factories import StandardPageFactory


def text(words):
    return [("rich_text", f"<p>{words}</p>")]


@pytest.fixture
def make_page(site_home):
    """Make a live standard page under the home page; body words go in a text block."""

    def make(title, introduction="A page about our services.", body="Some general information.", **kwargs):
        return StandardPageFactory(
            parent=kwargs.pop("parent", site_home), title=title, introduction=introduction, body=text(body), **kwargs
        )

    return make
