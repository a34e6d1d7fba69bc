"""The production task backend (TASK_BACKEND=database, django-tasks-db) with a real worker process.

The worker tests run ``manage.py db_worker`` in a subprocess against the test database, so they need rows
the subprocess can see: transactional tests on PostgreSQL (`make test-postgres`). pytest-django keeps the
SQLite test database in memory, out of another process's reach, so they are skipped there.
"""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
import time
from pathlib import Path
from urllib.parse import quote

from django.db import connection, transaction
from django.utils import timezone

import pytest
from django_tasks import TaskResultStatus
from django_tasks_db.models import DBTaskResult

from certificates.models import Certificate, NumberSequence
from certificates.tasks import issue_certificate, mail_certificate
from courses.models import Enrolment
from courses.services import enrolment_create, lesson_complete
from sigap.settings.env import task_backend_config
from tests.accounts.factories import ProfileFactory, with_role
from tests.courses.factories import lessons_of, make_course

ROOT = Path(__file__).resolve().parents[2]
# Where the worker, running with sigap.settings.test, stores certificate PDFs (PRIVATE_MEDIA_ROOT).
WORKER_PRIVATE_ROOT = ROOT / "var" / "test-private"

needs_postgresql = pytest.mark.skipif(
    connection.vendor != "postgresql",
    reason="the worker process needs a test database it can connect to (PostgreSQL)",
)
# The worker sees only committed rows; serialized_rollback brings back the migrations' data (roles, regions,
# the course catalogue) after the previous transactional test emptied the database.
committed = pytest.mark.django_db(transaction=True, serialized_rollback=True)


class Rollback(Exception):
    pass


@pytest.fixture(autouse=True)
def database_backend(settings):
    # Changing TASKS resets django-tasks' cached backends (its setting_changed receiver).
    settings.TASKS = task_backend_config("database")


def worker_env() -> dict[str, str]:
    """The worker reads the same test database as this process, through DATABASE_URL."""
    db = connection.settings_dict
    credentials = quote(db["USER"] or "")
    if db["PASSWORD"]:
        credentials += ":" + quote(db["PASSWORD"])
    address = db["HOST"] + (f":{db['PORT']}" if db["PORT"] else "")
    url = f"postgres://{credentials}@{address}/{db['NAME']}"
    return {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "sigap.settings.test",
        "DATABASE_URL": url,
        "TASK_BACKEND": "database",
    }


def manage(*args: str) -> subprocess.CompletedProcess:
    result = subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=ROOT,
        env=worker_env(),
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    return result


def run_worker() -> subprocess.CompletedProcess:
    """One pass of the worker as production runs it, exiting once the queue is empty."""
    return manage("db_worker", "--batch", "--no-startup-delay")


def complete_a_course() -> Enrolment:
    """A learner completes a one-lesson course: on commit, the certificate is enqueued."""
    course = make_course(lessons_per_module=1)
    user = with_role(ProfileFactory().user, "Learner")
    enrolment = enrolment_create(user=user, course=course)
    assert lesson_complete(enrolment=enrolment, lesson=lessons_of(course)[0]) is True
    return enrolment


@pytest.fixture
def worker_pdfs():
    """Certificates the worker issues, whose PDFs are removed afterwards."""
    issued: list[Certificate] = []
    yield issued
    for certificate in issued:
        (WORKER_PRIVATE_ROOT / certificate.pdf.name).unlink(missing_ok=True)


def test_database_is_a_task_backend_an_operator_can_choose():
    assert task_backend_config("database") == {
        "default": {"BACKEND": "django_tasks_db.DatabaseBackend"}
    }


@pytest.mark.django_db
def test_a_task_enqueued_in_a_transaction_that_rolls_back_is_never_run():
    with pytest.raises(Rollback), transaction.atomic():
        result = issue_certificate.enqueue(1)
        assert DBTaskResult.objects.filter(pk=result.id).exists()
        raise Rollback

    assert not DBTaskResult.objects.exists()


@needs_postgresql
@committed
def test_the_worker_issues_the_certificate_of_a_completed_course(worker_pdfs):
    enrolment = complete_a_course()
    queued = DBTaskResult.objects.get(task_path=issue_certificate.module_path)
    assert queued.status == TaskResultStatus.READY
    assert not Certificate.objects.exists()  # nothing runs until a worker does

    run_worker()

    certificate = Certificate.objects.get(enrolment=enrolment)
    worker_pdfs.append(certificate)
    result = issue_certificate.get_result(str(queued.pk))
    assert result.status == TaskResultStatus.SUCCESSFUL
    assert result.return_value == certificate.number
    pdf = (WORKER_PRIVATE_ROOT / certificate.pdf.name).read_bytes()
    assert hashlib.sha256(pdf).hexdigest() == certificate.sha256
    # Issuing enqueued the e-mail to the member, which the same pass sent.
    mail = DBTaskResult.objects.get(task_path=mail_certificate.module_path)
    assert mail_certificate.get_result(str(mail.pk)).status == TaskResultStatus.SUCCESSFUL
    # Wagtail's own tasks (publishing the course queued them) ran in the same pass.
    assert set(DBTaskResult.objects.values_list("status", flat=True)) == {
        TaskResultStatus.SUCCESSFUL
    }


@needs_postgresql
@committed
def test_a_certificate_whose_worker_was_killed_is_issued_by_the_next_sweep(worker_pdfs):
    """A task whose worker died stays RUNNING until that worker's heartbeat has been silent for a minute
    (sigap/workers.py; tests/faults/test_worker_killed.py waits for that). Certificates also recover
    through ``issue_missing_certificates`` (run from cron, docs/configuration.md), issuing exactly once."""
    enrolment = complete_a_course()
    queued = DBTaskResult.objects.get(task_path=issue_certificate.module_path)
    NumberSequence.objects.get_or_create(year=timezone.localdate().year)

    # Holding the certificate-number lock keeps the worker inside the task until it is killed.
    with transaction.atomic():
        NumberSequence.objects.select_for_update().get(year=timezone.localdate().year)
        worker = subprocess.Popen(
            [sys.executable, "manage.py", "db_worker", "--batch", "--no-startup-delay"],
            cwd=ROOT,
            env=worker_env(),
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        try:
            deadline = time.monotonic() + 60
            while DBTaskResult.objects.get(pk=queued.pk).status != TaskResultStatus.RUNNING:
                assert worker.poll() is None, "the worker exited before taking the task"
                assert time.monotonic() < deadline, "the worker never took the task"
                time.sleep(0.1)
        finally:
            worker.kill()
            worker.wait(timeout=30)

    run_worker()

    assert DBTaskResult.objects.get(pk=queued.pk).status == TaskResultStatus.RUNNING
    assert not Certificate.objects.filter(enrolment=enrolment).exists()

    assert "Enqueued 1 certificate(s)." in manage("issue_missing_certificates").stdout
    run_worker()

    certificate = Certificate.objects.get(enrolment=enrolment)
    worker_pdfs.append(certificate)
    assert (WORKER_PRIVATE_ROOT / certificate.pdf.name).exists()
