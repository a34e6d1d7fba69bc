"""Backing up a whole Sigap site into one archive, and restoring it on another machine.

An archive is a plain tar file holding, in this order:

- ``database/sigap.pgdump`` (PostgreSQL, ``pg_dump --format=custom``) or ``database/sigap.sqlite3`` (SQLite,
  copied with SQLite's online backup API, consistent while the site runs);
- ``media/…``: the public uploads (Wagtail images and documents) when they are on the filesystem;
- ``private/…``: the certificate PDFs when they are on the filesystem;
- ``manifest.json`` last, because it holds the sha256 of every file before it: the format version, when and
  by which Sigap the archive was made, the database engine, the migrations applied per app and the rows
  counted per table, in the same snapshot the dump was taken from.

Files are streamed into and out of the archive, so a site with gigabytes of uploads needs no memory for them;
progress is reported as counts and sizes only, never file names (which can carry a member's name). Object
storage (MEDIA_STORAGE=s3) is not copied here: a bucket is kept with its own versioning or replication.
docs/backup.md is the operator's guide.
"""

from __future__ import annotations

import hashlib
import io
import json
import os
import shutil
import sqlite3
import subprocess
import tarfile
import tempfile
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from importlib import metadata
from pathlib import Path, PurePosixPath
from typing import IO, Any

from django.apps import apps
from django.contrib.auth import get_user_model
from django.core.cache import caches
from django.core.files.storage import FileSystemStorage, Storage, default_storage
from django.db import connection, transaction
from django.db.migrations.loader import MigrationLoader
from django.utils import timezone

FORMAT = "sigap-backup"
FORMAT_VERSION = 1
MANIFEST = "manifest.json"
DATABASE_MEMBERS = {"postgresql": "database/sigap.pgdump", "sqlite": "database/sigap.sqlite3"}
ENGINE_NAMES = {"postgresql": "PostgreSQL", "sqlite": "SQLite"}
#: How often a long copy reports how far it has got.
PROGRESS_SECONDS = 5.0
#: libpq's environment variables for the connection OPTIONS Django passes on, so pg_dump and pg_restore
#: connect exactly as the site does (https://www.postgresql.org/docs/15/libpq-envars.html).
PG_OPTION_VARIABLES = {
    "sslmode": "PGSSLMODE",
    "sslrootcert": "PGSSLROOTCERT",
    "sslcert": "PGSSLCERT",
    "sslkey": "PGSSLKEY",
    "connect_timeout": "PGCONNECT_TIMEOUT",
    "options": "PGOPTIONS",
    "service": "PGSERVICE",
    "passfile": "PGPASSFILE",
    "target_session_attrs": "PGTARGETSESSIONATTRS",
}

Progress = Callable[[str], None]


class BackupError(Exception):
    """The archive cannot be made or restored; the message tells the operator what to do."""

    def __init__(self, message: str):
        super().__init__(message)
        self.message = message


@dataclass(frozen=True)
class FileArea:
    """A folder of uploads that goes into the archive under ``key/``."""

    key: str
    label: str
    storage: Storage

    @property
    def root(self) -> Path | None:
        """The folder on disk, or None when the storage is not the filesystem (object storage)."""
        if isinstance(self.storage, FileSystemStorage):
            return Path(self.storage.location)
        return None

    @property
    def heading(self) -> str:
        return self.label[0].upper() + self.label[1:]

    @property
    def backend(self) -> str:
        # __class__ rather than type(): the private storage is a lazy proxy (certificates/storage.py).
        storage_class = self.storage.__class__
        return f"{storage_class.__module__}.{storage_class.__qualname__}"


def file_areas() -> list[FileArea]:
    # The private storage is read from the field that uses it, so the archive follows wherever the
    # certificates app keeps its PDFs (its own class today, perhaps a STORAGES alias tomorrow).
    certificate = apps.get_model("certificates", "Certificate")
    return [
        FileArea("media", "public media (images, documents)", default_storage),
        FileArea(
            "private",
            "private media (certificate PDFs)",
            certificate._meta.get_field("pdf").storage,
        ),
    ]


@dataclass
class RestoreReport:
    tables: int = 0
    rows: int = 0
    #: table → (rows in the manifest, rows in the restored database), only where they differ.
    mismatches: dict[str, tuple[int, int | None]] = field(default_factory=dict)
    #: migrations the archive has and this code does not know (the archive came from a newer Sigap).
    unknown_migrations: list[str] = field(default_factory=list)
    #: migrations this code has and the archive had not applied: `manage.py migrate` brings them in.
    pending_migrations: int = 0


