"""Table downloads: CSV streamed line by line, and XLSX written in constant memory and streamed from disk.

Both take a header and an iterable of rows that is read lazily (a queryset's ``iterator()`` stays a
server-side cursor on PostgreSQL), so a hundred thousand rows never sit in memory at once. Numbers stay
numbers. No text can become a formula: in CSV, wherever a spreadsheet could start a cell inside a text
(see ``formula_safe``), and in XLSX every text is a string cell. The rows are read in the language that was
active when the response was made, since a streamed body is read after the view returns
(https://docs.djangoproject.com/en/5.2/howto/outputting-csv/#streaming-large-csv-files).

Every download of the site goes through this module: these two responses, and Wagtail's own exports (the
audit trail, Wagtail's reports) through ``guard_wagtail_exports``.
"""

from __future__ import annotations

import csv
import datetime
import decimal
import re
import tempfile
from collections.abc import Iterable, Iterator, Sequence
from typing import Any

from django.http import FileResponse, StreamingHttpResponse
from django.utils import translation

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


class _Echo:
    """A file-like object whose write() hands the line back, for streaming csv.writer output."""

    def write(self, value: str) -> str:
        return value


#: Where a spreadsheet may start a new cell inside one text: at its start; after a "," or a ";", since
#: Indonesian Excel opens a CSV with ";" as the separator and so splits where our writer did not quote; and
#: after a line break, where a program that lost track of the quoting ends the row. The cell is a formula if
#: =, +, - or @ follows there, after any spaces and double quotes (a quoted field's own), or a tab or a
#: carriage return follows (after quotes only), which some programs drop before reading on (OWASP, "CSV
#: Injection"). After a separator at the very end, what follows is the writer's own closing quote and line
#: break, which such a program reads as a cell starting with a carriage return: that place is marked too.
_CELL_START = re.compile(
    r"""(?:^|(?<=[,;\r\n]))(?="*[\t\r]|[\s"]*[=+\-@])|(?<=[,;\r\n])(?=[\s"]*\Z)"""
)

#: Values written as they are: numbers stay numbers (a negative one too), dates stay dates.
_PLAIN_TYPES = (int, float, decimal.Decimal, datetime.date, datetime.time)


def formula_safe(text: str) -> str:
    """``text`` with an apostrophe wherever a spreadsheet could start a formula cell, so it shows as text.

    Safe for "," and ";" as separator alike: after this, every place where either could start a cell is
    followed by the apostrophe or by something that starts no formula, and the apostrophe adds neither a
    separator nor a trigger. Names and ordinary text ("Ayu, S.H.", "Jakarta; Bandung") are left as they are.
    """
    return _CELL_START.sub("'", text)


def cell(value: Any) -> Any:
    """A CSV cell: no value is an empty cell, numbers and dates stay as they are, text is ``formula_safe``."""
    if value is None:
        return ""
    if isinstance(value, float):
        return round(value, 4)
    if isinstance(value, _PLAIN_TYPES):
        return value
    return formula_safe(str(value))


def xlsx_text(value: Any) -> str:
    """Text for an XLSX string cell: without the control characters a workbook cannot hold (openpyxl
    refuses them, and a name pasted with one must not break the download)."""
    return ILLEGAL_CHARACTERS_RE.sub("", str(value))


def _xlsx_cell(sheet, value: Any) -> Any:
    """An XLSX cell: no value stays an empty cell (not empty text in a column of numbers); every text is a
    string cell, never a formula (openpyxl would make one of text starting with "="), so it shows exactly
    as written."""
    if isinstance(value, float):
        return round(value, 4)
    if value is None or isinstance(value, _PLAIN_TYPES):
        return value
    text = xlsx_text(value)
    # openpyxl makes a formula only of text that starts with "=": only that text needs a cell of its own
    # (a cell object per value made the 100,000-member download half as slow again).
    if not text.startswith("="):
        return text
    string = WriteOnlyCell(sheet, value=text)
    string.data_type = "s"
    return string


