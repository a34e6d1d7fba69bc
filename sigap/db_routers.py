"""Reads from the read replica, only where asked for: the coverage dashboard and its exports.

With DATABASE_REPLICA_URL set (sigap/settings/base.py) the dashboard's counting over every member of the
country runs on a replica, away from the primary that serves members' quiz answers on a training day. A
replica lags the primary by a moment, which a dashboard of coverage can afford and a member's own pages
cannot (a lesson just completed must show as completed), so reads go there only inside
`reading_from_replica()`; everything else, and every write, uses "default". Without a replica nothing changes.
https://docs.djangoproject.com/en/5.2/topics/db/multi-db/#automatic-database-routing
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar

from django.db import DEFAULT_DB_ALIAS, connections
from django.http import FileResponse, HttpResponse

REPLICA = "replica"

# A context variable rather than a thread-local: a gunicorn thread serves one request at a time, and it
# stays right under ASGI too.
_replica_reads: ContextVar[bool] = ContextVar("sigap_replica_reads", default=False)


@contextmanager
def reading_from_replica() -> Iterator[None]:
    """Send this block's reads to the replica (if one is configured)."""
    token = _replica_reads.set(True)
    try:
        yield
    finally:
        _replica_reads.reset(token)


def replica_in_use() -> bool:
    """Whether reads here go to a replica, which may lag the primary (so what they count is cached briefly)."""
    return _replica_reads.get() and REPLICA in connections.settings


def _streamed_from_replica(chunks) -> Iterator:
    # A streamed download runs its queries while the server sends it, after the view has returned.
    iterator = iter(chunks)
    while True:
        with reading_from_replica():
            try:
                chunk = next(iterator)
            except StopIteration:
                return
        yield chunk


def reads_from_replica(view: Callable[..., HttpResponse]) -> Callable[..., HttpResponse]:
    """Run a view, and the download it streams, with its reads on the replica.

    Put it below login_required, so the session and the signed-in user are read from the primary: a
    member who has just signed in is not yet on the replica.
    """

    @functools.wraps(view)
    def wrapper(request, *args, **kwargs):
        with reading_from_replica():
            response = view(request, *args, **kwargs)
        # A FileResponse's file is complete already (the XLSX is built in the view).
        if response.streaming and not isinstance(response, FileResponse):
            response.streaming_content = _streamed_from_replica(response.streaming_content)
        return response

    return wrapper


class ReplicaRouter:
    """Installed with DATABASE_REPLICA_URL (DATABASE_ROUTERS): reads inside reading_from_replica() go to
    the replica, everything else to "default".

    Both choices are explicit: left to Django, a write (or a related lookup) on an object read from the
    replica would follow that object back to the replica.
    """

    def db_for_read(self, model, **hints):
        if replica_in_use():
            return REPLICA
        return DEFAULT_DB_ALIAS

    def db_for_write(self, model, **hints):
        return DEFAULT_DB_ALIAS

    def allow_relation(self, obj1, obj2, **hints):
        # The replica holds the same rows as the primary: an object read from one may point at the other's.
        return True

    def allow_migrate(self, db, app_label, model_name=None, **hints):
        # The replica copies the primary's schema; migrations run on the primary only.
        return db != REPLICA
