"""Enqueue the certificate of every completion (or passed renewal) that should have one and does not.

Safe to run at any time and as often as wanted: issuing is idempotent. Run it every few minutes in production.
"""

from django.core.management.base import BaseCommand

from certificates.renewals import renewals_missing_certificates
from certificates.selectors import enrolments_missing_certificates
from certificates.tasks import issue_certificate, issue_renewal_certificate


class Command(BaseCommand):
    help = "Enqueue certificates for completed courses that have none yet."

    def handle(self, *args, **options):
        ids = enrolments_missing_certificates()
        for enrolment_id in ids:
            issue_certificate.enqueue(enrolment_id)
        renewals = renewals_missing_certificates()
        for renewal_id in renewals:
            issue_renewal_certificate.enqueue(renewal_id)
        self.stdout.write(f"Enqueued {len(ids) + len(renewals)} certificate(s).")
