"""Reports → Translations: every page and snippet in each of the person's languages, in its true state."""

import html
import re
from importlib import import_module

import pytest
from django.apps import apps as django_apps
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from wagtail.models import Page, get_page_models
from wagtail_localize.fields import SynchronizedField, get_translatable_fields
from wagtail_localize.models import (
    OverridableSegment,
    String,
    StringSegment,
    StringTranslation,
    Translation,
    TranslationSource,
)
from wagtail_localize.strings import StringValue

from home.factories import StandardPageFactory
from hub.editors.groups import CHAMPIONS, COMMUNICATIONS
from hub.i18n.review import submit_for_review
from hub.i18n.setup import reviewer_group_name, setup_languages
from hub.i18n.status import Status, languages_for, translation_rows
from hub.models import MainMenuLink, Menu

REPORT = "/admin/reports/translations/"


@pytest.fixture
def pages(languages, site_home, translate):
    """A translated page, an untranslated one (an alias in every language), and a translated English menu."""
    translate(site_home, languages["pl"], {})
    volunteer = StandardPageFactory(parent=site_home, slug="volunteer", title="Volunteer with us", introduction="Hi.")
    volunteer.save_revision().publish()
    cookies = StandardPageFactory(parent=site_home, slug="cookies", title="Cookies", introduction="Crumbs.")
    cookies.save_revision().publish()
    setup_languages()
    translate(volunteer, languages["pl"], {"Volunteer with us": "Zostań wolontariuszem", "Hi.": "Cześć."})
    menu = Menu.objects.create(locale=languages["en"])
    MainMenuLink.objects.create(menu=menu, page=volunteer, label="Help out", locale=menu.locale, sort_order=0)
    translate(menu, languages["pl"], {"Help out": "Pomóż"})
    return {"volunteer": volunteer, "cookies": cookies, "menu": menu}


def _rows(language, **filters):
    return {(row.title, row.locale.language_code): row for row in translation_rows([language], **filters)}


def _report_rows(client, **query):
    """(title, language, state) of each row the report shows."""
    response = client.get(REPORT, query)
    assert response.status_code == 200
    body = html.unescape(response.content.decode())
    rows = []
    table = body[body.index('<table class="listing') :]
    for row in re.findall(r"<tr[^>]*>(.*?)</tr>", table[: table.index("</table>")], flags=re.S)[1:]:
        cells = [
            re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", cell)).strip() for cell in re.findall(r"<td.*?</td>", row, re.S)
        ]
        rows.append((cells[0], cells[2], cells[3]))
    return rows


@pytest.mark.django_db
def test_every_page_type_keeps_its_slug_in_sync_instead_of_asking_for_a_translation():
    for model in get_page_models():
        if model is Page:
            continue
        assert SynchronizedField("slug") in get_translatable_fields(model), model


@pytest.mark.django_db
def test_states_of_pages_and_the_menu(languages, pages):
    rows = _rows(languages["pl"])
    # Every word translated; the slug on the Promote tab is not a string to translate.
    assert rows["Volunteer with us", "pl"].status == Status.PUBLISHED
    assert rows["Cookies", "pl"].status == Status.UNTRANSLATED
    assert rows["Menu and footer links (English)", "pl"].status == Status.PUBLISHED
    # The untranslated page is listed although nobody started translating it.
    assert not Translation.objects.filter(source__object_id=pages["cookies"].translation_key).exists()


@pytest.mark.django_db
def test_an_english_change_makes_the_translation_out_of_date_until_synchronised(languages, pages):
    volunteer, menu = pages["volunteer"], pages["menu"]
    volunteer.introduction = "Hello."
    volunteer.save_revision().publish()
    link = menu.primary_links.get()
    link.label = "Lend a hand"
    link.save()

    rows = _rows(languages["pl"])
    assert rows["Volunteer with us", "pl"].status == Status.OUT_OF_DATE
    # wagtail-localize's own status still says "Up to date" here.
    assert rows["Menu and footer links (English)", "pl"].status == Status.OUT_OF_DATE

    for instance in (volunteer, menu):
        TranslationSource.objects.get_for_instance(instance).update_from_db()
    rows = _rows(languages["pl"])
    # Synchronised: the new sentence waits for its translation.
    assert rows["Volunteer with us", "pl"].status == Status.IN_PROGRESS
    assert rows["Menu and footer links (English)", "pl"].status == Status.IN_PROGRESS


@pytest.mark.django_db
def test_a_submitted_translation_is_in_review_with_who_sent_it(languages, pages, make_user):
    kasia = make_user("kasia", reviewer_group_name("pl"))
    translation = Translation.objects.get(
        source__object_id=pages["volunteer"].translation_key, target_locale=languages["pl"]
    )
    submit_for_review(translation, kasia)
    row = _rows(languages["pl"], snippets=False)["Volunteer with us", "pl"]
    assert row.status == Status.IN_REVIEW
    assert row.last_actor == kasia
    assert row.last_acted_at is not None


