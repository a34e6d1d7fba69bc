"""Certificates in the browser: a learner completes a demo course and finds the certificate on "My
certificates", downloads its PDF (name and QR code checked in the file) and opens the verification page the QR
code leads to; a trainer revokes it in the admin, and the verification page and the download say so.

The demo course and its final quiz are seeded as ``make demo`` seeds them. The learner's earlier lessons and
the final quiz are done through the services, so the journey stays quick; the last lesson is completed in the
browser, and that click is what completes the course and issues the certificate (the test settings run tasks
at once). Learner pages are in Indonesian and found by URL and CSS class; the admin is in the trainer's
English; the stranger checking the certificate switches the site to English with the header's switcher.
"""

from __future__ import annotations

import re
from io import BytesIO

import zxingcpp
from playwright.sync_api import Page, expect
from pypdf import PdfReader

from certificates.models import Certificate
from courses.demo.seed import seed_courses
from courses.models import CoursePage
from courses.services import enrolment_create, lesson_complete
from quizzes.demo.seed import seed_quizzes
from quizzes.models import QuizPage
from quizzes.services import attempt_start, attempt_submit
from tests.accounts.factories import PASSWORD
from tests.certificates.factories import make_member
from tests.courses.factories import lessons_of
from tests.e2e.support import E2E, sign_in, sign_in_with_totp
from tests.e2e.test_courses import complete_button, open_admin, staff_member
from tests.quizzes.bench_support import answer_all

pytestmark = E2E

COURSE_SLUG = "pencegahan-penanganan-berbasis-masyarakat-permen-2-2024"
FINAL_QUIZ_SLUG = "kuis-akhir-pencegahan-berbasis-masyarakat"
HOLDER = "Ni Luh Putu Ayu Kusumawardhani"
REASON = "Peserta mengerjakan kuis atas nama orang lain."


def demo_course_all_but_done(learner) -> tuple[CoursePage, object]:
    """Seed the demo courses and quizzes; ``learner`` is enrolled in the community-based course, has passed
    its final quiz and completed every lesson but the last. Returns the course and that last lesson."""
    seed_courses()
    seed_quizzes()
    course = CoursePage.objects.get(slug=COURSE_SLUG)
    quiz = QuizPage.objects.descendant_of(course).get(slug=FINAL_QUIZ_SLUG)
    enrolment = enrolment_create(user=learner, course=course)
    *earlier, last = lessons_of(course)
    for lesson in earlier:
        assert not lesson_complete(enrolment=enrolment, lesson=lesson)
    attempt = attempt_submit(attempt=answer_all(attempt_start(user=learner, quiz=quiz)))
    assert attempt.passed
    enrolment.refresh_from_db()
    assert enrolment.completed_at is None, "the last lesson is still to do"
    return course, last


def pdf_facts(path) -> tuple[str, list[str]]:
    """The PDF's text (whitespace flattened) and what every barcode in its images decodes to."""
    with open(path, "rb") as file:
        reader = PdfReader(BytesIO(file.read()))
    assert len(reader.pages) == 1
    sheet = reader.pages[0]
    text = " ".join(sheet.extract_text().split())
    decoded = [
        barcode.text for image in sheet.images for barcode in zxingcpp.read_barcodes(image.image)
    ]
    return text, decoded


def certificate_card(page: Page, course: CoursePage):
    return page.locator("main article.certificate-item", has_text=course.title)


def expect_verification(page: Page, certificate: Certificate, state: str) -> None:
    """The public page shows the certificate's state, and who completed which course."""
    result = page.locator("main section.verify-result")
    expect(result).to_have_class(re.compile(rf"\bverify-{state}\b"))
    facts = result.locator("dl.facts")
    expect(facts).to_contain_text(certificate.holder_name)
    expect(facts).to_contain_text(certificate.course_title)
    expect(facts).to_contain_text(certificate.number)


