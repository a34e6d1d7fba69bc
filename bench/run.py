"""Sigap's performance figures: `make bench` prints one `name value unit` line per figure on stdout.

Progress and notes go to stderr, so stdout can be compared or collected as it is.

home_page_ms       Median server time of an anonymous GET / (the Wagtail HomePage), in milliseconds.
                   Measured in-process with Django's test Client, settings `sigap.settings.test`, on a
                   throwaway SQLite database built by running the migrations: 20 warm-up requests,
                   then the median of 200. Target: <= 30 ms.
home_page_queries  SQL queries for one warm GET /. Target: <= 8.
home_page_kb_gzip  The HTML of GET / plus every stylesheet (<link rel="stylesheet" href>) and script
                   (<script src>) it links, each gzip-compressed at level 6, summed, in KB of
                   1024 bytes. Target: <= 50 KB.
fresh_setup_s      Seconds from the start of `git clone` of the committed HEAD into a temporary
                   directory to the first 200 from http://127.0.0.1:<port>/ served by `make run`
                   there (which creates a virtualenv, pip-installs, migrates and seeds the demo).
                   Target: <= 180 s. Skipped when BENCH_SKIP_SETUP=1.

The in-process figures use the per-process memory cache (REDIS_URL is cleared) so they do not depend
on what the machine running them has configured.
"""

from __future__ import annotations

import contextlib
import gzip
import os
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from html.parser import HTMLParser
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent

WARMUP_REQUESTS = 20
TIMED_REQUESTS = 200
GZIP_LEVEL = 6
SETUP_TIMEOUT_S = 600
POLL_INTERVAL_S = 0.5

# Taken before Django touches os.environ, for the `make run` subprocess.
ORIGINAL_ENV = dict(os.environ)


