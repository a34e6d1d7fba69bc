"""Backup and restore (sigap/backup.py, docs/backup.md): a site backed up, restored on an empty database with
empty upload folders, is the same site, row for row and file for file, and serves.

The round trip runs ``manage.py restore`` (and, on PostgreSQL, ``manage.py backup``) as separate processes,
as an operator would, with their own settings from the environment. On SQLite the test database lives in
this process's memory, out of another process's reach, so the backup is made in-process there; the restore
still runs apart, into a new file. Data made in a test must be committed for another process to see it:
hence transactional tests, with serialized_rollback to bring back the migrations' data afterwards (see
tests/e2e/conftest.py).
"""

from __future__ import annotations

import hashlib
import io
import json
import os
import stat
import subprocess
import sys
import tarfile
import uuid
from pathlib import Path
from urllib.parse import quote

from django.conf import settings
from django.core.cache import cache
from django.core.management import call_command
from django.core.management.base import CommandError
from django.db import connection
from django.db.utils import load_backend

import pytest

from accounts.models import User
from courses.services import enrolment_create, lesson_complete
from sigap.backup import MANIFEST
from sigap.settings.env import s3_storage
from tests.accounts.factories import ProfileFactory
from tests.certificates.factories import make_certificate, make_image, make_member
from tests.courses.factories import lessons_of, make_course
from tests.quizzes.factories import make_submitted_attempt, with_id
from tests.quizzes.support import make_quiz, single_choice

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

on_postgresql = connection.vendor == "postgresql"


@pytest.fixture
def site():
    """A small real site: a course with a member part-way through it and a graded quiz attempt, a
    certificate with its PDF in private storage, an uploaded image."""
    course = make_course(lessons_per_module=2)
    quiz = make_quiz(course, questions=[with_id(single_choice("sc"), "sc")])
    member = make_member(full_name="Siti Rahmawati")
    enrolment = enrolment_create(user=member, course=course)
    lesson_complete(enrolment=enrolment, lesson=lessons_of(course)[0])
    make_submitted_attempt(member, quiz, {"sc": 1})
    certificate = make_certificate()
    make_image(title="Poster pelatihan")
    assert Path(certificate.pdf.path).is_file()
    return {"member": member, "certificate": certificate}


def file_digests(root: Path) -> dict[str, str]:
    return {
        path.relative_to(root).as_posix(): hashlib.sha256(path.read_bytes()).hexdigest()
        for path in sorted(root.rglob("*"))
        if path.is_file()
    }


def table_digests(database) -> dict[str, tuple[int, str]]:
    """Rows and a digest of their content per table. Rows are sorted (by their text) rather than read by
    primary key, so tables without one (SQLite's full-text index) compare too."""
    digests = {}
    with database.cursor() as cursor:
        for table in database.introspection.table_names(cursor):
            cursor.execute(f"SELECT * FROM {database.ops.quote_name(table)}")  # noqa: S608
            rows = sorted(
                repr(tuple(bytes(v) if isinstance(v, memoryview) else v for v in row))
                for row in cursor.fetchall()
            )
            digests[table] = (len(rows), hashlib.sha256("\n".join(rows).encode()).hexdigest())
    return digests


def database_url(name: str) -> str:
    if not on_postgresql:
        return f"sqlite:///{name}"
    db = connection.settings_dict
    credentials = quote(db["USER"], safe="")
    if db["PASSWORD"]:
        credentials += ":" + quote(db["PASSWORD"], safe="")
    return f"postgres://{credentials}@{db['HOST'] or 'localhost'}:{db['PORT'] or 5432}/{name}"


def manage(*args: str, database: str, media: Path, private: Path) -> subprocess.CompletedProcess:
    """``manage.py`` in a process of its own, configured only by its environment."""
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "sigap.settings.dev",
        "DATABASE_URL": database_url(database),
        "MEDIA_ROOT": str(media),
        "PRIVATE_MEDIA_ROOT": str(private),
        "ALLOWED_HOSTS": "testserver",
    }
    return subprocess.run(  # noqa: S603
        [sys.executable, str(settings.BASE_DIR / "manage.py"), *args],
        env=env,
        cwd=settings.BASE_DIR,
        capture_output=True,
        text=True,
        timeout=180,
        check=False,
    )


