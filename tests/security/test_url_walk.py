"""Every URL pattern of the site, requested as every role, answers what tests/security/expectations.py says.

The patterns come from Django's resolver (Sigap's apps, allauth, the Wagtail admin, documents, page
serving …), so a view added anywhere is walked too, and fails the walk until its expected statuses are
written down. Nobody ever gets a 500 (except from Wagtail's deliberate error page, admins only), and no GET
signs anyone out.

The world (tests/security/world.py, fixtures in conftest.py) is built once for the module, inside a
transaction rolled back at the end; each test runs in its own savepoint, so one role's requests never change
what the next role sees.
"""

from __future__ import annotations

from django.test import Client

import pytest

from .expectations import (
    DELIBERATE_ERROR,
    ROLES,
    SHADOWED,
    Uncovered,
    entries,
    expectation_for,
)
from .walk import concrete_urls, resolves_to

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("world_media_settings")]


def _signed_in(client: Client) -> bool:
    cookie = client.cookies.get("sessionid")
    return cookie is not None and bool(cookie.value)


def _answer(response) -> str:
    location = f" → {response['Location']}" if response.has_header("Location") else ""
    error = ""
    if response.status_code >= 500 and getattr(response, "exc_info", None):
        error = f" ({response.exc_info[1]!r})"
    return f"{response.status_code}{location}{error}"


def _walk(world, patterns, role: str, *, method: str = "get") -> tuple[list[str], dict[str, int]]:
    """Request every pattern's URLs as ``role``; returns what went against the table, and the statuses."""
    user = world.users[role]
    client = Client(raise_request_exception=False)
    failures, statuses = [], {}
    for pattern in patterns:
        try:
            expect = expectation_for(pattern)
        except Uncovered:
            continue  # test_every_url_pattern_has_expected_statuses names it
        for case, url in concrete_urls(pattern, world).items():
            hidden_by = resolves_to(url, pattern)
            if expect == SHADOWED:
                if hidden_by is None:
                    failures.append(f"{pattern.label}: marked shadowed, but {url} reaches it")
                continue
            if hidden_by is not None:
                failures.append(f"{pattern.label}: {url} is answered by {hidden_by}")
                continue
            outcome = (expect[case] if isinstance(expect, dict) else expect)[role]
            if user is not None and not _signed_in(client):
                client.force_login(user)
            response = getattr(client, method)(url)
            statuses[url] = response.status_code
            if response.status_code >= 500 and outcome is not DELIBERATE_ERROR:
                failures.append(f"{method.upper()} {url} as {role}: {_answer(response)}")
            elif method == "get" and not outcome.check(response):
                failures.append(
                    f"{pattern.label} {case}: GET {url} as {role} answered {_answer(response)}, "
                    f"expected {outcome}"
                )
            if user is not None and not _signed_in(client):
                failures.append(f"{method.upper()} {url} signed the {role} out")
    return failures, statuses


def test_every_url_pattern_has_expected_statuses(patterns):
    uncovered = []
    for pattern in patterns:
        try:
            expectation_for(pattern)
        except Uncovered as exc:
            uncovered.append(str(exc))
    assert not uncovered, "\n".join(uncovered)


def test_every_entry_of_the_table_still_matches_a_url_pattern(patterns):
    import fnmatch

    keys = {f"{pattern.route} {pattern.name}" for pattern in patterns}
    keys |= {pattern.route for pattern in patterns}
    names = [pattern.name for pattern in patterns if pattern.name]
    stale = [entry for entry in entries() if entry not in keys and not fnmatch.filter(names, entry)]
    assert not stale, f"entries that match no URL pattern any more: {stale}"


def test_every_url_can_be_built_for_the_walk(world, patterns):
    for pattern in patterns:
        assert concrete_urls(pattern, world), pattern.label


@pytest.mark.parametrize("role", ROLES)
def test_every_url_answers_each_role_as_the_table_says(world, patterns, role):
    failures, _statuses = _walk(world, patterns, role)
    assert not failures, f"{len(failures)} unexpected answers:\n" + "\n".join(failures)


def test_head_requests_reach_nothing_that_gets_do_not_for_signed_out_visitors(world, patterns):
    # Django runs the GET view for a HEAD and drops the body. A view may refuse HEAD (require_GET does),
    # but none may let it through where a GET is turned away.
    _failures, gets = _walk(world, patterns, "anonymous")
    failures, heads = _walk(world, patterns, "anonymous", method="head")
    wider = [
        f"{url}: GET {gets[url]}, HEAD {heads[url]}"
        for url in gets
        if heads[url] == 200 and gets[url] != 200
    ]
    assert not failures + wider, "\n".join(failures + wider)
