"""gunicorn settings for Sigap: `gunicorn -c deploy/gunicorn.conf.py sigap.wsgi`.

Every value can be changed through the environment (GUNICORN_*), so the same file serves `make prod`, the
systemd unit and the container. Reasons for each choice are in docs/deploy.md ("gunicorn").
https://docs.gunicorn.org/en/stable/settings.html
"""

from __future__ import annotations

import os
import re
from pathlib import Path

from gunicorn.glogging import Logger

from sigap.settings.env import env_bool, env_int, is_loopback_host

# Loopback by default: in production a proxy (nginx, a load balancer) on this machine or the private
# network is in front and adds TLS; set GUNICORN_BIND=0.0.0.0:8000 in a container.
bind = [address.strip() for address in os.environ.get("GUNICORN_BIND", "127.0.0.1:8000").split(",")]
# Plain HTTP without secure cookies (SIGAP_LOCAL_HTTP) is for this machine only: the settings hold
# ALLOWED_HOSTS to loopback names, and this holds the socket to loopback, since a Host header is the
# client's to choose.
if env_bool("SIGAP_LOCAL_HTTP", False):
    public = [
        address
        for address in bind
        if not address.startswith("unix:") and not is_loopback_host(address.rpartition(":")[0])
    ]
    if public:
        raise SystemExit(
            f"SIGAP_LOCAL_HTTP=true: GUNICORN_BIND must be a loopback address, not {public}"
        )

# Threads in a few processes. A Sigap request spends much of its time waiting on PostgreSQL and Redis, so
# threads overlap those waits without the memory of another process (a worker holds Django, Wagtail and the
# page tree: about 150 MB). One process per core plus one keeps every core busy while one holds the GIL (the
# load test measured 3 × 4 best on 2 cores: 5 processes only added memory); each stays under the 200 MB per
# worker the issue allows because the threads share it. Each thread keeps one
# database connection open (CONN_MAX_AGE), so PostgreSQL sees workers × threads connections per app server.
workers = env_int("GUNICORN_WORKERS", (os.cpu_count() or 1) + 1)
worker_class = "gthread"
threads = env_int("GUNICORN_THREADS", 4)

# Load the application once, before forking: a broken setting stops the master at once instead of every
# worker in turn, and the workers share the loaded code's memory until they write to it. A new release
# needs a restart (systemctl restart), not a HUP.
preload_app = True

# Recycle each worker after this many requests (jittered so they do not all restart together), which bounds
# the slow growth of a long-lived Python process.
max_requests = env_int("GUNICORN_MAX_REQUESTS", 2000)
max_requests_jitter = env_int("GUNICORN_MAX_REQUESTS_JITTER", 200)

# A worker silent for this long is killed and replaced; exports stream, so their time does not count.
timeout = env_int("GUNICORN_TIMEOUT", 60)
# On SIGTERM (systemctl stop, a container stopping, a deploy) requests in flight get this long to finish.
graceful_timeout = env_int("GUNICORN_GRACEFUL_TIMEOUT", 30)
# Shorter than the proxy's idle timeout towards us (nginx: keepalive_timeout of its upstream), so the proxy
# never reuses a connection gunicorn has just closed.
keepalive = env_int("GUNICORN_KEEPALIVE", 5)

# The workers' heartbeat files in memory: a container's disk-backed /tmp can stall them into timeouts.
if Path("/dev/shm").is_dir():
    worker_tmp_dir = "/dev/shm"

# Logs go to stderr, where systemd's journal or the container runtime collects them.
errorlog = "-"
accesslog = "-" if env_bool("GUNICORN_ACCESS_LOG", True) else None
loglevel = os.environ.get("GUNICORN_LOG_LEVEL", "info")

# Paths that carry a secret or point at one person: certificate codes, e-mail confirmation and password
# reset keys. The access log keeps their shape and drops the rest.
_PRIVATE_PATHS = re.compile(
    r"^(?P<prefix>/(?:verify|me/certificates|accounts/confirm-email|accounts/password/reset/key)/)[^/]+"
)


def _masked(path: str) -> str:
    return _PRIVATE_PATHS.sub(r"\g<prefix>…", path)


class PrivacyLogger(Logger):
    """The access log without personal data (UU 27/2022): no client address, no query string (search terms,
    e-mail addresses in links), no user agent, no referrer, and private path segments masked. Only what is
    needed to see load and errors: time, method, path, status, size and duration."""

    def atoms(self, resp, req, environ, request_time):
        atoms = super().atoms(resp, req, environ, request_time)
        return {key: atoms[key] for key in ("t", "m", "H", "s", "b", "M", "p")} | {
            "U": _masked(atoms["U"] or "")
        }


logger_class = PrivacyLogger
access_log_format = '%(t)s %(p)s "%(m)s %(U)s %(H)s" %(s)s %(b)s %(M)sms'
