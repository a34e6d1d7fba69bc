"""The production profile: what it refuses, plain HTTP on loopback only, object storage, static files served
compressed and cached for ever, media served with caching, and the gunicorn configuration.

Settings are read in a fresh interpreter with the environment an operator would set, as gunicorn would.
"""

from __future__ import annotations

import base64
import datetime as dt
import json
import os
import runpy
import subprocess
import sys
from pathlib import Path
from types import SimpleNamespace

from django.contrib.staticfiles.storage import staticfiles_storage
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage, storages
from django.core.management import call_command
from django.test import override_settings

import pytest

from certificates.models import Certificate
from sigap import urls as site_urls
from sigap.media import media_urlpatterns
from sigap.pdf import local_file

ROOT = Path(__file__).resolve().parents[2]
STRONG_KEY = "k3y-" + "abcdefghijklmnopqrstuvwxyz0123456789ABCDEFGHIJKLMNOP"
# The variables this file sets; anything of the same name in the shell that runs the tests is dropped.
OWN_PREFIXES = (
    "DJANGO_",
    "DATABASE_",
    "REDIS_URL",
    "SIGAP_",
    "MEDIA_",
    "AWS_",
    "TASK_",
    "GUNICORN_",
)

# What an operator of a public site sets (docs/deploy.md), with a throwaway SQLite file for the database.
PUBLIC = {
    "DJANGO_SETTINGS_MODULE": "sigap.settings.production",
    "SECRET_KEY": STRONG_KEY,
    "ALLOWED_HOSTS": "sigap.example.go.id",
    "PUBLIC_BASE_URL": "https://sigap.example.go.id",
    "REDIS_URL": "redis://127.0.0.1:6379/15",
}
LOCAL = PUBLIC | {
    "ALLOWED_HOSTS": "127.0.0.1,localhost,[::1]",
    "PUBLIC_BASE_URL": "http://127.0.0.1:8000",
    "SIGAP_LOCAL_HTTP": "true",
    "SIGAP_SERVE_MEDIA": "true",
}
S3 = PUBLIC | {
    "MEDIA_STORAGE": "s3",
    "AWS_STORAGE_BUCKET_NAME": "sigap-media",
    "AWS_PRIVATE_BUCKET_NAME": "sigap-private",
    "AWS_S3_ENDPOINT_URL": "https://s3.example.go.id",
    "AWS_S3_REGION_NAME": "id-jkt-1",
}

# Loads the settings as gunicorn does and reports what they chose.
REPORT = """
import json
import django
django.setup()
from django.conf import settings
from django.core.files.storage import default_storage, storages
from django.urls import resolve
from certificates.models import Certificate

pdfs = Certificate._meta.get_field("pdf").storage
print(json.dumps({
    "middleware": settings.MIDDLEWARE,
    "storages": settings.STORAGES,
    "whitenoise_max_age": settings.WHITENOISE_MAX_AGE,
    "secure": [settings.SESSION_COOKIE_SECURE, settings.CSRF_COOKIE_SECURE,
               settings.LANGUAGE_COOKIE_SECURE, settings.SECURE_SSL_REDIRECT],
    "hsts": settings.SECURE_HSTS_SECONDS,
    "tasks": settings.TASKS["default"]["BACKEND"],
    "databases": sorted(settings.DATABASES),
    "routers": settings.DATABASE_ROUTERS,
    "media_view": resolve("/media/images/a.png").url_name if settings.SIGAP_SERVE_MEDIA else None,
    "pdf_storage": pdfs.__class__.__name__,  # the backend behind the alias
    "pdf_location": getattr(pdfs, "location", ""),
    "pdf_acl": getattr(pdfs, "default_acl", None),
    "pdf_bucket": getattr(pdfs, "bucket_name", None),
    "media_url": default_storage.url("images/a.png"),
}))
"""


