"""Synthetic members at national scale, for benchmarks only (coverage/synthetic.py says what they hold).

manage.py seed_synthetic --members 100000     # refuses if synthetic data exists
manage.py seed_synthetic --replace            # remove the existing synthetic data, then seed
manage.py seed_synthetic --remove             # delete all synthetic data and nothing else
"""

import time

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from coverage.synthetic import (
    DEFAULT_SEED,
    REAL_ACCOUNTS_LIMIT,
    SYNTHETIC_EMAIL_DOMAIN,
    SyntheticRefused,
    real_accounts,
    remove_synthetic,
    seed_synthetic,
)


class Command(BaseCommand):
    help = (
        f"Create synthetic members (addresses @{SYNTHETIC_EMAIL_DOMAIN}) with enrolments, lesson "
        "progress, quiz attempts and certificates (without PDFs), for benchmarks only; or remove them "
        "all with --remove."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--members", type=int, default=100_000, help="How many members (default 100000)."
        )
        parser.add_argument(
            "--seed",
            type=int,
            default=DEFAULT_SEED,
            help=f"Random seed: the same seed gives the same members (default {DEFAULT_SEED}).",
        )
        parser.add_argument(
            "--remove",
            action="store_true",
            help="Delete every synthetic member and everything hanging off them, and nothing else.",
        )
        parser.add_argument(
            "--replace", action="store_true", help="Remove existing synthetic data, then seed."
        )
        parser.add_argument(
            "--force",
            action="store_true",
            help=(
                "Seed even under the production settings or beside more than "
                f"{REAL_ACCOUNTS_LIMIT} real accounts (never on a real deployment)."
            ),
        )

    def handle(self, *args, members, seed, remove, replace, force, **options):
        started = time.monotonic()
        if remove:
            self._report("Removed", remove_synthetic(), started)
            return
        if not force:
            self._refuse_on_a_real_deployment()
        self.stdout.write(f"Seeding {members} synthetic members (seed {seed}):")
        try:
            counts = seed_synthetic(members=members, seed=seed, replace=replace, stdout=self.stdout)
        except SyntheticRefused as refused:
            raise CommandError(refused.message) from refused
        self._report("Created", counts, started)

    def _refuse_on_a_real_deployment(self) -> None:
        # Not DEBUG, as seed_demo checks: the benchmarks seed under the test settings, where it is off.
        if (settings.SETTINGS_MODULE or "").endswith(".production"):
            raise CommandError(
                "Synthetic members are for benchmark databases only; refusing under the production "
                "settings (use --force if this really is a benchmark database)."
            )
        real = real_accounts().count()
        if real > REAL_ACCOUNTS_LIMIT:
            raise CommandError(
                f"This database has {real} real accounts: it looks like a real deployment. Synthetic "
                "members are for benchmark databases only (use --force if you are sure)."
            )

    def _report(self, verb: str, counts: dict[str, int], started: float) -> None:
        self.stdout.write(f"{verb} in {time.monotonic() - started:.1f} s:")
        for name, count in counts.items():
            self.stdout.write(f"  {name:<24} {count:>9}")
