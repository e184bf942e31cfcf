"""Form fields are drawn by templates/forms/field.html only, never by hand in a page template."""

import re
from pathlib import Path

import pytest
from django.conf import settings

from blog.factories import BlogIndexPageFactory
from search import types

FIELD_TEMPLATE = "forms/field.html"
# A field, its label, legend, hint or error message with an NHS.UK class, written out in a template.
HAND_WRITTEN = re.compile(
    r'class="nhsuk-(radios__input|checkboxes__input|select|textarea|input|label|fieldset|hint|error-message)\b'
)
ALLOWED = {
    FIELD_TEMPLATE,
    "forms/error_message.html",
    # The NHS.UK header's search box is part of the header component (its button sits inside the input's wrapper).
    "includes/header.html",
}


def test_no_template_writes_form_fields_by_hand():
    root = Path(settings.BASE_DIR, "templates")
    found = {
        str(path.relative_to(root)): HAND_WRITTEN.findall(path.read_text(encoding="utf-8"))
        for path in root.rglob("*.html")
    }
    assert {name: fields for name, fields in found.items() if fields and name not in ALLOWED} == {}


@pytest.mark.django_db
def test_the_search_form_keeps_the_search_and_its_type(client, site_home, monkeypatch):
    monkeypatch.setattr(
        types,
        "SEARCH_TYPES",
        [types.SearchType("page", "Pages", "home.StandardPage"), types.SearchType("news", "News", "blog.BlogPage")],
    )
    response = client.get("/search/", {"q": "peer  support", "type": "news"})
    html = response.content.decode()
    search_form = html.split('<form action="/search/"', 1)[1].split("</form>", 1)[0]
    assert search_form.count('<div class="nhsuk-form-group') == 2
    assert FIELD_TEMPLATE in [template.name for template in response.templates]
    assert 'value="peer support" maxlength="200" class="nhsuk-input" aria-describedby="search-q-hint"' in html
    assert '<div class="nhsuk-radios nhsuk-radios--small nhsuk-radios--inline" data-module="nhsuk-radios">' in html
    assert 'id="search-type_0" name="type" type="radio" value="">' in html
    assert 'id="search-type_2" name="type" type="radio" value="news" checked>' in html
    assert "(optional)" not in html


@pytest.mark.django_db
def test_the_news_filters_ignore_unknown_values_without_an_error(client, site_home):
    index = BlogIndexPageFactory(parent=site_home)
    response = client.get(index.url, {"type": "story", "tag": "no-such-tag"})
    html = response.content.decode()
    assert response.status_code == 200
    filters = html.split('<form class="hub-filters"', 1)[1].split("</form>", 1)[0]
    assert filters.count('<div class="nhsuk-form-group">') == 3
    assert '<label class="nhsuk-label" for="id_type">Type</label>' in html
    assert '<option value="story" selected>Stories</option>' in html
    assert "nhsuk-error-message" not in html and "(optional)" not in html
