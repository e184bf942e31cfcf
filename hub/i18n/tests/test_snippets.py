"""Authors and categories nobody has translated: shown in English, marked as English, never lost."""

import pytest
from django.core.cache import cache
from django.template import Context, Template
from django.utils import translation

from blog.factories import AuthorFactory, BlogIndexPageFactory, BlogPageFactory, CategoryFactory
from blog.models import BlogPageAuthor
from hub.i18n.setup import setup_languages


@pytest.fixture
def news(languages, site_home, translate):
    """Two posts translated into Polish and Arabic (without their snippets); only "Events" has a Polish name.

    wagtail-localize's ``translate_object`` leaves the translated posts
    pointing at the English author and categories, as a Polish page does when
    its editor picked snippets before anyone translated them.
    """
    cache.clear()
    index = BlogIndexPageFactory(parent=site_home, slug="news", title="News")
    index.save_revision().publish()
    carers = CategoryFactory(name="Carers", slug="carers")
    events = CategoryFactory(name="Events", slug="events")
    polish_events = events.copy_for_translation(languages["pl"])
    polish_events.name, polish_events.slug = "Wydarzenia", "wydarzenia"
    polish_events.save()
    author = AuthorFactory(name="Sam Rivers", role="Peer support worker", bio="Sam runs the carers group.")
    story = BlogPageFactory(parent=index, slug="story", title="A carer's story")
    story.categories.set([carers, events])
    BlogPageAuthor.objects.create(page=story, author=author)
    story.save_revision().publish()
    other = BlogPageFactory(parent=index, slug="other", title="Another post")
    other.categories.set([events])
    other.save_revision().publish()
    setup_languages()
    for code, words in {
        "pl": {"News": "Aktualności", "A carer's story": "Historia opiekunki", "Another post": "Inny wpis"},
        "ar": {"News": "الأخبار", "A carer's story": "قصة مقدمة رعاية", "Another post": "منشور آخر"},
    }.items():
        for page in (site_home, index, story, other):
            translate(page, languages[code], words)
    yield
    cache.clear()


@pytest.mark.django_db
def test_untranslated_snippets_show_in_english_marked_as_english(client, news):
    response = client.get("/pl/news/story/")
    assert response.status_code == 200
    polish = response.content.decode()
    assert "Historia opiekunki" in polish
    assert '<a href="/pl/news/?category=carers" lang="en" dir="ltr">Carers</a>' in polish
    # The Polish translation of a category is used even though the page points at the English one.
    assert '<a href="/pl/news/?category=wydarzenia">Wydarzenia</a>' in polish
    assert '<span lang="en" dir="ltr">Sam Rivers (Peer support worker)</span>' in polish
    assert '<span lang="en" dir="ltr">Sam Rivers</span>' in polish
    assert '<p class="nhsuk-body-s" lang="en" dir="ltr">Sam runs the carers group.</p>' in polish

    # On a right-to-left page the English words are marked left to right.
    arabic = client.get("/ar/news/story/").content.decode()
    assert '<a href="/ar/news/?category=carers" lang="en" dir="ltr">Carers</a>' in arabic
    assert '<a href="/ar/news/?category=events" lang="en" dir="ltr">Events</a>' in arabic

    english = client.get("/news/story/").content.decode()
    assert '<a href="/news/?category=carers">Carers</a>' in english
    assert "<span>Sam Rivers</span>" in english


@pytest.mark.django_db
def test_category_links_on_translated_posts_filter_the_news(client, news):
    carers = client.get("/pl/news/", {"category": "carers"}).content.decode()
    assert "Historia opiekunki" in carers and "Inny wpis" not in carers
    # The English category is offered in the filter until it is translated.
    assert '<option value="carers"' in carers

    events = client.get("/pl/news/", {"category": "wydarzenia"}).content.decode()
    assert "Historia opiekunki" in events and "Inny wpis" in events
    assert '<option value="events"' not in events, "a translated category is offered once, in Polish"

    arabic = client.get("/ar/news/", {"category": "events"}).content.decode()
    assert "قصة مقدمة رعاية" in arabic and "منشور آخر" in arabic
    english = client.get("/news/", {"category": "carers"}).content.decode()
    assert "A carer&#x27;s story" in english and "Another post" not in english


@pytest.mark.django_db
def test_related_posts_match_categories_across_languages(client, news):
    polish = client.get("/pl/news/other/").content.decode()
    assert 'href="/pl/news/story/"' in polish


def test_words_lang_marks_snippets_in_another_language(db, languages):
    category = CategoryFactory(name="Carers", slug="carers")
    template = Template("{% load languages %}<a{{ category|words_lang }}>{{ category.name }}</a>")
    with translation.override("ar"):
        assert template.render(Context({"category": category})) == '<a lang="en" dir="ltr">Carers</a>'
    arabic = category.copy_for_translation(languages["ar"])
    arabic.name = "مقدمو الرعاية"
    arabic.save()
    with translation.override("pl"):
        assert template.render(Context({"category": arabic})) == '<a lang="ar" dir="rtl">مقدمو الرعاية</a>'
    with translation.override("en"):
        assert template.render(Context({"category": category})) == "<a>Carers</a>"