# Making an archive ---------------------------------------------------------------------------------------


def backup_create(*, output: Path, progress: Progress) -> Path:
    """Write a new archive to ``output`` (a file that must not exist yet, or a folder to put it in).

    The file is readable by its owner only (it holds personal data) and appears under its name only once
    complete, so a scheduled job never leaves half an archive where the last good one is expected.
    """
    engine = _engine()
    output = _output_path(output)
    areas = file_areas()
    for area in areas:
        if area.root and output.parent.resolve().is_relative_to(area.root.resolve()):
            raise BackupError(
                f"The archive cannot be written inside the {area.label} folder it backs up."
            )
    partial = output.with_name(f".{output.name}.partial")
    # The work folder sits beside the archive: the dump needs room there anyway, often more than /tmp has.
    with tempfile.TemporaryDirectory(dir=output.parent, prefix=".sigap-backup-") as work:
        fd = os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        try:
            with os.fdopen(fd, "wb") as raw:
                _write_archive(raw, engine=engine, areas=areas, work=Path(work), progress=progress)
            os.replace(partial, output)
        except BaseException:
            partial.unlink(missing_ok=True)
            raise
    return output


def _output_path(output: Path) -> Path:
    output = Path(output).expanduser()
    if output.is_dir():
        stamp = timezone.now().strftime("%Y%m%d-%H%M%S")
        output = output / f"sigap-backup-{stamp}.tar"
    if output.exists():
        raise BackupError(
            f"{output} already exists; choose another name (archives are never overwritten)."
        )
    if not output.parent.is_dir():
        raise BackupError(f"The folder {output.parent} does not exist.")
    return output.absolute()


def _write_archive(
    raw: IO[bytes], *, engine: str, areas: list[FileArea], work: Path, progress: Progress
) -> None:
    files: dict[str, dict[str, Any]] = {}
    media: dict[str, dict[str, Any]] = {}
    with tarfile.open(fileobj=raw, mode="w", format=tarfile.PAX_FORMAT) as tar:
        # The database first: every file it names exists by the time the folders are read (a file
        # uploaded meanwhile is merely extra).
        started = time.monotonic()
        dump = work / "database"
        database = _dump_postgresql(dump) if engine == "postgresql" else _dump_sqlite(dump)
        member = DATABASE_MEMBERS[engine]
        files[member] = _add_file(tar, member, dump)
        progress(
            f"Database ({ENGINE_NAMES[engine]}): {len(database['tables'])} tables, "
            f"{sum(database['tables'].values()):,} rows, {_size(files[member]['size'])} "
            f"({time.monotonic() - started:.1f} s)"
        )
        for area in areas:
            media[area.key] = _add_area(tar, area, files, progress)
        manifest = {
            "format": FORMAT,
            "format_version": FORMAT_VERSION,
            "created_at": timezone.now().isoformat(timespec="seconds"),
            "sigap_version": _version("sigap"),
            "django_version": _version("django"),
            "wagtail_version": _version("wagtail"),
            "database": {"engine": engine, "file": member, **database},
            "media": media,
            "files": files,
        }
        data = json.dumps(manifest, indent=1, sort_keys=True).encode()
        info = _tar_info(MANIFEST, size=len(data), mtime=time.time())
        tar.addfile(info, io.BytesIO(data))


def _add_area(
    tar: tarfile.TarFile, area: FileArea, files: dict[str, dict[str, Any]], progress: Progress
) -> dict[str, Any]:
    root = area.root
    if root is None:
        progress(
            f"The {area.label} are in object storage ({area.backend}): not in this archive. "
            "Keep them with the bucket's own versioning or replication (docs/backup.md)."
        )
        return {"storage": "object", "backend": area.backend, "files": 0, "bytes": 0}
    tally = _Tally(f"  {area.label}", progress)
    for path, relative in _walk(root):
        name = f"{area.key}/{relative}"
        files[name] = _add_file(tar, name, path)
        tally.add(files[name]["size"])
    progress(f"{area.heading}: {tally.summary()}")
    return {"storage": "filesystem", "files": tally.files, "bytes": tally.bytes}


