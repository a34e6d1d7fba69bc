"""Certificates for classroom trainings (held at task-force coordination meetings), from an attendance list.

A trainer or the Ministry uploads a CSV of e-mail addresses (certificates/classroom_views.py). It is read
here (``read_attendance``: UTF-8 with or without a BOM, else Windows-1252, as spreadsheets on Indonesian
Windows save it; ``,`` ``;`` or tab between cells; an optional header row), then checked row by row
(``preview``): who gets a certificate, and why each other row does not. Nothing is written until the trainer
confirms; then ``issue_classroom_certificates`` issues them one by one through the task queue and mails
each member. Logs carry ids only, never names or addresses.
"""

from __future__ import annotations

import csv
import io
import logging
import unicodedata
from dataclasses import dataclass, field
from datetime import date

from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError
from django.core.validators import validate_email
from django.db.models import Q
from django.db.models.functions import Lower
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from django_tasks import task

from accounts.selectors import profile_for
from accounts.validators import validate_email_length
from courses.models import CoursePage
from sigap.filetypes import looks_like_markup

from .models import Certificate
from .services import CertificateRefused, certificate_issue_classroom
from .tasks import MAX_TRIES, mail_certificate

logger = logging.getLogger(__name__)

MAX_BYTES = 1024 * 1024
MAX_ROWS = 5000
#: Tried in this order; the first that decodes the whole file is used and named in the preview.
ENCODINGS = (("utf-8-sig", "UTF-8"), ("cp1252", "Windows-1252"))
SEPARATORS = (",", ";", "\t")
#: How files that are not text start: xlsx/ods/docx (zip), xls/doc (OLE), PDF.
SPREADSHEET_SIGNATURES = (b"PK\x03\x04", b"\xd0\xcf\x11\xe0")
PDF_SIGNATURE = b"%PDF"


class AttendanceError(Exception):
    """The file cannot be read as an attendance list; ``message`` says why and what to do."""

    def __init__(self, message: str):
        super().__init__(message)
        self.message = message


@dataclass(frozen=True)
class Attendance:
    #: (line in the file, the cell as written), empty lines left out.
    rows: list[tuple[int, str]]
    #: "UTF-8" or "Windows-1252".
    encoding: str
    #: The header row's text, when the first row was one (it holds no "@").
    header: str = ""


def read_attendance(upload) -> Attendance:
    """Read an uploaded file (Django's UploadedFile), refusing one over MAX_BYTES before reading it all."""
    if upload.size is not None and upload.size > MAX_BYTES:
        raise _too_large()
    upload.seek(0)
    raw = upload.read(MAX_BYTES + 1)
    if len(raw) > MAX_BYTES:
        raise _too_large()
    return parse_attendance(raw)


