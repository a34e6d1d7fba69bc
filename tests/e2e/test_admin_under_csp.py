"""Wagtail's admin under Sigap's Content-Security-Policy (no 'unsafe-inline'), in Chromium.

Every browser test fails when the browser refuses anything under the policy (conftest.py); these journeys
take an administrator through the admin pages the other journeys do not reach, and check that what Wagtail
would otherwise start with an inline script still works: choosers in ordinary forms and in StreamField
blocks, the rich-text editor and its hint, the preview beside the editor (framed from the same origin),
date pickers, inline panels, the image editor's focal point, the uploaders (which refuse a file whose
contents are not what its name says), Sigap's own admin views for quizzes, certificates and coverage, and
the QR code a new staff member scans to turn on two-factor sign-in.

The administrator's admin is in English, for stable labels.
"""

from __future__ import annotations

import re

from django.contrib.auth.models import Group
from django.core.files.base import ContentFile
from django.urls import reverse

from wagtail.documents import get_document_model
from wagtail.users.models import UserProfile

from playwright.sync_api import Page, expect

from courses.models import CoursePage, LessonPage
from tests.accounts.factories import PASSWORD, ProfileFactory, give_totp, with_role
from tests.certificates.factories import make_image, make_template
from tests.courses.factories import lessons_of, make_course
from tests.e2e.support import (
    E2E,
    current_totp_code,
    main_form,
    sign_in,
    sign_in_with_totp,
    submit_button,
)
from tests.sigap.factories import docx_bytes, pdf_bytes, png_bytes

pytestmark = E2E

SVG_WITH_SCRIPT = (
    b'<svg xmlns="http://www.w3.org/2000/svg"><script>alert(document.cookie)</script></svg>'
)


def administrator():
    """A superuser (every admin page) with an authenticator and an English admin."""
    user = ProfileFactory().user
    user.is_superuser = True
    user.save(update_fields=["is_superuser"])
    secret = give_totp(user)
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = "en"
    profile.save()
    return user, secret


def sign_in_as_administrator(page: Page) -> None:
    user, secret = administrator()
    sign_in_with_totp(page, user.email, PASSWORD, secret)


def open_modal(page: Page):
    """Wagtail's chooser dialog, once it has loaded its listing."""
    modal = page.locator(".modal-dialog")
    expect(modal).to_be_visible()
    return modal


def close_modal(page: Page) -> None:
    page.locator(".modal-dialog").get_by_role("button", name="Close").click()
    expect(page.locator(".modal-dialog")).to_have_count(0)


def test_an_editor_chooses_images_writes_text_and_previews_a_course(page, live_server, journey):
    course = make_course(title="Kursus Identifikasi Korban")
    lesson = lessons_of(course)[0]
    cover = make_image(title="Sampul kursus")
    sign_in_as_administrator(page)

    # The cover image: Wagtail's image chooser in an ordinary form (started from Sigap's marker).
    page.goto(f"/admin/pages/{course.pk}/edit/")
    chooser = page.locator("#id_cover_image-chooser")
    chooser.get_by_role("button", name="Choose an image").click()
    open_modal(page).locator("a.image-choice", has_text=cover.title).click()
    expect(chooser.locator("[data-chooser-title]")).to_have_text(cover.title)
    journey.screenshot(page, "cover image chosen")

    # The preview beside the editor: a same-origin frame, which the policy allows for previews only.
    page.locator("[data-side-panel-toggle=preview]").click()
    preview = page.frame_locator("#w-preview-iframe")
    expect(preview.locator("main h1")).to_have_text(course.title)
    journey.screenshot(page, "preview beside the editor")

    # The content checks read the preview (Wagtail runs axe-core and counts words inside the frame).
    page.locator("[data-side-panel-toggle=checks]").click()
    expect(page.locator("[data-content-word-count]")).not_to_have_text("-")
    journey.screenshot(page, "content checks")

    page.get_by_role("button", name="Save draft").click()
    expect(page.locator(".messages .success")).to_be_visible()
    assert CoursePage.objects.get(pk=course.pk).get_latest_revision_as_object().cover_image == cover

    # A lesson: the rich-text editor shows its hint in a new empty paragraph; an image block chooses an
    # image through the same dialog, from StreamField's own JavaScript.
    page.goto(f"/admin/pages/{lesson.pk}/edit/")
    body = page.locator("#panel-child-content-body-section")
    editor = body.locator("[role=textbox][contenteditable=true]").first
    editor.click()
    editor.press("End")
    editor.press("Enter")
    hint = page.evaluate(
        """() => getComputedStyle(
            document.querySelector('.Draftail-block--unstyled.Draftail-block--empty'), '::before'
        ).content"""
    )
    assert hint == '"Write something or type ‘/’ to insert a block"', hint
    journey.screenshot(page, "rich text with its hint")

    body.get_by_role("button", name="Insert a block").last.click()
    page.get_by_role("option", name="Image").click()
    body.get_by_role("button", name="Choose an image").click()
    open_modal(page).locator("a.image-choice", has_text=cover.title).click()
    body.locator("input[name$='-value-alt_text']").fill("Sampul kursus berwarna biru")
    page.get_by_role("button", name="Save draft").click()
    expect(page.locator(".messages .success")).to_be_visible()
    saved = LessonPage.objects.get(pk=lesson.pk).get_latest_revision_as_object()
    assert [block.value["image"] for block in saved.body if block.block_type == "image"] == [cover]
    journey.screenshot(page, "image block saved")


