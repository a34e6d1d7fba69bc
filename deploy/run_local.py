"""`make prod`: the production profile on this machine, against the local PostgreSQL and Redis.

gunicorn (several workers, deploy/gunicorn.conf.py) and one task worker (`manage.py db_worker`) serve
http://127.0.0.1:8000 with sigap.settings.production, as a real deployment does but over plain HTTP on
loopback (SIGAP_LOCAL_HTTP). Ctrl-C stops both. Nothing here is needed on a real server: see docs/deploy.md.

Settings, weakest first: the defaults below, var/prod.env (written once with a new SECRET_KEY; add any
variable of docs/configuration.md there), then PROD_DATABASE_URL, PROD_REDIS_URL and GUNICORN_* from the
shell. The shell's own DATABASE_URL and REDIS_URL are ignored on purpose: they usually point at a test
database.
"""

from __future__ import annotations

import os
import secrets
import signal
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
VAR = ROOT / "var"
ENV_FILE = VAR / "prod.env"
LOCAL = VAR / "prod"
STOP_SECONDS = 30


def read_env_file(path: Path) -> dict[str, str]:
    """KEY=VALUE lines; blank lines and # comments skipped (the format systemd's EnvironmentFile reads)."""
    values = {}
    for line in path.read_text().splitlines():
        line = line.strip()
        if line and not line.startswith("#") and "=" in line:
            key, _, value = line.partition("=")
            values[key.strip()] = value.strip().strip("\"'")
    return values


def ensure_env_file() -> None:
    if ENV_FILE.exists():
        return
    VAR.mkdir(exist_ok=True)
    key = secrets.token_urlsafe(64)
    # Readable by this user only: it holds the secret key that signs sessions and password-reset links.
    descriptor = os.open(ENV_FILE, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(descriptor, "w") as file:
        file.write(
            "# make prod: the production profile on this machine (deploy/run_local.py). Generated once;\n"
            "# keep it secret. Any variable of docs/configuration.md may be added.\n"
            f"SECRET_KEY={key}\n"
        )
    print(f"Wrote a new SECRET_KEY to {ENV_FILE.relative_to(ROOT)}")


def environment() -> dict[str, str]:
    bind = os.environ.get("GUNICORN_BIND", "127.0.0.1:8000")
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "sigap.settings.production",
        "SIGAP_LOCAL_HTTP": "true",
        "SIGAP_SERVE_MEDIA": "true",
        "ALLOWED_HOSTS": "127.0.0.1,localhost",
        "PUBLIC_BASE_URL": f"http://{bind}",
        "GUNICORN_BIND": bind,
        "TASK_BACKEND": "database",
        # Apart from `make run`'s files, so the two never point at each other's uploads.
        "MEDIA_ROOT": str(LOCAL / "media"),
        "PRIVATE_MEDIA_ROOT": str(LOCAL / "private"),
        # No mail server on a workstation: messages are written to files, to be opened there.
        "EMAIL_BACKEND": "django.core.mail.backends.filebased.EmailBackend",
        "EMAIL_FILE_PATH": str(LOCAL / "mail"),
    }
    env |= read_env_file(ENV_FILE)
    env["DATABASE_URL"] = os.environ.get(
        "PROD_DATABASE_URL", "postgres://postgres@127.0.0.1:5432/sigap"
    )
    env["REDIS_URL"] = os.environ.get("PROD_REDIS_URL", "redis://127.0.0.1:6379/1")
    return env


def create_database(url: str) -> None:
    """Create the PostgreSQL database named in the URL if the server does not have it yet."""
    import dj_database_url
    import psycopg
    from psycopg import sql

    config = dj_database_url.parse(url)
    if config["ENGINE"] != "django.db.backends.postgresql":
        return
    connection = psycopg.connect(
        dbname="postgres",
        host=config["HOST"] or None,
        port=config["PORT"] or None,
        user=config["USER"] or None,
        password=config["PASSWORD"] or None,
        autocommit=True,
    )
    with connection:
        exists = connection.execute(
            "SELECT 1 FROM pg_database WHERE datname = %s", [config["NAME"]]
        ).fetchone()
        if not exists:
            connection.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(config["NAME"])))
            print(f"Created the PostgreSQL database {config['NAME']}")


def manage(*args: str, env: dict[str, str], capture: bool = False) -> str:
    result = subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=ROOT,
        env=env,
        check=True,
        text=True,
        stdout=subprocess.PIPE if capture else None,
    )
    return result.stdout or ""


def prepare(env: dict[str, str]) -> None:
    create_database(env["DATABASE_URL"])
    manage("migrate", "--no-input", env=env)
    manage("load_regions", env=env)
    users = manage(
        "shell",
        "--no-imports",
        "--verbosity",
        "0",
        "-c",
        "from accounts.models import User; print(User.objects.exists())",
        env=env,
        capture=True,
    )
    # Demo accounts have public passwords: only into a database that has no one in it yet.
    if users.split()[-1:] == ["False"]:
        manage("seed_demo", "--force", env=env)
    manage("collectstatic", "--no-input", "--verbosity", "0", env=env)


def serve(env: dict[str, str]) -> int:
    """gunicorn and one task worker until Ctrl-C (or until either stops); then both, gracefully."""
    processes = [
        subprocess.Popen(
            [sys.executable, "-m", "gunicorn", "-c", "deploy/gunicorn.conf.py", "sigap.wsgi"],
            cwd=ROOT,
            env=env,
        ),
        subprocess.Popen([sys.executable, "manage.py", "db_worker"], cwd=ROOT, env=env),
    ]
    print(f"Sigap (production profile) on http://{env['GUNICORN_BIND']} — Ctrl-C stops it.")
    code = 0
    try:
        while all(process.poll() is None for process in processes):
            time.sleep(0.5)
        code = next(process.returncode for process in processes if process.poll() is not None)
    except KeyboardInterrupt:
        pass  # The terminal sent SIGINT to the whole group; both are already stopping.
    for process in processes:
        if process.poll() is None:
            process.send_signal(signal.SIGTERM)
    deadline = time.monotonic() + STOP_SECONDS
    for process in processes:
        try:
            process.wait(timeout=max(0.1, deadline - time.monotonic()))
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
    return code


def _stop(signum, frame):
    raise KeyboardInterrupt


def main() -> int:
    # `kill <pid>` stops it as Ctrl-C does, with the two servers, instead of leaving them running.
    signal.signal(signal.SIGTERM, _stop)
    # Also when started in the background, where SIGINT arrives ignored.
    signal.signal(signal.SIGINT, _stop)
    ensure_env_file()
    env = environment()
    prepare(env)
    return serve(env)


if __name__ == "__main__":
    sys.exit(main())
