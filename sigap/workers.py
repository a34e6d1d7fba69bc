"""Task workers that notice when one of them has died, so no task is left half-done for ever.

django-tasks-db marks a task RUNNING when a worker claims it and never looks at it again: a worker killed in
the middle (out of memory, SIGKILL, a machine losing power) leaves it RUNNING, and no worker runs it again.
So every `manage.py db_worker` (sigap/management/commands/db_worker.py) keeps a heartbeat: a TaskWorker row
it touches every TASK_WORKER_HEARTBEAT_SECONDS, with the database's clock. Each worker also looks, as often,
for RUNNING tasks whose worker has been silent for TASK_WORKER_LOST_AFTER_SECONDS, and queues them again; and
a worker that starts takes back at once what an earlier run under its own id (a fixed --worker-id) left.

Safe with many workers on many machines: heartbeats are timed by the database's clock (only a task whose
worker never beat at all is judged by the time django-tasks-db stamped when it was claimed, from the claiming
machine's clock, so keep machines on NTP); a task
is put back with one conditional UPDATE (still RUNNING, still the same claim), so two workers that both find
it cannot both act; a worker looks only once its own heartbeat has been through a whole interval since it
started or last lost the database, so a worker that is merely waiting for a database that has just come back
is seen before anyone judges it dead. A task whose workers died MAX_RUNS times is marked failed instead of
killing yet another worker.

What it cannot tell apart: a worker that is alive but cut off from the database for longer than the limit
looks dead, so its task may run twice. Sigap's tasks allow that (issuing a certificate is idempotent).
See docs/resilience.md.
"""

from __future__ import annotations

import logging
import os
import socket
import threading
from datetime import timedelta

from django.conf import settings
from django.core.exceptions import ImproperlyConfigured
from django.db import DatabaseError, close_old_connections, connections
from django.db.models import BooleanField, DateTimeField, ExpressionWrapper, Q
from django.db.models.functions import Now

from django_tasks_db.compat import TaskResultStatus
from django_tasks_db.models import DBTaskResult

from .models import TaskWorker

logger = logging.getLogger(__name__)

#: Runs of one task (claims by a worker) before a worker that died in it is blamed on the task itself.
MAX_RUNS = 3
#: Rows of workers silent this long are deleted; their tasks, if any are still running, are judged by age.
FORGET_AFTER = timedelta(days=1)


class WorkerLost(Exception):
    """Recorded as the error of a task that was running each time a worker died, MAX_RUNS times."""


def _db_now_minus(delta: timedelta) -> ExpressionWrapper:
    return ExpressionWrapper(Now() - delta, output_field=DateTimeField())


def worker_register(*, worker_id: str) -> None:
    TaskWorker.objects.update_or_create(
        worker_id=worker_id,
        defaults={
            "hostname": socket.gethostname()[:255],
            "pid": os.getpid(),
            "started_at": Now(),
            "seen_at": Now(),
        },
    )


def worker_beat(*, worker_id: str) -> None:
    if not TaskWorker.objects.filter(worker_id=worker_id).update(seen_at=Now()):
        # Forgotten while cut off from the database for a long time: introduce ourselves again.
        worker_register(worker_id=worker_id)


def worker_forget(*, worker_id: str) -> None:
    TaskWorker.objects.filter(worker_id=worker_id).delete()


def lost_tasks_requeue(*, lost_after: int | None = None) -> list[str]:
    """Queue again every RUNNING task whose worker has been silent for ``lost_after`` seconds (a worker that
    never kept a heartbeat counts as silent since the task started); returns the ids of the tasks put back
    or, after MAX_RUNS, marked failed."""
    lost_after = lost_after or settings.TASK_WORKER_LOST_AFTER_SECONDS
    cutoff = _db_now_minus(timedelta(seconds=lost_after))
    TaskWorker.objects.filter(seen_at__lt=_db_now_minus(FORGET_AFTER)).delete()
    alive = set(TaskWorker.objects.filter(seen_at__gte=cutoff).values_list("worker_id", flat=True))
    known = set(TaskWorker.objects.values_list("worker_id", flat=True))

    def lost(worker_id: str, task: DBTaskResult) -> bool:
        if worker_id in known:
            return worker_id not in alive
        return task.started_long_ago

    return _requeue_where(lost, cutoff=cutoff)


