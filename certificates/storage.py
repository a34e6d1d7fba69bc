"""Where certificate PDFs are kept: outside MEDIA_ROOT and never at a URL.

Certificate numbers are sequential and every PDF carries a member's name, so the files must not be reachable
by guessing an address under /media/. They live under PRIVATE_MEDIA_ROOT and are handed out only by
certificates.views.download, after checking the owner and the status (a revoked certificate's PDF is not).
"""

from __future__ import annotations

import os

from django.conf import settings
from django.core.files.storage import FileSystemStorage
from django.utils.deconstruct import deconstructible


@deconstructible(path="certificates.storage.PrivateStorage")
class PrivateStorage(FileSystemStorage):
    # Read from the settings on every use (not cached), so a test or a deployment can move the folder.
    @property
    def base_location(self):
        return settings.PRIVATE_MEDIA_ROOT

    @property
    def location(self):
        return os.path.abspath(self.base_location)

    @property
    def base_url(self):
        return (
            None  # FileSystemStorage.url() then refuses: "This file is not accessible via a URL."
        )