def test_uploads_are_checked_for_what_they_really_are(page, live_server, journey):
    sign_in_as_administrator(page)

    # Documents: an HTML page named .pdf is refused with the reason; a real PDF and a real Word file go in.
    page.goto("/admin/documents/multiple/add/")
    page.locator("#fileupload").set_input_files(
        [
            {
                "name": "surat-edaran.pdf",
                "mimeType": "application/pdf",
                "buffer": b"<html><script>alert(1)</script></html>",
            },
            {"name": "peraturan.pdf", "mimeType": "application/pdf", "buffer": pdf_bytes()},
            {
                "name": "formulir.docx",
                "mimeType": "application/octet-stream",
                "buffer": docx_bytes(),
            },
        ]
    )
    uploads = page.locator("#upload-list > li")
    expect(uploads).to_have_count(3)
    expect(uploads.filter(has_text="This file is not a real PDF document")).to_have_count(1)
    expect(page.locator("#upload-list > li.upload-success")).to_have_count(2)
    journey.screenshot(page, "documents checked")
    titles = set(get_document_model().objects.values_list("title", flat=True))
    assert titles == {"peraturan", "formulir"}, titles

    # Images: an SVG carrying a script is refused even when named .png; a real PNG goes in.
    page.goto("/admin/images/multiple/add/")
    page.locator("#fileupload").set_input_files(
        [
            {"name": "logo.png", "mimeType": "image/png", "buffer": SVG_WITH_SCRIPT},
            {"name": "foto.png", "mimeType": "image/png", "buffer": png_bytes()},
        ]
    )
    uploads = page.locator("#upload-list > li")
    expect(uploads).to_have_count(2)
    expect(uploads.filter(has_text="Not a valid .png image")).to_have_count(1)
    expect(page.locator("#upload-list > li.upload-success")).to_have_count(1)
    journey.screenshot(page, "images checked")


