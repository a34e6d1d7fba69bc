"""The Content-Security-Policy: on every kind of response, without 'unsafe-inline' or 'unsafe-eval', and no
page (Wagtail's admin included) that would need them.

The browser journeys (tests/e2e) prove the policy in Chromium; these tests are the quick guard: every
response carries the policy, and the HTML Sigap and Wagtail render holds no inline script, style or event
handler for the browser to refuse. A Wagtail upgrade that brings a new inline script fails here first.
"""

from __future__ import annotations

import json
from html.parser import HTMLParser

from django.core.files.base import ContentFile
from django.http import HttpResponse
from django.test import Client, RequestFactory
from django.urls import path, reverse

from wagtail.documents import get_document_model
from wagtail.utils.decorators import xframe_options_sameorigin_override

import pytest
from allauth.account.models import EmailAddress

from sigap import urls as site_urls
from sigap.security import SecurityHeadersMiddleware, csp_header_value
from tests.accounts.factories import UserFactory, give_totp
from tests.certificates.factories import make_certificate, make_member
from tests.courses.factories import lessons_of, make_course, make_regulation
from tests.sigap.factories import docx_bytes, pdf_bytes

pytestmark = pytest.mark.django_db

UNSAFE = {"'unsafe-inline'", "'unsafe-eval'", "'unsafe-hashes'", "*", "http:", "https:", "data:"}


def policy(response) -> dict[str, list[str]]:
    """The response's Content-Security-Policy as {directive: [sources]}."""
    header = response.headers.get("Content-Security-Policy")
    assert header, (
        f"no Content-Security-Policy on {response.status_code} {response.get('Content-Type')}"
    )
    directives = {}
    for part in header.split(";"):
        name, *sources = part.split()
        directives[name] = sources
    return directives


def assert_strict(response) -> dict[str, list[str]]:
    directives = policy(response)
    assert "default-src" in directives
    for name in (
        "default-src",
        "script-src",
        "style-src",
        "object-src",
        "base-uri",
        "frame-ancestors",
    ):
        unsafe = UNSAFE & set(directives.get(name, []))
        assert not unsafe, f"{name} allows {unsafe}"
    for sources in directives.values():
        assert "'unsafe-inline'" not in sources and "'unsafe-eval'" not in sources, directives
    return directives


def superuser():
    user = UserFactory(is_superuser=True)
    give_totp(user)
    return user


# Every kind of response ------------------------------------------------------------------------------


def test_html_pages_carry_the_strict_policy(client):
    course = make_course()
    for url in ["/", "/accounts/login/", course.url, "/kursus/"]:
        response = client.get(url)
        assert response.status_code == 200, url
        directives = assert_strict(response)
        assert directives["default-src"] == ["'self'"]
        assert directives["script-src"] == ["'self'"]
        assert directives["object-src"] == ["'none'"]
        assert directives["base-uri"] == ["'self'"]
        assert directives["form-action"] == ["'self'"]
        assert directives["frame-ancestors"] == ["'none'"]


def test_admin_pages_carry_the_same_policy(client):
    client.force_login(superuser())
    course = make_course()
    for url in ["/admin/", f"/admin/pages/{course.pk}/edit/", "/admin/workflows/add/"]:
        response = client.get(url)
        assert response.status_code == 200, url
        assert policy(response) == policy(client.get("/"))


def test_json_pdf_and_downloads_carry_a_policy(client):
    member = make_member()
    certificate = make_certificate(user=member)
    client.force_login(member)

    regencies = client.get(reverse("regency_options", args=["32"]))
    assert regencies["Content-Type"].startswith("application/json")
    assert_strict(regencies)

    verification = client.get(reverse("certificates:verify_json", args=[certificate.code]))
    assert verification["Content-Type"].startswith("application/json")
    assert_strict(verification)

    download = client.get(reverse("certificates:download", args=[certificate.code]))
    assert download["Content-Type"] == "application/pdf"
    assert_strict(download)
    assert download["X-Content-Type-Options"] == "nosniff"


def test_an_uploaded_document_is_served_so_the_browser_runs_nothing(client):
    """Wagtail's document view sends its own, stricter policy (nothing may load or run), which is kept."""
    Document = get_document_model()
    form = Document.objects.create(
        title="Formulir", file=ContentFile(docx_bytes(), name="formulir.docx")
    )
    regulation = Document.objects.create(title="UU", file=ContentFile(pdf_bytes(), name="uu.pdf"))

    response = client.get(form.url)
    assert response.status_code == 200
    assert policy(response) == {"default-src": ["'none'"]}
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Content-Disposition"].startswith("attachment")

    # A PDF opens in the browser's own viewer, still under default-src 'none'.
    response = client.get(regulation.url)
    assert policy(response) == {"default-src": ["'none'"]}
    assert response["Content-Disposition"].startswith("inline")


def test_error_pages_carry_the_policy(client, settings):
    settings.DEBUG = False
    not_found = client.get("/no-such-page/")
    assert not_found.status_code == 404
    assert_strict(not_found)

    csrf_client = Client(enforce_csrf_checks=True)
    refused = csrf_client.post("/accounts/login/", {"login": "x@example.org", "password": "x"})
    assert refused.status_code == 403
    assert_strict(refused)
    # Sigap's own page, in the site's layout: Django's built-in one has an inline <style>.
    assert b'<main id="main"' in refused.content
    assert not inline_code(refused.content.decode())


def boom(request):
    raise RuntimeError("Something broke")


urlpatterns = [path("boom/", boom), *site_urls.urlpatterns]


@pytest.mark.urls(__name__)
def test_the_server_error_page_carries_the_policy(settings):
    settings.DEBUG = False
    response = Client(raise_request_exception=False).get("/boom/")
    assert response.status_code == 500
    assert_strict(response)


