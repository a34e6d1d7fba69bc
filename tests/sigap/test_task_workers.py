"""Task workers' heartbeats, and tasks left running by a worker that died being queued again (sigap/workers.py).

The whole story, with a real worker killed in the middle of a certificate, is tests/faults/test_worker_killed.py.
"""

from __future__ import annotations

import time
from datetime import timedelta

from django.core.exceptions import ImproperlyConfigured
from django.utils import timezone

import pytest
from django_tasks import TaskResultStatus
from django_tasks_db.models import DBTaskResult

from certificates.tasks import issue_certificate
from sigap.models import TaskWorker
from sigap.settings.env import task_backend_config
from sigap.workers import (
    MAX_RUNS,
    Heartbeat,
    _requeue,
    lost_tasks_requeue,
    worker_beat,
    worker_register,
)

LOST_AFTER = 60


@pytest.fixture(autouse=True)
def database_backend(settings):
    settings.TASKS = task_backend_config("database")


def running_task(*worker_ids: str, started_ago: int = 0) -> DBTaskResult:
    """A task claimed by each of ``worker_ids`` in turn (the last one is running it)."""
    task = DBTaskResult.objects.get(pk=issue_certificate.enqueue(1).id)
    for worker_id in worker_ids:
        task.claim(worker_id)
    if started_ago:
        task.started_at = timezone.now() - timedelta(seconds=started_ago)
        task.save(update_fields=["started_at"])
    return task


def worker_seen(worker_id: str, *, seconds_ago: int) -> None:
    worker_register(worker_id=worker_id)
    TaskWorker.objects.filter(pk=worker_id).update(
        seen_at=timezone.now() - timedelta(seconds=seconds_ago)
    )


@pytest.mark.django_db
def test_the_task_of_a_worker_that_stopped_beating_is_queued_again():
    worker_seen("killed", seconds_ago=LOST_AFTER + 5)
    task = running_task("killed")

    assert lost_tasks_requeue(lost_after=LOST_AFTER) == [str(task.pk)]

    task.refresh_from_db()
    assert task.status == TaskResultStatus.READY
    assert task.started_at is None
    assert task.worker_ids == ["killed"]  # the history of runs stays
    assert DBTaskResult.objects.ready().filter(pk=task.pk).exists()  # the next worker takes it


@pytest.mark.django_db
def test_the_task_of_a_live_worker_is_left_running_however_long_it_takes():
    worker_seen("busy", seconds_ago=2)
    task = running_task("busy", started_ago=3600)

    assert lost_tasks_requeue(lost_after=LOST_AFTER) == []
    task.refresh_from_db()
    assert task.status == TaskResultStatus.RUNNING


@pytest.mark.django_db
def test_a_worker_without_a_heartbeat_is_judged_by_how_long_its_task_has_run():
    """A worker that kept no heartbeat (or was forgotten) is given the same time before its task is taken."""
    recent = running_task("unknown")
    old = running_task("unknown", started_ago=LOST_AFTER + 5)

    assert lost_tasks_requeue(lost_after=LOST_AFTER) == [str(old.pk)]
    recent.refresh_from_db()
    assert recent.status == TaskResultStatus.RUNNING


@pytest.mark.django_db
def test_a_task_that_was_running_each_time_a_worker_died_is_marked_failed():
    worker_seen("third", seconds_ago=LOST_AFTER + 5)
    task = running_task(*[f"worker-{n}" for n in range(MAX_RUNS - 1)], "third")

    assert lost_tasks_requeue(lost_after=LOST_AFTER) == [str(task.pk)]

    result = issue_certificate.get_result(str(task.pk))
    assert result.status == TaskResultStatus.FAILED
    assert result.errors[0].exception_class_path == "sigap.workers.WorkerLost"


@pytest.mark.django_db
def test_two_workers_finding_the_same_lost_task_put_it_back_once():
    worker_seen("killed", seconds_ago=LOST_AFTER + 5)
    task = running_task("killed")
    seen_by_both = DBTaskResult.objects.get(pk=task.pk)

    assert _requeue(seen_by_both, "killed") is True
    assert _requeue(seen_by_both, "killed") is False


@pytest.mark.django_db
def test_a_task_claimed_again_meanwhile_is_not_taken_from_its_new_worker():
    worker_seen("killed", seconds_ago=LOST_AFTER + 5)
    stale = running_task("killed")
    DBTaskResult.objects.filter(pk=stale.pk).update(status=TaskResultStatus.READY)
    DBTaskResult.objects.get(pk=stale.pk).claim("new")

    assert _requeue(stale, "killed") is False
    assert DBTaskResult.objects.get(pk=stale.pk).status == TaskResultStatus.RUNNING


@pytest.mark.django_db
def test_workers_silent_for_a_day_are_forgotten():
    worker_seen("long-gone", seconds_ago=2 * 24 * 3600)
    worker_seen("recent", seconds_ago=LOST_AFTER + 5)

    lost_tasks_requeue(lost_after=LOST_AFTER)

    assert list(TaskWorker.objects.values_list("worker_id", flat=True)) == ["recent"]


@pytest.mark.django_db
def test_a_forgotten_worker_registers_again_on_its_next_beat():
    worker_beat(worker_id="back")

    assert TaskWorker.objects.filter(worker_id="back").exists()


# The heartbeat writes from a thread of its own, which sees committed rows only. serialized_rollback, as in
# test_task_backend.py: the flush after a transactional test must not leave the next one without roles.
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_a_running_worker_keeps_its_heartbeat_and_removes_it_when_it_stops():
    worker_seen("killed", seconds_ago=5)
    task = running_task("killed")

    with Heartbeat(worker_id="alive", interval=0.2, lost_after=1):
        first_seen = TaskWorker.objects.get(pk="alive").seen_at
        deadline = time.monotonic() + 20
        while DBTaskResult.objects.get(pk=task.pk).status != TaskResultStatus.READY:
            assert time.monotonic() < deadline, "the heartbeat never put the lost task back"
            time.sleep(0.1)
        assert TaskWorker.objects.get(pk="alive").seen_at > first_seen

    assert not TaskWorker.objects.filter(pk="alive").exists()


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_a_worker_restarted_under_its_own_id_takes_back_at_once_what_its_last_run_left():
    """systemd starts each worker with a fixed id (--worker-id %H-%i): the heartbeat is renewed at once."""
    worker_seen("host-1", seconds_ago=1)
    left = running_task("host-1")
    other = running_task("host-2")
    worker_seen("host-2", seconds_ago=1)

    with Heartbeat(worker_id="host-1", interval=10, lost_after=60):
        assert DBTaskResult.objects.get(pk=left.pk).status == TaskResultStatus.READY
        assert DBTaskResult.objects.get(pk=other.pk).status == TaskResultStatus.RUNNING


def test_the_limit_must_leave_room_for_a_few_heartbeats():
    with pytest.raises(ImproperlyConfigured):
        Heartbeat(worker_id="w", interval=10, lost_after=20)
