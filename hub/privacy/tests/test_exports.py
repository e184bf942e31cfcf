"""Every export of visitors' data opens cleanly, keeps formulas inert and phone numbers readable.

Each export is made through its real admin URL and read back with the csv
module and openpyxl, as a spreadsheet program would.
"""

import csv
import io
import logging

import openpyxl
import pytest

from home.factories import StandardPageFactory
from hub.feedback.factories import PageFeedbackFactory
from hub.newsletter.factories import SubscriberFactory
from hub.privacy.exports import XLSX_CELL_MAX_LENGTH, escape_cell
from hub.stories.factories import StoryFormPageFactory
from hub.stories.models import StorySubmission
from opportunities.factories import ExpressionOfInterestFactory

pytestmark = pytest.mark.django_db

LONG = "Long story. " * 8500  # about 100 KB
PHONE = "+44 20 7946 0000"

# (what a visitor sent, what the CSV cell must say, what the Excel cell must show)
HOSTILE = [
    ("line\x0bbreak\x01 and\x1f more", "line\x0bbreak\x01 and\x1f more", "line\ufffdbreak\ufffd and\ufffd more"),
    ("Feeling 😊 better 🌈", "Feeling 😊 better 🌈", "Feeling 😊 better 🌈"),
    ("مرحبا، شكرا لكم", "مرحبا، شكرا لكم", "مرحبا، شكرا لكم"),
    ('=HYPERLINK("http://evil.example","x")', '\'=HYPERLINK("http://evil.example","x")', None),
    ("+SUM(A1:A9)", "'+SUM(A1:A9)", None),
    ("-A1*2", "'-A1*2", None),
    ("- I need breaks", "'- I need breaks", None),
    ("@SUM(A1)", "'@SUM(A1)", None),
    ("\t=1+1", "'\t=1+1", None),
    ("\r=1+1", "'\r=1+1", "\n=1+1"),
    (PHONE, PHONE, None),
    ("-2", "-2", None),
    ("Sam <b>O'Neil</b>", "Sam <b>O'Neil</b>", None),
]


def interests(site_home, values):
    for value in values:
        ExpressionOfInterestFactory(role=None, role_title="General", adjustments=value, phone=PHONE)
    return "/admin/expressions_of_interest/", "Anything that would help them take part"


def stories(site_home, values):
    page = StoryFormPageFactory(parent=site_home)
    for value in values:
        StorySubmission.objects.create(page=page, form_data={"your_story": value, "consent": True})
    return f"/admin/forms/submissions/{page.pk}/", "Your story"


def feedback_comments(site_home, values):
    page = StandardPageFactory(parent=site_home, title="A page")
    for value in values:
        PageFeedbackFactory(page=page, useful=False, comment=value)
    return "/admin/reports/page-feedback/comments/", "Comment"


EXPORTS = [interests, stories, feedback_comments]


def read_csv(response):
    text = b"".join(response.streaming_content).decode()
    return list(csv.DictReader(io.StringIO(text, newline="")))


def read_xlsx(response):
    workbook = openpyxl.load_workbook(io.BytesIO(b"".join(response.streaming_content)))
    rows = list(workbook.active.iter_rows())
    headings = [cell.value for cell in rows[0]]
    return [dict(zip(headings, row, strict=True)) for row in rows[1:]]


@pytest.mark.parametrize("make", EXPORTS)
def test_csv_export_opens_with_any_text_a_visitor_can_send(admin_client, site_home, make):
    url, column = make(site_home, [value for value, _csv, _xlsx in HOSTILE] + [LONG])
    response = admin_client.get(url + "?export=csv")
    assert response.status_code == 200
    cells = [row[column] for row in read_csv(response)]
    assert sorted(cells) == sorted([expected for _value, expected, _xlsx in HOSTILE] + [LONG])


@pytest.mark.parametrize("make", EXPORTS)
def test_excel_export_opens_with_any_text_a_visitor_can_send(admin_client, site_home, make, caplog):
    url, column = make(site_home, [value for value, _csv, _xlsx in HOSTILE] + [LONG])
    with caplog.at_level(logging.DEBUG):
        response = admin_client.get(url + "?export=xlsx")
    assert response.status_code == 200
    cells = [row[column] for row in read_xlsx(response)]
    shown = sorted(cell.value for cell in cells)
    expected = [value if xlsx is None else xlsx for value, _csv, xlsx in HOSTILE]
    cut = next(value for value in shown if value.startswith("Long story."))
    assert len(cut) == XLSX_CELL_MAX_LENGTH
    assert cut.endswith("[cut: the CSV export has the full text]")
    assert shown == sorted([*expected, cut])
    for cell in cells:
        assert cell.data_type == "s", "visitors' text is always a text cell, never a formula or a number"
        assert cell.quotePrefix == cell.value.startswith(("=", "+", "-", "@", "\t", "\r"))
    assert "evil.example" not in caplog.text and "😊" not in caplog.text


def test_phone_numbers_stay_readable_in_both_formats(admin_client, site_home):
    url, _column = interests(site_home, ["Nothing"])
    csv_row = read_csv(admin_client.get(url + "?export=csv"))[0]
    xlsx_row = read_xlsx(admin_client.get(url + "?export=xlsx"))[0]
    assert csv_row["Phone"] == PHONE
    assert xlsx_row["Phone"].value == PHONE
    assert xlsx_row["Phone"].data_type == "s" and xlsx_row["Phone"].quotePrefix


def test_newsletter_export_opens_in_both_formats(admin_client):
    SubscriberFactory(email="-2+3@example.org")
    SubscriberFactory(email="=sam@example.org")
    url = "/admin/newsletter_subscribers/"
    assert sorted(row["Email address"] for row in read_csv(admin_client.get(url + "?export=csv"))) == [
        "'-2+3@example.org",
        "'=sam@example.org",
    ]
    cells = [row["Email address"] for row in read_xlsx(admin_client.get(url + "?export=xlsx"))]
    assert sorted(cell.value for cell in cells) == ["-2+3@example.org", "=sam@example.org"]
    assert all(cell.data_type == "s" and cell.quotePrefix for cell in cells)


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("=1+1", "'=1+1"),
        ("+SUM(1)", "'+SUM(1)"),
        ("-A1", "'-A1"),
        ("@cmd", "'@cmd"),
        ("\tx", "'\tx"),
        ("\rx", "'\rx"),
        ("+44 7700 900 123", "+44 7700 900 123"),
        ("+44 (0)20 7946-0000", "+44 (0)20 7946-0000"),
        ("-2.5", "-2.5"),
        ("-2\n=HYPERLINK()", "'-2\n=HYPERLINK()"),
        ("Sam", "Sam"),
        ("", ""),
        ("a=b", "a=b"),
        (-2, -2),
        (None, None),
    ],
)
def test_escape_cell(value, expected):
    assert escape_cell(value) == expected
