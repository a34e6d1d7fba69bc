"""The two phases of the load test, with locust as a library in this one gevent process.

Run by bench/loadtest.py once the server is up:

    python bench/load/drive.py --roster ROSTER.json --host http://127.0.0.1:PORT --out RESULTS.json \
        --duration 180 --sync-window 10

1. The mixed scenario: every member of the roster (bench/load/locustfile.py's Member) and every coordinator
   (Coordinator), arriving over the first RAMP_SHARE of the duration, for ``--duration`` seconds.
2. The synchronised start, a few seconds later: every member again (SyncStart). Each opens the SOP course's
   final quiz page at some moment of the SYNC_LEAD_S before the trainer's signal, then presses "Start"
   at a random moment within ``--sync-window`` seconds after it and gets the first question; the phase
   ends when all of them are through (or SYNC_TIMEOUT_S after the window).

Every request is recorded as it completes (locust's request event): its name, time and failure. RESULTS.json
holds, per phase, the count, the 95th percentile and the rate; stderr shows a table by request name, the
percentiles of every ten seconds, and the failures grouped by message. A request a browser would have
resent by itself (the server closed the kept-alive connection it went out on) is counted apart, untimed.
"""

from __future__ import annotations

import argparse
import json
import math
import os
import sys
import time
from collections import Counter, defaultdict
from pathlib import Path

from pages import RESEND  # bench/load/pages.py (this folder): no locust, nothing patched yet

RAMP_SHARE = 1 / 6  # 30 s of 180: members arrive over the first half-minute
PAUSE_BETWEEN_PHASES_S = 5
SYNC_TIMEOUT_S = 180  # after the window: a member still not through is a failure, not a hang
TIMELINE_STEP_S = 10
SYNC_FIGURE_NAMES = ("sync: start", "sync: first question")


def percentile(values: list[float], share: float) -> float:
    """The nearest-rank percentile (0 for no values)."""
    if not values:
        return 0.0
    ordered = sorted(values)
    return ordered[max(0, math.ceil(share * len(ordered)) - 1)]


