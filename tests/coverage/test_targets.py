"""The ministry's coverage targets: setting and clearing one, and importing many from a CSV file that is read,
checked line by line and previewed before anything is written, then imported all at once or not at all."""

from __future__ import annotations

import threading
from concurrent.futures import ThreadPoolExecutor

from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import connection, connections
from django.utils import translation

from wagtail.models import ModelLogEntry

import pytest

from coverage.models import CoverageTarget
from coverage.targets import (
    ADD,
    MAX_BYTES,
    MAX_MEMBERS,
    MAX_ROWS,
    REMOVE,
    UNCHANGED,
    UPDATE,
    parse_targets_csv,
    region_targets,
    target_clear,
    target_set,
    targets_import,
)
from tests.accounts.factories import ProfileFactory, with_role

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def english():
    """Messages are compared in English."""
    with translation.override("en"):
        yield


def targets() -> dict[str, int]:
    return {target.code: target.members for target in CoverageTarget.objects.all()}


def logged(target_code: str | None = None) -> list[str]:
    entries = ModelLogEntry.objects.filter(content_type__model="coveragetarget").order_by("pk")
    return [entry.action for entry in entries]


def as_csv(*lines: str) -> str:
    return "\n".join(lines) + "\n"


def template_csv() -> str:
    """The file the admin's download gives, as text."""
    return as_csv(
        "code,name,members",
        *(
            f"{code},{name},{'' if members is None else members}"
            for code, name, members in region_targets()
        ),
    )


# One target at a time ------------------------------------------------------------------------------------


def test_a_province_target_is_set_with_who_set_it(ministry):
    target = target_set(code="32", members=1500, actor=ministry)

    assert target.province_id == "32" and target.regency_id is None
    assert target.members == 1500
    assert target.updated_by == ministry
    assert logged() == ["wagtail.create"]


def test_a_regency_target_is_set_on_the_regency(ministry):
    target = target_set(code="32.73", members=120, actor=ministry)

    assert target.regency_id == "32.73" and target.province_id is None
    assert targets() == {"32.73": 120}


def test_setting_a_target_again_changes_it_and_logs_the_change(ministry, trainer):
    target_set(code="32.73", members=120, actor=trainer)

    target = target_set(code="32.73", members=150, actor=ministry)

    assert targets() == {"32.73": 150}
    assert target.updated_by == ministry
    assert logged() == ["wagtail.create", "wagtail.edit"]
    entry = ModelLogEntry.objects.latest("pk")
    assert entry.data == {"members": {"old": 120, "new": 150}}
    assert entry.user == ministry


def test_setting_the_same_number_again_changes_nothing(ministry):
    first = target_set(code="32.73", members=120, actor=ministry)

    again = target_set(code="32.73", members=120, actor=ministry)

    assert again.updated_at == first.updated_at
    assert logged() == ["wagtail.create"]


@pytest.mark.parametrize("code", ["99.99", "3", "32.7", "", "Jawa Barat"])
def test_an_unknown_region_code_is_refused(ministry, code):
    with pytest.raises(ValidationError, match="Unknown region code"):
        target_set(code=code, members=10, actor=ministry)

    assert not CoverageTarget.objects.exists()


@pytest.mark.parametrize("members", [0, -5, MAX_MEMBERS + 1])
def test_a_number_of_members_out_of_range_is_refused(ministry, members):
    with pytest.raises(ValidationError):
        target_set(code="32", members=members, actor=ministry)

    assert not CoverageTarget.objects.exists()


def test_clearing_a_target_removes_it_and_logs_who_did(ministry):
    target_set(code="32.73", members=120, actor=ministry)

    assert target_clear(code="32.73", actor=ministry) is True

    assert not CoverageTarget.objects.exists()
    assert logged() == ["wagtail.create", "wagtail.delete"]


def test_clearing_a_region_without_a_target_says_so(ministry):
    assert target_clear(code="32.73", actor=ministry) is False
    with pytest.raises(ValidationError, match="Unknown region code"):
        target_clear(code="99.99", actor=ministry)


# Importing many ------------------------------------------------------------------------------------------


def test_an_import_creates_changes_and_removes_targets_in_one_action(ministry):
    target_set(code="32", members=1000, actor=ministry)
    target_set(code="32.73", members=120, actor=ministry)
    target_set(code="31", members=800, actor=ministry)

    result = targets_import(
        rows=[("32", 1200), ("32.73", None), ("31", 800), ("11", 300), ("11.10", None)],
        actor=ministry,
    )

    assert (result.created, result.updated, result.removed, result.unchanged) == (1, 1, 1, 2)
    assert targets() == {"32": 1200, "31": 800, "11": 300}
    imported = ModelLogEntry.objects.filter(content_type__model="coveragetarget").order_by("-pk")[
        :3
    ]
    assert {entry.action for entry in imported} == {
        "wagtail.create",
        "wagtail.edit",
        "wagtail.delete",
    }
    assert len({entry.uuid for entry in imported}) == 1
    assert CoverageTarget.objects.get(province_id="11").updated_by == ministry