def _too_large() -> AttendanceError:
    return AttendanceError(
        _(
            "The file is too large: at most %(megabytes)s MB and %(rows)s addresses. "
            "Split the list and upload it in parts."
        )
        % {"megabytes": MAX_BYTES // (1024 * 1024), "rows": MAX_ROWS}
    )


def _not_text() -> AttendanceError:
    return AttendanceError(
        _(
            "This is not a CSV file. In your spreadsheet choose File → Save as → "
            "“CSV UTF-8”, then upload that file."
        )
    )


def _decode(raw: bytes) -> tuple[str, str]:
    for codec, label in ENCODINGS:
        try:
            return raw.decode(codec), label
        except UnicodeDecodeError:
            continue
    raise AttendanceError(
        _(
            "The file's characters cannot be read (it is neither UTF-8 nor Windows-1252). "
            "Save it as “CSV UTF-8” and upload it again."
        )
    )


def _has_control_characters(text: str) -> bool:
    return any(unicodedata.category(char) == "Cc" and char not in "\t\r\n" for char in text)


def parse_attendance(raw: bytes) -> Attendance:
    """The rows of an attendance list: one column of e-mail addresses, an optional header row."""
    if raw.startswith(SPREADSHEET_SIGNATURES):
        raise AttendanceError(
            _(
                "This is a spreadsheet or document file, not a CSV. In your spreadsheet choose "
                "File → Save as → “CSV UTF-8”, then upload that file."
            )
        )
    if raw.startswith(PDF_SIGNATURE) or b"\x00" in raw:
        raise _not_text()
    text, encoding = _decode(raw)
    if not text.strip():
        raise AttendanceError(_("The file is empty."))
    # A web page or an SVG image named .csv: say so, rather than list every line as a bad address.
    if _has_control_characters(text) or looks_like_markup(text):
        raise _not_text()
    separator = max(SEPARATORS, key=text.count)
    rows: list[tuple[int, str]] = []
    header = ""
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=separator)
    try:
        for cells in reader:
            values = [cell.strip() for cell in cells if cell.strip()]
            if not values:
                continue
            if len(values) > 1:
                raise AttendanceError(
                    _(
                        "Line %(line)s has more than one column. The list must hold only the "
                        "e-mail addresses, one per line."
                    )
                    % {"line": reader.line_num}
                )
            value = values[0]
            if not rows and not header and "@" not in value:
                header = value
                continue
            rows.append((reader.line_num, value))
            if len(rows) > MAX_ROWS:
                raise _too_large()
    except csv.Error as error:
        raise _not_text() from error
    if not rows:
        raise AttendanceError(_("The file holds no e-mail addresses."))
    if not any("@" in value for _line, value in rows):
        raise AttendanceError(
            _("No line of the file holds an e-mail address. Is this the attendance list?")
        )
    return Attendance(rows=rows, encoding=encoding, header=header)


# Preview ------------------------------------------------------------------------------------------------

ELIGIBLE = "eligible"
MALFORMED = "malformed"
DUPLICATE = "duplicate"
#: No account, a deactivated one, or one without a task-force profile: told apart for nobody, so an upload
#: cannot be used to find out who has an account or what their profile says.
NOT_READY = "not_ready"
HOLDS_CERTIFICATE = "holds_certificate"

#: In the order the preview counts them.
OUTCOMES = {
    ELIGIBLE: gettext_lazy("Will receive a certificate"),
    HOLDS_CERTIFICATE: gettext_lazy("Already holds a valid certificate for this course"),
    NOT_READY: gettext_lazy(
        "No account ready for a certificate (none with this address, or without a complete task-force "
        "profile): ask them to sign up or complete their profile, then upload again"
    ),
    DUPLICATE: gettext_lazy("Listed twice (only the first line counts)"),
    MALFORMED: gettext_lazy("Not a valid e-mail address"),
}


@dataclass
class PreviewRow:
    line: int
    email: str
    outcome: str
    #: The name that would be (or was) printed on the certificate.
    name: str = ""
    user_id: int | None = None

    @property
    def eligible(self) -> bool:
        return self.outcome == ELIGIBLE

    @property
    def label(self) -> str:
        return OUTCOMES[self.outcome]


@dataclass
class Preview:
    rows: list[PreviewRow]
    encoding: str
    header: str = ""
    counts: list[tuple[str, str, int]] = field(default_factory=list)

    @property
    def eligible_user_ids(self) -> list[int]:
        return [row.user_id for row in self.rows if row.eligible]


def _valid_holders(course: CoursePage, user_ids) -> set[int]:
    """Members holding a certificate for the course that is valid today, from any source. An expired one
    does not count: a classroom training is how a member recertifies."""
    today = timezone.localdate()
    return set(
        Certificate.objects.filter(
            course=course, user_id__in=user_ids, status=Certificate.Status.VALID
        )
        .filter(Q(expires_on__isnull=True) | Q(expires_on__gte=today))
        .values_list("user_id", flat=True)
    )


