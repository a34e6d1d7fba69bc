"""Work over many certificates at once: one merged PDF or a ZIP of their PDFs for printing or handing over,
and regenerating every certificate of a template after the template changed (a background task).

Downloads are built in a temporary file that spills to disk past a few megabytes (``SpooledTemporaryFile``),
never in one bytes object, and are capped at ``MAX_PER_DOWNLOAD`` certificates: a cap keeps one request
within a worker's time limit. Only stored PDFs are bundled; nothing is re-rendered here.
"""

from __future__ import annotations

import logging
import shutil
import zipfile
from collections.abc import Iterable
from io import BytesIO
from tempfile import SpooledTemporaryFile

from django.contrib.auth import get_user_model
from django.contrib.contenttypes.models import ContentType
from django.db.models import QuerySet

from django_tasks import task
from pypdf import PdfReader, PdfWriter

from .models import Certificate, CertificateTemplate
from .services import CertificateRefused, certificate_regenerate

logger = logging.getLogger(__name__)

#: The most certificates one download may hold; above it the admin asks for a narrower selection.
MAX_PER_DOWNLOAD = 2000

# Kept in memory up to this size, then on disk.
SPOOL_BYTES = 8 * 1024 * 1024


def certificates_of_template(template: CertificateTemplate) -> QuerySet[Certificate]:
    """Valid certificates rendered from any revision of ``template`` (a revision's object_id is a string)."""
    return Certificate.objects.filter(
        status=Certificate.Status.VALID,
        template_revision__base_content_type=ContentType.objects.get_for_model(CertificateTemplate),
        template_revision__object_id=str(template.pk),
    )


def outdated_certificates(template: CertificateTemplate) -> QuerySet[Certificate]:
    """Those of them not yet rendered from the template's latest revision: what regenerating changes."""
    return certificates_of_template(template).exclude(
        template_revision_id=template.latest_revision_id
    )


@task()
def regenerate_certificates(template_id: int, actor_id: int | None = None) -> int:
    """Re-render every outdated certificate of a template; returns how many were regenerated.

    Each certificate is its own transaction, so one failure (logged by id) does not undo the others, and
    running the task again picks up only what is still outdated.
    """
    template = CertificateTemplate.objects.filter(pk=template_id).first()
    if template is None:
        return 0
    actor = get_user_model().objects.filter(pk=actor_id).first() if actor_id else None
    done = 0
    for certificate in outdated_certificates(template).select_related("template_revision"):
        try:
            certificate_regenerate(certificate=certificate, actor=actor)
        except CertificateRefused:
            continue  # revoked or replaced since the query ran
        except Exception:
            logger.exception("Regenerating certificate %s failed", certificate.pk)
            continue
        done += 1
    logger.info("Regenerated %s certificates of template %s", done, template_id)
    return done


def _spooled() -> SpooledTemporaryFile:
    # Handed to the caller open: the view's FileResponse closes it once sent.
    return SpooledTemporaryFile(max_size=SPOOL_BYTES)  # noqa: SIM115


def merged_pdf(certificates: Iterable[Certificate]) -> SpooledTemporaryFile:
    """One PDF with every certificate's pages in turn, each bookmarked with its number; rewound."""
    writer = PdfWriter()
    for certificate in certificates:
        with certificate.pdf.open("rb") as stored:
            reader = PdfReader(BytesIO(stored.read()))
        writer.append(reader, outline_item=certificate.number)
    output = _spooled()
    try:
        writer.write(output)
    except Exception:
        output.close()
        raise
    output.seek(0)
    return output


def zip_of(certificates: Iterable[Certificate]) -> SpooledTemporaryFile:
    """A ZIP with one ``<number>.pdf`` per certificate; rewound.

    Stored, not deflated: a PDF is compressed already, and copying keeps a large download quick.
    """
    output = _spooled()
    try:
        with zipfile.ZipFile(output, "w", compression=zipfile.ZIP_STORED) as archive:
            for certificate in certificates:
                with (
                    certificate.pdf.open("rb") as stored,
                    archive.open(f"{certificate.number}.pdf", "w") as member,
                ):
                    shutil.copyfileobj(stored, member)
    except Exception:
        output.close()
        raise
    output.seek(0)
    return output
