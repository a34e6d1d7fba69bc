"""E-mail every regional coordinator the coverage digest of the last full week. Run it weekly, on Monday."""

from django.core.management.base import BaseCommand, CommandError

from coverage.digest import last_full_week, week_starting
from coverage.tasks import send_weekly_digests


class Command(BaseCommand):
    help = (
        "E-mail every regional coordinator the coverage digest of the last full week (Monday to Sunday); "
        "a coordinator who already has that week's digest is skipped."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--week",
            metavar="YYYY-MM-DD",
            help="The Monday of an earlier week to send instead (for one that was missed).",
        )

    def handle(self, *args, week=None, **options):
        try:
            start = week_starting(week).start if week else last_full_week().start
        except ValueError as error:
            raise CommandError(str(error)) from error
        send_weekly_digests.enqueue(start.isoformat())
        self.stdout.write(f"Coverage digests for the week of {start.isoformat()} enqueued.")
