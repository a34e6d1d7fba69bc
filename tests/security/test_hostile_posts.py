"""Hostile bodies POSTed to every URL pattern of the site, as every role: never a 500, and a rejected request
changes nothing in the database.

For each URL the walk knows (tests/security/walk.py: Sigap's apps, allauth, the Wagtail admin …), the test
first GETs it as the role to learn the names of the fields its page offers, then hypothesis builds bodies from
those names and from names any view might read: wrong types, 25-digit numbers, huge strings, NUL bytes,
scripts other than Latin, duplicated keys, bytes invalid in their charset, a charset Python does not know,
JSON and plain text instead of a form, multipart with a stray file.

"Changes nothing" is read from the SQL itself: a request answered with a 4xx status may run no INSERT, UPDATE
or DELETE (the session table aside, which holds the request's own messages). Every request runs in a
savepoint rolled back afterwards, so an accepted one (a deletion, a sign-out) never changes what the next sees.

Bounded for CI: EXAMPLES (3) bodies for every URL per role (about 360 URLs, so ~1,400 requests a role with the
GETs); CI (CI=true) runs a fixed sequence, other runs new bodies each time. HOSTILE_POST_EXAMPLES=20 runs
more; HOSTILE_POST_PROFILE=1 prints the slowest requests.
"""

from __future__ import annotations

import json
import os
import re
import time
from urllib.parse import quote

from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import connections, transaction
from django.test import Client

import pytest
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st

from .expectations import DELIBERATE_ERROR, ROLES, SHADOWED, Uncovered, expectation_for
from .walk import concrete_urls, resolves_to

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("world_media_settings")]

EXAMPLES = int(os.environ.get("HOSTILE_POST_EXAMPLES", "3"))
# Names that Sigap's, allauth's and Wagtail's views read, besides those a page's own form shows.
COMMON_FIELDS = [
    "answer",
    "answers",
    "question",
    "choice",
    "order",
    "value",
    "email",
    "password",
    "password1",
    "password2",
    "full_name",
    "agency_type",
    "province",
    "regency",
    "course",
    "lesson",
    "action",
    "action_add",
    "action_remove",
    "next",
    "title",
    "q",
    "id",
    "pk",
    "code",
    "reason",
    "file",
    "confirm",
    "language",
    "members",
]
WRITE = re.compile(r"^\s*(INSERT|UPDATE|DELETE|REPLACE)\b", re.IGNORECASE)
SESSION_TABLE = re.compile(r'^\s*(INSERT INTO|UPDATE|DELETE FROM)\s+"?django_session"?', re.I)
FIELD_NAME = re.compile(
    r"""<(?:input|select|textarea|button)\b[^>]*?\bname=["']([^"']+)["']""", re.I
)

values = st.one_of(
    st.sampled_from(
        [
            "9" * 25,
            "-" + "9" * 25,
            "18446744073709551616",
            "1e309",
            "NaN",
            "-1",
            "0",
            "",
            " ",
            "\x00",
            "null",
            "true",
            "[]",
            '{"a": 1}',
            "2026-02-30",
            "../../../etc/passwd",
            '"><script>alert(1)</script>',
            "ꦱꦶꦠꦶ 陈美玲 محمد",
            '=HYPERLINK("http://x";"klik")',
            "x" * 20_000,
        ]
    ),
    st.integers(min_value=-(2**70), max_value=2**70).map(str),
    st.text(max_size=30),
)


def _form_pairs(names: list[str]):
    keys = st.one_of(st.sampled_from(names), st.text(min_size=1, max_size=12))
    # Lists of pairs: a key may come twice or more (a duplicated key), or not at all.
    return st.lists(st.tuples(keys, values), max_size=12)


@st.composite
def bodies(draw, names: list[str]):
    """(body, content type) or a dict for a multipart body (content type None)."""
    kind = draw(
        st.sampled_from(
            ["form", "form", "form", "bad-bytes", "bad-charset", "multipart", "json", "text"]
        )
    )
    pairs = draw(_form_pairs(names))
    form = "&".join(f"{quote(k, safe='')}={quote(v, safe='')}" for k, v in pairs).encode()
    urlencoded = "application/x-www-form-urlencoded"
    if kind == "form":
        return form, urlencoded
    if kind == "bad-bytes":
        # Bytes that are not UTF-8, raw in the body and percent-encoded in a value.
        return form + b"&" + draw(
            st.sampled_from(names)
        ).encode() + b"=\xff\xfe%C0%AF%FF", urlencoded
    if kind == "bad-charset":
        charset = draw(st.sampled_from(["nonexistent-xyz", "utf-7", "x-unknown", "'\"", "utf-32"]))
        return form, f"{urlencoded}; charset={charset}"
    if kind == "multipart":
        data: dict[str, object] = {}
        for key, value in pairs:
            data.setdefault(key, []).append(value)
        if draw(st.booleans()):
            data[draw(st.sampled_from(names))] = SimpleUploadedFile(
                draw(st.sampled_from(["a.csv", "a.pdf", "a.png", "../a.svg", "a"])),
                draw(st.binary(max_size=256)),
            )
        return data, None
    if kind == "json":
        payload = draw(
            st.recursive(
                st.none() | st.booleans() | st.integers() | st.text(max_size=20),
                lambda children: (
                    st.lists(children, max_size=4)
                    | st.dictionaries(st.sampled_from(names), children, max_size=4)
                ),
                max_leaves=10,
            )
        )
        return json.dumps(payload).encode(), "application/json"
    return draw(st.text(max_size=200)).encode(), "text/plain"