@pytest.mark.django_db
def test_a_reviewer_sees_only_their_languages_and_communications_all(client, languages, pages, make_user):
    polish = make_user("kasia", reviewer_group_name("pl"))
    assert list(languages_for(polish)) == [languages["pl"]]
    client.force_login(polish)
    rows = _report_rows(client)
    assert ("Cookies", "Polski", "Untranslated") in rows
    assert ("Volunteer with us", "Polski", "Published") in rows
    assert {language for _title, language, _state in rows} == {"Polski"}
    # Filters: one state.
    assert {state for *_rest, state in _report_rows(client, status="untranslated")} == {"Untranslated"}
    # Bengali is not hers to ask for.
    assert client.get(REPORT, {"language": "bn"}).status_code == 200
    assert {language for _title, language, _state in _report_rows(client, language="bn")} == {"Polski"}

    client.force_login(make_user("alex", COMMUNICATIONS))
    languages_shown = {language for _title, language, _state in _report_rows(client)}
    assert languages_shown == {"Polski", "বাংলা", "العربية"}


@pytest.mark.django_db
def test_the_report_and_dashboard_panel_are_for_people_with_languages(client, languages, pages, make_user):
    client.force_login(make_user("kasia", reviewer_group_name("pl")))
    dashboard = client.get(reverse("wagtailadmin_home")).content.decode()
    assert 'id="translation-work-section"' in dashboard
    assert f'href="{REPORT}?language=pl&amp;status=untranslated"' in dashboard
    assert f'href="{REPORT}"' in dashboard  # Reports → Translations

    client.force_login(make_user("sam", CHAMPIONS))
    # Refused the way Wagtail refuses admin pages: back to the dashboard.
    assert client.get(REPORT).status_code == 302
    dashboard = client.get(reverse("wagtailadmin_home")).content.decode()
    assert 'id="translation-work-section"' not in dashboard
    assert REPORT not in dashboard
    # wagtail-localize's own report is replaced in the menu, not kept beside ours.
    assert reverse("wagtail_localize:translations_report") not in dashboard


@pytest.mark.django_db
def test_the_translation_editor_offers_review_first_and_replacing_only_to_communications(
    client, languages, pages, make_user
):
    polish = pages["volunteer"].get_translation(languages["pl"])
    translation = Translation.objects.get(source__object_id=polish.translation_key, target_locale=languages["pl"])
    edit = reverse("wagtailadmin_pages:edit", args=[polish.pk])
    submit = reverse("hub_i18n_submit_for_review", args=[translation.pk])
    stop = reverse("wagtail_localize:stop_translation", args=[translation.pk])
    convert = reverse("wagtail_localize:convert_to_alias", args=[polish.pk])

    client.force_login(make_user("kasia", reviewer_group_name("pl")))
    footer = _footer(client.get(edit))
    main = footer.split("w-dropdown__content")[0] if "w-dropdown__content" in footer else footer
    assert f'data-w-action-url-value="{submit}"' in main and "Submit translation for review" in main
    assert "Publish in" not in footer and stop not in footer and convert not in footer

    client.force_login(make_user("alex", COMMUNICATIONS))
    footer = _footer(client.get(edit))
    main, more = footer.split("w-dropdown__content")
    assert 'name="action" value="publish"' in main and "Publish in Polski" in main
    assert submit in more and stop in more and convert in more


def _footer(response):
    assert response.status_code == 200
    body = html.unescape(response.content.decode())
    return body[body.index('class="footer w-grid md:w-grid-flow-col hub-translation-footer"') :]


@pytest.mark.django_db
def test_the_report_makes_as_many_queries_for_more_pages(client, languages, pages, site_home, make_user):
    client.force_login(make_user("kasia", reviewer_group_name("pl")))
    client.get(REPORT)
    with CaptureQueriesContext(connection) as before:
        client.get(REPORT)
    for number in range(3):
        StandardPageFactory(parent=site_home, slug=f"more-{number}", introduction="More.").save_revision().publish()
    setup_languages()
    with CaptureQueriesContext(connection) as after:
        client.get(REPORT)
    assert len(after.captured_queries) == len(before.captured_queries)


@pytest.mark.django_db
def test_the_migration_turns_old_slug_strings_into_overrides_keeping_translated_slugs(languages, pages):
    volunteer = pages["volunteer"]
    source = TranslationSource.objects.get_for_instance(volunteer)
    # As a translation started before slugs were synchronised: the slug a string, translated into Polish.
    slug = OverridableSegment.objects.get(source=source, context__path="slug")
    string = String.from_value(languages["en"], StringValue.from_plaintext("volunteer"))
    StringSegment.objects.create(source=source, context=slug.context, order=slug.order, string=string)
    StringTranslation.objects.create(
        translation_of=string, context=slug.context, locale=languages["pl"], data="wolontariat"
    )
    slug.delete()

    import_module("hub.i18n.migrations.0002_synchronised_slugs").slugs_to_overridable(django_apps, None)

    assert not StringSegment.objects.filter(source=source, context__path="slug").exists()
    assert _rows(languages["pl"], snippets=False)["Volunteer with us", "pl"].status == Status.PUBLISHED
    translation = Translation.objects.get(source=source, target_locale=languages["pl"])
    translation.save_target(publish=True)
    assert volunteer.get_translation(languages["pl"]).slug == "wolontariat"