def own_tasks_requeue(*, worker_id: str) -> list[str]:
    """Queue again the tasks still RUNNING under ``worker_id`` when a worker of that id starts.

    Worker ids are unique in the pool, so such a task was left by an earlier run of this same worker: one
    started with a fixed id (the systemd unit's ``--worker-id %H-%i``) and killed. Its heartbeat has just been
    renewed by the new run, so it would never look lost.
    """
    return _requeue_where(lambda last, task: last == worker_id)


def _requeue_where(is_lost, *, cutoff=None) -> list[str]:
    running = DBTaskResult.objects.running().only("id", "task_path", "worker_ids", "started_at")
    if cutoff is not None:
        running = running.annotate(
            started_long_ago=ExpressionWrapper(
                Q(started_at__lt=cutoff), output_field=BooleanField()
            )
        )
    handled = []
    for task in running:
        worker_id = task.worker_ids[-1] if task.worker_ids else ""
        if is_lost(worker_id, task) and _requeue(task, worker_id):
            handled.append(str(task.pk))
    return handled


def _requeue(task: DBTaskResult, worker_id: str) -> bool:
    # Compare-and-set: only if no one else has put it back, or a worker claimed it again, in the meantime.
    same_claim = DBTaskResult.objects.filter(
        pk=task.pk, status=TaskResultStatus.RUNNING, started_at=task.started_at
    )
    runs = len(task.worker_ids)
    if runs >= MAX_RUNS:
        changed = same_claim.update(
            status=TaskResultStatus.FAILED,
            finished_at=Now(),
            return_value=None,
            exception_class_path=f"{WorkerLost.__module__}.{WorkerLost.__qualname__}",
            traceback=f"The worker running this task stopped responding, {runs} times; not run again.",
        )
        if changed:
            logger.error(
                "Task %s (%s) was running each time a worker died (%s runs): marked failed",
                task.pk,
                task.task_path,
                runs,
            )
        return bool(changed)
    changed = same_claim.update(status=TaskResultStatus.READY, started_at=None)
    if changed:
        logger.warning(
            "Task %s (%s) was left running by worker %s, which stopped responding: queued again "
            "(run %s of at most %s)",
            task.pk,
            task.task_path,
            worker_id or "(unknown)",
            runs + 1,
            MAX_RUNS,
        )
    return bool(changed)


class Heartbeat:
    """``with Heartbeat(worker_id=...):`` around a worker's loop: registers the worker, keeps its row fresh
    and puts back lost tasks from a thread of its own (so a long task does not stop the heartbeat), and
    removes the row on a clean exit. A killed worker leaves its row behind, to go stale."""

    def __init__(
        self, *, worker_id: str, interval: float | None = None, lost_after: int | None = None
    ):
        self.worker_id = worker_id
        self.interval = interval or settings.TASK_WORKER_HEARTBEAT_SECONDS
        self.lost_after = lost_after or settings.TASK_WORKER_LOST_AFTER_SECONDS
        if self.lost_after < 3 * self.interval:
            raise ImproperlyConfigured(
                "TASK_WORKER_LOST_AFTER_SECONDS must be at least three heartbeats "
                "(TASK_WORKER_HEARTBEAT_SECONDS), or a slow beat would make a live worker look dead."
            )
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="task-worker-heartbeat", daemon=True)

    def __enter__(self) -> Heartbeat:
        worker_register(worker_id=self.worker_id)
        own_tasks_requeue(worker_id=self.worker_id)
        self._thread.start()
        return self

    def __exit__(self, *exc_info) -> None:
        self._stop.set()
        self._thread.join(timeout=self.interval + 5)
        try:
            worker_forget(worker_id=self.worker_id)
        except DatabaseError:
            # Left to go stale, like a killed worker's; this worker's own task has finished or failed.
            logger.warning("Task worker %s could not remove its heartbeat", self.worker_id)

    def _run(self) -> None:
        # Beats in a row since the start (registering was the first) or since the database was last lost.
        streak = 1
        try:
            while not self._stop.wait(self.interval):
                try:
                    close_old_connections()
                    worker_beat(worker_id=self.worker_id)
                    if streak:
                        lost_tasks_requeue(lost_after=self.lost_after)
                    streak += 1
                except DatabaseError as exc:
                    if streak:
                        logger.warning(
                            "Task worker %s cannot reach the database (%s); still trying",
                            self.worker_id,
                            type(exc).__name__,
                        )
                    streak = 0
                except Exception:
                    # A bug here must not stop the heartbeat: the worker would look dead.
                    logger.exception(
                        "Task worker %s: looking for lost tasks failed", self.worker_id
                    )
        finally:
            connections.close_all()