def log(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


def figure(name: str, value: str, unit: str) -> None:
    print(f"{name} {value} {unit}", flush=True)


# Home page: time, queries and weight ------------------------------------------------------------


class AssetLinks(HTMLParser):
    """Collects the URLs of the stylesheets and scripts a page links."""

    def __init__(self) -> None:
        super().__init__()
        self.urls: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        attributes = {name: value or "" for name, value in attrs}
        if tag == "link" and "stylesheet" in attributes.get("rel", "").lower().split():
            if attributes.get("href"):
                self.urls.append(attributes["href"])
        elif tag == "script" and attributes.get("src"):
            self.urls.append(attributes["src"])


def gzip_size(data: bytes) -> int:
    return len(gzip.compress(data, compresslevel=GZIP_LEVEL))


def static_file(url: str) -> Path:
    """The file behind a /static/ URL, found the way runserver finds it (no collectstatic needed)."""
    from django.conf import settings
    from django.contrib.staticfiles import finders

    path = url.split("?", 1)[0].split("#", 1)[0]
    if not path.startswith(settings.STATIC_URL):
        raise RuntimeError(f"GET / links {url!r}, which is not under STATIC_URL")
    found = finders.find(path.removeprefix(settings.STATIC_URL))
    if not found:
        raise RuntimeError(f"GET / links {url!r}, which no static files finder finds")
    return Path(found)


def bench_home_page() -> None:
    """home_page_ms, home_page_queries and home_page_kb_gzip, against a throwaway SQLite database."""
    tmp = tempfile.mkdtemp(prefix="sigap-bench-db-")
    try:
        os.environ["DJANGO_SETTINGS_MODULE"] = "sigap.settings.test"
        os.environ["DATABASE_URL"] = f"sqlite:///{Path(tmp) / 'bench.sqlite3'}"
        os.environ["REDIS_URL"] = ""
        sys.path.insert(0, str(REPO))

        import django

        django.setup()

        from django.core.management import call_command
        from django.db import connection
        from django.test import Client
        from django.test.utils import CaptureQueriesContext

        # No setup_test_environment(): its template instrumentation would add to the timings, and
        # sigap.settings.test already allows any host.

        log("Migrating a throwaway SQLite database…")
        started = time.perf_counter()
        call_command("migrate", interactive=False, verbosity=0)
        log(f"  migrated in {time.perf_counter() - started:.1f} s")

        client = Client()

        with CaptureQueriesContext(connection) as cold:
            response = client.get("/")
        if response.status_code != 200:
            raise RuntimeError(f"GET / answered {response.status_code}, expected 200")
        log(f"  first (cold) GET / ran {len(cold.captured_queries)} queries")

        log(f"Warming up with {WARMUP_REQUESTS} requests, timing {TIMED_REQUESTS}…")
        for _ in range(WARMUP_REQUESTS):
            client.get("/")
        timings_ms = []
        for _ in range(TIMED_REQUESTS):
            started = time.perf_counter()
            response = client.get("/")
            timings_ms.append((time.perf_counter() - started) * 1000)
            if response.status_code != 200:
                raise RuntimeError(f"GET / answered {response.status_code}, expected 200")
        timings_ms.sort()
        log(
            f"  min {timings_ms[0]:.1f} ms, p90 {timings_ms[int(len(timings_ms) * 0.9)]:.1f} ms,"
            f" max {timings_ms[-1]:.1f} ms"
        )
        figure("home_page_ms", f"{statistics.median(timings_ms):.1f}", "ms")

        with CaptureQueriesContext(connection) as warm:
            response = client.get("/")
        for query in warm.captured_queries:
            log(f"  query: {query['sql'][:160]}")
        figure("home_page_queries", str(len(warm.captured_queries)), "count")

        html = response.content
        parser = AssetLinks()
        parser.feed(html.decode(response.charset or "utf-8"))
        total = gzip_size(html)
        log(f"  HTML: {len(html)} bytes, {total} gzipped")
        for url in parser.urls:
            data = static_file(url).read_bytes()
            size = gzip_size(data)
            log(f"  {url}: {len(data)} bytes, {size} gzipped")
            total += size
        figure("home_page_kb_gzip", f"{total / 1024:.1f}", "KB")
    finally:
        if "django.db" in sys.modules:
            from django.db import connections

            connections.close_all()
        shutil.rmtree(tmp, ignore_errors=True)


# Fresh setup: clone, `make run`, first 200 ------------------------------------------------------


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def clean_env() -> dict[str, str]:
    """The caller's environment without what would make the clone use this checkout's setup."""
    env = dict(ORIGINAL_ENV)
    for name in (
        "DATABASE_URL",
        "DJANGO_SETTINGS_MODULE",
        "VIRTUAL_ENV",
        "PYTHONPATH",
        "MAKEFLAGS",
        "MFLAGS",
        "MAKELEVEL",
    ):
        env.pop(name, None)
    if sys.prefix != sys.base_prefix:  # drop this venv's bin/ from PATH, should it be activated
        venv_bin = str(Path(sys.prefix) / "bin")
        env["PATH"] = os.pathsep.join(
            entry for entry in env.get("PATH", "").split(os.pathsep) if entry != venv_bin
        )
    return env


def status_of(url: str) -> int | None:
    try:
        with urllib.request.urlopen(url, timeout=5) as response:
            return response.status
    except urllib.error.HTTPError as error:
        return error.code
    except (OSError, urllib.error.URLError):
        return None


def stop(process: subprocess.Popen) -> None:
    """Ends `make run` and everything it started (pip, runserver and its autoreloader child)."""
    if process.poll() is None:
        try:
            os.killpg(process.pid, signal.SIGTERM)
            process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait()
        except ProcessLookupError:
            pass
    with contextlib.suppress(ProcessLookupError):  # the group may outlive its leader
        os.killpg(process.pid, signal.SIGKILL)


def bench_fresh_setup() -> bool:
    """fresh_setup_s. False when the clone never answered 200."""
    tmp = Path(tempfile.mkdtemp(prefix="sigap-bench-clone-"))
    clone = tmp / "sigap"
    log_path = tmp / "make-run.log"
    port = free_port()
    url = f"http://127.0.0.1:{port}/"
    env = clean_env()
    process = None
    try:
        log(f"Cloning HEAD of {REPO} and running `make run PORT={port}` (log: {log_path})…")
        started = time.perf_counter()
        subprocess.run(
            ["git", "clone", "--quiet", str(REPO), str(clone)],
            check=True,
            env=env,
            stdout=sys.stderr,
        )
        with log_path.open("wb") as output:
            process = subprocess.Popen(
                ["make", "run", f"PORT={port}"],
                cwd=clone,
                env=env,
                stdin=subprocess.DEVNULL,
                stdout=output,
                stderr=subprocess.STDOUT,
                start_new_session=True,
            )
        deadline = started + SETUP_TIMEOUT_S
        last_status = None
        while time.perf_counter() < deadline:
            last_status = status_of(url)
            if last_status == 200:
                elapsed = time.perf_counter() - started
                log(f"  first 200 after {elapsed:.1f} s")
                figure("fresh_setup_s", f"{elapsed:.1f}", "s")
                return True
            if process.poll() is not None:
                log(f"  `make run` exited with {process.returncode} before serving a 200")
                break
            time.sleep(POLL_INTERVAL_S)
        else:
            log(f"  no 200 within {SETUP_TIMEOUT_S} s (last answer: {last_status})")
        log("  last lines of the log:")
        for line in log_path.read_text(errors="replace").splitlines()[-30:]:
            log(f"    {line}")
        return False
    finally:
        if process is not None:
            stop(process)
        shutil.rmtree(tmp, ignore_errors=True)


def main() -> int:
    bench_home_page()
    if os.environ.get("BENCH_SKIP_SETUP") == "1":
        log("BENCH_SKIP_SETUP=1: fresh_setup_s skipped.")
        return 0
    return 0 if bench_fresh_setup() else 1


if __name__ == "__main__":
    sys.exit(main())