def _walk(root: Path) -> Iterator[tuple[Path, str]]:
    """Every regular file under ``root`` with its path relative to it, in a stable order."""
    if not root.is_dir():
        return
    for folder, subfolders, names in os.walk(root):
        subfolders.sort()
        for name in sorted(names):
            path = Path(folder, name)
            if path.is_file() and not path.is_symlink():
                yield path, path.relative_to(root).as_posix()


def _add_file(tar: tarfile.TarFile, name: str, path: Path) -> dict[str, Any]:
    stat = path.stat()
    with path.open("rb") as handle:
        reader = _HashingReader(handle)
        tar.addfile(_tar_info(name, size=stat.st_size, mtime=stat.st_mtime), reader)
    return {"sha256": reader.hexdigest(), "size": stat.st_size}


def _tar_info(name: str, *, size: int, mtime: float) -> tarfile.TarInfo:
    # Owner-only mode and no user or group names: the archive says nothing about the machine it came from.
    info = tarfile.TarInfo(name)
    info.size, info.mtime, info.mode = size, int(mtime), 0o600
    return info


def _dump_postgresql(target: Path) -> dict[str, Any]:
    """pg_dump in the snapshot the row counts are taken in, so the manifest describes exactly the dump."""
    with transaction.atomic(), connection.cursor() as cursor:
        # A read-only, repeatable-read transaction whose snapshot pg_dump shares
        # (https://www.postgresql.org/docs/15/functions-admin.html#FUNCTIONS-SNAPSHOT-SYNCHRONIZATION).
        cursor.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY")
        cursor.execute("SELECT pg_export_snapshot()")
        snapshot = cursor.fetchone()[0]
        described = _describe(cursor)
        _run(
            [_client("pg_dump"), "--format=custom", f"--snapshot={snapshot}", f"--file={target}"],
            what="pg_dump",
        )
    described["server_version"] = connection.pg_version
    return described


def _dump_sqlite(target: Path) -> dict[str, Any]:
    connection.ensure_connection()
    copy = sqlite3.connect(target)
    try:
        # SQLite's online backup: a consistent copy while the site keeps reading and writing.
        connection.connection.backup(copy)
        return _describe(copy.cursor())
    finally:
        copy.close()


def _describe(cursor) -> dict[str, Any]:
    """Rows per table and the migrations applied, read through ``cursor``."""
    tables = _table_names(cursor)
    counts = {table: _count(cursor, table) for table in tables}
    migrations: dict[str, list[str]] = {}
    if "django_migrations" in tables:
        cursor.execute("SELECT app, name FROM django_migrations ORDER BY app, name")
        for app, name in cursor.fetchall():
            migrations.setdefault(app, []).append(name)
    return {"tables": counts, "migrations": migrations}


def _table_names(cursor) -> list[str]:
    if isinstance(cursor, sqlite3.Cursor):
        cursor.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
            "ORDER BY name"
        )
        return [name for (name,) in cursor.fetchall()]
    return sorted(connection.introspection.table_names(cursor))


def _count(cursor, table: str) -> int:
    cursor.execute(f"SELECT COUNT(*) FROM {connection.ops.quote_name(table)}")  # noqa: S608
    return cursor.fetchone()[0]


# Checking an archive -------------------------------------------------------------------------------------


def backup_check(*, archive: Path, progress: Progress) -> dict[str, Any]:
    """The archive's manifest, once every file in it has been read and matches its sha256.

    Checksums catch a damaged or truncated copy; they do not stop someone who can rewrite the whole
    archive, manifest included (docs/backup.md: keep archives encrypted and access-controlled).
    """
    with _open(archive) as tar:
        manifest = _read_manifest(tar)
        listed = manifest["files"]
        seen: set[str] = set()
        tally = _Tally("  checked", progress)
        for member in tar:
            if member.name == MANIFEST:
                continue
            _check_member_name(member, listed, seen)
            digest = hashlib.sha256()
            with tar.extractfile(member) as handle:
                for chunk in iter(lambda h=handle: h.read(1 << 20), b""):
                    digest.update(chunk)
            if digest.hexdigest() != listed[member.name]["sha256"]:
                raise BackupError(
                    "The archive is damaged: a file's checksum does not match the manifest. "
                    "Nothing was restored; use another copy of the backup."
                )
            tally.add(member.size)
        missing = set(listed) - seen
        if missing:
            raise BackupError(
                f"The archive is incomplete: {len(missing)} file(s) named in the manifest are missing. "
                "Nothing was restored; use another copy of the backup."
            )
    database = manifest["database"]
    progress(
        f"Archive made {manifest['created_at']} by Sigap {manifest['sigap_version']}: "
        f"{ENGINE_NAMES.get(database['engine'], database['engine'])} database of "
        f"{len(database['tables'])} tables ({sum(database['tables'].values()):,} rows)."
    )
    progress(f"Archive checked: {tally.summary()}, every checksum matches.")
    return manifest