class Recorder:
    """Every request of one phase, as locust reports it."""

    def __init__(self) -> None:
        self.times: dict[str, list[float]] = defaultdict(list)
        self.failures: Counter[tuple[str, str]] = Counter()
        self.resent = 0
        self.timeline: list[tuple[float, float]] = []  # (seconds into the phase, response time)
        self.started = time.monotonic()
        self.ended = self.started

    def __call__(self, request_type, name, response_time, response_length, exception, **kwargs):
        if name == RESEND:  # a browser's silent resend, not a request of the scenario
            self.resent += 1
            return
        self.times[name].append(response_time)
        self.timeline.append((time.monotonic() - self.started, response_time))
        if exception is not None:
            self.failures[(name, str(exception)[:200])] += 1

    def stop(self) -> None:
        self.ended = time.monotonic()

    def count(self, names=None) -> int:
        return sum(
            len(times) for name, times in self.times.items() if names is None or name in names
        )

    def summary(self, names=None) -> dict:
        chosen = [
            t for name, times in self.times.items() if names is None or name in names for t in times
        ]
        seconds = max(self.ended - self.started, 1e-9)
        return {
            "requests": len(chosen),
            "failures": sum(
                count
                for (name, _m), count in self.failures.items()
                if names is None or name in names
            ),
            "p50_ms": percentile(chosen, 0.50),
            "p95_ms": percentile(chosen, 0.95),
            "max_ms": max(chosen, default=0.0),
            "seconds": seconds,
            "rps": len(chosen) / seconds,
        }

    def table(self, title: str) -> None:
        log(
            f"  {title}: {'request':<32} {'count':>6} {'fail':>5} {'p50':>6} {'p95':>6} {'max':>6} (ms)"
        )
        for name in sorted(self.times, key=lambda item: -len(self.times[item])):
            times = self.times[name]
            failed = sum(
                count for (failed_name, _m), count in self.failures.items() if failed_name == name
            )
            log(
                f"  {'':<{len(title)}}  {name:<32} {len(times):>6} {failed:>5}"
                f" {percentile(times, 0.5):>6.0f} {percentile(times, 0.95):>6.0f} {max(times):>6.0f}"
            )
        buckets: dict[int, list[float]] = defaultdict(list)
        for second, response_time in self.timeline:
            buckets[int(second // TIMELINE_STEP_S)].append(response_time)
        for bucket, times in sorted(buckets.items()):
            log(
                f"  {title} {bucket * TIMELINE_STEP_S:>4.0f}-{(bucket + 1) * TIMELINE_STEP_S:<4.0f}s:"
                f" {len(times):>5} requests, p50 {percentile(times, 0.5):>6.0f} ms,"
                f" p95 {percentile(times, 0.95):>6.0f} ms"
            )
        if self.resent:
            log(
                f"  {self.resent} requests resent on a new connection (the server closed a kept-alive one)"
            )
        for (name, message), count in self.failures.most_common(20):
            log(f"  FAILED {count} x {name}: {message}")


def log(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


def run_phase(environment_users, *, host: str, users: int, spawn_rate: float, until) -> Recorder:
    import gevent
    from locust.env import Environment

    recorder = Recorder()
    environment = Environment(user_classes=environment_users, host=host)
    environment.events.request.add_listener(recorder)
    runner = environment.create_local_runner()
    runner.start(users, spawn_rate=spawn_rate)
    until()
    recorder.stop()
    runner.quit()
    gevent.sleep(0)
    return recorder


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--roster", required=True)
    parser.add_argument("--host", required=True)
    parser.add_argument("--out", required=True, type=Path)
    parser.add_argument("--duration", type=float, default=180)
    parser.add_argument("--sync-window", type=float, default=10)
    parser.add_argument("--think-scale", type=float, default=1.0)
    args = parser.parse_args()
    os.environ["LOADTEST_ROSTER"] = args.roster
    os.environ["LOADTEST_THINK_SCALE"] = str(args.think_scale)
    os.environ["LOADTEST_SYNC_WINDOW"] = str(args.sync_window)

    import gevent
    import locust  # noqa: F401 (patches the standard library for gevent before anything uses it)
    from locust.log import setup_logging

    sys.path.insert(0, str(Path(__file__).resolve().parent))
    import locustfile

    setup_logging("WARNING")
    roster = locustfile.roster()
    members, coordinators = len(roster.members), len(roster.coordinators)
    locustfile.Coordinator.fixed_count = coordinators

    ramp = max(1.0, args.duration * RAMP_SHARE)
    log(
        f"Mixed scenario: {members} members and {coordinators} coordinators, arriving over {ramp:.0f} s,"
        f" for {args.duration:.0f} s…"
    )
    mixed = run_phase(
        [locustfile.Member, locustfile.Coordinator],
        host=args.host,
        users=members + coordinators,
        spawn_rate=(members + coordinators) / ramp,
        until=lambda: gevent.sleep(args.duration),
    )
    mixed.table("mixed")

    gevent.sleep(PAUSE_BETWEEN_PHASES_S)
    roster.reset()
    locustfile.SYNC_FINISHED.clear()

    def everyone_done() -> None:
        deadline = locustfile.SYNC_SIGNAL["at"] + args.sync_window + SYNC_TIMEOUT_S
        while len(locustfile.SYNC_FINISHED) < members and time.monotonic() < deadline:
            gevent.sleep(0.25)

    locustfile.SYNC_SIGNAL["at"] = time.monotonic() + locustfile.SYNC_LEAD_S
    log(
        f"Synchronised start: {members} members open the quiz page over {locustfile.SYNC_LEAD_S:.0f} s,"
        f" then all press Start within {args.sync_window:.0f} s…"
    )
    sync = run_phase(
        [locustfile.SyncStart],
        host=args.host,
        users=members,
        spawn_rate=100,  # all of them present within seconds; each then waits for its moment
        until=everyone_done,
    )
    sync.table("sync")
    if len(locustfile.SYNC_FINISHED) < members:
        log(f"  only {len(locustfile.SYNC_FINISHED)} of {members} members got through")

    total = mixed.count() + sync.count()
    failures = mixed.summary()["failures"] + sync.summary()["failures"]
    not_through = members - len(set(locustfile.SYNC_FINISHED))
    results = {
        "mixed": mixed.summary(),
        "sync": {**sync.summary(SYNC_FIGURE_NAMES), "requests": sync.count()},
        "error_rate": (failures + not_through) / max(total, 1),
    }
    args.out.write_text(json.dumps(results, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