def python(*args: str, env: dict[str, str], tmp_path: Path) -> subprocess.CompletedProcess:
    clean = {k: v for k, v in os.environ.items() if not k.startswith(OWN_PREFIXES)}
    database = {"DATABASE_URL": f"sqlite:///{tmp_path / 'db.sqlite3'}"}
    return subprocess.run(
        [sys.executable, *args],
        cwd=ROOT,
        env=clean | database | env,
        capture_output=True,
        text=True,
        timeout=120,
    )


def report(env: dict[str, str], tmp_path: Path) -> dict:
    result = python("-c", REPORT, env=env, tmp_path=tmp_path)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout.splitlines()[-1])


@pytest.fixture(scope="module")
def local_profile(tmp_path_factory) -> dict:
    """The settings `make prod`, the load test and the fault tests run with."""
    return report(LOCAL, tmp_path_factory.mktemp("local"))


def test_the_local_switch_serves_plain_http_without_secure_cookies_or_hsts(local_profile):
    assert local_profile["secure"] == [False, False, False, False]
    assert local_profile["hsts"] == 0
    # Everything else stays as in production.
    assert local_profile["tasks"] == "django_tasks_db.DatabaseBackend"
    assert local_profile["storages"]["staticfiles"]["BACKEND"].startswith("whitenoise.")


def test_without_the_switch_production_is_https_only(tmp_path):
    public = report(PUBLIC, tmp_path)

    assert public["secure"] == [True, True, True, True]
    assert public["hsts"] == 31536000
    # Without a replica (or SIGAP_SERVE_MEDIA) nothing of either is set up.
    assert public["databases"] == ["default"]
    assert public["routers"] == []
    assert public["media_view"] is None


@pytest.mark.parametrize(
    ("env", "message"),
    [
        (
            LOCAL | {"ALLOWED_HOSTS": "127.0.0.1,sigap.example.go.id"},
            "ALLOWED_HOSTS may name only this machine",
        ),
        (LOCAL | {"ALLOWED_HOSTS": "*"}, "ALLOWED_HOSTS may name only this machine"),
        (PUBLIC | {"TASK_BACKEND": "immediate"}, "TASK_BACKEND=immediate is for development"),
        (PUBLIC | {"MEDIA_STORAGE": "s3"}, "MEDIA_STORAGE=s3 needs AWS_STORAGE_BUCKET_NAME"),
        (S3 | {"SIGAP_SERVE_MEDIA": "true"}, "Leave SIGAP_SERVE_MEDIA unset"),
        (PUBLIC | {"MEDIA_STORAGE": "ftp"}, "MEDIA_STORAGE must be filesystem or s3"),
        (
            {k: v for k, v in PUBLIC.items() if k != "PUBLIC_BASE_URL"},
            "PUBLIC_BASE_URL must be set",
        ),
        (PUBLIC | {"PUBLIC_BASE_URL": "http://sigap.example.go.id"}, "must start with https://"),
        (
            LOCAL | {"PUBLIC_BASE_URL": "http://sigap.example.go.id"},
            "must start with https://",
        ),
        (PUBLIC | {"PUBLIC_BASE_URL": "https://sigap.example.go.id/lms"}, "(no path)"),
    ],
    ids=[
        "public-host",
        "any-host",
        "immediate-tasks",
        "s3-no-bucket",
        "s3-serve-media",
        "ftp",
        "no-public-url",
        "http-public-url",
        "local-http-to-a-public-name",
        "public-url-with-a-path",
    ],
)
def test_production_refuses_unsafe_or_incomplete_settings(env, message, tmp_path):
    result = python("-c", "import sigap.settings.production", env=env, tmp_path=tmp_path)

    assert result.returncode != 0
    assert "ImproperlyConfigured" in result.stderr
    assert message in result.stderr


