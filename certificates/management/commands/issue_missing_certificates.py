"""Enqueue the certificate of every completion that should have one and does not (after failed renders).

Safe to run at any time and as often as wanted: issuing is idempotent. Run it every few minutes in production.
"""

from django.core.management.base import BaseCommand

from certificates.selectors import enrolments_missing_certificates
from certificates.tasks import issue_certificate


class Command(BaseCommand):
    help = "Enqueue certificates for completed courses that have none yet."

    def handle(self, *args, **options):
        ids = enrolments_missing_certificates()
        for enrolment_id in ids:
            issue_certificate.enqueue(enrolment_id)
        self.stdout.write(f"Enqueued {len(ids)} certificate(s).")
