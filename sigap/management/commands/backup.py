"""One archive of the whole site: the database and the uploaded files (sigap/backup.py, docs/backup.md).

manage.py backup                                   # sigap-backup-<date>-<time>.tar in the current folder
manage.py backup --output /var/backups/sigap/      # a new archive in that folder
"""

from __future__ import annotations

from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from sigap.backup import BackupError, backup_create


class Command(BaseCommand):
    help = (
        "Write the database, the public media and the certificate PDFs into one archive, readable by its "
        "owner only (it holds personal data)."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--output",
            type=Path,
            default=Path.cwd(),
            help="The archive to write (must not exist yet) or a folder to write it in (default: here).",
        )

    def handle(self, *args, output: Path, **options):
        try:
            archive = backup_create(output=output, progress=self.stdout.write)
        except BackupError as error:
            raise CommandError(error.message) from error
        self.stdout.write(self.style.SUCCESS(f"Backup written to {archive}"))
