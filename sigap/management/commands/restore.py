"""Put a site back from an archive made by `manage.py backup` (sigap/backup.py, docs/backup.md).

manage.py restore ARCHIVE            # into an empty database (a fresh machine needs no migrate first)
manage.py restore ARCHIVE --force    # over a database that already holds a site: replaces it
manage.py restore ARCHIVE --check    # only verify the archive's checksums; change nothing
"""

from __future__ import annotations

from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from sigap.backup import BackupError, backup_check, backup_restore


class Command(BaseCommand):
    help = (
        "Restore the database, the public media and the certificate PDFs from a backup archive, after "
        "checking every file's checksum."
    )

    def add_arguments(self, parser):
        parser.add_argument("archive", type=Path, help="The archive written by manage.py backup.")
        parser.add_argument(
            "--force",
            action="store_true",
            help="Restore even though the database already holds a site (it is replaced).",
        )
        parser.add_argument(
            "--check",
            action="store_true",
            help="Only check that the archive is complete and undamaged; restore nothing.",
        )

    def handle(self, *args, archive: Path, force: bool, check: bool, **options):
        try:
            if check:
                backup_check(archive=archive, progress=self.stdout.write)
                return
            report = backup_restore(archive=archive, force=force, progress=self.stdout.write)
        except BackupError as error:
            raise CommandError(error.message) from error
        if report.unknown_migrations:
            self.stderr.write(
                f"The archive was made by a newer Sigap: {len(report.unknown_migrations)} of its "
                f"migrations are unknown to this code ({', '.join(report.unknown_migrations[:5])}). "
                "Install the Sigap version that made it before serving the site."
            )
        if report.pending_migrations:
            self.stdout.write(
                f"This code has {report.pending_migrations} migrations the archive had not applied: "
                "run `manage.py migrate` before serving the site."
            )
        if report.mismatches:
            differing = ", ".join(
                f"{table} ({expected} in the manifest, {found if found is not None else 'missing'} here)"
                for table, (expected, found) in sorted(report.mismatches.items())
            )
            raise CommandError(
                f"Restored, but the row counts differ from the manifest: {differing}"
            )
        self.stdout.write(
            self.style.SUCCESS(
                f"Restored. Row counts match the manifest in all {report.tables} tables "
                f"({report.rows:,} rows)."
            )
        )
