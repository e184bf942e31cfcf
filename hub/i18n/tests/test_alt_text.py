"""Alt text of pictures placed in pages, and of pages' main images, is translated with the page.

So a Polish page never speaks English alt text.
"""

import datetime
import json

import pytest
from django.utils import timezone

from blog.factories import BlogIndexPageFactory, BlogPageFactory, EventPageFactory
from blog.models import EventGalleryImage
from home.factories import StandardPageFactory
from hub.blocks import FigureBlock
from hub.factories import ImageFactory
from hub.i18n.setup import setup_languages

ENGLISH_ALT = "Two volunteers planting a raised bed"
POLISH_ALT = "Dwoje wolontariuszy sadzi grządkę"


@pytest.mark.django_db
def test_a_polish_translation_of_the_alt_text_reaches_the_page(client, languages, site_home, translate):
    image = ImageFactory(description="Green circles on a blue background")
    translate(site_home, languages["pl"], {})
    page = StandardPageFactory(parent=site_home, slug="garden", title="Garden", introduction="Hi.")
    page.body = json.dumps(
        [
            {
                "type": "image",
                "value": {"image": {"image": image.pk, "decorative": False, "alt_text": ENGLISH_ALT}, "caption": ""},
            }
        ]
    )
    page.save_revision().publish()
    setup_languages()
    translate(page, languages["pl"], {ENGLISH_ALT: POLISH_ALT, "Garden": "Ogród"})

    polish = client.get("/pl/garden/").content.decode()
    assert f'alt="{POLISH_ALT}"' in polish
    assert ENGLISH_ALT not in polish
    assert f'alt="{ENGLISH_ALT}"' in client.get("/garden/").content.decode()


@pytest.mark.django_db
def test_a_posts_main_image_speaks_the_pages_language(client, languages, site_home, translate):
    image = ImageFactory(description="Green circles on a blue background")
    index = BlogIndexPageFactory(parent=site_home, slug="news", title="News")
    post = BlogPageFactory(
        parent=index, slug="garden", title="Garden", hero_image=image, hero_image_alt_text=ENGLISH_ALT
    )
    post.save_revision().publish()
    setup_languages()
    for page, words in ((site_home, {}), (index, {"News": "Aktualności"})):
        translate(page, languages["pl"], words)
    translate(post, languages["pl"], {ENGLISH_ALT: POLISH_ALT, "Garden": "Ogród"})

    polish = client.get("/pl/news/garden/").content.decode()
    assert f'alt="{POLISH_ALT}"' in polish
    assert f'<meta property="og:image:alt" content="{POLISH_ALT}">' in polish
    assert ENGLISH_ALT not in polish
    english = client.get("/news/garden/").content.decode()
    assert f'alt="{ENGLISH_ALT}"' in english
    # The Polish news listing's card describes the picture in Polish too.
    assert f'alt="{POLISH_ALT}"' in client.get("/pl/news/").content.decode()


@pytest.mark.django_db
def test_an_events_photos_speak_the_pages_language(client, languages, site_home, translate):
    image = ImageFactory(description="Green circles on a blue background")
    index = BlogIndexPageFactory(parent=site_home, slug="news", title="News")
    # Photos are shown once the event is over.
    start = timezone.now() - datetime.timedelta(days=7)
    event = EventPageFactory(
        parent=index, slug="garden-day", title="Garden day", start=start, end=start + datetime.timedelta(hours=3)
    )
    event.gallery_images = [EventGalleryImage(image=image, alt_text=ENGLISH_ALT, caption="Spring planting")]
    event.save_revision().publish()
    setup_languages()
    for page, words in ((site_home, {}), (index, {"News": "Aktualności"})):
        translate(page, languages["pl"], words)
    translate(event, languages["pl"], {ENGLISH_ALT: POLISH_ALT, "Spring planting": "Wiosenne sadzenie"})

    polish = client.get("/pl/news/garden-day/").content.decode()
    assert f'alt="{POLISH_ALT}"' in polish
    assert "Wiosenne sadzenie" in polish
    assert ENGLISH_ALT not in polish
    assert f'alt="{ENGLISH_ALT}"' in client.get("/news/garden-day/").content.decode()


@pytest.mark.django_db
def test_a_main_image_without_the_pages_own_alt_text_uses_the_images(client, site_home):
    site_home.hero_image = ImageFactory(description="Green circles on a blue background")
    site_home.save_revision().publish()
    assert 'alt="Green circles on a blue background"' in client.get("/").content.decode()
    site_home.hero_image_alt_text = "A calm garden with benches"
    site_home.save_revision().publish()
    assert 'alt="A calm garden with benches"' in client.get("/").content.decode()


@pytest.mark.django_db
def test_an_empty_alt_text_is_filled_from_the_image_so_translators_get_it():
    image = ImageFactory(description="Green circles on a blue background")
    block = FigureBlock()
    value = block.clean(block.to_python({"image": {"image": image.pk, "decorative": False, "alt_text": ""}}))
    assert block.get_prep_value(value)["image"]["alt_text"] == "Green circles on a blue background"

    decorative = block.clean(block.to_python({"image": {"image": image.pk, "decorative": True, "alt_text": ""}}))
    assert block.get_prep_value(decorative)["image"]["alt_text"] == ""


@pytest.mark.django_db
def test_the_demo_news_post_has_translated_alt_text(client, demo_site):
    english = client.get("/news/patient-and-carer-stories-reach-the-board/").content.decode()
    assert 'alt="Board members and a storyteller sitting together in a circle of chairs."' in english
    for code, alt in {
        "pl": "Członkowie zarządu i autor historii siedzą razem w kręgu krzeseł.",
        "bn": "বোর্ডের সদস্যরা ও একজন গল্পকার চেয়ারের একটি বৃত্তে একসাথে বসে আছেন।",
        "ar": "أعضاء مجلس الإدارة وراوي قصة يجلسون معًا في دائرة من الكراسي.",
    }.items():
        page = client.get(f"/{code}/news/patient-and-carer-stories-reach-the-board/").content.decode()
        assert f'alt="{alt}"' in page, code
        assert "circle of chairs" not in page, code


@pytest.mark.django_db
def test_the_demo_main_images_have_translated_alt_text(client, demo_site):
    pages = {
        "": "joining together above gentle waves",
        "news/patient-and-carer-stories-reach-the-board/": "like people listening to a story",
    }
    for path, english in pages.items():
        assert english in client.get(f"/{path}").content.decode(), path
    for code, alts in {
        "pl": ("niebieskie i białe koła łączą się", "jak ludzie słuchający opowieści"),
        "bn": ("নীল ও সাদা বৃত্ত একসাথে মিলছে", "যেন মানুষ একটি গল্প শুনছে"),
        "ar": ("تلتقي معًا فوق أمواج هادئة", "كأنها أشخاص يستمعون إلى قصة"),
    }.items():
        for (path, english), alt in zip(pages.items(), alts, strict=True):
            html = client.get(f"/{code}/{path}").content.decode()
            assert alt in html, (code, path)
            assert english not in html, (code, path)
