"""A request in a charset that is not text, with bytes that are not text in its charset, or with a
Content-Type header that cannot be parsed gets the site's 400 page in the member's language on every URL
(the site, sign-in, the quiz autosave, the admin), never a server error."""

from __future__ import annotations

import importlib
import io
import sys
from contextlib import contextmanager

from django.core import signals
from django.db import close_old_connections
from django.test import Client, override_settings
from django.utils import translation

import pytest

import sigap.wsgi
from sigap.requests import ReadableWSGIRequest
from tests.quizzes.support import autosave_url, enrol, make_quiz, single_choice, start

pytestmark = pytest.mark.django_db

FORM = "application/x-www-form-urlencoded"
MULTIPART_BODY = b'--XX\r\nContent-Disposition: form-data; name="choice"\r\n\r\n0\r\n--XX--\r\n'
# (Content-Type, body): each unreadable in its own way.
UNREADABLE_BODIES = {
    "a byte codec as charset": (f"{FORM}; charset=rot13", b"choice=0"),
    "another byte codec": (f"{FORM}; charset=base64_codec", b"choice=0"),
    "multipart in a byte codec": ("multipart/form-data; boundary=XX; charset=zlib", MULTIPART_BODY),
    "escaped bytes not UTF-8": (FORM, b"choice=%FF%FE"),
    "raw bytes not UTF-8": (FORM, b"choice=\xff\xfe"),
    "bytes not UTF-16": (f"{FORM}; charset=utf-16", b"\xff"),
}
TITLE = "The request could not be read"


@pytest.fixture
def member_client(learner):
    client = Client(raise_request_exception=False)
    client.force_login(learner)
    # The CSRF check reads request.POST too when a token cookie is present.
    client.cookies["csrftoken"] = "a" * 32
    return client


@pytest.fixture
def urls(member_client, learner):
    quiz = make_quiz(questions=[single_choice("a")])
    enrol(learner, quiz)
    attempt = start(member_client, quiz)
    return ["/", "/accounts/login/", autosave_url(attempt, 1), "/admin/pages/"]


def in_language(language: str, text: str) -> str:
    with translation.override(language):
        return translation.gettext(text)


def assert_error_page(status: int, html: str, language: str = "id"):
    assert status == 400
    assert f'lang="{language}"' in html
    assert in_language(language, TITLE) in html
    assert in_language(language, "Back to the home page") in html


@pytest.mark.parametrize("case", UNREADABLE_BODIES)
def test_an_unreadable_form_gets_the_400_page_in_indonesian_on_every_url(member_client, urls, case):
    content_type, body = UNREADABLE_BODIES[case]
    for url in urls:
        response = member_client.generic("POST", url, body, content_type=content_type)

        assert_error_page(response.status_code, response.content.decode())


def test_members_who_chose_english_get_the_400_page_in_english(member_client, urls):
    member_client.cookies["sigap_language"] = "en"
    for url in urls:
        response = member_client.generic("POST", url, b"choice=%FF", content_type=FORM)

        assert_error_page(response.status_code, response.content.decode(), "en")
        assert TITLE in response.content.decode()


@pytest.mark.parametrize("query", ["q=%FF%FE", "q=%C3"])
def test_a_query_string_that_is_not_utf8_gets_the_400_page(client, query):
    response = Client(raise_request_exception=False).get(f"/?{query}")

    assert_error_page(response.status_code, response.content.decode())


def test_readable_forms_and_a_wholly_unknown_charset_are_read_as_before(member_client, urls):
    # Django reads a charset Python does not know at all as UTF-8; Sigap leaves that alone.
    for content_type in (FORM, f"{FORM}; charset=nonexistent-xyz", f"{FORM}; charset=utf-8"):
        response = member_client.generic(
            "POST", urls[2], b"choice=0&kata=%C3%A9", content_type=content_type
        )

        assert response.status_code == 200, content_type


@contextmanager
def wsgi_application(**settings):
    """sigap.wsgi's application as gunicorn runs it, under ``settings`` (its middleware is loaded then)."""
    # As Django's test client does: a request must not close the test's database connection.
    signals.request_started.disconnect(close_old_connections)
    signals.request_finished.disconnect(close_old_connections)
    try:
        with override_settings(**settings):
            yield importlib.reload(sigap.wsgi).application
    finally:
        signals.request_started.connect(close_old_connections)
        signals.request_finished.connect(close_old_connections)
        importlib.reload(sigap.wsgi)


def call(
    application, method: str, path: str, *, content_type: str = "", body: bytes = b"", cookies=""
):
    environ = {
        "REQUEST_METHOD": method,
        "PATH_INFO": path,
        "QUERY_STRING": "",
        "SERVER_NAME": "testserver",
        "SERVER_PORT": "80",
        "SERVER_PROTOCOL": "HTTP/1.1",
        "wsgi.url_scheme": "http",
        "wsgi.input": io.BytesIO(body),
        "wsgi.errors": sys.stderr,
        "CONTENT_TYPE": content_type,
        "CONTENT_LENGTH": str(len(body)),
        "HTTP_COOKIE": cookies,
    }
    statuses = []
    content = b"".join(
        application(environ, lambda status, headers, exc_info=None: statuses.append(status))
    )
    return int(statuses[0].split()[0]), content.decode()


def test_the_wsgi_application_builds_requests_that_tolerate_any_content_type():
    assert sigap.wsgi.application.request_class is ReadableWSGIRequest


@pytest.mark.parametrize("method", ["GET", "POST"])
def test_a_content_type_header_that_cannot_be_parsed_gets_the_400_page_not_the_servers_500(
    member_client, urls, method
):
    cookies = "; ".join(f"{name}={morsel.value}" for name, morsel in member_client.cookies.items())
    with wsgi_application(DEBUG=False) as application:
        for url in urls:
            status, html = call(
                application,
                method,
                url,
                content_type=f"{FORM}; charset*=nonexistent-xyz''x",
                body=b"choice=0",
                cookies=cookies,
            )

            assert_error_page(status, html)


def production_middleware(tmp_path) -> list[str]:
    from tests.sigap.test_production import LOCAL, report  # the settings gunicorn loads

    return report(LOCAL, tmp_path)["middleware"]


def test_with_the_production_middleware_unreadable_requests_still_get_the_400_page(
    member_client, urls, tmp_path
):
    cookies = "; ".join(f"{name}={morsel.value}" for name, morsel in member_client.cookies.items())
    production = {"MIDDLEWARE": production_middleware(tmp_path), "STATIC_ROOT": tmp_path}
    with wsgi_application(DEBUG=False, **production) as application:
        for url in urls:
            for content_type, body in [
                *UNREADABLE_BODIES.values(),
                (f"{FORM}; charset*=nonexistent-xyz''x", b"choice=0"),
            ]:
                status, html = call(
                    application, "POST", url, content_type=content_type, body=body, cookies=cookies
                )

                assert_error_page(status, html)