def test_media_and_certificates_on_object_storage_pass_check_deploy(tmp_path):
    env = S3 | {"DATABASE_REPLICA_URL": f"sqlite:///{tmp_path / 'replica.sqlite3'}"}
    check = python(
        "manage.py", "check", "--deploy", "--fail-level", "WARNING", env=env, tmp_path=tmp_path
    )
    assert check.returncode == 0, check.stdout + check.stderr
    assert "no issues" in check.stdout

    s3 = report(env, tmp_path)
    # Public media at plain, cacheable addresses (no signature) under the media prefix.
    assert s3["media_url"] == "https://s3.example.go.id/sigap-media/media/images/a.png"
    # Certificate PDFs in the private bucket, never readable by address.
    assert s3["pdf_storage"] == "S3Storage"
    assert (s3["pdf_bucket"], s3["pdf_location"], s3["pdf_acl"]) == (
        "sigap-private",
        "private",
        "private",
    )
    assert s3["databases"] == ["default", "replica"]
    assert s3["routers"] == ["sigap.db_routers.ReplicaRouter"]


def test_certificate_pdfs_stay_on_this_machines_disk_by_default(local_profile):
    assert local_profile["pdf_storage"] == "PrivateFileSystemStorage"
    assert local_profile["pdf_location"].endswith("private")


def test_certificate_pdfs_follow_the_private_storage_wherever_it_is_configured(settings):
    pdfs = Certificate._meta.get_field("pdf").storage
    settings.STORAGES = {
        **settings.STORAGES,
        "private": {"BACKEND": "django.core.files.storage.InMemoryStorage"},
    }

    name = pdfs.save("certificates/2026/X.pdf", ContentFile(b"%PDF-1.4"))

    assert default_storage.exists(name) is False
    assert storages["private"].open(name).read() == b"%PDF-1.4"


@pytest.mark.django_db
def test_whitenoise_serves_hashed_static_files_compressed_and_cacheable_for_ever(
    client, local_profile, tmp_path
):
    """With the production profile's middleware and storage, after collectstatic (of the site's own files,
    to keep it quick)."""
    with override_settings(
        MIDDLEWARE=local_profile["middleware"],
        STORAGES={
            **local_profile["storages"],
            "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
        },
        WHITENOISE_MAX_AGE=local_profile["whitenoise_max_age"],
        STATIC_ROOT=tmp_path / "static",
        STATICFILES_FINDERS=["django.contrib.staticfiles.finders.FileSystemFinder"],
    ):
        call_command("collectstatic", interactive=False, verbosity=0, ignore_patterns=["fonts"])
        hashed = staticfiles_storage.url("css/sigap.css")

        brotli = client.get(hashed, headers={"accept-encoding": "gzip, br"})
        gzip = client.get(hashed, headers={"accept-encoding": "gzip"})
        plain = client.get(hashed)
        unhashed = client.get("/static/css/sigap.css")

    assert hashed != "/static/css/sigap.css"
    assert brotli.status_code == 200
    assert brotli["Content-Encoding"] == "br"
    assert gzip["Content-Encoding"] == "gzip"
    assert "Content-Encoding" not in plain
    assert int(brotli["Content-Length"]) < int(plain["Content-Length"]) / 2
    assert brotli["Cache-Control"] == "max-age=315360000, public, immutable"
    assert unhashed["Cache-Control"] == "max-age=300, public"


def test_media_is_served_with_caching_when_asked(local_profile):
    assert local_profile["media_view"] == "media"


# The site as urls.py builds it with SIGAP_SERVE_MEDIA=true (it reads the setting once, at start-up).
urlpatterns = [*media_urlpatterns(), *site_urls.urlpatterns]


@pytest.mark.django_db  # the 404 page reads the site's settings
@pytest.mark.urls(__name__)
def test_served_media_may_be_cached_for_a_day_and_stays_inside_its_folder(client, settings):
    folder = Path(settings.MEDIA_ROOT) / "images"
    folder.mkdir(parents=True)
    (folder / "logo.png").write_bytes(b"\x89PNG\r\n\x1a\n")
    # A token no page of the site contains (the 400 page's own words would match "secret").
    Path(settings.MEDIA_ROOT).parent.joinpath("secret.txt").write_text("isi-berkas-rahasia-7f3a")

    response = client.get("/media/images/logo.png")
    escape = client.get("/media/../secret.txt")
    listing = client.get("/media/images/")

    assert response.status_code == 200
    assert response["Content-Type"] == "image/png"
    assert response["Cache-Control"] == "public, max-age=86400"
    assert escape.status_code in {400, 404}
    assert b"isi-berkas-rahasia-7f3a" not in escape.content
    assert listing.status_code == 404