def _open(archive: Path) -> tarfile.TarFile:
    archive = Path(archive).expanduser()
    if not archive.is_file():
        raise BackupError(f"{archive} is not a file.")
    try:
        return tarfile.open(archive, mode="r:*")
    except tarfile.TarError as exc:
        raise BackupError(f"{archive} is not a Sigap backup archive ({exc}).") from exc


def _read_manifest(tar: tarfile.TarFile) -> dict[str, Any]:
    try:
        member = tar.getmember(MANIFEST)
        with tar.extractfile(member) as handle:
            manifest = json.load(handle)
    except (KeyError, ValueError, tarfile.TarError) as exc:
        raise BackupError(
            "This is not a Sigap backup archive (it has no readable manifest.json)."
        ) from exc
    if manifest.get("format") != FORMAT:
        raise BackupError("This is not a Sigap backup archive (unknown manifest format).")
    if manifest.get("format_version") != FORMAT_VERSION:
        raise BackupError(
            f"The archive is in backup format {manifest.get('format_version')}; this Sigap reads format "
            f"{FORMAT_VERSION}. Restore it with the Sigap version that made it "
            f"({manifest.get('sigap_version')})."
        )
    if manifest.get("database", {}).get("file") not in manifest.get("files", {}):
        raise BackupError("The archive's manifest is damaged (it names no database dump).")
    return manifest


def _check_member_name(member: tarfile.TarInfo, listed: dict[str, Any], seen: set[str]) -> None:
    # Only the regular files the manifest lists, each once, at a relative path without "..": an archive
    # cannot write anywhere else on the machine.
    path = PurePosixPath(member.name)
    if (
        not member.isfile()
        or member.name not in listed
        or member.name in seen
        or path.is_absolute()
        or ".." in path.parts
    ):
        raise BackupError(
            "The archive holds an entry its manifest does not list. Nothing was restored; "
            "use another copy of the backup."
        )
    seen.add(member.name)


# Restoring -----------------------------------------------------------------------------------------------


def backup_restore(*, archive: Path, force: bool, progress: Progress) -> RestoreReport:
    """Replace the configured database and the upload folders with the archive's.

    In order: every checksum is verified; the database must be of the archive's engine and hold no
    members (unless ``force``); the database is restored (it brings its own schema, so a fresh database
    needs no migrate first), then the files; the restored rows are counted against the manifest; and the
    cache, which describes the old database, is cleared.
    """
    manifest = backup_check(archive=archive, progress=progress)
    engine = _engine()
    archived = manifest["database"]["engine"]
    if archived != engine:
        raise BackupError(
            f"This archive holds a {ENGINE_NAMES.get(archived, archived)} database, but the configured "
            f"database is {ENGINE_NAMES[engine]}. Point DATABASE_URL at an empty "
            f"{ENGINE_NAMES.get(archived, archived)} database and run restore again."
        )
    if engine == "sqlite":
        # On a fresh machine the database's folder may not exist yet; SQLite creates only the file.
        name = str(connection.settings_dict["NAME"])
        if not name.startswith(("file:", ":memory:")):
            Path(name).parent.mkdir(parents=True, exist_ok=True)
    members = _members_in_database()
    if members and not force:
        raise BackupError(
            f"The configured database already holds a Sigap site ({members} user accounts). Restoring "
            "replaces all of it; run restore again with --force to do so."
        )
    report = RestoreReport()
    report.unknown_migrations, report.pending_migrations = _compare_migrations(manifest)

    areas = file_areas()
    with _open(archive) as tar, tempfile.TemporaryDirectory(prefix="sigap-restore-") as work:
        # Looked up by name once: TarFile.getmember() scans the whole list on every call.
        members = {member.name: member for member in tar.getmembers()}
        started = time.monotonic()
        dump = Path(work) / "database"
        _extract(tar, members[manifest["database"]["file"]], dump, manifest)
        if engine == "postgresql":
            _restore_postgresql(dump)
        else:
            _restore_sqlite(dump)
        progress(
            f"Database ({ENGINE_NAMES[engine]}) restored ({time.monotonic() - started:.1f} s)."
        )
        for area in areas:
            _restore_area(tar, members, area, manifest, progress)

    report.tables, report.rows, report.mismatches = _compare_counts(manifest["database"]["tables"])
    _clear_caches(progress)
    return report


