"""Production. Every secret comes from the environment; the process refuses to start without one.

`manage.py check --deploy` passes without warnings when the variables in docs/configuration.md are set.
How the pieces fit together on one machine or many: docs/deploy.md.
"""

from urllib.parse import urlsplit

from django.core.exceptions import ImproperlyConfigured

from .base import *  # noqa: F403
from .base import (
    ALLOWED_HOSTS,
    MIDDLEWARE,
    PUBLIC_BASE_URL,
    REDIS_URL,
    SECRET_KEY,
    SIGAP_SERVE_MEDIA,
    env_bool,
    env_int,
    env_str,
    task_backend_config,
)
from .env import is_loopback_host, s3_storage

DEBUG = False

if not SECRET_KEY:
    raise ImproperlyConfigured("SECRET_KEY must be set in the environment for production.")
if len(SECRET_KEY) < 50 or len(set(SECRET_KEY)) < 5:
    raise ImproperlyConfigured(
        "SECRET_KEY must be at least 50 characters with at least 5 distinct ones."
    )

if not REDIS_URL:
    raise ImproperlyConfigured(
        "REDIS_URL must be set for production: the cache (course content, sign-in rate limits) must be shared "
        "by every worker process."
    )

# Tasks -------------------------------------------------------------------------------------------------
# The queue stays in PostgreSQL even though Redis is at hand (docs/deploy.md, "Why the task queue is in
# PostgreSQL"): a task enqueued in a transaction exists exactly when that transaction commits, and queued
# work outlives a Redis restart. `immediate` would run certificate rendering and mail inside members'
# requests, where a failure loses the task, so production refuses it.
TASK_BACKEND = env_str("TASK_BACKEND", "database")
if TASK_BACKEND == "immediate":
    raise ImproperlyConfigured(
        "TASK_BACKEND=immediate is for development and tests; production runs tasks in a worker "
        "(TASK_BACKEND=database with `manage.py db_worker`, see docs/deploy.md)."
    )
TASKS = task_backend_config(TASK_BACKEND)

# HTTPS -------------------------------------------------------------------------------------------------
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", True)
# Load balancers probe /healthz over plain HTTP inside the private network.
SECURE_REDIRECT_EXEMPT = [r"^healthz$"]
SECURE_HSTS_SECONDS = env_int("SECURE_HSTS_SECONDS", 31536000)
SECURE_HSTS_INCLUDE_SUBDOMAINS = env_bool("SECURE_HSTS_INCLUDE_SUBDOMAINS", True)
SECURE_HSTS_PRELOAD = env_bool("SECURE_HSTS_PRELOAD", True)
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
LANGUAGE_COOKIE_SECURE = True
SESSION_COOKIE_HTTPONLY = True
X_FRAME_OPTIONS = "DENY"

# The production profile on one machine over plain http://127.0.0.1 (`make prod`, the load test, the fault
# tests): browsers drop Secure cookies and HSTS would pin the name to HTTPS, so one switch turns those
# off, and only for names that no other machine can reach.
SIGAP_LOCAL_HTTP = env_bool("SIGAP_LOCAL_HTTP", False)
if SIGAP_LOCAL_HTTP:
    _public_hosts = [host for host in ALLOWED_HOSTS if not is_loopback_host(host)]
    if _public_hosts:
        raise ImproperlyConfigured(
            "SIGAP_LOCAL_HTTP=true serves plain HTTP without secure cookies, so ALLOWED_HOSTS may name "
            f"only this machine (localhost, 127.0.0.1, ::1); it also names {', '.join(_public_hosts)}."
        )
    SECURE_SSL_REDIRECT = False
    SECURE_HSTS_SECONDS = 0
    SESSION_COOKIE_SECURE = CSRF_COOKIE_SECURE = LANGUAGE_COOKIE_SECURE = False

# Every link in a mail, a certificate PDF and its QR code is built from PUBLIC_BASE_URL (sigap/links.py): a
# default would print the wrong server on certificates that outlive the mistake, so production has none, and
# members are sent to https only (plain http only for `make prod` on this machine).
if not env_str("PUBLIC_BASE_URL"):
    raise ImproperlyConfigured(
        "PUBLIC_BASE_URL must be set for production: the https address members reach, e.g. "
        "https://sigap.example.go.id (links in e-mails and the QR codes on certificates use it)."
    )
