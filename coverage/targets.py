"""Coverage targets: how many members of a province or a regency/city the ministry wants trained.

Set one at a time in the admin (``target_set``, ``target_clear``) or many at once from a CSV file
(coverage/admin_views.py): ``parse_targets_csv`` reads and checks the file without writing anything, the
admin shows the preview, and ``targets_import`` writes the confirmed rows, all of them or none.

The CSV file
    A header line, then one region per line::

        code,name,members
        32,Jawa Barat,
        32.73,Kota Bandung,120

    ``code`` is the Kemendagri code of a province ("32") or a regency/city ("32.73"); ``members`` a whole
    number from 1 to MAX_MEMBERS. ``name`` is optional and only checked against the code: a name that does
    not match warns that the rows may have been shifted in the spreadsheet. Columns may come in any order
    and be separated by ``,`` ``;`` (Excel in Indonesian settings) or tabs; UTF-8 with or without a byte-order
    mark, else Windows-1252.

    An empty ``members`` cell means the region has no target: an existing one is removed. Regions that are
    not in the file keep their targets. So the file downloaded from the admin (every region, with its
    current target) comes back unchanged, and a file of three lines changes three regions.

    A spreadsheet that took the codes for decimal numbers writes 32.70 as "32.7" (or "32,7"). Regency codes
    always have two digits after the point, so the code meant is certain: it is read as 32.70, and the
    preview says so on that line.

Any error (an unknown code, a number that is not a whole number, a region listed twice …) is reported with
its line number, and nothing at all is imported until the file is corrected.

Every change is logged in Wagtail's audit log (the history in the admin) with who made it. The dashboard
reads the targets afresh on every page (they are not cached), so a change shows on the next page load.
"""

from __future__ import annotations

import csv
import io
import re
import unicodedata
import uuid
from collections.abc import Iterable
from dataclasses import dataclass, field

from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import Q
from django.db.models.functions import Coalesce
from django.utils import timezone
from django.utils.formats import number_format
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from wagtail.log_actions import log
from wagtail.log_actions import registry as log_registry

from accounts.models import Province, Regency
from sigap.filetypes import looks_like_markup

from .models import CoverageTarget

#: 38 provinces and 514 regencies and cities: a file of targets for every region has 552 lines.
REGION_COUNT = 38 + 514
MAX_ROWS = 1000
MAX_BYTES = 1024 * 1024
#: Far above any task force; a larger number is a typing or pasting mistake (a phone number, a sum).
MAX_MEMBERS = 1_000_000

COLUMN_CODE, COLUMN_NAME, COLUMN_MEMBERS = "code", "name", "members"
TEMPLATE_HEADER = (COLUMN_CODE, COLUMN_NAME, COLUMN_MEMBERS)

#: Tried in this order; the first that decodes the whole file is used and named in the preview.
ENCODINGS = (("utf-8-sig", "UTF-8"), ("cp1252", "Windows-1252"))
DELIMITERS = (",", ";", "\t")
#: How files that are not text start: xlsx/ods (zip), xls (OLE), PDF.
SPREADSHEET_SIGNATURES = (b"PK\x03\x04", b"\xd0\xcf\x11\xe0")
PDF_SIGNATURE = b"%PDF"

PROVINCE_CODE = re.compile(r"[0-9]{2}")
REGENCY_CODE = re.compile(r"[0-9]{2}\.[0-9]{2}")
#: A regency code a spreadsheet read as a decimal number: "32.7" or "32,7" for 32.70, "32,73" for 32.73.
NUMBER_LIKE_CODE = re.compile(r"([0-9]{2})[.,]([0-9]{1,2})")
WHOLE_NUMBER = re.compile(r"[0-9]+")
NEGATIVE_NUMBER = re.compile(r"-\s*[0-9]+([.,][0-9]+)?")

PROVINCE, REGENCY = "province", "regency"
LEVEL_LABELS = {
    PROVINCE: gettext_lazy("Province"),
    REGENCY: gettext_lazy("Regency or city"),
}

ADD, UPDATE, REMOVE, UNCHANGED = "add", "update", "remove", "unchanged"
#: In the order the preview counts them.
CHANGE_LABELS = {
    ADD: gettext_lazy("New target"),
    UPDATE: gettext_lazy("Changed"),
    REMOVE: gettext_lazy("Target removed"),
    UNCHANGED: gettext_lazy("No change"),
}