def _members_in_database() -> int:
    table = get_user_model()._meta.db_table
    with connection.cursor() as cursor:
        if table not in connection.introspection.table_names(cursor):
            return 0
        return _count(cursor, table)


def _compare_migrations(manifest: dict[str, Any]) -> tuple[list[str], int]:
    archived = {
        (app, name) for app, names in manifest["database"]["migrations"].items() for name in names
    }
    on_disk = set(MigrationLoader(None, ignore_no_migrations=True).disk_migrations)
    unknown = sorted(f"{app}.{name}" for app, name in archived - on_disk)
    return unknown, len(on_disk - archived)


def _extract(
    tar: tarfile.TarFile, member: tarfile.TarInfo, target: Path, manifest: dict[str, Any]
) -> None:
    """Copy one member to ``target``, checking its sha256 again on the way (the archive is read twice)."""
    partial = target.with_name(f".{target.name}.restoring")
    digest = hashlib.sha256()
    try:
        with tar.extractfile(member) as source, partial.open("wb") as copy:
            for chunk in iter(lambda: source.read(1 << 20), b""):
                digest.update(chunk)
                copy.write(chunk)
        if digest.hexdigest() != manifest["files"][member.name]["sha256"]:
            raise BackupError("The archive changed while it was being restored; restore it again.")
    except BaseException:
        # A full disk or a changed archive leaves no half-written file behind among the site's own.
        partial.unlink(missing_ok=True)
        raise
    os.replace(partial, target)


def _restore_postgresql(dump: Path) -> None:
    # The site's connection is closed first: pg_restore drops and recreates every table it holds.
    connection.close()
    _run(
        [
            _client("pg_restore"),
            "--clean",
            "--if-exists",
            "--no-owner",
            "--no-privileges",
            # All or nothing: a failure leaves the database as it was.
            "--single-transaction",
            "--exit-on-error",
            f"--dbname={connection.settings_dict['NAME']}",
            str(dump),
        ],
        what="pg_restore",
    )


def _restore_sqlite(dump: Path) -> None:
    connection.ensure_connection()
    source = sqlite3.connect(dump)
    try:
        # The backup API writes the archived database over the configured one page by page, through
        # SQLite's own locking and journal, rather than a file copy that would leave a stale -wal file.
        source.backup(connection.connection)
    finally:
        source.close()
    connection.close()


def _restore_area(
    tar: tarfile.TarFile,
    members: dict[str, tarfile.TarInfo],
    area: FileArea,
    manifest: dict[str, Any],
    progress: Progress,
) -> None:
    prefix = f"{area.key}/"
    names = [name for name in manifest["files"] if name.startswith(prefix)]
    root = area.root
    if root is None:
        if names:
            progress(
                f"The {area.label} are configured for object storage ({area.backend}); the archive's "
                f"{len(names)} files were not restored. Copy them into the bucket (docs/backup.md)."
            )
        return
    if manifest["media"].get(area.key, {}).get("storage") == "object":
        progress(
            f"The {area.label} were in object storage when the archive was made: restore them from the "
            "bucket's versions or replica (docs/backup.md)."
        )
    tally = _Tally(f"  {area.label}", progress)
    resolved_root = root.resolve()
    for name in names:
        target = root / name.removeprefix(prefix)
        if not target.resolve().is_relative_to(resolved_root):
            raise BackupError("The archive names a file outside its folder; it was not restored.")
        target.parent.mkdir(parents=True, exist_ok=True)
        _extract(tar, members[name], target, manifest)
        tally.add(manifest["files"][name]["size"])
    progress(f"{area.heading} restored: {tally.summary()}")


def _compare_counts(expected: dict[str, int]) -> tuple[int, int, dict[str, tuple[int, int | None]]]:
    with connection.cursor() as cursor:
        present = set(connection.introspection.table_names(cursor))
        actual = {table: _count(cursor, table) if table in present else None for table in expected}
    mismatches = {
        table: (count, actual[table]) for table, count in expected.items() if actual[table] != count
    }
    return len(expected), sum(count or 0 for count in actual.values()), mismatches


