from django.db import OperationalError

import pytest


@pytest.mark.django_db
def test_healthz_answers_200_when_the_database_is_reachable(client):
    response = client.get("/healthz")

    assert response.status_code == 200
    assert response.json() == {"status": "ok", "database": "ok"}
    assert "no-cache" in response["Cache-Control"]


@pytest.mark.django_db
def test_healthz_answers_503_when_the_database_is_not(client, monkeypatch):
    from django.db import connection

    def broken_cursor(*args, **kwargs):
        raise OperationalError("connection refused")

    monkeypatch.setattr(connection, "cursor", broken_cursor)

    response = client.get("/healthz")

    assert response.status_code == 503
    assert response.json()["database"] == "unreachable"


def test_healthz_answers_503_when_the_database_server_is_down(rf, settings, django_db_blocker):
    """A real unreachable server: PostgreSQL on a port where nothing listens."""
    from django.db import connections

    from sigap import views
    from sigap.settings.env import database_config

    alias = "unreachable"
    config = database_config("postgres://nobody@127.0.0.1:9/none", base_dir=settings.BASE_DIR)
    config["OPTIONS"] = {"connect_timeout": 2}
    configured = connections.configure_settings(
        {"default": settings.DATABASES["default"], alias: config}
    )
    connections.settings[alias] = configured[alias]
    real = views.connection
    views.connection = connections[alias]
    try:
        with django_db_blocker.unblock():
            response = views.healthz(rf.get("/healthz"))
    finally:
        views.connection = real
        connections[alias].close()
        del connections.settings[alias]

    assert response.status_code == 503


@pytest.mark.django_db
def test_healthz_answers_a_head_request_as_load_balancers_send_it(client):
    response = client.head("/healthz")

    assert response.status_code == 200
    assert "no-cache" in response["Cache-Control"]
