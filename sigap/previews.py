"""Checked-but-not-yet-confirmed uploads, kept in the user's session under a random token.

A two-step admin upload (classroom certificates, coverage targets) checks the file and shows a preview; the
confirm form sends only the token. So what is confirmed is what the server checked: a tampered form cannot
add rows, and the file is not uploaded twice. Taking a preview removes it, so a second click or a replayed
request finds nothing. Previews expire, and only the newest few are kept (one per open tab).
"""

from __future__ import annotations

import secrets
import time

from django.http import HttpRequest


class SessionPreviews:
    def __init__(self, session_key: str, *, lifetime_seconds: int, max_open: int):
        self.session_key = session_key
        self.lifetime_seconds = lifetime_seconds
        self.max_open = max_open

    def _open(self, request: HttpRequest) -> dict[str, dict]:
        now = time.time()
        stored = request.session.get(self.session_key, {})
        return {
            token: pending
            for token, pending in stored.items()
            if now - pending["created"] < self.lifetime_seconds
        }

    def keep(self, request: HttpRequest, pending: dict) -> str:
        """Store ``pending`` (JSON-serialisable); returns its token."""
        previews = self._open(request)
        newest = sorted(previews.items(), key=lambda item: item[1]["created"])
        newest = newest[len(newest) - (self.max_open - 1) :] if self.max_open > 1 else []
        token = secrets.token_urlsafe(24)
        request.session[self.session_key] = {
            **dict(newest),
            token: {**pending, "created": time.time()},
        }
        return token

    def take(self, request: HttpRequest, token: str) -> dict | None:
        """The preview stored under ``token``, removed from the session; None when gone or expired."""
        previews = self._open(request)
        pending = previews.pop(token, None)
        request.session[self.session_key] = previews
        return pending