Region = Province | Regency


# Regions and single targets -----------------------------------------------------------------------------


def level_of(region: Region) -> str:
    return REGENCY if isinstance(region, Regency) else PROVINCE


def _region_field(region: Region) -> str:
    return level_of(region)  # the CoverageTarget field holding it: "province" or "regency"


def _lock_regions(codes: Iterable[str]) -> dict[str, Region]:
    """The provinces and regencies with these codes, locked until the transaction ends.

    Locking the region rows makes two people setting the same region's target take turns, so the second
    finds the first's target instead of failing on the one-target-per-region constraint. FOR NO KEY UPDATE
    (PostgreSQL; other databases ignore it) still lets profiles that point at the region be saved meanwhile.
    Always in code order, so two imports cannot wait on each other.
    """
    codes = set(codes)
    regions: dict[str, Region] = {}
    for model in (Province, Regency):
        for region in (
            model.objects.select_for_update(no_key=True).filter(code__in=codes).order_by("code")
        ):
            regions[region.code] = region
    return regions


def _targets_of(regions: Iterable[Region]) -> dict[str, CoverageTarget]:
    regions = list(regions)
    province_codes = [r.code for r in regions if level_of(r) == PROVINCE]
    regency_codes = [r.code for r in regions if level_of(r) == REGENCY]
    if not province_codes and not regency_codes:
        return {}
    targets = CoverageTarget.objects.select_related("province", "regency").filter(
        Q(province_id__in=province_codes) | Q(regency_id__in=regency_codes)
    )
    return {target.code: target for target in targets}


def _unknown_code(code: str) -> ValidationError:
    return ValidationError(
        _("Unknown region code “%(code)s”.") % {"code": code}, code="unknown_region"
    )


def _check_members(members: int) -> None:
    if isinstance(members, bool) or not isinstance(members, int):
        raise ValidationError(_("The number of members must be a whole number."), code="invalid")
    if members < 1:
        raise ValidationError(
            _(
                "A target must be at least 1 member. To remove a region's target, delete it (in a CSV "
                "file: leave its members cell empty)."
            ),
            code="min_value",
        )
    if members > MAX_MEMBERS:
        raise ValidationError(
            _("A target can be at most %(max)s members.")
            % {"max": number_format(MAX_MEMBERS, force_grouping=True)},
            code="max_value",
        )


def _log_data(target: CoverageTarget, action: str, old: int | None) -> dict:
    return {"members": {"old": old, "new": None if action == "wagtail.delete" else target.members}}


def _log(target: CoverageTarget, action: str, actor, old: int | None, **kwargs) -> None:
    # The admin's history view reads these, for targets set in a form and imported alike.
    log(
        instance=target,
        action=action,
        user=actor,
        data=_log_data(target, action, old),
        content_changed=True,
        **kwargs,
    )


def _log_import(changes: list[tuple[CoverageTarget, str, int | None]], *, actor, at) -> None:
    """The entries ``_log`` would write, in one query instead of three each (a log entry validates its
    foreign keys on save), and under one id so the history shows the import as one action."""
    log_model = log_registry.get_log_model_for_model(CoverageTarget)
    content_type = ContentType.objects.get_for_model(CoverageTarget, for_concrete_model=False)
    action_id = uuid.uuid4()
    log_model.objects.bulk_create(
        [
            log_model(
                content_type=content_type,
                object_id=str(target.pk),
                label=log_model.objects.get_instance_title(target),
                action=action,
                data=_log_data(target, action, old),
                timestamp=at,
                uuid=action_id,
                user=actor,
                content_changed=True,
                deleted=action == "wagtail.delete",
            )
            for target, action, old in changes
        ]
    )


def region_targets() -> list[tuple[str, str, int | None]]:
    """(code, name, members or None) for every province and regency, in code order: a province comes just
    before its regencies and cities. The admin's CSV download, in the import's format."""
    targets = dict(
        CoverageTarget.objects.annotate(
            region_code=Coalesce("regency_id", "province_id")
        ).values_list("region_code", "members")
    )
    regions = [
        *Province.objects.values_list("code", "name"),
        *Regency.objects.values_list("code", "name"),
    ]
    return [(code, name, targets.get(code)) for code, name in sorted(regions)]


