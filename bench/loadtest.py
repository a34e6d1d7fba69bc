"""The load test: `make loadtest` prints one `name value unit` line per figure on stdout, like `make bench`.

It starts the production profile on this machine, loopback only, and runs the locust scenario of
bench/load/locustfile.py against it (bench/load/drive.py, one gevent process); docs/benchmarks.md describes
the scenario and keeps the results. Progress and notes go to stderr.

The stack: gunicorn serving sigap.wsgi (deploy/gunicorn.conf.py when it exists, with the workers and
threads below) and one `manage.py db_worker`, with DJANGO_SETTINGS_MODULE=sigap.settings.production,
SIGAP_LOCAL_HTTP=true (plain HTTP on the loopback), a random SECRET_KEY, TASK_BACKEND=database, REDIS_URL
on a database number of its own (LOADTEST_REDIS_URL, default redis://127.0.0.1:6379/3, emptied before and
after), a fresh PostgreSQL database `sigap_load` on LOADTEST_POSTGRES_URL (default
postgres://postgres@127.0.0.1:5432/postgres is where it is created; dropped afterwards), migrated, with
`load_regions`, `seed_demo` and collectstatic into a temporary STATIC_ROOT, and the members and
coordinators of bench/load/population.py. Media and mail go to a temporary folder, removed afterwards.
Before the test each worker renders the members' pages a couple of times (a server that has been up a
while). Every process it starts is stopped at the end, also on Ctrl-C, SIGTERM or failure.

load_p95_ms             95th percentile of the response times of every request of the mixed scenario
                        (--members members and --coordinators coordinators for --duration seconds,
                        arrivals included), in milliseconds. Target: <= 800 ms.
load_error_rate         Failed requests of both phases (a wrong status, a missing marker in the body, a
                        refused connection or a timeout) over all requests, in percent. Target: 0.
load_requests           Requests of the mixed scenario.
load_rps                Those requests per second.
load_sync_start_p95_ms  95th percentile of the "Start" POSTs and the first-question GETs when every member,
                        the quiz page open, presses Start on the same quiz within --sync-window seconds
                        (bench/load/drive.py). Target: <= 1500 ms.
load_sync_start_requests  Requests of that phase (quiz page, start, first question).
worker_rss_mb           The largest resident memory (VmRSS) of a gunicorn worker after the test, in MB.
                        Target: <= 200 MB.
load_certificates_issued  Certificates the task worker issued during the test (members who passed the last
                        quiz of a course whose lessons they had read).
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import secrets
import shutil
import signal
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent
LOAD = REPO / "bench" / "load"

sys.path.append(str(Path(__file__).resolve().parent))
from run import TARGETS, figure, free_port, log, status_of, stop  # noqa: E402

TARGETS.update(
    {
        "load_p95_ms": 800,
        "load_error_rate": 0,
        "load_sync_start_p95_ms": 1500,
        "worker_rss_mb": 200,
    }
)

DATABASE = "sigap_load"
# gunicorn on 2 cores shared with PostgreSQL, the task worker and locust (docs/benchmarks.md).
WORKERS = 3
THREADS = 4
READY_TIMEOUT_S = 60


def database_urls() -> tuple[str, str]:
    server = os.environ.get("LOADTEST_POSTGRES_URL", "postgres://postgres@127.0.0.1:5432/postgres")
    return server, server.rsplit("/", 1)[0] + f"/{DATABASE}"


def recreate_database(server: str) -> None:
    import psycopg

    with psycopg.connect(server, autocommit=True) as connection:
        connection.execute(f'DROP DATABASE IF EXISTS "{DATABASE}" WITH (FORCE)')
        connection.execute(f'CREATE DATABASE "{DATABASE}"')


def drop_database(server: str) -> None:
    import psycopg

    with psycopg.connect(server, autocommit=True) as connection:
        connection.execute(f'DROP DATABASE IF EXISTS "{DATABASE}" WITH (FORCE)')


def empty_redis(url: str) -> None:
    """Sessions, rate limits and cached pages of an earlier run would not match the new database."""
    import redis

    redis.Redis.from_url(url).flushdb()


def server_env(*, database_url: str, redis_url: str, tmp: Path) -> dict[str, str]:
    env = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(("DJANGO_", "SECURE_", "SESSION_", "CSRF_"))
    }
    env.update(
        {
            "DJANGO_SETTINGS_MODULE": "sigap.settings.production",
            "SIGAP_LOCAL_HTTP": "true",
            "SECRET_KEY": secrets.token_urlsafe(64),
            "ALLOWED_HOSTS": "127.0.0.1,localhost",
            "PUBLIC_BASE_URL": "http://127.0.0.1:8000",
            "DATABASE_URL": database_url,
            "REDIS_URL": redis_url,
            "TASK_BACKEND": "database",
            "STATIC_ROOT": str(tmp / "static"),
            "MEDIA_ROOT": str(tmp / "media"),
            "PRIVATE_MEDIA_ROOT": str(tmp / "private"),
            "EMAIL_BACKEND": "django.core.mail.backends.filebased.EmailBackend",
            "EMAIL_FILE_PATH": str(tmp / "mail"),
            "LOG_LEVEL": "WARNING",
            "PYTHONPATH": str(REPO),
        }
    )
    return env


def manage(*args: str, env: dict[str, str]) -> None:
    started = time.perf_counter()
    subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=REPO,
        env=env,
        check=True,
        stdout=subprocess.DEVNULL,
    )
    log(f"  manage.py {' '.join(args)}: {time.perf_counter() - started:.0f} s")


class Processes:
    """The processes this run started, each in its own process group, stopped in reverse order."""

    def __init__(self) -> None:
        self.started: list[tuple[str, subprocess.Popen]] = []

    def start(self, name: str, args: list[str], *, env: dict[str, str], log_path: Path):
        with log_path.open("wb") as output:
            process = subprocess.Popen(
                args,
                cwd=REPO,
                env=env,
                stdin=subprocess.DEVNULL,
                stdout=output,
                stderr=subprocess.STDOUT,
                start_new_session=True,
            )
        self.started.append((name, process))
        return process

    def check_alive(self) -> None:
        for name, process in self.started:
            if process.poll() is not None:
                raise RuntimeError(f"{name} exited with {process.returncode}")

    def stop_all(self) -> None:
        for _name, process in reversed(self.started):
            stop(process)  # SIGTERM to its group, SIGKILL after 15 s (bench/run.py)
        self.started.clear()


def gunicorn_args(*, port: int, workers: int, threads: int) -> list[str]:
    args = [str(BIN / "gunicorn"), "sigap.wsgi:application"]
    config = REPO / "deploy" / "gunicorn.conf.py"
    if config.exists():
        args += ["-c", str(config)]
    # Given on the command line, these win over the config file's.
    return args + [
        "--bind",
        f"127.0.0.1:{port}",
        "--workers",
        str(workers),
        "--threads",
        str(threads),
        "--worker-class",
        "gthread",
    ]


def wait_until_ready(url: str, processes: Processes) -> None:
    deadline = time.monotonic() + READY_TIMEOUT_S
    while time.monotonic() < deadline:
        processes.check_alive()
        if status_of(url) == 200:
            return
        time.sleep(0.5)
    raise RuntimeError(f"{url} did not answer 200 within {READY_TIMEOUT_S} s")


def warm_up(host: str, roster_path: Path, *, workers: int) -> None:
    """A server that has been up a while: each worker has compiled the members' templates once."""
    roster = json.loads(roster_path.read_text())
    member = next(member for member in roster["members"] if member["session"])
    sop = next(
        course for course in roster["courses"] if course["url"] in roster["sync_quiz"]["url"]
    )
    paths = [
        "/me/",
        roster["catalogue"],
        *(course["url"] for course in roster["courses"]),
        sop["lessons"][0]["url"],
        roster["sync_quiz"]["url"],
        "/learn/",
        "/me/certificates/",
    ]
    cookie = f"{roster['session_cookie']}={member['session']}"
    for _ in range(workers * 2):
        for path in [*paths, "/accounts/login/"]:
            request = urllib.request.Request(
                host + path, headers={"Cookie": cookie} if path != "/accounts/login/" else {}
            )
            with urllib.request.urlopen(request, timeout=60) as response:
                response.read()