_public = urlsplit(PUBLIC_BASE_URL)
if _public.scheme != "https" and not (
    SIGAP_LOCAL_HTTP and is_loopback_host(_public.hostname or "")
):
    raise ImproperlyConfigured(
        f"PUBLIC_BASE_URL must start with https:// in production, got {PUBLIC_BASE_URL!r} (plain http "
        "only with SIGAP_LOCAL_HTTP=true on this machine's own address)."
    )

# Behind a proxy every request comes from the proxy's address; the sign-in rate limits (per client
# address) must read the client's from X-Forwarded-For, counting this many proxies from the right: 1 for
# nginx (deploy/nginx/sigap.conf), 2 for a load balancer in front of nginx. 0 trusts no forwarded address.
ALLAUTH_TRUSTED_PROXY_COUNT = env_int("ALLAUTH_TRUSTED_PROXY_COUNT", 0 if SIGAP_LOCAL_HTTP else 1)

# Static files ------------------------------------------------------------------------------------------
# WhiteNoise serves them from every app server, compressed (gzip and Brotli, made once by collectstatic)
# and, under their content-hashed names, cacheable for ever (`max-age=315360000, immutable`): a new release
# changes the names. Right after SecurityMiddleware so a static request skips sessions and the rest.
# https://whitenoise.readthedocs.io/en/stable/django.html
MIDDLEWARE = [*MIDDLEWARE]
MIDDLEWARE.insert(
    MIDDLEWARE.index("django.middleware.security.SecurityMiddleware") + 1,
    "whitenoise.middleware.WhiteNoiseMiddleware",
)
# Files asked for by their unhashed names (by a stale page or a bookmark) may change with a release.
WHITENOISE_MAX_AGE = 300

# Media -------------------------------------------------------------------------------------------------
# Uploaded images and documents ("default") and certificate PDFs ("private"): on this machine's disk, or
# with MEDIA_STORAGE=s3 on S3-compatible object storage shared by every app server and worker.
MEDIA_STORAGE = env_str("MEDIA_STORAGE", "filesystem").lower()
_static_files = {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"}
if MEDIA_STORAGE == "filesystem":
    STORAGES = {
        "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
        "private": {"BACKEND": "certificates.storage.PrivateFileSystemStorage"},
        "staticfiles": _static_files,
    }
elif MEDIA_STORAGE == "s3":
    if SIGAP_SERVE_MEDIA:
        raise ImproperlyConfigured(
            "SIGAP_SERVE_MEDIA serves MEDIA_ROOT from this machine's disk; with MEDIA_STORAGE=s3 the "
            "media is served by the object storage (or its CDN). Leave SIGAP_SERVE_MEDIA unset."
        )
    _bucket = env_str("AWS_STORAGE_BUCKET_NAME")
    _s3 = {
        "endpoint_url": env_str("AWS_S3_ENDPOINT_URL"),
        "region": env_str("AWS_S3_REGION_NAME"),
    }
    STORAGES = {
        "default": s3_storage(
            bucket=_bucket,
            location=env_str("AWS_MEDIA_LOCATION", "media"),
            public=True,
            custom_domain=env_str("AWS_S3_CUSTOM_DOMAIN"),
            acl=env_str("AWS_DEFAULT_ACL"),
            **_s3,
        ),
        # A bucket of its own is safest (nothing public can ever be granted on it); a prefix of the media
        # bucket works too, as long as the bucket policy makes only the media prefix public.
        "private": s3_storage(
            bucket=env_str("AWS_PRIVATE_BUCKET_NAME", _bucket),
            location=env_str("AWS_PRIVATE_LOCATION", "private"),
            public=False,
            **_s3,
        ),
        "staticfiles": _static_files,
    }
else:
    raise ImproperlyConfigured(f"MEDIA_STORAGE must be filesystem or s3, got {MEDIA_STORAGE!r}")

LOGGING["root"]["level"] = env_str("LOG_LEVEL", "INFO")  # noqa: F405