@transaction.atomic
def target_set(*, code: str, members: int, actor) -> CoverageTarget:
    """Set the target of the province or regency with this code, creating or changing it.

    Raises ValidationError for an unknown code or a number out of range. A target already at ``members``
    is left as it is (not saved, not logged).
    """
    _check_members(members)
    code = code.strip()
    region = _lock_regions([code]).get(code)
    if region is None:
        raise _unknown_code(code)
    target = _targets_of([region]).get(code)
    if target is not None and target.members == members:
        return target
    old = target.members if target is not None else None
    if target is None:
        target = CoverageTarget(**{_region_field(region): region})
    target.members = members
    target.updated_by = actor
    target.full_clean()
    target.save()
    _log(target, "wagtail.edit" if old is not None else "wagtail.create", actor, old)
    return target


@transaction.atomic
def target_clear(*, code: str, actor) -> bool:
    """Remove the target of the region with this code; False if it had none. Unknown codes are refused."""
    code = code.strip()
    region = _lock_regions([code]).get(code)
    if region is None:
        raise _unknown_code(code)
    target = _targets_of([region]).get(code)
    if target is None:
        return False
    _log(target, "wagtail.delete", actor, target.members, deleted=True)
    target.delete()
    return True


# Importing many -----------------------------------------------------------------------------------------


@dataclass(frozen=True)
class ImportResult:
    created: int = 0
    updated: int = 0
    removed: int = 0
    unchanged: int = 0


@transaction.atomic
def targets_import(*, rows: Iterable[tuple[str, int | None]], actor) -> ImportResult:
    """Set each region's target to ``members`` (None: no target), every row or none.

    ``rows`` are (code, members) pairs, as ``TargetImport.to_import()`` gives them once a file has no
    errors. They are checked again here, since the regions or the rules could have changed since the
    preview; one bad row raises ValidationError (listing every problem) and nothing is written. A row that
    matches the current target changes nothing. A handful of queries however long the file: creating,
    changing, logging and removing are each one bulk query.
    """
    wanted: dict[str, int | None] = {}
    problems: list[str] = []
    for code, members in rows:
        code = str(code).strip()
        if code in wanted:
            problems.append(_("Region %(code)s is listed twice.") % {"code": code})
            continue
        wanted[code] = members
        if members is not None:
            try:
                _check_members(members)
            except ValidationError as error:
                problems.append(f"{code}: {' '.join(error.messages)}")
    regions = _lock_regions(wanted)
    problems += [str(_unknown_code(code).message) for code in wanted if code not in regions]
    if problems:
        raise ValidationError(problems, code="invalid_import")

    existing = _targets_of(regions.values())
    to_create: list[CoverageTarget] = []
    to_update: list[tuple[CoverageTarget, int]] = []
    to_remove: list[CoverageTarget] = []
    unchanged = 0
    for code, members in wanted.items():
        target = existing.get(code)
        if members is None:
            if target is None:
                unchanged += 1
            else:
                to_remove.append(target)
        elif target is None:
            region = regions[code]
            to_create.append(
                CoverageTarget(**{_region_field(region): region}, members=members, updated_by=actor)
            )
        elif target.members == members:
            unchanged += 1
        else:
            to_update.append((target, target.members))
            target.members = members
            target.updated_by = actor

    # The regions are locked and resolved above, so each target names exactly one existing region that has
    # no other target: what full_clean's foreign-key, unique and constraint checks would ask the database,
    # several queries a row.
    for target in [*to_create, *(target for target, _old in to_update)]:
        target.full_clean(
            exclude=["province", "regency", "updated_by"],
            validate_unique=False,
            validate_constraints=False,
        )
    now = timezone.now()
    created = CoverageTarget.objects.bulk_create(to_create)  # sets the primary keys the log needs
    for target, _old in to_update:
        target.updated_at = now  # bulk_update leaves auto_now alone
    CoverageTarget.objects.bulk_update(
        [target for target, _old in to_update], ["members", "updated_by", "updated_at"]
    )
    _log_import(
        [
            *((target, "wagtail.create", None) for target in created),
            *((target, "wagtail.edit", old) for target, old in to_update),
            *((target, "wagtail.delete", target.members) for target in to_remove),
        ],
        actor=actor,
        at=now,
    )
    if to_remove:
        CoverageTarget.objects.filter(pk__in=[target.pk for target in to_remove]).delete()
    return ImportResult(
        created=len(to_create),
        updated=len(to_update),
        removed=len(to_remove),
        unchanged=unchanged,
    )


