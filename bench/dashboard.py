"""The coverage dashboard's figures, on PostgreSQL with `manage.py seed_synthetic --members 100000`.

Run by `make bench` (bench/run.py calls ``main``) or alone: `.venv/bin/python bench/dashboard.py`. One
`name value unit` line per figure on stdout, progress on stderr, as bench/run.py does.

The database: a new one on the local PostgreSQL server (BENCH_POSTGRES_URL, default
postgres://postgres@127.0.0.1:5432/postgres, is where it is created), migrated, with the regions, the demo
content (`seed_demo`) and 100,000 synthetic members, then vacuumed and analysed; dropped afterwards. Seeding takes a few minutes; to
measure again on a database seeded before, set BENCH_COVERAGE_DATABASE_URL to it (it is then kept).

coverage_national_ms    The ministry's GET /coverage/ (38 provinces summed from all 514 regencies, the tile
                        map, the charts, the blank spots), no filter, right after a completion: before each
                        of TIMED (30) GETs (after WARMUP (3)), the cache of one regency (Kota Bandung) is
                        dropped exactly as a completion or a certificate there drops it
                        (coverage.caching.regencies_changed), so the page counts that regency afresh and
                        reads the others from the cache. The median. Target: <= 300 ms.
coverage_national_queries  The queries of one such GET. Target: <= 15.
coverage_national_uncached_ms  The same GET with nothing cached at all (coverage.caching.coverage_changed
                        before each): every regency counted from the database, as on the first page of a
                        day or after a member's profile changed. The median of TIMED.
coverage_national_cached_ms  The same GET with no event in between: median of TIMED.
coverage_province_ms    The ministry's GET /coverage/32/ (Jawa Barat, 27 regencies), timed as the national
                        page (after a completion in Kota Bandung). Target: <= 200 ms.
coverage_province_queries  Target: <= 15.
coverage_province_uncached_ms, coverage_province_cached_ms  As for the national page.
coverage_regency_ms     A coordinator's GET /coverage/32.73/ with the first page of named members, timed
                        as above (and its _queries, _uncached_ms and _cached_ms).
coverage_export_100k_s  The members download (coverage.exports.member_lines, the generator behind a
                        regency's "Download members") over every member in the database (over 100,000 rows),
                        written as XLSX by sigap.exports.xlsx_response and read to the end, in a fresh
                        process. Target: <= 10 s.
coverage_export_csv_100k_s  The same rows as CSV (sigap.exports.csv_response, streamed).
coverage_export_peak_rss_growth_mb  The larger of the two processes' peak resident memory (ru_maxrss)
                        minus its resident memory just before the download began, in MB. Target: <= 100 MB.
"""

from __future__ import annotations

import contextlib
import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
SYNTHETIC_MEMBERS = 100_000
WARMUP = 3
TIMED = 30

# The same `name value unit` lines and over-target notes as the other figures (targets in bench/run.py).
sys.path.append(str(Path(__file__).resolve().parent))
from run import figure, log  # noqa: E402


def manage(*args: str, env: dict[str, str]) -> None:
    started = time.perf_counter()
    subprocess.run(
        [sys.executable, "manage.py", *args], cwd=REPO, env=env, check=True, stdout=sys.stderr
    )
    log(f"  manage.py {' '.join(args)}: {time.perf_counter() - started:.0f} s")


@contextlib.contextmanager
def seeded_database():
    """The URL of a PostgreSQL database holding the demo and 100,000 synthetic members."""
    import psycopg

    given = os.environ.get("BENCH_COVERAGE_DATABASE_URL")
    if given:
        log(f"Using the seeded database {given}")
        yield given
        return
    server = os.environ.get("BENCH_POSTGRES_URL", "postgres://postgres@127.0.0.1:5432/postgres")
    name = f"sigap_bench_coverage_{int(time.time())}"
    url = server.rsplit("/", 1)[0] + f"/{name}"
    with psycopg.connect(server, autocommit=True) as connection:
        connection.execute(f'CREATE DATABASE "{name}"')
    try:
        env = child_env(url)
        log(f"Seeding {name}: migrate, regions, demo, {SYNTHETIC_MEMBERS} synthetic members…")
        manage("migrate", "--no-input", "-v0", env=env)
        manage("load_regions", env=env)
        manage(
            "seed_demo", "--force", env=env
        )  # a throwaway database: its demo passwords are harmless
        manage("seed_synthetic", "--members", str(SYNTHETIC_MEMBERS), env=env)
        # What autovacuum does soon after a bulk load on a server: statistics and visibility maps.
        with psycopg.connect(url, autocommit=True) as connection:
            connection.execute("VACUUM ANALYZE")
        yield url
    finally:
        with psycopg.connect(server, autocommit=True) as connection:
            connection.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def child_env(url: str) -> dict[str, str]:
    return {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "sigap.settings.test",
        "DATABASE_URL": url,
        "REDIS_URL": "",
        "PYTHONPATH": str(REPO),
    }


def run_child(function: str, url: str) -> dict:
    """Run ``function`` of this file in a fresh Python process on ``url``; its last stdout line is JSON."""
    code = f"import runpy; runpy.run_path({str(Path(__file__).resolve())!r})[{function!r}]()"
    result = subprocess.run(
        [sys.executable, "-c", code], cwd=REPO, env=child_env(url), capture_output=True, text=True
    )
    sys.stderr.write(result.stderr[-4000:])
    if result.returncode != 0:
        raise RuntimeError(f"{function} exited with {result.returncode}")
    return json.loads(result.stdout.strip().splitlines()[-1])


