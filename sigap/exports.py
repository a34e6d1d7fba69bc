"""Table downloads: CSV streamed line by line, and XLSX written in constant memory and streamed from disk.

Both take a header and an iterable of rows that is read lazily (a queryset's ``iterator()`` stays a
server-side cursor on PostgreSQL), so a hundred thousand rows never sit in memory at once. Numbers stay
numbers. Text that a spreadsheet would run as a formula is prefixed with an apostrophe in CSV and stored
as text in XLSX. The rows are read in
the language that was active when the response was made, since a streamed body is read after the view
returns (https://docs.djangoproject.com/en/5.2/howto/outputting-csv/#streaming-large-csv-files).
"""

from __future__ import annotations

import csv
import tempfile
from collections.abc import Iterable, Iterator, Sequence
from typing import Any

from django.http import FileResponse, StreamingHttpResponse
from django.utils import translation

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell

XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


class _Echo:
    """A file-like object whose write() hands the line back, for streaming csv.writer output."""

    def write(self, value: str) -> str:
        return value


FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def cell(value: Any) -> Any:
    """A CSV cell: no value is an empty cell; text a spreadsheet would run as a formula gets an apostrophe."""
    if value is None:
        return ""
    if isinstance(value, float):
        return round(value, 4)
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


def _xlsx_cell(sheet, value: Any) -> Any:
    """An XLSX cell: no value stays an empty cell (not empty text in a column of numbers); text that looks
    like a formula is stored as text, so it shows exactly as written and is never run."""
    if isinstance(value, float):
        return round(value, 4)
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        text = WriteOnlyCell(sheet, value=value)
        text.data_type = "s"
        return text
    return value


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
    header = [str(title) for title in header]
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
            yield writer.writerow([cell(value) for value in row])

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
    sheet.append([str(title) for title in header])
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