# Reading a CSV file -------------------------------------------------------------------------------------


@dataclass
class TargetRow:
    """One line of the file: what it asks for, what the region has now, and what is wrong with it."""

    line: int
    #: The code as written in the file.
    written_code: str
    #: The region's code when found (also after reading a spreadsheet's "32.7" as 32.70).
    code: str = ""
    name: str = ""
    level: str = ""
    current: int | None = None
    new: int | None = None
    errors: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    @property
    def change(self) -> str:
        """ADD, UPDATE, REMOVE or UNCHANGED; "" for a row with errors."""
        if self.errors:
            return ""
        if self.new == self.current:
            return UNCHANGED
        if self.new is None:
            return REMOVE
        return ADD if self.current is None else UPDATE

    @property
    def change_label(self) -> str:
        return str(CHANGE_LABELS.get(self.change, ""))

    @property
    def level_label(self) -> str:
        return str(LEVEL_LABELS.get(self.level, ""))

    @property
    def difference(self) -> int | None:
        """New minus current, when both are set."""
        if self.errors or self.new is None or self.current is None:
            return None
        return self.new - self.current


@dataclass
class TargetImport:
    """A file read and checked, nothing written. ``file_errors`` are about the file as a whole (then there
    are no rows); each row carries its own errors."""

    rows: list[TargetRow] = field(default_factory=list)
    file_errors: list[str] = field(default_factory=list)
    #: "UTF-8" or "Windows-1252".
    encoding: str = ""
    delimiter: str = ""

    @property
    def errors(self) -> list[str]:
        return [*self.file_errors, *(error for row in self.rows for error in row.errors)]

    @property
    def warnings(self) -> list[str]:
        return [warning for row in self.rows for warning in row.warnings]

    @property
    def is_valid(self) -> bool:
        return bool(self.rows) and not self.errors

    @property
    def counts(self) -> dict[str, int]:
        counted = dict.fromkeys(CHANGE_LABELS, 0)
        for row in self.rows:
            if row.change:
                counted[row.change] += 1
        return counted

    @property
    def has_changes(self) -> bool:
        counts = self.counts
        return self.is_valid and bool(counts[ADD] or counts[UPDATE] or counts[REMOVE])

    def to_import(self) -> list[tuple[str, int | None]]:
        """The rows for ``targets_import``; only for a file without errors."""
        if not self.is_valid:
            raise ValueError("A file with errors cannot be imported.")
        return [(row.code, row.new) for row in self.rows]


class _FileRefused(Exception):
    def __init__(self, message: str):
        super().__init__(message)
        self.message = message


def _too_large() -> _FileRefused:
    return _FileRefused(
        _(
            "The file is too large: at most %(megabytes)s MB and %(rows)s lines of targets. Indonesia has "
            "%(regions)s provinces, regencies and cities; is this the right file?"
        )
        % {
            "megabytes": MAX_BYTES // (1024 * 1024),
            "rows": number_format(MAX_ROWS, force_grouping=True),
            "regions": REGION_COUNT,
        }
    )


def _not_csv() -> _FileRefused:
    return _FileRefused(
        _(
            "This is not a CSV file. In your spreadsheet choose File → Save as → “CSV UTF-8”, then "
            "upload that file."
        )
    )


def _read_bytes(file_or_text) -> bytes | str:
    if isinstance(file_or_text, str | bytes):
        data = file_or_text
    else:
        size = getattr(file_or_text, "size", None)
        if size is not None and size > MAX_BYTES:
            raise _too_large()
        file_or_text.seek(0)
        data = file_or_text.read(MAX_BYTES + 1)
    if len(data) > MAX_BYTES:
        raise _too_large()
    return data


