"""Downloads carry exactly the rows and filters on screen, numbers as numbers, streamed."""

from __future__ import annotations

import csv
import io

from django.http import FileResponse, StreamingHttpResponse

import pytest
from openpyxl import load_workbook

from coverage.models import CoverageTarget

from .support import member, task_force

pytestmark = pytest.mark.django_db


def csv_lines(response) -> list[list[str]]:
    assert isinstance(response, StreamingHttpResponse)
    text = b"".join(response.streaming_content).decode("utf-8")
    assert text.startswith("\ufeff")
    return list(csv.reader(io.StringIO(text[1:])))


def split(lines: list[list[str]]) -> tuple[list[list[str]], list[str], list[list[str]]]:
    about = [line for line in lines if line and line[0].startswith("# ")]
    rest = lines[len(about) :]
    return about, rest[0], rest[1:]


def test_the_province_csv_has_the_filters_the_regencies_and_the_total(client, ministry):
    force = task_force()
    CoverageTarget.objects.create(regency_id="32.73", members=4)
    client.force_login(ministry)
    client.cookies["sigap_language"] = "en"
    response = client.get(f"/coverage/32/export.csv?course={force.course_a.pk}&level=regency")
    assert response["Content-Disposition"] == 'attachment; filename="sigap-coverage-32.csv"'
    about, header, rows = split(csv_lines(response))
    assert ["# Region", "Jawa Barat"] in about
    assert ["# Course", "Kursus A"] in about
    assert ["# Task-force level", "Regency / city"] in about
    assert header[:8] == [
        "Code",
        "Regency or city",
        "Members registered",
        "Enrolled",
        "Completed",
        "Valid certificate",
        "Target",
        "Coverage (%)",
    ]
    bandung = next(row for row in rows if row[0] == "32.73")
    assert bandung[1:] == ["Kota Bandung", "3", "2", "2", "2", "4", "50.0"]
    total = rows[-1]
    assert total[1] == "Total: Jawa Barat"
    assert len(rows) == 27 + 1  # Jawa Barat's 27 regencies and cities, then the total
    for column in range(2, 6):
        assert int(total[column]) == sum(int(row[column]) for row in rows[:-1])


def test_the_national_xlsx_has_numbers_as_numbers_and_says_what_it_shows(client, ministry):
    task_force()
    CoverageTarget.objects.create(province_id="32", members=8)
    client.force_login(ministry)
    response = client.get("/coverage/export.xlsx")
    assert isinstance(response, FileResponse)
    assert response["Content-Type"].startswith("application/vnd.openxmlformats")
    workbook = load_workbook(io.BytesIO(b"".join(response.streaming_content)))
    table, about = workbook.worksheets
    rows = list(table.iter_rows(values_only=True))
    assert len(rows) == 1 + 38 + 1
    jabar = next(row for row in rows if row[0] == "32")
    assert jabar[2:8] == (4, 4, 3, 3, 8, 37.5)
    # No target: an empty cell, not empty text.
    assert next(row for row in rows if row[0] == "11")[6:8] == (None, None)
    assert isinstance(jabar[2], int) and isinstance(jabar[7], float)
    assert rows[-1][2] == sum(row[2] for row in rows[1:-1])
    assert any(line[1] == "Indonesia" for line in about.iter_rows(values_only=True))


def test_a_coordinator_downloads_the_members_of_their_regency_by_name(client, coordinator_bandung):
    force = task_force()
    client.force_login(coordinator_bandung)
    _about, header, rows = split(csv_lines(client.get("/coverage/32.73/members.csv")))
    names = {row[0] for row in rows}
    assert {person.profile.full_name for person in force.members["32.73"]} <= names
    assert force.members["32.01"][0].profile.full_name not in names
    first = next(row for row in rows if row[0] == force.members["32.73"][0].profile.full_name)
    assert first[-3:] == ["1", "1", "1"]


def test_the_members_download_keeps_the_filters(client, coordinator_bandung):
    force = task_force()
    client.force_login(coordinator_bandung)
    response = client.get("/coverage/32.73/members.xlsx?agency_type=police")
    workbook = load_workbook(io.BytesIO(b"".join(response.streaming_content)))
    rows = list(workbook.worksheets[0].iter_rows(values_only=True))[1:]
    assert [row[0] for row in rows] == [force.members["32.73"][2].profile.full_name]
    assert rows[0][-3:] == (1, 0, 0)


def test_a_name_that_looks_like_a_formula_is_written_as_text(client, coordinator_bandung):
    task_force()
    member("32.73", full_name="=HYPERLINK(1)")
    client.force_login(coordinator_bandung)
    _about, _header, rows = split(csv_lines(client.get("/coverage/32.73/members.csv")))
    assert "'=HYPERLINK(1)" in {row[0] for row in rows}
    response = client.get("/coverage/32.73/members.xlsx")
    workbook = load_workbook(io.BytesIO(b"".join(response.streaming_content)))
    names = [row[0] for row in workbook.worksheets[0].iter_rows()]
    formula_like = next(cell for cell in names if cell.value == "=HYPERLINK(1)")
    assert formula_like.data_type == "s"