def test_one_bad_row_imports_nothing_at_all(ministry):
    target_set(code="32.73", members=120, actor=ministry)

    with pytest.raises(ValidationError) as refused:
        targets_import(
            rows=[("32", 1200), ("32.73", 150), ("99.99", 10), ("31", 0)], actor=ministry
        )

    messages = " ".join(refused.value.messages)
    assert "99.99" in messages and "31" in messages
    assert targets() == {"32.73": 120}


def test_an_import_listing_a_region_twice_is_refused(ministry):
    with pytest.raises(ValidationError, match="listed twice"):
        targets_import(rows=[("32", 1200), ("32", 1300)], actor=ministry)

    assert not CoverageTarget.objects.exists()


def test_importing_every_region_takes_a_handful_of_queries(ministry, django_assert_max_num_queries):
    everywhere = [code for code, _name, _members in region_targets()]
    for members in (10, 11, None):  # creating, changing, removing all 552
        with django_assert_max_num_queries(25):  # SQLite splits the bulk queries into batches
            targets_import(rows=[(code, members) for code in everywhere], actor=ministry)
    assert len(logged()) == 3 * len(everywhere)


def test_an_imported_target_shows_on_the_dashboard_at_once(ministry):
    from coverage.filters import Filters
    from coverage.selectors import coverage_report, place_for_code

    assert coverage_report(place_for_code("32"), Filters()).total.target is None
    targets_import(rows=[("32", 1200)], actor=ministry)
    assert coverage_report(place_for_code("32"), Filters()).total.target == 1200


# Reading a file ------------------------------------------------------------------------------------------


def test_a_file_is_previewed_line_by_line_without_writing_anything(ministry):
    target_set(code="32", members=1000, actor=ministry)
    target_set(code="32.73", members=120, actor=ministry)
    target_set(code="31", members=800, actor=ministry)

    result = parse_targets_csv(as_csv("code,members", "32,1200", "32.73,", "31,800", "11.10,40"))

    assert result.is_valid and result.has_changes
    rows = {row.code: row for row in result.rows}
    assert (rows["32"].name, rows["32"].level, rows["32"].current, rows["32"].new) == (
        "Jawa Barat",
        "province",
        1000,
        1200,
    )
    assert rows["32"].change == UPDATE and rows["32"].difference == 200
    assert rows["32.73"].change == REMOVE
    assert rows["31"].change == UNCHANGED
    assert (rows["11.10"].name, rows["11.10"].level, rows["11.10"].change) == (
        "Kabupaten Aceh Singkil",
        "regency",
        ADD,
    )
    assert [row.line for row in result.rows] == [2, 3, 4, 5]
    assert result.counts == {ADD: 1, UPDATE: 1, REMOVE: 1, UNCHANGED: 1}
    assert targets() == {"32": 1000, "32.73": 120, "31": 800}


def test_the_downloaded_template_comes_back_unchanged(ministry):
    target_set(code="32", members=1000, actor=ministry)
    target_set(code="32.73", members=120, actor=ministry)

    result = parse_targets_csv(template_csv())

    assert result.is_valid
    assert len(result.rows) == 38 + 514
    assert not result.has_changes
    assert result.warnings == []


def test_the_template_lists_each_province_before_its_regencies():
    codes = [code for code, _name, _members in region_targets()]

    assert codes[:2] == ["11", "11.01"]
    assert codes.index("32") < codes.index("32.01") < codes.index("32.79") < codes.index("33")


def test_a_filled_in_template_imports_what_was_filled_in(ministry):
    lines = template_csv().replace("32.73,Kota Bandung,\n", "32.73,Kota Bandung,120\n")

    result = parse_targets_csv(lines)
    imported = targets_import(rows=result.to_import(), actor=ministry)

    assert (imported.created, imported.updated, imported.removed) == (1, 0, 0)
    assert targets() == {"32.73": 120}