@pytest.fixture
def empty_database(tmp_path):
    """The name of a database nobody has used: a new one on the local server, or a SQLite file in a folder
    that does not exist yet (as on a fresh machine). Dropped afterwards."""
    if not on_postgresql:
        yield str(tmp_path / "fresh-machine" / "sigap.sqlite3")
        return
    name = f"{connection.settings_dict['NAME']}_restore_{uuid.uuid4().hex[:8]}"
    with connection.cursor() as cursor:
        cursor.execute(f"CREATE DATABASE {connection.ops.quote_name(name)}")
    try:
        yield name
    finally:
        with connection.cursor() as cursor:
            cursor.execute(
                f"DROP DATABASE IF EXISTS {connection.ops.quote_name(name)} WITH (FORCE)"
            )


def open_database(name: str):
    """A connection to another database on the same server (or another SQLite file)."""
    settings_dict = {**connection.settings_dict, "NAME": name}
    return load_backend(settings_dict["ENGINE"]).DatabaseWrapper(settings_dict, alias="restored")


def back_up(tmp_path: Path, *, apart: bool = False) -> tuple[Path, str]:
    """The site's archive and what the backup printed; ``apart``: made by another process (PostgreSQL)."""
    archive = tmp_path / "backups" / "sigap.tar"
    archive.parent.mkdir()
    if apart and on_postgresql:
        result = manage(
            "backup",
            f"--output={archive}",
            database=connection.settings_dict["NAME"],
            media=settings.MEDIA_ROOT,
            private=settings.PRIVATE_MEDIA_ROOT,
        )
        assert result.returncode == 0, result.stderr
        return archive, result.stdout
    out = io.StringIO()
    call_command("backup", output=archive, stdout=out)
    return archive, out.getvalue()


def test_a_site_restored_on_a_fresh_database_has_every_row_and_file_and_serves(
    site, empty_database, tmp_path
):
    archive, printed = back_up(tmp_path, apart=True)
    # The archive holds personal data: readable by its owner only, and the output names no one.
    assert stat.S_IMODE(archive.stat().st_mode) == 0o600
    assert "Siti Rahmawati" not in printed
    assert site["member"].email not in printed
    assert "Private media (certificate PDFs): 1 file," in printed

    media, private = tmp_path / "new-media", tmp_path / "new-private"
    restored = manage(
        "restore", str(archive), database=empty_database, media=media, private=private
    )
    assert restored.returncode == 0, restored.stderr
    assert "Row counts match the manifest" in restored.stdout
    assert "Cache cleared" in restored.stdout

    target = open_database(empty_database)
    try:
        source_tables, restored_tables = table_digests(connection), table_digests(target)
    finally:
        target.close()
    assert restored_tables == source_tables
    assert source_tables[User._meta.db_table][0] == User.objects.count() > 0
    assert file_digests(media) == file_digests(Path(settings.MEDIA_ROOT))
    assert file_digests(private) == file_digests(Path(settings.PRIVATE_MEDIA_ROOT))
    assert file_digests(private)  # the certificate PDF is there

    certificate, member = site["certificate"], site["certificate"].user
    # One process for both (each start costs seconds): Django's checks, then the certificate verified
    # publicly and its PDF downloaded by its holder.
    served = manage(
        "shell",
        "-c",
        "import hashlib, json\n"
        "from django.core.management import call_command\n"
        "from django.test import Client\n"
        "from django.urls import reverse\n"
        "from accounts.models import User\n"
        "call_command('check')\n"
        "client = Client()\n"
        f"facts = client.get(reverse('certificates:verify_json', args=[{certificate.code!r}])).json()\n"
        f"client.force_login(User.objects.get(pk={member.pk}))\n"
        f"pdf = client.get(reverse('certificates:download', args=[{certificate.code!r}]))\n"
        "print(json.dumps({'number': facts['number'], 'status': facts['status'],\n"
        "    'pdf': pdf.status_code, 'sha256': hashlib.sha256(b''.join(pdf)).hexdigest()}))\n",
        database=empty_database,
        media=media,
        private=private,
    )
    assert served.returncode == 0, served.stderr
    assert json.loads(served.stdout.strip().splitlines()[-1]) == {
        "number": certificate.number,
        "status": "valid",
        "pdf": 200,
        "sha256": certificate.sha256,
    }