@pytest.mark.django_db
@pytest.mark.urls(__name__)
def test_served_media_never_hands_out_documents_past_their_privacy_check(client, settings):
    """A document in a private collection is only given out by Wagtail's /documents/ view."""
    folder = Path(settings.MEDIA_ROOT) / "documents"
    folder.mkdir(parents=True)
    (folder / "sop.pdf").write_bytes(b"%PDF-1.4 private")

    for address in [
        "/media/documents/sop.pdf",
        "/media/./documents/sop.pdf",
        "/media/images/../documents/sop.pdf",
        "/media/.//documents/sop.pdf",
        "/media//documents/sop.pdf",
    ]:
        response = client.get(address)

        assert response.status_code == 404, address
        assert b"private" not in response.content


def test_certificate_logos_print_when_media_is_on_object_storage(settings):
    """xhtml2pdf reads logos and signatures through the media storage, which need not be a folder."""
    settings.STORAGES = {
        **settings.STORAGES,
        "default": {"BACKEND": "django.core.files.storage.InMemoryStorage"},
    }
    name = default_storage.save("images/logo.png", ContentFile(b"\x89PNG\r\n\x1a\nlogo"))

    found = local_file(default_storage.url(name))

    assert found == "data:image/png;base64," + base64.b64encode(b"\x89PNG\r\n\x1a\nlogo").decode()
    assert local_file(default_storage.url("images/missing.png")) == ""


def gunicorn_check_config(env: dict[str, str], tmp_path: Path) -> subprocess.CompletedProcess:
    """gunicorn reads deploy/gunicorn.conf.py and loads the application, then exits."""
    command = ["-m", "gunicorn", "--check-config", "-c", "deploy/gunicorn.conf.py", "sigap.wsgi"]
    return python(*command, env=env, tmp_path=tmp_path)


def test_the_gunicorn_configuration_loads_the_application(tmp_path):
    result = gunicorn_check_config(LOCAL, tmp_path)

    assert result.returncode == 0, result.stderr


def test_gunicorn_refuses_plain_http_on_a_public_address(tmp_path):
    result = gunicorn_check_config(LOCAL | {"GUNICORN_BIND": "0.0.0.0:8000"}, tmp_path)

    assert result.returncode != 0
    assert "GUNICORN_BIND must be a loopback address" in result.stderr


def test_the_access_log_carries_no_personal_data():
    from gunicorn.config import Config

    conf = runpy.run_path(str(ROOT / "deploy" / "gunicorn.conf.py"))
    logger = conf["PrivacyLogger"](Config())
    environ = {
        "REMOTE_ADDR": "203.0.113.7",
        "REQUEST_METHOD": "GET",
        "RAW_URI": "/verify/AB12-CD34/?email=rina@example.org",
        "PATH_INFO": "/verify/AB12-CD34/",
        "QUERY_STRING": "email=rina@example.org",
        "SERVER_PROTOCOL": "HTTP/1.1",
        "HTTP_USER_AGENT": "Mozilla/5.0 (Rina's phone)",
        "HTTP_REFERER": "https://mail.example.org/rina",
    }
    response = SimpleNamespace(status="200 OK", sent=512, headers=[])
    request = SimpleNamespace(headers=[("X-FORWARDED-FOR", "203.0.113.7")])

    atoms = logger.atoms(response, request, environ, dt.timedelta(milliseconds=42))
    line = conf["access_log_format"] % atoms

    assert '"GET /verify/…/ HTTP/1.1" 200 512 42ms' in line
    for private in ("203.0.113.7", "rina", "AB12-CD34", "Mozilla"):
        assert private not in line