def test_semicolons_and_the_byte_order_mark_of_excel_are_read():
    raw = "\ufeffcode;name;members\r\n32.73;Kota Bandung;120\r\n32;Jawa Barat;1500\r\n".encode()

    result = parse_targets_csv(raw)

    assert result.is_valid, result.errors
    assert result.delimiter == ";" and result.encoding == "UTF-8"
    assert [(row.code, row.new) for row in result.rows] == [("32.73", 120), ("32", 1500)]


def test_tabs_any_column_order_and_header_case_are_read():
    result = parse_targets_csv(as_csv("Members\tCODE", "120\t32.73"))

    assert result.is_valid, result.errors
    assert [(row.code, row.new) for row in result.rows] == [("32.73", 120)]


def test_a_windows_1252_file_is_read_and_named_as_such():
    raw = as_csv("code,name,members", "32.73,Kota Bandung – café,120").encode("cp1252")

    result = parse_targets_csv(SimpleUploadedFile("targets.csv", raw))

    assert result.encoding == "Windows-1252"
    assert result.rows[0].new == 120


def test_blank_lines_are_skipped_and_line_numbers_still_match_the_file():
    result = parse_targets_csv(as_csv("code,members", "", "32,1200", "", "99.99,5"))

    assert result.errors == ["Unknown region code “99.99” on line 5."]


def test_an_empty_members_cell_for_a_region_without_a_target_changes_nothing():
    result = parse_targets_csv(as_csv("code,members", "32.73,", "32.01"))

    assert result.is_valid
    assert [row.change for row in result.rows] == [UNCHANGED, UNCHANGED]
    assert not result.has_changes


def test_a_code_a_spreadsheet_turned_into_a_number_is_read_and_the_line_says_so():
    result = parse_targets_csv(
        as_csv("code;name;members", "32.1;Kabupaten Majalengka;50", "32,73;Kota Bandung;80")
    )

    assert result.is_valid, result.errors
    assert [(row.code, row.name) for row in result.rows] == [
        ("32.10", "Kabupaten Majalengka"),
        ("32.73", "Kota Bandung"),
    ]
    assert [warning.split(" (")[0] for warning in result.warnings] == [
        "Line 2: “32.1” was read as region code 32.10",
        "Line 3: “32,73” was read as region code 32.73",
    ]


def test_a_line_with_more_cells_than_the_header_is_refused():
    result = parse_targets_csv(as_csv("code,name,members", "32,73,Kota Bandung,80"))

    assert result.errors == [
        "Line 2 has more cells than the header has columns. Is there a comma in a number or a name, "
        "without quotes around it?"
    ]


def test_a_name_that_does_not_match_its_code_warns_of_shifted_rows():
    result = parse_targets_csv(
        as_csv("code,name,members", "32.73,Kota Bogor,120", "32,jawa  barat,9")
    )

    assert result.is_valid
    assert result.warnings == [
        "Line 2: the name “Kota Bogor” is not the name of region 32.73, Kota Bandung. Check that the "
        "rows were not shifted in the spreadsheet."
    ]


# Bad files: clear errors, with the line ------------------------------------------------------------------


def test_an_unknown_region_code_names_the_code_and_line():
    result = parse_targets_csv(as_csv("code,members", "32,1200", "32.73,120", "99.99,10"))

    assert not result.is_valid
    assert result.errors == ["Unknown region code “99.99” on line 4."]
    with pytest.raises(ValueError):
        result.to_import()


@pytest.mark.parametrize(
    ("value", "says"),
    [
        ("abc", "“abc” on line 2 is not a whole number of members"),
        ("12.5", "“12.5” on line 2 is not a whole number of members"),
        ("1.200", "“1.200” on line 2 is not a whole number of members"),
        ("1 200", "“1 200” on line 2 is not a whole number of members"),
        ("-5", "The target on line 2 is negative (-5)."),
        ("0", "The target on line 2 is 0."),
        (str(MAX_MEMBERS + 1), "The target on line 2, 1000001, is more than"),
    ],
)
def test_a_number_that_is_not_a_whole_positive_number_is_refused(value, says):
    result = parse_targets_csv(as_csv("code,members", f"32.73,{value}"))

    assert not result.is_valid
    assert len(result.errors) == 1
    assert result.errors[0].startswith(says)


def test_a_region_listed_twice_names_both_lines():
    result = parse_targets_csv(as_csv("code,members", "32.73,120", "32,1500", "32.73,130"))

    assert result.errors == [
        "Region 32.73 (Kota Bandung) is listed twice: on line 2 and on line 4."
    ]