def test_settings_and_sigaps_admin_views_work_under_the_policy(page, live_server, journey):
    course = make_course(title="Kursus Rujukan", certificate_enabled=True)
    template = make_template(course=course)
    regulation_document = get_document_model().objects.create(
        title="UU 21/2007", file=ContentFile(pdf_bytes(), name="uu-21-2007.pdf")
    )
    sign_in_as_administrator(page)

    # A workflow: its tasks are an inline panel (started from Sigap's marker); adding one brings a task
    # chooser, and the pages field a page chooser, each opening Wagtail's dialog.
    page.goto("/admin/workflows/add/")
    page.get_by_role("button", name="Add task").click()
    task_chooser = page.locator("[id^=id_workflow_tasks-][id$=-task-chooser]").last
    task_chooser.get_by_role("button", name="Choose a task").click()
    expect(open_modal(page)).to_contain_text("Choose a task")
    close_modal(page)
    page.locator("#id_pages-0-page-chooser").get_by_role("button", name="Choose a page").click()
    expect(open_modal(page)).to_contain_text("Choose a page")
    close_modal(page)
    journey.screenshot(page, "workflow form")

    # A regulation snippet: its document is chosen in an ordinary form's chooser.
    page.goto("/admin/snippets/courses/regulation/add/")
    page.get_by_role("button", name="Choose a document").click()
    open_modal(page).get_by_role("link", name=regulation_document.title).click()
    expect(page.locator("#id_document-chooser [data-chooser-title]")).to_have_text(
        regulation_document.title
    )
    journey.screenshot(page, "regulation with its document")

    # Date pickers: classroom certificates and the site history's filter.
    page.goto("/admin/classroom-certificates/")
    page.locator("input[name=completed_on]").click()
    expect(page.locator(".xdsoft_datetimepicker").first).to_be_visible()
    journey.screenshot(page, "classroom date picker")

    # Wagtail's image editor: its focal-point tool is dragged over part of the image.
    image = make_image(title="Logo gugus tugas")
    page.goto(f"/admin/images/{image.pk}/")
    holder = page.locator(".jcrop-holder")
    expect(holder).to_be_visible()
    box = holder.bounding_box()
    page.mouse.move(box["x"] + 20, box["y"] + 20)
    page.mouse.down()
    page.mouse.move(box["x"] + 120, box["y"] + 80)
    page.mouse.up()
    expect(page.locator("input.focal_point_width")).to_have_value("100")
    journey.screenshot(page, "focal point")

    # Wagtail's other settings and reports, then Sigap's own admin views and the dashboard the admin's
    # menu links to.
    for url in [
        f"/admin/documents/edit/{regulation_document.pk}/",
        "/admin/reports/site-history/",  # date filters
        reverse("wagtailusers_users:index"),
        reverse("wagtailusers_groups:edit", args=[Group.objects.get(name="Trainer").pk]),
        reverse("wagtailredirects:add"),  # a page chooser
        reverse("wagtailsettings:edit", args=["sigap", "sitesettings"]),
        reverse("wagtailadmin_pages:search") + "?q=Kursus",
        "/admin/quiz-analytics/",
        "/admin/certificates/issued/",
        f"/admin/certificates/templates/edit/{template.pk}/",
        "/admin/coverage/targets/",
        "/admin/coverage/targets/import/",
        "/coverage/",
    ]:
        response = page.goto(url)
        assert response.status == 200, url
        expect(page.locator("main")).to_be_visible()
        journey.screenshot(page, re.sub(r"\W+", " ", url))


def test_a_new_trainer_scans_the_qr_code_to_turn_on_two_factor(page, live_server, journey):
    """allauth draws the QR code as a data: image, which the policy allows for images only."""
    trainer = with_role(ProfileFactory().user, "Trainer")
    sign_in(page, trainer.email, PASSWORD)
    # Staff must turn on an authenticator first; allauth asks for the password again before it.
    expect(page).to_have_url(re.compile(r"/accounts/reauthenticate/"))
    main_form(page).locator("input[name=password]").fill(PASSWORD)
    submit_button(page).click()

    expect(page).to_have_url(re.compile(r"/accounts/2fa/totp/activate/$"))
    qr_code = main_form(page).locator("img")
    expect(qr_code).to_have_attribute("src", re.compile(r"^data:image/"))
    assert qr_code.evaluate("image => image.complete && image.naturalWidth > 0")
    journey.screenshot(page, "qr code")

    secret = page.locator("#authenticator_secret").input_value()
    main_form(page).locator("input[name=code]").fill(current_totp_code(secret))
    submit_button(page).click()
    expect(page).not_to_have_url(re.compile(r"/accounts/2fa/totp/activate/$"))
    assert trainer.authenticator_set.filter(type="totp").exists()