def _clear_caches(progress: Progress) -> None:
    # Cached pages, coverage figures, Wagtail's site roots and cached sessions all describe the database
    # that was there before; the version keys (sigap/caching.py) go with them.
    for cache in caches.all(initialized_only=False):
        try:
            # False: sigap.cache.ResilientRedisCache could not reach Redis (it raises nothing).
            cleared = cache.clear() is not False
        except Exception:  # noqa: BLE001 - the restore itself has succeeded; say what is left to do
            cleared = False
        if not cleared:
            progress(
                "The cache could not be cleared (is Redis running?). Flush the cache's Redis database "
                "before the site serves again, or it shows pages from before the restore."
            )
            return
    progress("Cache cleared: it described the database from before the restore.")


# Shared ---------------------------------------------------------------------------------------------------


def _engine() -> str:
    if connection.vendor not in ENGINE_NAMES:
        raise BackupError(
            f"Backups support PostgreSQL and SQLite; the configured database is {connection.vendor}."
        )
    return connection.vendor


def _client(program: str) -> str:
    path = shutil.which(program)
    if path is None:
        raise BackupError(
            f"{program} was not found. Install the PostgreSQL client of the server's major version "
            "(Debian: apt install postgresql-client-15)."
        )
    return path


def _pg_environment() -> dict[str, str]:
    """The connection of DATABASES["default"] as libpq environment variables.

    The password goes only into the child's environment: never onto a command line, where any user of the
    machine could read it in the process list, and never into the output.
    """
    settings_dict = connection.settings_dict
    env = dict(os.environ)
    for key, variable in (
        ("HOST", "PGHOST"),
        ("PORT", "PGPORT"),
        ("USER", "PGUSER"),
        ("PASSWORD", "PGPASSWORD"),
        ("NAME", "PGDATABASE"),
    ):
        if settings_dict.get(key):
            env[variable] = str(settings_dict[key])
    for option, variable in PG_OPTION_VARIABLES.items():
        if settings_dict.get("OPTIONS", {}).get(option) is not None:
            env[variable] = str(settings_dict["OPTIONS"][option])
    return env


def _run(command: list[str], *, what: str) -> None:
    result = subprocess.run(  # noqa: S603 - a fixed program with arguments built here
        command, env=_pg_environment(), capture_output=True, text=True, check=False
    )
    if result.returncode != 0:
        # DETAIL lines can quote a row (a duplicate key's value): left out, as personal data must be.
        lines = [
            line
            for line in result.stderr.splitlines()
            if line.strip() and not line.lstrip().startswith("DETAIL:")
        ]
        raise BackupError(f"{what} failed (exit {result.returncode}):\n" + "\n".join(lines[-10:]))


def _version(distribution: str) -> str:
    try:
        return metadata.version(distribution)
    except metadata.PackageNotFoundError:
        return "unknown"


def _size(size: int) -> str:
    for unit in ("bytes", "KB", "MB", "GB"):
        if size < 1024 or unit == "GB":
            return f"{size:,} {unit}" if unit == "bytes" else f"{size:,.1f} {unit}"
        size /= 1024
    raise AssertionError("unreachable")


class _Tally:
    """Files and bytes done so far, reported every PROGRESS_SECONDS on long copies."""

    def __init__(self, label: str, progress: Progress):
        self.label, self.progress = label, progress
        self.files = self.bytes = 0
        self._reported = time.monotonic()

    def add(self, size: int) -> None:
        self.files += 1
        self.bytes += size
        if time.monotonic() - self._reported >= PROGRESS_SECONDS:
            self._reported = time.monotonic()
            self.progress(f"{self.label}: {self.summary()} so far")

    def summary(self) -> str:
        return f"{self.files:,} file{'' if self.files == 1 else 's'}, {_size(self.bytes)}"


class _HashingReader:
    """Hands a file to tarfile chunk by chunk and keeps the sha256 of what was handed over."""

    def __init__(self, handle: IO[bytes]):
        self.handle = handle
        self.digest = hashlib.sha256()

    def read(self, size: int = -1) -> bytes:
        chunk = self.handle.read(size)
        self.digest.update(chunk)
        return chunk

    def hexdigest(self) -> str:
        return self.digest.hexdigest()
