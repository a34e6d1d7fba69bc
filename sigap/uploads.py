"""Uploaded documents must be what their extension says.

Wagtail checks a document's extension (WAGTAILDOCS_EXTENSIONS) and size (WAGTAILDOCS_MAX_UPLOAD_SIZE) but
not its bytes, so an HTML page or an SVG with a script, renamed to .pdf, would be stored and later handed to
learners as a PDF. ``DocumentForm`` (Wagtail's document form, via WAGTAILDOCS_DOCUMENT_FORM_BASE, used by the
upload page, the multiple uploader and the chooser alike) reads the file and refuses it with a clear error
when the contents are not the kind of document the name promises (sigap/filetypes.py). Images need no such
code: Wagtail opens each one with Willow and refuses it when the format found differs from the extension.

The error is raised on the ``file`` field: Wagtail's multiple uploader refuses a file outright only when that
field has the error (otherwise it keeps the upload for a second form).
"""

from __future__ import annotations

import logging
import os

from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import UploadedFile

from wagtail.documents.forms import BaseDocumentForm

from .filetypes import check_document_contents

logger = logging.getLogger(__name__)


class DocumentForm(BaseDocumentForm):
    """Wagtail's document form, refusing a file whose contents do not match its extension."""

    class Meta(BaseDocumentForm.Meta):
        pass

    def _post_clean(self):
        # Wagtail's document model checks the extension of its stored file even when the upload was
        # refused above, and then finds no file: "File extension “” is not allowed". The member needs the
        # first reason only.
        refused = list(self.errors.get("file", []))
        super()._post_clean()
        if refused:
            self.errors["file"] = self.error_class(refused)

    def clean_file(self):
        upload = self.cleaned_data.get("file")
        # Only a newly uploaded file is read: editing a document's title keeps the stored file.
        if isinstance(upload, UploadedFile):
            extension = os.path.splitext(upload.name)[1].lstrip(".")
            try:
                check_document_contents(upload, extension=extension)
            except ValidationError as error:
                # The extension only: a file name may carry a person's name.
                logger.info("Refused a .%s upload: %s", extension.lower(), error.code)
                raise
        return upload