def _targets(world, patterns) -> list[tuple[str, str]]:
    """(label, URL) for every URL the walk requests, except those it never reaches."""
    targets = []
    for pattern in patterns:
        try:
            expect = expectation_for(pattern)
        except Uncovered:
            continue  # test_url_walk names it
        if expect == SHADOWED:
            continue
        for case, url in concrete_urls(pattern, world).items():
            outcomes = expect[case] if isinstance(expect, dict) else expect
            if any(outcomes[role] is DELIBERATE_ERROR for role in ROLES):
                continue
            if resolves_to(url, pattern) is None:
                targets.append((f"{pattern.label} {case}".strip(), url))
    return targets


def _bound(post, label: str, url: str):
    """``post`` for one URL, as a plain one-argument function (what @given decorates)."""

    def post_body(body) -> None:
        post(label, url, body)

    return post_body


def _signed_in(client: Client) -> bool:
    cookie = client.cookies.get("sessionid")
    return cookie is not None and bool(cookie.value)


def _field_names(client: Client, url: str) -> list[str]:
    response = client.get(url)
    content = getattr(response, "content", b"") if not response.streaming else b""
    found = FIELD_NAME.findall(content.decode("utf-8", "replace"))
    return sorted(set(found) - {"csrfmiddlewaretoken"}) + COMMON_FIELDS


def _post(client: Client, url: str, body) -> tuple[object, list[str]]:
    data, content_type = body
    writes: list[str] = []

    def record_writes(execute, sql, params, many, context):
        if WRITE.match(sql) and not SESSION_TABLE.match(sql):
            writes.append(sql[:160])
        return execute(sql, params, many, context)

    with transaction.atomic(), connections["default"].execute_wrapper(record_writes):
        if content_type is None:
            response = client.post(url, data)
        else:
            response = client.generic("POST", url, data, content_type=content_type)
        transaction.set_rollback(True)
    return response, writes


@pytest.mark.parametrize("role", ROLES)
def test_hostile_bodies_never_reach_a_server_error_nor_change_data_when_refused(
    world, patterns, role
):
    user = world.users[role]
    client = Client(raise_request_exception=False)
    if user is not None:
        client.force_login(user)
    targets = _targets(world, patterns)
    names = {url: _field_names(client, url) for _label, url in targets}
    failures: list[str] = []
    timings: list[tuple[float, str, int]] = []

    def post(label: str, url: str, body) -> None:
        if user is not None and not _signed_in(client):
            client.force_login(user)
        started = time.perf_counter()
        response, writes = _post(client, url, body)
        timings.append((time.perf_counter() - started, url, response.status_code))
        status = response.status_code
        shown = (body[0][:120] if isinstance(body[0], bytes) else body[0], body[1])
        if status >= 500:
            error = getattr(response, "exc_info", None)
            failures.append(
                f"{label}: POST {url} as {role} → {status} {error and error[1]!r} body={shown!r}"
            )
        elif 400 <= status < 500 and writes:
            failures.append(
                f"{label}: POST {url} as {role} → {status} but wrote {writes} body={shown!r}"
            )

    # One small hypothesis run per URL, so every URL gets its bodies (a single run drawing bodies for all
    # of them would overrun hypothesis's budget for one example). Failures are collected, not raised, so
    # nothing is shrunk and the report names every URL that went wrong.
    bounded = settings(
        max_examples=EXAMPLES,
        deadline=None,
        derandomize=bool(os.environ.get("CI")),
        database=None,
        phases=[Phase.explicit, Phase.generate],
        suppress_health_check=list(HealthCheck),
    )
    for label, url in targets:
        bounded(given(bodies(names[url]))(_bound(post, label, url)))()
    if os.environ.get("HOSTILE_POST_PROFILE"):
        slowest = sorted(timings, reverse=True)[:25]
        total = sum(t for t, _u, _s in timings)
        print(f"\n{role}: {len(timings)} POSTs in {total:.1f} s; slowest:")
        for seconds, url, status in slowest:
            print(f"  {seconds * 1000:8.0f} ms {status} {url}")
    assert not failures, f"{len(failures)} hostile bodies went wrong:\n" + "\n".join(
        dict.fromkeys(failures)
    )