def test_a_learner_downloads_and_verifies_a_certificate_and_a_trainer_revokes_it(
    page, new_page, live_server, settings, check_page, journey, tmp_path
):
    # The QR code and the printed address lead to this server (conftest.py), so the browser can follow them.
    learner = make_member(full_name=HOLDER)
    course, last_lesson = demo_course_all_but_done(learner)

    # The learner completes the last lesson: the course is complete, and the certificate issued with it.
    sign_in(page, learner.email, PASSWORD)
    page.goto(last_lesson.url)
    complete_button(page, last_lesson).click()
    expect(page).to_have_url(f"{live_server.url}{course.url}")
    expect(page.locator("main .progress-panel .status-complete")).to_be_visible()
    journey.screenshot(page, "course completed")
    certificate = Certificate.objects.get(user=learner, course=course)
    assert certificate.status == Certificate.Status.VALID
    assert certificate.holder_name == HOLDER
    verify_url = f"{live_server.url}/verify/{certificate.code}/"

    # "My certificates", from the header, lists it with its number and a download link.
    page.locator("header a[href='/me/certificates/']").click()
    expect(page).to_have_url(f"{live_server.url}/me/certificates/")
    card = certificate_card(page, course)
    expect(card).to_contain_text(certificate.number)
    download_link = card.locator(f"a[href='/me/certificates/{certificate.code}.pdf']")
    expect(download_link).to_be_visible()
    expect(card.locator(f"a[href='/verify/{certificate.code}/']")).to_be_visible()
    check_page(page, "my certificates")

    # The PDF: the member's name, and a QR code that decodes to the public verification page.
    with page.expect_download() as download_info:
        download_link.click()
    download = download_info.value
    assert download.suggested_filename == f"{certificate.number}.pdf"
    pdf_path = tmp_path / download.suggested_filename
    download.save_as(pdf_path)
    text, decoded = pdf_facts(pdf_path)
    assert HOLDER in text
    assert certificate.number in text
    assert decoded == [verify_url]

    # The learner follows the QR code's address: valid, with the name and the course.
    page.goto(decoded[0])
    expect(page).to_have_url(verify_url)
    expect_verification(page, certificate, "valid")
    check_page(page, "verification page valid")

    # A trainer, at another computer, finds the certificate by its number and revokes it with a reason.
    trainer, secret = staff_member("Trainer")
    admin = new_page()
    sign_in_with_totp(admin, trainer.email, PASSWORD, secret)
    open_admin(admin, live_server)
    admin.locator("#wagtail-sidebar").get_by_role("button", name="Certificates", exact=True).click()
    admin.locator("#wagtail-sidebar").get_by_role(
        "link", name="Issued certificates", exact=True
    ).click()
    expect(admin).to_have_url(f"{live_server.url}/admin/certificates/issued/")
    check_page(admin, "admin issued certificates")
    # The listing's own search box (the sidebar has another), which filters as one types.
    admin.locator("main input#id_q").fill(certificate.number)
    expect(admin).to_have_url(re.compile(rf"\?q={re.escape(certificate.number)}$"))
    rows = admin.locator("main table.listing tbody tr")
    expect(rows).to_have_count(1)
    expect(rows.first).to_contain_text(HOLDER)
    expect(rows.first).to_contain_text("Valid")
    rows.first.get_by_role("link", name=certificate.number, exact=True).click()
    inspect_url = f"{live_server.url}/admin/certificates/issued/inspect/{certificate.pk}/"
    expect(admin).to_have_url(inspect_url)
    expect(admin.locator("main")).to_contain_text(verify_url)
    check_page(admin, "admin certificate inspect")

    admin.get_by_role("link", name="Revoke", exact=True).click()
    expect(admin).to_have_url(f"{live_server.url}/admin/certificates/{certificate.pk}/revoke/")
    check_page(admin, "admin revoke form")
    admin.locator("textarea[name=reason]").fill(REASON)
    admin.locator("main form button[type=submit]", has_text="Revoke").click()
    expect(admin).to_have_url(inspect_url)
    expect(admin.locator(".messages .success")).to_contain_text(certificate.number)
    # Wagtail fades its messages in; axe would otherwise measure their colours half-way.
    expect(admin.locator(".messages > ul")).to_have_css("opacity", "1")
    expect(admin.locator("main .help-critical")).to_be_visible()
    expect(admin.get_by_role("link", name="Revoke", exact=True)).to_have_count(0)
    check_page(admin, "admin certificate revoked")
    certificate.refresh_from_db()
    assert certificate.status == Certificate.Status.REVOKED
    assert certificate.revoked_reason == REASON

    # Someone checking the certificate, not signed in, reads in English that it is revoked, not why.
    stranger = new_page()
    stranger.goto(verify_url)
    expect(stranger.locator("header a[href='/accounts/login/']")).to_be_visible()
    stranger.locator("header form.language-switcher button[value=en]").click()
    expect(stranger.locator("html")).to_have_attribute("lang", "en")
    expect(stranger).to_have_url(verify_url)
    expect_verification(stranger, certificate, "revoked")
    expect(stranger.locator("main #verify-status")).to_have_text(
        "This certificate has been revoked."
    )
    expect(stranger.locator("main")).not_to_contain_text(REASON)
    check_page(stranger, "verification page revoked")

    # The learner's list says revoked, with no download link, and the PDF address refuses the file.
    page.goto("/me/certificates/")
    card = certificate_card(page, course)
    expect(card.locator(".message-error")).to_contain_text(REASON)
    expect(card.locator("a[href$='.pdf']")).to_have_count(0)
    check_page(page, "my certificates revoked")
    response = page.goto(f"/me/certificates/{certificate.code}.pdf")
    assert response.status == 410
    assert "application/pdf" not in response.headers["content-type"]
    expect(page.locator(f"main a[href='/verify/{certificate.code}/']")).to_be_visible()
    check_page(page, "download refused")