def worker_pids(master: int) -> list[int]:
    children = Path(f"/proc/{master}/task/{master}/children").read_text().split()
    return [int(pid) for pid in children]


def rss_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024  # kB
    raise RuntimeError(f"no VmRSS for process {pid}")


def certificate_count(database_url: str) -> int:
    import psycopg

    with psycopg.connect(database_url) as connection:
        return connection.execute("SELECT count(*) FROM certificates_certificate").fetchone()[0]


def interrupt(signum, frame) -> None:
    """A SIGTERM (a timeout, `kill`) unwinds like Ctrl-C, so everything started is stopped."""
    raise KeyboardInterrupt


def show_log(path: Path, lines: int = 30) -> None:
    if path.exists():
        log(f"  last lines of {path.name}:")
        for line in path.read_text(errors="replace").splitlines()[-lines:]:
            log(f"    {line}")


def parse_args() -> argparse.Namespace:
    parser = argparse.ArgumentParser(description="Sigap's load test (docs/benchmarks.md).")
    parser.add_argument("--members", type=int, default=300)
    parser.add_argument("--coordinators", type=int, default=5)
    parser.add_argument("--duration", type=int, default=180, help="seconds of the mixed scenario")
    parser.add_argument(
        "--sync-window", type=int, default=10, help="seconds of the synchronised start"
    )
    parser.add_argument(
        "--sign-ins",
        type=int,
        default=None,
        help="members who sign in through the form (default: a thirtieth, 1 to 10)",
    )
    parser.add_argument("--workers", type=int, default=WORKERS, help="gunicorn worker processes")
    parser.add_argument("--threads", type=int, default=THREADS, help="threads per gunicorn worker")
    parser.add_argument(
        "--think-scale", type=float, default=1.0, help="multiplies every think time (smoke tests)"
    )
    parser.add_argument(
        "--serve",
        action="store_true",
        help="set up and start the stack, then wait (until Ctrl-C) instead of running the scenario",
    )
    return parser.parse_args()


