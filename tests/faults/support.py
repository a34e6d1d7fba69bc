"""What the fault tests share: their pytest mark, and the private servers they break (a PostgreSQL 15 cluster
and a redis-server of their own) beside the app as production runs it (gunicorn with deploy/gunicorn.conf.py,
`manage.py db_worker`).

Nothing here touches the machine's shared PostgreSQL on 5432 or Redis on 6379: every server listens on a
free port on 127.0.0.1, keeps its files in a temporary folder, and is stopped by the fixture that started it.
"""

from __future__ import annotations

import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import pytest
import requests

ROOT = Path(__file__).resolve().parents[2]
SCREENSHOTS = ROOT / ".artifacts" / "screenshots" / "faults"

# Every fault test: a transactional database (the app's processes see committed rows only) that gets the
# migrations' data back before each test (see conftest.py).
FAULTS = [pytest.mark.django_db(transaction=True, serialized_rollback=True)]
PG_BIN = Path(os.environ.get("SIGAP_PG_BIN", "/usr/lib/postgresql/15/bin"))
REDIS_SERVER = shutil.which("redis-server") or "/usr/bin/redis-server"
CHROMIUM = "/usr/bin/chromium"


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def wait_until(condition: Callable[[], object], *, timeout: float, what: str, every: float = 0.1):
    """Poll ``condition`` until it returns something true (returned), failing after ``timeout`` seconds."""
    deadline = time.monotonic() + timeout
    while True:
        result = condition()
        if result:
            return result
        if time.monotonic() > deadline:
            raise AssertionError(f"Gave up after {timeout:.0f} s waiting for {what}")
        time.sleep(every)


def missing_binaries() -> list[str]:
    wanted = [PG_BIN / "initdb", PG_BIN / "pg_ctl", Path(REDIS_SERVER)]
    return [str(path) for path in wanted if not path.exists()]


class PrivateServer:
    """A server of the test's own: the subclass's boot() on entering, its destroy() on leaving, and at once
    if booting failed, so a half-started server never outlives its test."""

    def __enter__(self):
        try:
            self.boot()
        except BaseException:
            self.destroy()
            raise
        return self

    def __exit__(self, *exc_info) -> None:
        self.destroy()


class PrivatePostgres(PrivateServer):
    """A PostgreSQL cluster of the test's own, to be stopped and restarted at will.

    PostgreSQL refuses to run as root, so as root (CI) the cluster belongs to the ``postgres`` user.
    fsync is off: the tests restart the server cleanly (a fast shutdown still writes everything out), they
    never simulate a power cut.
    """

    def __init__(self) -> None:
        self.port = free_port()
        self.folder = Path(tempfile.mkdtemp(prefix="sigap-faults-pg-"))
        self.data = self.folder / "data"
        self.log = self.folder / "server.log"
        self.user = "postgres" if os.geteuid() == 0 else None
        if self.user:
            shutil.chown(self.folder, self.user)

    def _run(self, *command: str | Path, check: bool = True) -> subprocess.CompletedProcess:
        command = [str(part) for part in command]
        if self.user:
            command = ["runuser", "-u", self.user, "--", *command]
        result = subprocess.run(command, capture_output=True, text=True, timeout=120)
        if check and result.returncode != 0:
            raise RuntimeError(
                f"{' '.join(command)} failed:\n{result.stdout}{result.stderr}\n{self.log_tail()}"
            )
        return result

    def log_tail(self, lines: int = 30) -> str:
        if not self.log.exists():
            return ""
        return "\n".join(self.log.read_text(errors="replace").splitlines()[-lines:])

    def boot(self) -> None:
        self._run(PG_BIN / "initdb", "-D", self.data, "-A", "trust", "-U", "postgres", "--no-sync")
        self.start()

    def _pg_ctl(self, action: str, *options: str) -> None:
        server_options = (
            f"-p {self.port} -c listen_addresses=127.0.0.1 -k {self.folder} "
            "-c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=100"
        )
        self._run(
            PG_BIN / "pg_ctl",
            "-D",
            self.data,
            "-l",
            self.log,
            "-o",
            server_options,
            "-w",
            "-t",
            "60",
            action,
            *options,
        )

    def start(self) -> None:
        self._pg_ctl("start")

    def stop(self) -> None:
        # "fast": the server disconnects every client and shuts down cleanly, as `systemctl restart` does.
        self._pg_ctl("stop", "-m", "fast")

    def restart(self) -> None:
        self._pg_ctl("restart", "-m", "fast")

    def destroy(self) -> None:
        if self.data.exists():
            self._run(PG_BIN / "pg_ctl", "-D", self.data, "stop", "-m", "immediate", check=False)
        shutil.rmtree(self.folder, ignore_errors=True)

    def url(self, database: str) -> str:
        return f"postgres://postgres@127.0.0.1:{self.port}/{database}"