def _decode(data: bytes | str) -> tuple[str, str]:
    if isinstance(data, str):
        return data.removeprefix("\ufeff"), "UTF-8"
    if data.startswith(SPREADSHEET_SIGNATURES):
        raise _FileRefused(
            _(
                "This is a spreadsheet file (Excel or similar), not a CSV. In your spreadsheet choose "
                "File → Save as → “CSV UTF-8”, then upload that file."
            )
        )
    if data.startswith(PDF_SIGNATURE) or b"\x00" in data:
        raise _not_csv()
    for codec, label in ENCODINGS:
        try:
            return data.decode(codec), label
        except UnicodeDecodeError:
            continue
    raise _FileRefused(
        _(
            "The file's characters cannot be read (it is neither UTF-8 nor Windows-1252). Save it as "
            "“CSV UTF-8” and upload it again."
        )
    )


def _has_control_characters(text: str) -> bool:
    return any(unicodedata.category(char) == "Cc" and char not in "\t\r\n" for char in text)


def _comparable(name: str) -> str:
    return " ".join(name.casefold().split())


def _read_header(cells: list[str], line: int) -> dict[str, int]:
    """Column name → position. Raises _FileRefused when the line is not the header we need."""
    names = [cell.strip().lower() for cell in cells]
    if names and (PROVINCE_CODE.fullmatch(names[0]) or NUMBER_LIKE_CODE.fullmatch(names[0])):
        raise _FileRefused(
            _(
                "Line %(line)s must be the header “code,members” (a “name” column may be added), but it "
                "holds a region. Add the header line, or start from the CSV template downloaded from "
                "this page."
            )
            % {"line": line}
        )
    columns: dict[str, int] = {}
    for position, name in enumerate(names):
        if not name:
            continue
        if name not in TEMPLATE_HEADER:
            raise _FileRefused(
                _(
                    "Unknown column “%(column)s” in the header on line %(line)s. The columns are “code” "
                    "and “members”, and optionally “name”."
                )
                % {"column": cells[position].strip(), "line": line}
            )
        if name in columns:
            raise _FileRefused(
                _("The column “%(column)s” appears twice in the header on line %(line)s.")
                % {"column": name, "line": line}
            )
        columns[name] = position
    missing = [name for name in (COLUMN_CODE, COLUMN_MEMBERS) if name not in columns]
    if missing:
        raise _FileRefused(
            _(
                "The header on line %(line)s has no “%(column)s” column. The first line must be the "
                "header “code,members” (a “name” column may be added)."
            )
            % {"line": line, "column": missing[0]}
        )
    return columns


def _read_code(written: str, line: int, row: TargetRow) -> str | None:
    """The region code meant, or None (an error is added to ``row``)."""
    if not written:
        row.errors.append(_("No region code on line %(line)s.") % {"line": line})
        return None
    if PROVINCE_CODE.fullmatch(written) or REGENCY_CODE.fullmatch(written):
        return written
    if match := NUMBER_LIKE_CODE.fullmatch(written):
        code = f"{match[1]}.{match[2].ljust(2, '0')}"
        row.warnings.append(
            _(
                "Line %(line)s: “%(written)s” was read as region code %(code)s (the spreadsheet had "
                "turned the code into a number). Check the region's name in this row."
            )
            % {"line": line, "written": written, "code": code}
        )
        return code
    row.errors.append(
        _("Unknown region code “%(code)s” on line %(line)s.") % {"code": written, "line": line}
    )
    return None


def _read_members(written: str, line: int, row: TargetRow) -> int | None:
    """The number of members, None for an empty cell (no target); adds an error to ``row`` if invalid."""
    if not written:
        return None
    if WHOLE_NUMBER.fullmatch(written):
        members = int(written)
        if members < 1:
            row.errors.append(
                _(
                    "The target on line %(line)s is 0. A target must be at least 1 member; to remove "
                    "a region's target, leave its members cell empty."
                )
                % {"line": line}
            )
        elif members > MAX_MEMBERS:
            row.errors.append(
                _(
                    "The target on line %(line)s, %(value)s, is more than %(max)s members. Is it a "
                    "typing mistake?"
                )
                % {
                    "line": line,
                    "value": written,
                    "max": number_format(MAX_MEMBERS, force_grouping=True),
                }
            )
        return members
    if NEGATIVE_NUMBER.fullmatch(written):
        row.errors.append(
            _("The target on line %(line)s is negative (%(value)s).")
            % {"line": line, "value": written}
        )
        return None
    row.errors.append(
        _(
            "“%(value)s” on line %(line)s is not a whole number of members. Write digits only, without "
            "dots, commas or spaces (e.g. 1200)."
        )
        % {"value": written, "line": line}
    )
    return None


