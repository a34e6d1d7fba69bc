"""The test suite (pytest). Same database choice as everywhere: SQLite unless DATABASE_URL says otherwise."""

from .base import *  # noqa: F403
from .base import BASE_DIR

SECRET_KEY = "test-only-insecure-key"  # noqa: S105
DEBUG = False
ALLOWED_HOSTS = ["*"]
# A stand-in for a read replica (DATABASE_REPLICA_URL): the same test database under a second alias, so
# tests/sigap/test_replica.py can see which queries the router sends there. The router itself is off here
# (nothing reads from "replica") unless a test installs it.
DATABASES["replica"] = {**DATABASES["default"], "TEST": {"MIRROR": "default"}}  # noqa: F405
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
MEDIA_ROOT = BASE_DIR / "var" / "test-media"
PRIVATE_MEDIA_ROOT = BASE_DIR / "var" / "test-private"
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "private": {"BACKEND": "certificates.storage.PrivateFileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