def test_every_error_in_the_file_is_reported_at_once_each_with_its_line():
    result = parse_targets_csv(
        as_csv("code,members", "99.99,10", "32.73,abc", ",5", "32,-1", "32,100")
    )

    assert result.errors == [
        "Unknown region code “99.99” on line 2.",
        "“abc” on line 3 is not a whole number of members. Write digits only, without dots, commas "
        "or spaces (e.g. 1200).",
        "No region code on line 4.",
        "The target on line 5 is negative (-1).",
        "Region 32 (Jawa Barat) is listed twice: on line 5 and on line 6.",
    ]


@pytest.mark.parametrize("content", [b"", b"   \r\n\r\n", ""])
def test_an_empty_file_is_refused(content):
    assert parse_targets_csv(content).file_errors == ["The file is empty."]


def test_a_file_with_only_the_header_holds_no_targets():
    result = parse_targets_csv(as_csv("code,name,members"))

    assert result.file_errors == [
        "The file holds no targets: under the header, write one region per line."
    ]


def test_a_file_without_its_header_is_refused():
    result = parse_targets_csv(as_csv("32.73,120", "32,1500"))

    assert not result.rows
    assert result.file_errors[0].startswith("Line 1 must be the header “code,members”")


@pytest.mark.parametrize(
    ("header", "says"),
    [
        ("code,jumlah", "Unknown column “jumlah” in the header on line 1."),
        ("code,name", "The header on line 1 has no “members” column."),
        ("members", "The header on line 1 has no “code” column."),
        ("code,members,code", "The column “code” appears twice in the header on line 1."),
    ],
)
def test_a_header_without_the_right_columns_is_refused(header, says):
    result = parse_targets_csv(as_csv(header, "32.73,120"))

    assert result.file_errors[0].startswith(says)


def test_more_than_a_thousand_lines_is_too_many():
    result = parse_targets_csv(as_csv("code,members", *(["32,1"] * (MAX_ROWS + 1))))

    assert not result.rows
    assert result.file_errors[0].startswith("The file is too large")


def test_a_file_over_one_megabyte_is_refused_before_it_is_read():
    upload = SimpleUploadedFile("big.csv", b"code,members\n" + b"32,1\n" * (MAX_BYTES // 5))

    assert parse_targets_csv(upload).file_errors[0].startswith("The file is too large")


@pytest.mark.parametrize(
    ("raw", "says"),
    [
        (b"PK\x03\x04xlsx", "This is a spreadsheet file"),
        (b"%PDF-1.7", "This is not a CSV file."),
        (b"code,members\n32,1\x00\n", "This is not a CSV file."),
        (b"code,members\n32,\x07\n", "This is not a CSV file."),
    ],
)
def test_files_that_are_not_csv_are_refused_with_what_to_do(raw, says):
    assert parse_targets_csv(raw).file_errors[0].startswith(says)


def test_reading_a_file_takes_three_queries_however_long(django_assert_num_queries):
    text = template_csv()

    with django_assert_num_queries(3):
        parse_targets_csv(text)


# At the same time (PostgreSQL) -------------------------------------------------------------------------

#: SQLite takes one writer at a time, so these races only mean something on the production database. The
#: threads see only committed rows; serialized_rollback brings back the regions and roles afterwards (as in
#: tests/quizzes/test_concurrency.py).
only_postgresql = pytest.mark.skipif(
    connection.vendor != "postgresql", reason="concurrency needs PostgreSQL's row locks"
)
committed = pytest.mark.django_db(transaction=True, serialized_rollback=True)


def run_together(call, items) -> list:
    """``call(item)`` for every item from a pool of threads, released at once; re-raises any exception."""
    gate = threading.Event()

    def task(item):
        gate.wait()
        try:
            return call(item)
        finally:
            connections.close_all()

    with ThreadPoolExecutor(max_workers=16) as pool:
        futures = [pool.submit(task, item) for item in items]
        gate.set()
        return [future.result() for future in futures]


@only_postgresql
@committed
def test_people_setting_one_region_at_once_leave_one_target():
    actor = with_role(ProfileFactory().user, "Ministry")

    run_together(
        lambda members: target_set(code="32.73", members=members, actor=actor), range(1, 33)
    )

    assert CoverageTarget.objects.count() == 1
    assert ModelLogEntry.objects.filter(action="wagtail.create").count() == 1


@only_postgresql
@committed
def test_imports_at_once_take_turns_so_one_file_wins_whole():
    actor = with_role(ProfileFactory().user, "Ministry")
    codes = [code for code, _name, _members in region_targets()][::5]

    run_together(
        lambda members: targets_import(rows=[(code, members) for code in codes], actor=actor),
        range(1, 17),
    )

    assert set(targets()) == set(codes)
    assert len(set(targets().values())) == 1, "every region holds the number of the last import"