def preview(attendance: Attendance, *, course: CoursePage) -> Preview:
    """Row by row, who would get a certificate for ``course`` and why each other row would not.

    Two queries however long the list (accounts with their profiles, then certificates held).
    """
    rows: list[PreviewRow] = []
    first_line: dict[str, int] = {}
    for line, written in attendance.rows:
        address = written.strip().lower()
        try:
            validate_email(address)
            validate_email_length(address)  # longer than any account's address can be
        except ValidationError:
            rows.append(PreviewRow(line, written, MALFORMED))
            continue
        if address in first_line:
            rows.append(PreviewRow(line, written, DUPLICATE))
            continue
        first_line[address] = line
        rows.append(PreviewRow(line, written, NOT_READY))
    users = {
        user.email_lower: user
        for user in get_user_model()
        .objects.annotate(email_lower=Lower("email"))
        .filter(email_lower__in=list(first_line))
        .select_related("profile")
    }
    holders = _valid_holders(course, [user.pk for user in users.values()])
    for row in rows:
        if row.outcome != NOT_READY:
            continue
        user = users.get(row.email.strip().lower())
        profile = profile_for(user) if user is not None else None
        if user is None or not user.is_active or profile is None:
            continue
        # Names only of members who get, or already hold, a certificate for this course.
        row.user_id = user.pk
        row.name = profile.full_name
        row.outcome = HOLDS_CERTIFICATE if user.pk in holders else ELIGIBLE
    counted = dict.fromkeys(OUTCOMES, 0)
    for row in rows:
        counted[row.outcome] += 1
    return Preview(
        rows=rows,
        encoding=attendance.encoding,
        header=attendance.header,
        counts=[(outcome, OUTCOMES[outcome], n) for outcome, n in counted.items() if n],
    )


def still_eligible(user_ids, *, course: CoursePage) -> list[int]:
    """Of the members a preview found eligible, those who still are when the trainer confirms (a member
    may have completed the course online, or lost their profile, in between)."""
    members = (
        get_user_model()
        .objects.filter(pk__in=user_ids, is_active=True, profile__isnull=False)
        .values_list("pk", flat=True)
    )
    holders = _valid_holders(course, user_ids)
    found = set(members)
    return [user_id for user_id in user_ids if user_id in found and user_id not in holders]


# Issue --------------------------------------------------------------------------------------------------


@task()
def issue_classroom_certificates(
    *,
    course_id: int,
    completed_on: str,
    user_ids: list[int],
    actor_id: int | None,
    note: str = "",
    tries: int = 1,
) -> dict[str, int]:
    """Issue one by one (``completed_on`` as an ISO date) and mail each new certificate.

    certificate_issue_classroom returns an existing certificate for the same member, course and date
    instead of issuing it again, so a duplicate or retried task issues nothing twice. A member whose
    certificate fails does not stop the others; those are tried again a few times.
    """
    course = CoursePage.objects.filter(pk=course_id).first()
    if course is None:
        return {"issued": 0, "found": 0, "refused": 0, "failed": 0}
    day = date.fromisoformat(completed_on)
    user_model = get_user_model()
    actor = user_model.objects.filter(pk=actor_id).first() if actor_id else None
    members = user_model.objects.select_related("profile").in_bulk(user_ids)
    issued = found = refused = 0
    failed: list[int] = []
    for user_id in user_ids:
        user = members.get(user_id)
        if user is None:
            refused += 1
            continue
        try:
            certificate = certificate_issue_classroom(
                user=user, course=course, completed_on=day, actor=actor, note=note
            )
        except CertificateRefused:
            logger.info("Classroom certificate refused: user %s, course %s", user_id, course_id)
            refused += 1
            continue
        except Exception:
            logger.exception(
                "Classroom certificate failed: user %s, course %s (try %s)",
                user_id,
                course_id,
                tries,
            )
            failed.append(user_id)
            continue
        if getattr(certificate, "just_issued", False):
            issued += 1
            mail_certificate.enqueue(certificate.pk)
        else:
            found += 1
    if failed and tries < MAX_TRIES:
        issue_classroom_certificates.enqueue(
            course_id=course_id,
            completed_on=completed_on,
            user_ids=failed,
            actor_id=actor_id,
            note=note,
            tries=tries + 1,
        )
    return {"issued": issued, "found": found, "refused": refused, "failed": len(failed)}