def parse_targets_csv(file_or_text) -> TargetImport:
    """Read and check a targets file (an uploaded file, bytes or text) without writing anything.

    Three queries however long the file: the provinces, the regencies and the current targets it names.
    """
    try:
        text, encoding = _decode(_read_bytes(file_or_text))
        if not text.strip():
            raise _FileRefused(_("The file is empty."))
        # A web page or an SVG image saved under a .csv name is no targets file either.
        if _has_control_characters(text) or looks_like_markup(text):
            raise _not_csv()
        return _parse_text(text, encoding)
    except _FileRefused as refused:
        return TargetImport(file_errors=[refused.message])


def _parse_text(text: str, encoding: str) -> TargetImport:
    first_line = next(line for line in text.splitlines() if line.strip())
    delimiter = max(DELIMITERS, key=first_line.count)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    columns: dict[str, int] | None = None
    rows: list[TargetRow] = []
    names: dict[int, str] = {}
    try:
        for cells in reader:
            if not any(cell.strip() for cell in cells):
                continue
            line = reader.line_num
            if columns is None:
                columns = _read_header(cells, line)
                continue
            if len(rows) >= MAX_ROWS:
                raise _too_large()
            rows.append(_read_row(cells, line, columns, names))
    except csv.Error as error:
        raise _not_csv() from error
    if not rows:
        raise _FileRefused(
            _("The file holds no targets: under the header, write one region per line.")
        )
    _check_against_database(rows, names)
    return TargetImport(
        rows=rows, encoding=encoding, delimiter=_("tab") if delimiter == "\t" else delimiter
    )


def _read_row(
    cells: list[str], line: int, columns: dict[str, int], names: dict[int, str]
) -> TargetRow:
    def cell(column: str) -> str:
        position = columns.get(column)
        return cells[position].strip() if position is not None and position < len(cells) else ""

    written_code = cell(COLUMN_CODE)
    row = TargetRow(line=line, written_code=written_code)
    if any(value.strip() for value in cells[max(columns.values()) + 1 :]):
        # Its cells cannot be told apart, so nothing else in it is checked.
        row.errors.append(
            _(
                "Line %(line)s has more cells than the header has columns. Is there a comma in a "
                "number or a name, without quotes around it?"
            )
            % {"line": line}
        )
        return row
    row.code = _read_code(written_code, line, row) or ""
    row.new = _read_members(cell(COLUMN_MEMBERS), line, row)
    names[line] = cell(COLUMN_NAME)
    return row


def _check_against_database(rows: list[TargetRow], names: dict[int, str]) -> None:
    """Unknown codes, regions listed twice, names that do not match; and each region's current target."""
    codes = {row.code for row in rows if row.code}
    regions: dict[str, Region] = {
        **Province.objects.in_bulk([code for code in codes if "." not in code]),
        **Regency.objects.in_bulk([code for code in codes if "." in code]),
    }
    current = {code: target.members for code, target in _targets_of(regions.values()).items()}
    first_line: dict[str, int] = {}
    for row in rows:
        if not row.code:
            continue
        region = regions.get(row.code)
        if region is None:
            row.errors.insert(
                0,
                _("Unknown region code “%(code)s” on line %(line)s.")
                % {"code": row.written_code, "line": row.line},
            )
            row.code = ""
            row.warnings.clear()
            continue
        if row.code in first_line:
            row.errors.insert(
                0,
                _(
                    "Region %(code)s (%(name)s) is listed twice: on line %(first)s and on line %(line)s."
                )
                % {
                    "code": row.code,
                    "name": region.name,
                    "first": first_line[row.code],
                    "line": row.line,
                },
            )
        else:
            first_line[row.code] = row.line
        row.name = region.name
        row.level = level_of(region)
        row.current = current.get(row.code)
        written_name = names.get(row.line, "")
        if written_name and _comparable(written_name) != _comparable(region.name):
            row.warnings.append(
                _(
                    "Line %(line)s: the name “%(written)s” is not the name of region %(code)s, "
                    "%(name)s. Check that the rows were not shifted in the spreadsheet."
                )
                % {
                    "line": row.line,
                    "written": written_name,
                    "code": row.code,
                    "name": region.name,
                }
            )