def main() -> int:
    args = parse_args()
    sign_ins = args.sign_ins if args.sign_ins is not None else min(10, max(1, args.members // 30))
    server, database_url = database_urls()
    redis_url = os.environ.get("LOADTEST_REDIS_URL", "redis://127.0.0.1:6379/3")
    tmp = Path(tempfile.mkdtemp(prefix="sigap-load-"))
    env = server_env(database_url=database_url, redis_url=redis_url, tmp=tmp)
    processes = Processes()
    signal.signal(signal.SIGTERM, interrupt)
    try:
        log(f"Fresh database {DATABASE}, Redis {redis_url} emptied, files in {tmp}")
        recreate_database(server)
        empty_redis(redis_url)
        manage("migrate", "--no-input", "-v0", env=env)
        manage("load_regions", env=env)
        manage(
            "seed_demo", "--force", env=env
        )  # a throwaway database: its demo passwords are harmless
        manage("collectstatic", "--no-input", "-v0", env=env)
        roster = tmp / "roster.json"
        started = time.perf_counter()
        subprocess.run(
            [
                sys.executable,
                str(LOAD / "population.py"),
                str(roster),
                f"--members={args.members}",
                f"--coordinators={args.coordinators}",
                f"--sign-ins={sign_ins}",
            ],
            cwd=REPO,
            env=env,
            check=True,
        )
        log(f"  population: {time.perf_counter() - started:.0f} s")
        # The certificates of the courses completed "earlier": issued by the worker before the test.
        manage("db_worker", "--batch", "--no-reload", "--no-startup-delay", env=env)

        port = free_port()
        host = f"http://127.0.0.1:{port}"
        log(f"Starting gunicorn ({args.workers} workers x {args.threads} threads) on {host}")
        gunicorn = processes.start(
            "gunicorn",
            gunicorn_args(port=port, workers=args.workers, threads=args.threads),
            env=env,
            log_path=tmp / "gunicorn.log",
        )
        processes.start(
            "db_worker",
            [sys.executable, "manage.py", "db_worker", "--no-reload"],
            env=env,
            log_path=tmp / "db_worker.log",
        )
        wait_until_ready(f"{host}/healthz", processes)
        warm_up(host, roster, workers=args.workers)
        certificates_before = certificate_count(database_url)

        if args.serve:
            log(f"Serving on {host} with the roster {roster} (drive it with bench/load/drive.py);")
            log("Ctrl-C stops everything and drops the database.")
            while True:
                processes.check_alive()
                time.sleep(1)

        results_path = tmp / "results.json"
        drive = subprocess.run(
            [
                sys.executable,
                str(LOAD / "drive.py"),
                f"--roster={roster}",
                f"--host={host}",
                f"--out={results_path}",
                f"--duration={args.duration}",
                f"--sync-window={args.sync_window}",
                f"--think-scale={args.think_scale}",
            ],
            cwd=REPO,
            env={**os.environ, "PYTHONPATH": str(REPO)},
            timeout=args.duration + args.sync_window + 600,
            check=False,
        )
        processes.check_alive()
        if drive.returncode != 0 or not results_path.exists():
            raise RuntimeError(f"bench/load/drive.py exited with {drive.returncode}")
        results = json.loads(results_path.read_text())
        rss = max(rss_mb(pid) for pid in worker_pids(gunicorn.pid))

        ok = [
            figure("load_p95_ms", f"{results['mixed']['p95_ms']:.0f}", "ms"),
            figure("load_error_rate", f"{results['error_rate'] * 100:.2f}", "%"),
        ]
        figure("load_requests", str(results["mixed"]["requests"]), "count")
        figure("load_rps", f"{results['mixed']['rps']:.1f}", "req/s")
        ok.append(figure("load_sync_start_p95_ms", f"{results['sync']['p95_ms']:.0f}", "ms"))
        figure("load_sync_start_requests", str(results["sync"]["requests"]), "count")
        ok.append(figure("worker_rss_mb", f"{rss:.0f}", "MB"))
        issued = certificate_count(database_url) - certificates_before
        figure("load_certificates_issued", str(issued), "count")
        if not all(ok):
            show_log(tmp / "gunicorn.log")
        return 0 if all(ok) else 1
    except KeyboardInterrupt:
        log("Interrupted.")
        return 130
    except Exception:
        show_log(tmp / "gunicorn.log")
        show_log(tmp / "db_worker.log")
        raise
    finally:
        log("Stopping the processes, dropping the database, emptying Redis…")
        processes.stop_all()
        with contextlib.suppress(Exception):
            drop_database(server)
        with contextlib.suppress(Exception):
            empty_redis(redis_url)
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
