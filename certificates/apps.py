import logging

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _

logger = logging.getLogger(__name__)


class CertificatesConfig(AppConfig):
    name = "certificates"
    verbose_name = _("Certificates")

    def ready(self):
        # A completed course gets its certificate through the task queue (courses/completion.py sends the
        # signal once the completing transaction has committed).
        from courses.completion import course_completed

        from .tasks import issue_certificate

        def enqueue_certificate(sender, enrolment, **kwargs):
            issue_certificate.enqueue(enrolment.pk)

        course_completed.connect(
            enqueue_certificate, dispatch_uid="certificates-issue-on-completion", weak=False
        )

        # A member renewing a certificate who passes the course's quiz again gets a new one.
        from quizzes.services import attempt_submitted

        from .renewals import renewal_check
        from .tasks import issue_renewal_certificate

        def renew_on_pass(sender, attempt, **kwargs):
            # After the graded attempt committed: a failure here must not fail the member's submission
            # (issue_missing_certificates sweeps up a renewal left without its certificate).
            try:
                renewal = renewal_check(attempt=attempt)
                if renewal is not None:
                    issue_renewal_certificate.enqueue(renewal.pk)
            except Exception:
                logger.exception("Renewal check after attempt %s failed", attempt.pk)

        attempt_submitted.connect(
            renew_on_pass, dispatch_uid="certificates-renew-on-pass", weak=False
        )
