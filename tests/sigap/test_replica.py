"""With a read replica (DATABASE_REPLICA_URL) the coverage dashboard counts on it; nothing else reads there,
and nothing is ever written there.

"replica" is a test mirror of the test database (sigap/settings/test.py), so the rows the tests create are
on both; the tests commit them (transaction=True), as a real primary does before a replica has them.
"""

from __future__ import annotations

from django.db import connections
from django.test.utils import CaptureQueriesContext, override_settings

import pytest

from accounts.models import User
from sigap.db_routers import reading_from_replica
from tests.accounts.factories import UserFactory

from ..coverage.support import task_force

pytestmark = [
    pytest.mark.django_db(
        transaction=True, serialized_rollback=True, databases=["default", "replica"]
    ),
    pytest.mark.usefixtures("replica_router"),
]

# The dashboard's counting goes through these tables; the sign-in check does not.
COUNTED = ("courses_enrolment", "certificates_certificate")


@pytest.fixture
def replica_router():
    with override_settings(DATABASE_ROUTERS=["sigap.db_routers.ReplicaRouter"]):
        yield


def run_on_each(call):
    with (
        CaptureQueriesContext(connections["default"]) as primary,
        CaptureQueriesContext(connections["replica"]) as replica,
    ):
        result = call()
    return result, [q["sql"] for q in primary], [q["sql"] for q in replica]


def counts(queries: list[str]) -> bool:
    return any(table in sql for sql in queries for table in COUNTED)


def test_the_national_dashboard_counts_on_the_replica(client, ministry):
    task_force()
    client.force_login(ministry)

    response, primary, replica = run_on_each(lambda: client.get("/coverage/"))

    assert response.status_code == 200
    assert response.context["report"].total.counts.certified == 3
    assert counts(replica)
    assert not counts(primary)
    # The signed-in user is read from the primary (so is the session, when it is not in Redis): a fresh
    # sign-in may not be on the replica yet.
    assert any('FROM "accounts_user"' in sql for sql in primary)


def test_a_streamed_member_download_counts_on_the_replica_while_it_streams(
    client, coordinator_bandung
):
    force = task_force()
    client.force_login(coordinator_bandung)

    def download():
        response = client.get("/coverage/32.73/members.csv")
        return b"".join(response.streaming_content).decode()

    text, primary, replica = run_on_each(download)

    names = [member.profile.full_name for member in force.members["32.73"]]
    assert all(name in text for name in names)
    assert counts(replica)
    assert not counts(primary)


def test_other_pages_read_from_the_primary(client, learner):
    client.force_login(learner)

    response, primary, replica = run_on_each(lambda: client.get("/me/"))

    assert response.status_code == 200
    assert primary
    assert replica == []


def test_writes_inside_the_replica_block_go_to_the_primary():
    user = UserFactory()

    with reading_from_replica():
        assert User.objects.get(pk=user.pk)._state.db == "replica"
        _, primary, replica = run_on_each(lambda: UserFactory())

    assert any(sql.startswith("INSERT") for sql in primary)
    assert not any(sql.startswith("INSERT") for sql in replica)
    # Outside the block an object read from the replica is saved to (and read from) the primary.
    with reading_from_replica():
        from_replica = User.objects.get(pk=user.pk)
    _, primary, replica = run_on_each(lambda: from_replica.save(update_fields=["is_active"]))
    assert any(sql.startswith("UPDATE") for sql in primary)
    assert replica == []


def test_figures_counted_on_the_replica_are_kept_only_briefly(client, ministry, monkeypatch):
    """A replica may not have replayed the completion that bumped a regency's version yet: what it
    counted must not be kept for the hour that figures counted on the primary are."""
    from coverage import selectors
    from coverage.caching import REPLICA_TIMEOUT_SECONDS, TIMEOUT_SECONDS

    task_force()
    client.force_login(ministry)
    stored = []
    real_set_many = selectors.cache.set_many

    def set_many(data, timeout=None, **kwargs):
        stored.append(timeout)
        return real_set_many(data, timeout, **kwargs)

    monkeypatch.setattr(selectors.cache, "set_many", set_many)
    client.get("/coverage/")
    on_replica = list(stored)
    stored.clear()
    selectors.cache.clear()
    selectors.regency_cells(["31.71"], selectors.Filters())  # outside the dashboard: on the primary

    assert REPLICA_TIMEOUT_SECONDS in on_replica and TIMEOUT_SECONDS not in on_replica
    assert TIMEOUT_SECONDS in stored and REPLICA_TIMEOUT_SECONDS not in stored