# In the child processes ---------------------------------------------------------------------------


def pages_child() -> None:
    import django

    django.setup()
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    from accounts.models import User
    from coverage.caching import coverage_changed, regencies_changed
    from tests.accounts.factories import ProfileFactory, give_totp, make_coordinator, with_role

    ministry = User.objects.filter(email="bench-ministry@example.org").first()
    if ministry is None:
        ministry = with_role(
            ProfileFactory(
                user__email="bench-ministry@example.org", province_id="31", regency_id="31.71"
            ).user,
            "Ministry",
        )
        give_totp(ministry)
    coordinator = User.objects.filter(coordinator_scope__regency_id="32.73").first()
    if coordinator is None:
        coordinator = make_coordinator(province="32", regency="32.73")
        give_totp(coordinator)

    results = {}
    for name, user, url in [
        ("coverage_national", ministry, "/coverage/"),
        ("coverage_province", ministry, "/coverage/32/"),
        ("coverage_regency", coordinator, "/coverage/32.73/"),
    ]:
        client = Client()
        client.force_login(user)
        for _ in range(WARMUP):
            regencies_changed("32.73")
            assert client.get(url).status_code == 200
        timings: dict[str, list[float]] = {"after_event": [], "uncached": [], "cached": []}
        for _ in range(TIMED):
            for kind, drop in (
                ("after_event", lambda: regencies_changed("32.73")),
                ("uncached", coverage_changed),
                ("cached", lambda: None),
            ):
                drop()
                started = time.perf_counter()
                assert client.get(url).status_code == 200
                timings[kind].append((time.perf_counter() - started) * 1000)
        regencies_changed("32.73")
        with CaptureQueriesContext(connection) as queries:
            client.get(url)
        slowest = sorted(queries.captured_queries, key=lambda query: -float(query["time"]))[:3]
        results[name] = {
            "ms": statistics.median(timings["after_event"]),
            "uncached_ms": statistics.median(timings["uncached"]),
            "cached_ms": statistics.median(timings["cached"]),
            "max_ms": max(timings["after_event"]),
            "queries": len(queries.captured_queries),
            "slowest": [f"{query['time']} s: {query['sql'][:300]}" for query in slowest],
        }
    print(json.dumps(results))


def export_child() -> None:
    import resource

    import django

    django.setup()
    from coverage import exports
    from coverage.filters import Filters
    from sigap.exports import csv_response, xlsx_response

    fmt = os.environ["BENCH_EXPORT_FORMAT"]
    # Warm: Django's lazy imports and a first query, so the growth is the download's own.
    first = exports.member_lines(None, Filters())
    next(first, None)
    first.close()
    baseline_kb = (
        int(Path("/proc/self/statm").read_text().split()[1]) * os.sysconf("SC_PAGE_SIZE") // 1024
    )
    started = time.perf_counter()
    counter = _Counter(exports.member_lines(None, Filters()))
    if fmt == "xlsx":
        response = xlsx_response("members.xlsx", exports.member_header(), counter)
    else:
        response = csv_response("members.csv", exports.member_header(), counter)
    size = sum(len(chunk) for chunk in response.streaming_content)
    elapsed = time.perf_counter() - started
    peak_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    print(
        json.dumps(
            {
                "rows": counter.rows,
                "bytes": size,
                "seconds": elapsed,
                "growth_mb": (peak_kb - baseline_kb) / 1024,
            }
        )
    )


class _Counter:
    def __init__(self, rows):
        self.source = rows
        self.rows = 0

    def __iter__(self):
        for row in self.source:
            self.rows += 1
            yield row


# The figures --------------------------------------------------------------------------------------


def main() -> int:
    ok = True
    with seeded_database() as url:
        log(
            f"Coverage pages: {WARMUP} warm-up GETs, then {TIMED} timed GETs each after the cache was dropped…"
        )
        pages = run_child("pages_child", url)
        for name, result in pages.items():
            log(f"  {name}: max {result['max_ms']:.0f} ms; slowest queries:")
            for line in result["slowest"]:
                log(f"    {line}")
            ok &= figure(f"{name}_ms", f"{result['ms']:.1f}", "ms")
            ok &= figure(f"{name}_queries", str(result["queries"]), "count")
            figure(f"{name}_uncached_ms", f"{result['uncached_ms']:.1f}", "ms")
            figure(f"{name}_cached_ms", f"{result['cached_ms']:.1f}", "ms")
        growth = 0.0
        for fmt in ("csv", "xlsx"):
            log(f"Members download as {fmt.upper()}, in a fresh process…")
            os.environ["BENCH_EXPORT_FORMAT"] = fmt
            result = run_child("export_child", url)
            log(f"  {result['rows']} rows, {result['bytes'] / 1024 / 1024:.1f} MB")
            if result["rows"] < SYNTHETIC_MEMBERS:
                raise RuntimeError(f"only {result['rows']} member rows")
            name = "coverage_export_100k_s" if fmt == "xlsx" else "coverage_export_csv_100k_s"
            ok &= figure(name, f"{result['seconds']:.1f}", "s")
            growth = max(growth, result["growth_mb"])
        ok &= figure("coverage_export_peak_rss_growth_mb", f"{growth:.0f}", "MB")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
