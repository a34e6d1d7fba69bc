from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


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