def _csv_line(row: Sequence[Any]) -> list[Any]:
    """A row's cells. Read with ";", a whole line is one cell up to its first ";", so a line must not start
    with a negative number (it would start that cell with "-"); every download starts its rows with a label,
    and a negative number there is written as text."""
    cells = [cell(value) for value in row]
    if cells and isinstance(cells[0], _PLAIN_TYPES) and str(cells[0]).startswith("-"):
        cells[0] = formula_safe(str(cells[0]))
    return cells


def _in_language(rows: Iterable[Sequence[Any]], language: str | None) -> Iterator[Sequence[Any]]:
    with translation.override(language):
        yield from rows


def csv_response(
    filename: str,
    header: Sequence[Any],
    rows: Iterable[Sequence[Any]],
    *,
    preamble: Sequence[Sequence[Any]] = (),
) -> StreamingHttpResponse:
    """``preamble``: lines before the header (what the table shows: region, filters), each led by "#"."""
    header = [cell(title) for title in header]
    preamble = [[f"# {line[0]}", *line[1:]] for line in preamble]
    writer = csv.writer(_Echo())
    language = translation.get_language()

    def lines() -> Iterator[str]:
        # A byte-order mark, so spreadsheet programs read the names as UTF-8.
        yield "\ufeff"
        for line in preamble:
            yield writer.writerow([cell(value) for value in line])
        yield writer.writerow(header)
        for row in _in_language(rows, language):
            yield writer.writerow(_csv_line(row))

    response = StreamingHttpResponse(lines(), content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


def xlsx_response(
    filename: str,
    header: Sequence[Any],
    rows: Iterable[Sequence[Any]],
    *,
    sheet_title: str = "Sigap",
    preamble: Sequence[Sequence[Any]] = (),
) -> FileResponse:
    """The rows on a first sheet; ``preamble`` lines (what the table shows) on a second one."""
    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet(title=sheet_title[:31])
    sheet.append([_xlsx_cell(sheet, str(title)) for title in header])
    for row in rows:
        sheet.append([_xlsx_cell(sheet, value) for value in row])
    if preamble:
        about = workbook.create_sheet(title=str(translation.gettext("About"))[:31])
        for line in preamble:
            about.append([_xlsx_cell(about, str(value)) for value in line])
    spool = tempfile.TemporaryFile()  # noqa: SIM115 (FileResponse closes it when sent)
    workbook.save(spool)
    spool.seek(0)
    return FileResponse(spool, as_attachment=True, filename=filename, content_type=XLSX_TYPE)


# Wagtail's exports ---------------------------------------------------------------------------------------


def guard_wagtail_exports() -> None:
    """Make every CSV and XLSX download of Wagtail's admin as safe as Sigap's own (called once, from
    ``SigapConfig.ready``).

    The audit trail and Wagtail's reports (site history, locked and aging pages, workflows, redirects) are
    written by ``SpreadsheetExportMixin``, which stores XLSX text as text but leaves CSV text as it is and
    refuses control characters in XLSX (a 500). Their labels can be what a member typed (a name, an e-mail
    address). Wagtail has no setting for this, so its value and heading hooks are wrapped here, once for
    every view that uses the mixin.
    """
    from wagtail.admin.views.mixins import SpreadsheetExportMixin

    if getattr(SpreadsheetExportMixin, "_sigap_guarded", False):
        return
    preprocess = SpreadsheetExportMixin.preprocess_field_value
    heading = SpreadsheetExportMixin.get_heading

    def preprocess_field_value(self, field, value, export_format):
        value = preprocess(self, field, value, export_format)
        if not isinstance(value, str):
            return value
        if export_format == SpreadsheetExportMixin.FORMAT_CSV:
            return formula_safe(value)
        return xlsx_text(value)

    def get_heading(self, queryset, field):
        return xlsx_text(formula_safe(heading(self, queryset, field)))

    SpreadsheetExportMixin.preprocess_field_value = preprocess_field_value
    SpreadsheetExportMixin.get_heading = get_heading
    SpreadsheetExportMixin._sigap_guarded = True
