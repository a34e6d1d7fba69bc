"""No cell of any download can become a spreadsheet formula: not in a CSV opened with "," or with ";" as the
separator (Indonesian Excel uses ";"), and not in an XLSX. Numbers stay numbers, negative ones too, and plain
names read as written.

Each of Sigap's downloads is built here from hostile text (members' names and positions, course and quiz
titles, audit entries) and read back as a spreadsheet would: a CSV with both separators, with the csv module
and also split naively (a program that ignores quotes), an XLSX with openpyxl.
"""

from __future__ import annotations

import csv
import io
import re

from django.http import FileResponse, StreamingHttpResponse
from django.urls import reverse

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from openpyxl import load_workbook

from sigap.exports import cell, csv_response, formula_safe, xlsx_response

TRIGGERS = ("=", "+", "-", "@", "\t", "\r")

#: What members could type: formulas behind a separator, after spaces or quotes, on a new line.
HOSTILE = [
    '=HYPERLINK("http://x";"klik")',
    'Ayu;=HYPERLINK("http://x";"klik")',
    "Ayu, =1+1",
    "Ayu;-2+3",
    'Ayu; "@SUM(A1:A9)"',
    "Ayu\n=1+1",
    "Ayu\r\n+1",
    "\t=1+1",
    " =1+1",
    '"=1+1"',
    "Ayu;\t1",
    "-",
    "@",
]


def _is_number(text: str) -> bool:
    try:
        float(text.strip())
    except ValueError:
        return False
    return True


def _starts_a_formula(text: str) -> bool:
    """As the test asks of a cell: a trigger first, or after spaces and double quotes; numbers excepted."""
    if _is_number(text):
        return False
    return text.startswith(TRIGGERS) or re.sub(r'^[\s"]*', "", text).startswith(TRIGGERS)


def formula_cells(text: str) -> list[str]:
    """Every cell of a CSV text that a spreadsheet would run as a formula, read every way it could be."""
    found = []
    for delimiter in (",", ";"):
        for row in csv.reader(io.StringIO(text, newline=""), delimiter=delimiter):
            found += [value for value in row if _starts_a_formula(value)]
    # A program that ignores the quotes starts a cell after every separator and line break.
    found += [value for value in re.split(r"[,;\r\n]", text) if _starts_a_formula(value)]
    return found


def csv_text(response) -> str:
    assert isinstance(response, StreamingHttpResponse), response
    assert response.status_code == 200
    text = b"".join(response.streaming_content).decode("utf-8")
    return text.removeprefix("\ufeff")


def assert_csv_runs_no_formula(response) -> str:
    text = csv_text(response)
    assert formula_cells(text) == []
    return text


def assert_xlsx_runs_no_formula(response) -> list[list]:
    assert isinstance(response, FileResponse), response
    assert response.status_code == 200
    workbook = load_workbook(io.BytesIO(b"".join(response.streaming_content)))
    values = []
    for sheet in workbook.worksheets:
        for row in sheet.iter_rows():
            assert [c.coordinate for c in row if c.data_type == "f"] == []
            values.append([c.value for c in row])
    return values


# The rule --------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Ayu Lestari, S.H.",
        "Jakarta; Bandung",
        "I Wayan Sudarta",
        "Kota Bandung",
        "2026-03-12",
        "a+b=c",
    ],
)
def test_plain_names_and_text_are_written_as_they_are(text):
    assert formula_safe(text) == text


@pytest.mark.parametrize("text", HOSTILE)
def test_a_formula_anywhere_a_cell_could_start_gets_an_apostrophe(text):
    safe = formula_safe(text)

    assert formula_cells(safe) == []
    assert safe.replace("'", "") == text.replace("'", "")


@settings(max_examples=1000)
@given(st.text(alphabet=st.sampled_from(list("ab1 ,;\"'\t\r\n=+-@."))))
def test_no_text_whatever_can_start_a_formula_with_either_separator(text):
    assert formula_cells(formula_safe(text)) == []
    assert formula_safe(text).replace("'", "") == text.replace("'", "")


def test_numbers_stay_numbers_and_negative_ones_too():
    assert [cell(-5), cell(-0.25), cell(3), cell(None)] == [-5, -0.25, 3, ""]
    assert cell("-5") == "'-5"  # text that looks like a number is text


@settings(max_examples=500, deadline=None)
@given(
    st.lists(
        st.lists(
            st.one_of(
                st.text(alphabet=st.sampled_from(list('ab ,;"\t\r\n=+-@'))),
                st.integers(-(10**6), 10**6),
                st.floats(-1e6, 1e6, allow_nan=False),
            ),
            min_size=1,
            max_size=4,
        ),
        max_size=4,
    )
)
def test_a_csv_of_any_text_and_numbers_runs_no_formula(rows):
    response = csv_response("x.csv", ["A", "B", "C", "D"], rows, preamble=[("Course", "=1+1")])

    assert_csv_runs_no_formula(response)


