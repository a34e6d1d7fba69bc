"""Where certificate PDFs are kept: outside the public media and never at a URL.

Certificate numbers are sequential and every PDF carries a member's name, so the files must not be reachable
by guessing an address under /media/. They live in the "private" storage of STORAGES (a folder under
PRIVATE_MEDIA_ROOT by default, a private bucket or prefix on object storage with MEDIA_STORAGE=s3) and are
handed out only by certificates.views.download, after checking the owner and the status (a revoked
certificate's PDF is not).
"""

from __future__ import annotations

import os

from django.conf import settings
from django.core.files.storage import FileSystemStorage, storages
from django.utils.deconstruct import deconstructible
from django.utils.functional import LazyObject

PRIVATE_STORAGE_ALIAS = "private"


@deconstructible(path="certificates.storage.PrivateFileSystemStorage")
class PrivateFileSystemStorage(FileSystemStorage):
    """The "private" storage on one machine's disk, under PRIVATE_MEDIA_ROOT."""

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


class PrivateStorage(LazyObject):
    """The "private" storage alias: every use goes to whatever STORAGES names there now.

    The PDF field stores through this rather than a backend, so a deployment picks the filesystem or object
    storage in its settings, and migrations (which record only this class) do not change with it. Like
    Django's default_storage, but never holding on to a backend: Django's storage handler already keeps one
    instance per alias and starts afresh when STORAGES changes (override_settings in a test).
    """

    @property
    def _wrapped(self):
        # LazyObject's proxies read _wrapped; this property wins over the placeholder its __init__ stores.
        return storages[PRIVATE_STORAGE_ALIAS]

    def deconstruct(self):
        return ("certificates.storage.PrivateStorage", (), {})
