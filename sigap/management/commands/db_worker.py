"""`manage.py db_worker`: django-tasks-db's worker, with a heartbeat so a worker that dies is noticed.

This command takes the place of django-tasks-db's own (the sigap app comes before django_tasks_db in
INSTALLED_APPS, and Django runs the first command of a name it finds), so every way of starting a worker
(systemd, the container recipe, `make prod`, cron with --batch) keeps a heartbeat and re-queues the tasks of
workers that died. Options and behaviour are otherwise django-tasks-db's. See sigap/workers.py.
"""

from __future__ import annotations

import os

from django.utils.autoreload import DJANGO_AUTORELOAD_ENV

from django_tasks_db.management.commands.db_worker import Command as DatabaseWorkerCommand

from sigap.workers import Heartbeat


class Command(DatabaseWorkerCommand):
    help = (
        "Run a database task worker. It keeps a heartbeat and queues again the tasks of workers that "
        "stopped responding."
    )

    def handle(self, *args, **options) -> None:
        if options["reload"] and os.environ.get(DJANGO_AUTORELOAD_ENV) != "true":
            # The autoreloader's parent only watches files; the process it starts runs the tasks.
            super().handle(*args, **options)
            return
        with Heartbeat(worker_id=options["worker_id"]):
            super().handle(*args, **options)