def test_an_xlsx_stores_every_text_as_text_and_numbers_as_numbers():
    rows = [[text, -5, -0.25] for text in HOSTILE] + [["Ayu\x07 Lestari\x1b", 1, 2.5]]

    response = xlsx_response("x.xlsx", ["=Name", "A", "B"], rows, preamble=[("Course", "=1+1")])

    values = assert_xlsx_runs_no_formula(response)
    assert values[0] == ["=Name", "A", "B"]
    assert values[1] == ['=HYPERLINK("http://x";"klik")', -5, -0.25]
    # A control character a workbook cannot hold is left out rather than breaking the download.
    assert ["Ayu Lestari", 1, 2.5] in values


# Every download -------------------------------------------------------------------------------------------

NAME = 'Ayu;=HYPERLINK("http://x";"klik")'
POSITION = "Kepala Seksi,-2+3"
TITLE = '@SUM(1;2), "=1+1"'


@pytest.mark.django_db
def test_the_coverage_members_download_runs_no_formula(client, coordinator_bandung):
    from tests.coverage.support import member

    member("32.73", full_name=NAME, position=POSITION)
    member("32.73", full_name="=1+1", position="-")
    client.force_login(coordinator_bandung)

    text = assert_csv_runs_no_formula(client.get("/coverage/32.73/members.csv"))
    values = assert_xlsx_runs_no_formula(client.get("/coverage/32.73/members.xlsx"))

    assert "Ayu;'=HYPERLINK" in text
    assert NAME in {row[0] for row in values}


@pytest.mark.django_db
def test_the_coverage_table_downloads_run_no_formula(client, ministry):
    from tests.courses.factories import make_course

    course = make_course(title=TITLE, lessons_per_module=1)
    client.force_login(ministry)

    for url in ("/coverage/export", "/coverage/32/export", "/coverage/32.73/export"):
        assert_csv_runs_no_formula(client.get(f"{url}.csv?course={course.pk}"))
        values = assert_xlsx_runs_no_formula(client.get(f"{url}.xlsx?course={course.pk}"))
        assert any(TITLE in row for row in values)


@pytest.mark.django_db
def test_the_coverage_targets_download_runs_no_formula(client, ministry):
    client.force_login(ministry)

    assert_csv_runs_no_formula(client.get(reverse("coverage_targets:download")))


@pytest.mark.django_db
def test_the_quiz_analytics_downloads_run_no_formula(client, ministry):
    from tests.courses.factories import make_course
    from tests.quizzes.factories import make_member, make_submitted_attempt, with_id
    from tests.quizzes.support import make_quiz, single_choice

    question = with_id(single_choice("sc"), "sc")
    question["value"]["prompt"] = f"<p>{TITLE}</p>"
    question["value"]["choices"][0]["text"] = NAME
    quiz = make_quiz(make_course(title=TITLE, lessons_per_module=1), questions=[question])
    quiz.title = NAME
    quiz.save_revision().publish()
    make_submitted_attempt(make_member(), quiz, {"sc": 0})
    client.force_login(ministry)

    for name, args in [
        ("index_csv", []),
        ("questions_csv", [quiz.pk]),
        ("options_csv", [quiz.pk]),
        ("gain_courses_csv", []),
        ("gain_provinces_csv", []),
    ]:
        assert_csv_runs_no_formula(client.get(reverse(f"quiz_analytics:{name}", args=args)))


@pytest.fixture
def hostile_trail(ministry):
    """Audit entries about a member whose address and certificate name are formulas."""
    from accounts.services import role_add
    from certificates.services import certificate_revoke
    from tests.accounts.factories import ProfileFactory
    from tests.certificates.factories import make_certificate

    learner = ProfileFactory(user__email='"=1+1;-2"@example.org', full_name=NAME).user
    role_add(user=learner, role="Trainer")
    certificate = make_certificate(user=learner)
    certificate_revoke(certificate=certificate, reason="=1+1", actor=ministry)
    return learner


@pytest.mark.django_db
def test_the_audit_trail_downloads_run_no_formula(client, ministry, hostile_trail):
    client.force_login(ministry)

    text = assert_csv_runs_no_formula(client.get("/admin/reports/audit-trail/?export=csv"))
    assert_xlsx_runs_no_formula(client.get("/admin/reports/audit-trail/?export=xlsx"))

    assert "=1+1" in text  # the address is there, as text


@pytest.mark.django_db
def test_wagtails_own_report_downloads_run_no_formula(client, ministry, hostile_trail):
    from accounts.models import User
    from tests.accounts.factories import give_totp

    root = User.objects.create_superuser(email="operator@example.org", password="x-strong-pw-1")
    give_totp(root)
    client.force_login(root)

    history = assert_csv_runs_no_formula(
        client.get("/admin/reports/site-history/", {"export": "csv"})
    )
    for url in (
        "/admin/reports/site-history/",
        "/admin/reports/locked/",
        "/admin/reports/aging-pages/",
    ):
        assert_csv_runs_no_formula(client.get(url, {"export": "csv"}))
        assert_xlsx_runs_no_formula(client.get(url, {"export": "xlsx"}))

    assert "=1+1;'-2" in history  # the member's address, as text
