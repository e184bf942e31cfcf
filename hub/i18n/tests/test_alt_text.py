"""Alt text of pictures placed in pages is translated with the page, so a Polish page never speaks English alt text."""

import json

import pytest

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