def tampered_copy(archive: Path, *, changing: str) -> Path:
    """The archive with one byte of the member ``changing`` flipped, as a bad disk or copy would."""
    copy = archive.with_name("tampered.tar")
    with tarfile.open(archive) as source, tarfile.open(copy, "w", format=tarfile.PAX_FORMAT) as out:
        for member in source:
            data = bytearray(source.extractfile(member).read())
            if member.name.startswith(changing):
                data[len(data) // 2] ^= 0xFF
            out.addfile(member, io.BytesIO(bytes(data)))
    return copy


def empty_upload_folders(settings, tmp_path) -> None:
    settings.MEDIA_ROOT, settings.PRIVATE_MEDIA_ROOT = tmp_path / "m", tmp_path / "p"


def test_restore_refuses_a_damaged_archive_and_changes_nothing(tmp_path, settings):
    member = ProfileFactory().user
    make_image()
    archive = tampered_copy(back_up(tmp_path)[0], changing="media/")
    empty_upload_folders(settings, tmp_path)

    with pytest.raises(CommandError, match="damaged"):
        call_command("restore", str(archive), check=True, stdout=io.StringIO())
    with pytest.raises(CommandError, match="damaged"):
        call_command("restore", str(archive), force=True, stdout=io.StringIO())
    assert User.objects.filter(pk=member.pk).exists()
    assert not Path(settings.MEDIA_ROOT).exists()


def test_restore_refuses_a_database_that_already_holds_a_site_unless_forced(tmp_path, settings):
    make_image()
    archive, _ = back_up(tmp_path)
    kept = ProfileFactory().user
    empty_upload_folders(settings, tmp_path)

    with pytest.raises(CommandError, match="already holds a Sigap site.*--force"):
        call_command("restore", str(archive), stdout=io.StringIO())
    assert User.objects.filter(pk=kept.pk).exists()
    assert not Path(settings.MEDIA_ROOT).exists()


def test_restore_with_force_replaces_the_site_and_clears_the_cache(tmp_path, settings):
    before = ProfileFactory().user
    archive, _ = back_up(tmp_path)
    after = ProfileFactory().user
    cache.set("sigap:page-from-the-old-database", "stale", None)

    out = io.StringIO()
    call_command("restore", str(archive), force=True, stdout=out)

    assert User.objects.filter(pk=before.pk).exists()
    assert not User.objects.filter(pk=after.pk).exists()
    assert cache.get("sigap:page-from-the-old-database") is None
    assert "Cache cleared" in out.getvalue()


def test_restore_refuses_an_archive_of_the_other_database_engine(tmp_path):
    archive, _ = back_up(tmp_path)
    with tarfile.open(archive) as tar:
        manifest = json.load(tar.extractfile(MANIFEST))
        members = [(member, tar.extractfile(member).read()) for member in tar]
    manifest["database"]["engine"] = "sqlite" if on_postgresql else "postgresql"
    foreign = tmp_path / "foreign.tar"
    with tarfile.open(foreign, "w", format=tarfile.PAX_FORMAT) as out:
        for member, data in members:
            if member.name == MANIFEST:
                data = json.dumps(manifest).encode()
                member.size = len(data)
            out.addfile(member, io.BytesIO(data))

    expected = "holds a SQLite database" if on_postgresql else "holds a PostgreSQL database"
    with pytest.raises(CommandError, match=expected):
        call_command("restore", str(foreign), force=True, stdout=io.StringIO())


def test_media_in_object_storage_are_left_to_the_bucket_and_the_backup_says_so(tmp_path, settings):
    settings.STORAGES = {
        **settings.STORAGES,
        "default": s3_storage(bucket="sigap-media", location="media", public=True),
    }
    archive, printed = back_up(tmp_path)

    assert "public media (images, documents) are in object storage" in printed
    assert "bucket's own versioning or replication" in printed
    with tarfile.open(archive) as tar:
        manifest = json.load(tar.extractfile(MANIFEST))
        assert not [name for name in tar.getnames() if name.startswith("media/")]
    assert manifest["media"]["media"]["storage"] == "object"
    assert manifest["media"]["private"]["storage"] == "filesystem"


def test_a_file_that_cannot_be_written_during_restore_leaves_no_partial_copy(tmp_path):
    """A disk that fills up mid-file: the error reaches the operator and no half-written file stays."""
    import hashlib as _hashlib
    import io
    import tarfile

    from sigap import backup as backup_module

    content = b"%PDF-1.4 certificate" * 1000
    archive = tmp_path / "a.tar"
    with tarfile.open(archive, "w") as tar:
        info = tarfile.TarInfo("private/certificates/a.pdf")
        info.size = len(content)
        tar.addfile(info, io.BytesIO(content))
    manifest = {
        "files": {"private/certificates/a.pdf": {"sha256": _hashlib.sha256(content).hexdigest()}}
    }
    target = tmp_path / "restored" / "a.pdf"
    target.parent.mkdir()

    class FullDisk(io.BytesIO):
        def read(self, *args):
            raise OSError(28, "No space left on device")

    with tarfile.open(archive) as tar:
        member = tar.getmember("private/certificates/a.pdf")
        tar.extractfile = lambda member: FullDisk()
        with pytest.raises(OSError):
            backup_module._extract(tar, member, target, manifest)

    assert list(target.parent.iterdir()) == []