@pytest.mark.urls(__name__)
def test_djangos_debug_page_is_readable_in_development(settings):
    """With DEBUG on (never in production), the traceback page keeps its inline CSS and JavaScript."""
    settings.DEBUG = True
    response = Client(raise_request_exception=False).get("/boom/")
    assert response.status_code == 500
    assert "Content-Security-Policy" not in response
    # Every other response in development carries the policy.
    assert_strict(Client().get("/accounts/login/"))


# Framing ---------------------------------------------------------------------------------------------


def test_only_wagtails_preview_may_be_framed_and_only_by_the_admin(rf: RequestFactory):
    @xframe_options_sameorigin_override
    def preview(request):
        return HttpResponse("<h1>Pratinjau</h1>")

    middleware = SecurityHeadersMiddleware(preview)
    response = middleware(rf.get("/admin/pages/3/edit/preview/"))
    assert policy(response)["frame-ancestors"] == ["'self'"]

    # Every other page: framed by no one.
    assert policy(SecurityHeadersMiddleware(lambda r: HttpResponse())(rf.get("/")))[
        "frame-ancestors"
    ] == ["'none'"]


def test_a_preview_rendered_through_the_middleware_inside_the_preview_view_is_framed_by_the_admin(
    rf: RequestFactory,
):
    """Wagtail renders a preview by passing a request through the middleware inside its view, then marks
    the response SAMEORIGIN on the way out: the outer pass writes the policy again."""
    inner = SecurityHeadersMiddleware(lambda request: HttpResponse("<h1>Pratinjau</h1>"))

    @xframe_options_sameorigin_override
    def preview_view(request):
        return inner(request)

    response = SecurityHeadersMiddleware(preview_view)(rf.get("/admin/pages/3/edit/preview/"))
    assert policy(response)["frame-ancestors"] == ["'self'"]


def test_the_policy_is_written_from_the_setting():
    value = csp_header_value(
        {"default-src": ["'self'"], "upgrade-insecure-requests": True, "report-uri": []},
        frame_ancestors="'none'",
    )
    assert value == "frame-ancestors 'none'; default-src 'self'; upgrade-insecure-requests"


# No inline code ----------------------------------------------------------------------------------------


class InlineCode(HTMLParser):
    """Everything in a page the policy would refuse: inline scripts, <style>, style="…", onclick=…,
    javascript: links."""

    DATA_SCRIPT_TYPES = {"application/json", "application/ld+json", "text/template"}

    def __init__(self):
        super().__init__()
        self.found: list[str] = []

    def handle_starttag(self, tag, attrs):
        attributes = dict(attrs)
        script_type = attributes.get("type", "text/javascript")
        if (
            tag == "script"
            and "src" not in attributes
            and script_type not in self.DATA_SCRIPT_TYPES
        ):
            self.found.append(f"inline <script {attributes}>")
        if tag == "style":
            self.found.append("<style> element")
        for name, value in attrs:
            if name == "style":
                self.found.append(f'style="{value}" on <{tag}>')
            if name.startswith("on"):
                self.found.append(f"{name}= on <{tag}>")
            if name in {"href", "src", "action"} and (value or "").strip().lower().startswith(
                "javascript:"
            ):
                self.found.append(f"{name}=javascript: on <{tag}>")


def inline_code(html: str) -> list[str]:
    parser = InlineCode()
    parser.feed(html)
    return parser.found


def assert_no_inline_code(client, url: str) -> None:
    response = client.get(url)
    assert response.status_code == 200, (url, response.status_code)
    content = response.content.decode()
    if response["Content-Type"].startswith("application/json"):  # a chooser dialog's HTML
        content = json.loads(content).get("html", "")
    found = inline_code(content)
    assert not found, f"{url} has inline code the policy refuses: {found}"


def test_members_pages_have_no_inline_code(client):
    course = make_course()
    lesson = lessons_of(course)[0]
    member = make_member()
    # An address change still waiting for confirmation: allauth's page hides a form for it.
    EmailAddress.objects.create(user=member, email="baru@example.org", verified=False)
    for url in ["/", "/accounts/login/", "/accounts/signup/", "/kursus/", course.url]:
        assert_no_inline_code(client, url)
    client.force_login(member)
    client.post(reverse("courses:enrol", args=[course.pk]))
    for url in ["/me/", "/me/profile/", "/accounts/email/", lesson.url, "/learn/"]:
        assert_no_inline_code(client, url)


def test_admin_pages_have_no_inline_code(client):
    """Wagtail's admin: choosers in ordinary forms, date pickers, inline panels and their dialogs."""
    client.force_login(superuser())
    course = make_course()
    make_regulation()
    for url in [
        "/admin/",
        f"/admin/pages/{course.pk}/edit/",  # cover image chooser
        f"/admin/pages/{lessons_of(course)[0].pk}/edit/",  # StreamField, Draftail
        "/admin/workflows/add/",  # inline panel, page and task choosers
        "/admin/snippets/courses/regulation/add/",  # document chooser
        "/admin/classroom-certificates/",  # date picker
        "/admin/reports/site-history/",  # date filters
        "/admin/images/multiple/add/",
        "/admin/documents/multiple/add/",
        "/admin/images/chooser/",
        "/admin/documents/chooser/",
        "/admin/choose-page/",
        "/admin/workflows/task_chooser/",
        "/admin/coverage/targets/",
        "/admin/coverage/targets/import/",
        "/admin/quiz-analytics/",
        "/admin/certificates/issued/",
        "/admin/certificates/templates/",
        "/coverage/",
    ]:
        assert_no_inline_code(client, url)
