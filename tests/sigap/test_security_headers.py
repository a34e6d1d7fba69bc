"""The browser protections production sends: HSTS, secure cookies, frame protection, nosniff, the referrer
and opener policies, and the powerful features turned off.

Production's settings are read in a fresh interpreter with the environment an operator sets (the module
refuses to load without it), then applied to requests made here, so what is checked is the headers a
browser would receive. `check --deploy` is checked in test_settings.py.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from django.urls import reverse

import pytest

from tests.accounts.factories import PASSWORD, ProfileFactory

pytestmark = pytest.mark.django_db

ROOT = Path(__file__).resolve().parents[2]
SECURITY_SETTINGS = [
    "SECURE_HSTS_SECONDS",
    "SECURE_HSTS_INCLUDE_SUBDOMAINS",
    "SECURE_HSTS_PRELOAD",
    "SECURE_PROXY_SSL_HEADER",
    "SESSION_COOKIE_SECURE",
    "SESSION_COOKIE_HTTPONLY",
    "CSRF_COOKIE_SECURE",
    "LANGUAGE_COOKIE_SECURE",
    "X_FRAME_OPTIONS",
    "SECURE_CONTENT_TYPE_NOSNIFF",
    "SECURE_REFERRER_POLICY",
    "SECURE_CROSS_ORIGIN_OPENER_POLICY",
    "SECURE_CSP",
    "PERMISSIONS_POLICY",
]
READ = f"""
import json
import django
django.setup()
from django.conf import settings
print(json.dumps({{
    "settings": {{name: getattr(settings, name) for name in {SECURITY_SETTINGS!r}}},
    "middleware": settings.MIDDLEWARE,
}}))
"""


@pytest.fixture(scope="module")
def production(tmp_path_factory) -> dict:
    """Production's security settings, as an operator of a public site configures it."""
    tmp = tmp_path_factory.mktemp("production")
    clean = {
        k: v
        for k, v in os.environ.items()
        if not k.startswith(("DJANGO_", "DATABASE_", "REDIS_URL", "SIGAP_", "SECURE_"))
    }
    result = subprocess.run(
        [sys.executable, "-c", READ],
        cwd=ROOT,
        env={
            **clean,
            "DJANGO_SETTINGS_MODULE": "sigap.settings.production",
            "SECRET_KEY": "k3y-" + "abcdefghijklmnopqrstuvwxyz0123456789ABCDEFGHIJKLMNOP",
            "ALLOWED_HOSTS": "sigap.example.go.id",
            "PUBLIC_BASE_URL": "https://sigap.example.go.id",
            "DATABASE_URL": f"sqlite:///{tmp / 'db.sqlite3'}",
            "REDIS_URL": "redis://127.0.0.1:6379/15",
        },
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout.splitlines()[-1])


@pytest.fixture
def as_in_production(settings, production):
    for name, value in production["settings"].items():
        setattr(settings, name, tuple(value) if name == "SECURE_PROXY_SSL_HEADER" else value)
    # Production's own SSL redirect is not at issue here: every request below arrives over HTTPS.
    settings.SECURE_SSL_REDIRECT = False
    return settings


def test_production_runs_the_security_headers_middleware(production):
    middleware = production["middleware"]
    assert "sigap.security.SecurityHeadersMiddleware" in middleware
    assert middleware.index("sigap.security.SecurityHeadersMiddleware") < middleware.index(
        "django.middleware.clickjacking.XFrameOptionsMiddleware"
    )


def test_production_pins_the_site_and_its_subdomains_to_https(client, as_in_production):
    response = client.get("/accounts/login/", secure=True)

    assert response["Strict-Transport-Security"] == "max-age=31536000; includeSubDomains; preload"


def test_production_cookies_go_over_https_only_and_the_session_is_out_of_scripts_reach(
    client, as_in_production
):
    member = ProfileFactory().user
    page = client.get("/accounts/login/", secure=True)
    csrf = page.cookies["csrftoken"]
    assert csrf["secure"]

    signed_in = client.post(
        "/accounts/login/", {"login": member.email, "password": PASSWORD}, secure=True
    )
    assert signed_in.status_code == 302
    session = signed_in.cookies["sessionid"]
    assert session["secure"] and session["httponly"]
    assert session["samesite"] == "Lax"

    language = client.post(reverse("set_language"), {"language": "en"}, secure=True)
    assert language.cookies["sigap_language"]["secure"]


def test_production_keeps_every_page_out_of_other_sites_frames(client, as_in_production):
    response = client.get("/", secure=True)

    assert response["X-Frame-Options"] == "DENY"
    assert "frame-ancestors 'none'" in response["Content-Security-Policy"]


def test_production_sends_the_browser_protections(client, as_in_production):
    response = client.get("/accounts/login/", secure=True)

    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Referrer-Policy"] == "same-origin"
    assert response["Cross-Origin-Opener-Policy"] == "same-origin"
    policy = response["Content-Security-Policy"]
    assert "'unsafe-inline'" not in policy and "'unsafe-eval'" not in policy


def test_powerful_features_are_turned_off_for_every_page(client):
    permissions = dict(
        item.strip().split("=", 1) for item in client.get("/")["Permissions-Policy"].split(",")
    )

    for feature in ["camera", "microphone", "geolocation", "payment", "usb"]:
        assert permissions[feature] == "()", feature
