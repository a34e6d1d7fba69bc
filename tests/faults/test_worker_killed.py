"""A task worker killed in the middle of a certificate: after a restart the certificate exists exactly once.

A learner completes a course; the first worker claims the certificate task and is killed with SIGKILL while
rendering the PDF (tests/faults/stalling_worker.py holds it there). Nothing cleans up after SIGKILL: the task
is left RUNNING. A new worker is started, as systemd would start one, and production's own code path
(sigap/workers.py: the killed worker's heartbeat goes stale, its task is queued again) must lead to one
certificate, one PDF on disk, one e-mail to the member, and nothing left for the sweep.
"""

from __future__ import annotations

import email
import hashlib

from django.utils import timezone

from django_tasks import TaskResultStatus
from django_tasks_db.models import DBTaskResult

from certificates.models import Certificate, NumberSequence
from certificates.tasks import issue_certificate, mail_certificate
from sigap.models import TaskWorker
from tests.certificates.factories import completed_enrolment

from .support import FAULTS, manage, start_worker, wait_until

pytestmark = FAULTS


def files_under(folder) -> list:
    return sorted(path for path in folder.rglob("*") if path.is_file())


def test_a_worker_killed_while_rendering_a_certificate_leaves_exactly_one_certificate(
    production_env, tmp_path
):
    enrolment = completed_enrolment()  # its certificate task is queued when the completion commits
    task = DBTaskResult.objects.get(task_path=issue_certificate.module_path)
    private = tmp_path / "private"
    rendered = tmp_path / "rendered"

    # The first worker takes the task, renders the PDF and is killed before it stores anything.
    stalling = start_worker(
        {**production_env, "SIGAP_FAULT_RENDERED": str(rendered)},
        tmp_path / "killed-worker.log",
        worker_id="killed-worker",
        launcher="tests/faults/stalling_worker.py",
    )
    try:
        wait_until(
            lambda: rendered.exists() or not stalling.running(),
            timeout=90,
            what="the first worker to render the certificate",
        )
        assert stalling.running(), stalling.output()
    finally:
        stalling.kill()
    killed_number = rendered.read_text()

    task.refresh_from_db()
    assert task.status == TaskResultStatus.RUNNING  # nothing tells the queue the worker is gone
    assert task.worker_ids == ["killed-worker"]
    assert not Certificate.objects.exists()
    assert files_under(private) == []
    # The number the killed render used is spent: numbers are never handed out twice.
    year = timezone.localdate().year
    assert NumberSequence.objects.get(year=year).last == int(killed_number.rsplit("-", 1)[1])

    # A new worker starts. It finds the task of the silent worker, runs it again, and mails the member.
    worker = start_worker(production_env, tmp_path / "worker.log", worker_id="new-worker")
    try:
        wait_until(
            lambda: (
                DBTaskResult.objects.filter(
                    task_path=mail_certificate.module_path, status=TaskResultStatus.SUCCESSFUL
                ).exists()
                or not worker.running()
            ),
            timeout=90,
            what="the new worker to issue the certificate and send the e-mail",
        )
        assert worker.running(), worker.output()
    finally:
        assert worker.stop() == 0, worker.output()

    certificate = Certificate.objects.get(enrolment=enrolment)
    assert certificate.number != killed_number
    task.refresh_from_db()
    assert task.status == TaskResultStatus.SUCCESSFUL
    assert task.return_value == certificate.number
    assert task.worker_ids == ["killed-worker", "new-worker"]
    assert "was left running by worker killed-worker" in worker.output()

    # One PDF in private storage, the certificate's own: the killed render left nothing behind.
    (pdf,) = files_under(private)
    assert pdf == private / certificate.pdf.name
    assert hashlib.sha256(pdf.read_bytes()).hexdigest() == certificate.sha256

    # One e-mail, to the member, about this certificate.
    (mail_file,) = files_under(tmp_path / "mail")
    message = email.message_from_bytes(mail_file.read_bytes())
    assert message["To"] == enrolment.user.email
    assert certificate.number in message.get_payload(decode=True).decode()
    assert DBTaskResult.objects.filter(task_path=mail_certificate.module_path).count() == 1

    # Nothing is left for the sweep, and the worker that stopped cleanly took its heartbeat with it.
    assert "Enqueued 0 certificate(s)." in manage("issue_missing_certificates", env=production_env)
    assert list(TaskWorker.objects.values_list("worker_id", flat=True)) == ["killed-worker"]