class PrivateRedis(PrivateServer):
    """A redis-server of the test's own, without persistence: stopped, it comes back empty, as a Redis used
    only as a cache is usually run."""

    def __init__(self) -> None:
        self.port = free_port()
        self.folder = Path(tempfile.mkdtemp(prefix="sigap-faults-redis-"))
        self.process: subprocess.Popen | None = None

    @property
    def url(self) -> str:
        return f"redis://127.0.0.1:{self.port}/0"

    def boot(self) -> None:
        self.start()

    def start(self) -> None:
        log = (self.folder / "server.log").open("a")
        self.process = subprocess.Popen(
            [
                REDIS_SERVER,
                "--port",
                str(self.port),
                "--bind",
                "127.0.0.1",
                "--save",
                "",
                "--appendonly",
                "no",
                "--daemonize",
                "no",
                "--dir",
                str(self.folder),
            ],
            stdout=log,
            stderr=subprocess.STDOUT,
        )
        wait_until(self.answers, timeout=20, what="redis-server to accept connections")

    def answers(self) -> bool:
        try:
            with socket.create_connection(("127.0.0.1", self.port), timeout=1) as conn:
                conn.sendall(b"PING\r\n")
                return conn.recv(16).startswith(b"+PONG")
        except OSError:
            return False

    def stop(self) -> None:
        if self.process is not None:
            self.process.terminate()
            self.process.wait(timeout=20)
            self.process = None

    def destroy(self) -> None:
        self.stop()
        shutil.rmtree(self.folder, ignore_errors=True)


class Process:
    """A Sigap process (gunicorn, a task worker) started for one test, its output in a log file."""

    def __init__(self, command: list[str], *, env: dict[str, str], log: Path):
        self.log = log
        self._log_file = log.open("ab")
        self.popen = subprocess.Popen(
            command, cwd=ROOT, env=env, stdout=self._log_file, stderr=subprocess.STDOUT
        )

    @property
    def pid(self) -> int:
        return self.popen.pid

    def running(self) -> bool:
        return self.popen.poll() is None

    def output(self) -> str:
        return self.log.read_text(errors="replace")

    def kill(self) -> None:
        """SIGKILL: no clean-up of any kind, as the kernel's out-of-memory killer does it."""
        self.popen.kill()
        self.popen.wait(timeout=30)

    def stop(self, *, timeout: float = 30) -> int:
        """SIGTERM, as systemd stops a service; SIGKILL only if it does not stop in time."""
        if self.running():
            self.popen.send_signal(signal.SIGTERM)
            try:
                self.popen.wait(timeout=timeout)
            except subprocess.TimeoutExpired:
                self.popen.kill()
                self.popen.wait(timeout=30)
        self._log_file.close()
        return self.popen.returncode


def manage(*args: str, env: dict[str, str]) -> str:
    result = subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, f"manage.py {' '.join(args)}:\n{result.stdout}{result.stderr}"
    return result.stdout


def start_worker(
    env: dict[str, str], log: Path, *, worker_id: str, launcher: str = "manage.py"
) -> Process:
    """A task worker as production runs it (no --batch): it stays until stopped."""
    command = [sys.executable, launcher, "db_worker", "--no-startup-delay", "--interval", "0.2"]
    return Process([*command, "--worker-id", worker_id], env=env, log=log)


def start_gunicorn(env: dict[str, str], log: Path) -> tuple[Process, str]:
    """gunicorn with the production configuration (deploy/gunicorn.conf.py) on a free loopback port."""
    port = free_port()
    url = f"http://127.0.0.1:{port}"
    env = {
        **env,
        "GUNICORN_BIND": f"127.0.0.1:{port}",
        "GUNICORN_WORKERS": "2",
        "GUNICORN_THREADS": "2",
        "PUBLIC_BASE_URL": url,
    }
    process = Process(
        [sys.executable, "-m", "gunicorn", "-c", "deploy/gunicorn.conf.py", "sigap.wsgi"],
        env=env,
        log=log,
    )

    def healthy() -> bool:
        assert process.running(), f"gunicorn exited:\n{process.output()}"
        try:
            return requests.get(f"{url}/healthz", timeout=5).status_code == 200
        except requests.RequestException:
            return False

    wait_until(healthy, timeout=60, what="gunicorn to answer /healthz", every=0.25)
    return process, url


def failed(request) -> bool:
    """Whether the test (not its set-up) failed, for fixtures that leave evidence behind; the browser
    journeys' hook, which conftest.py borrows, records the outcome."""
    report = getattr(request.node, "_e2e_call_report", None)
    return report is not None and report.failed
