"""Courses in the browser: a trainer writes one in Wagtail's admin and the Ministry approves it; a learner enrols,
learns, leaves, comes back where they left off and completes it; a member without a profile is told what is
missing before enrolling.

The admin follows each staff member's own language preference, set to English here for stable labels; the
learner pages are in Indonesian (the site's default), so they are found by URL, form action and CSS class.
"""

from __future__ import annotations

import re

from wagtail.models import WorkflowState
from wagtail.users.models import UserProfile

from playwright.sync_api import Page, expect

from courses.authoring import WORKFLOW_NAME
from courses.models import CourseIndexPage, CoursePage, Enrolment, LessonPage, ModulePage
from tests.accounts.factories import (
    PASSWORD,
    ProfileFactory,
    UserFactory,
    give_totp,
    with_role,
)
from tests.courses.factories import lessons_of, make_course
from tests.e2e.support import E2E, sign_in, sign_in_with_totp, sign_out

pytestmark = E2E

COURSE_TITLE = "Penanganan Pengaduan Korban TPPO"
MODULE_TITLE = "Modul 1: Menerima pengaduan"
LESSON_TITLES = ["Mendengarkan tanpa menghakimi", "Mencatat pengaduan dengan aman"]
SUBMIT = f"Submit to {WORKFLOW_NAME}"


# Wagtail admin steps --------------------------------------------------------------------------------------


def staff_member(role: str) -> tuple:
    """A member of a staff role with a profile, a verified address, an authenticator and an English admin."""
    user = with_role(ProfileFactory().user, role)
    secret = give_totp(user)
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = "en"
    profile.save()
    return user, secret


def open_admin(page: Page, live_server) -> None:
    """From the site's header to the Wagtail dashboard."""
    page.locator("header a[href='/admin/']").click()
    expect(page).to_have_url(f"{live_server.url}/admin/")


def add_child_page(page: Page, live_server, parent, model) -> None:
    """The parent's listing in the explorer, then "Add child page": straight to the form when one page type is
    allowed, through Wagtail's page-type chooser when several are (a module holds lessons and quizzes)."""
    page.goto(f"/admin/pages/{parent.pk}/")
    page.get_by_role("link", name="Add child page").click()
    add_url = f"/admin/pages/add/{model._meta.app_label}/{model._meta.model_name}/{parent.pk}/"
    expect(page).to_have_url(re.compile(rf"/admin/pages/(add/.*|{parent.pk}/add_subpage/)$"))
    if "/add_subpage/" in page.url:
        page.locator(f"a[href='{add_url}']").click()
    expect(page).to_have_url(f"{live_server.url}{add_url}")
    expect(page.locator("input[name=title]")).to_be_editable()


def fill_title(page: Page, title: str) -> None:
    """The title, then Tab: leaving the field fills in the slug (on the Promote tab) from it."""
    field = page.locator("input[name=title]")
    field.fill(title)
    field.press("Tab")
    expect(page.locator("input[name=slug]")).not_to_have_value("")


def footer_action(page: Page, name: str) -> None:
    """A button in the editor's footer menu (behind "More actions"), e.g. the workflow's submit button."""
    footer = page.locator("footer nav[aria-label='Actions (footer)']")
    footer.get_by_role("button", name="More actions").click()
    footer.get_by_role("button", name=name).click()


def expect_draft_saved(page: Page, live_server, model, title: str):
    """Saving a draft keeps the editor open on the page's edit view; returns the page from the database."""
    expect(page).to_have_url(re.compile(rf"^{re.escape(live_server.url)}/admin/pages/\d+/edit/$"))
    expect(page.locator(".messages .success")).to_contain_text(title)
    saved = model.objects.get(title=title)
    assert page.url.endswith(f"/admin/pages/{saved.pk}/edit/")
    return saved


def expect_submitted(page: Page, live_server, parent, model, title: str):
    """Submitting goes back to the parent's listing, where the page shows as in moderation."""
    expect(page).to_have_url(f"{live_server.url}/admin/pages/{parent.pk}/")
    message = page.locator(".messages .success")
    expect(message).to_contain_text(f"'{title}'")
    expect(message).to_contain_text("submitted for moderation")
    expect_in_moderation(page, title)
    return model.objects.get(title=title)


def expect_in_moderation(page: Page, title: str) -> None:
    expect(page.locator("main tbody tr", has_text=title)).to_contain_text(
        "In moderation", ignore_case=True
    )


def write_lesson_in_the_editor(page: Page, live_server, module, title: str, text: str) -> None:
    """Add a lesson under the module: title, a "Rich text" block from the "+" chooser, then submit it."""
    add_child_page(page, live_server, module, LessonPage)
    fill_title(page, title)
    body = page.locator("#panel-child-content-body-section")
    insert = body.get_by_role("button", name="Insert a block")
    expect(insert).to_be_visible()
    insert.click()
    page.get_by_role("option", name="Rich text").click()
    editor = body.locator("[role=textbox][contenteditable=true]").first
    expect(editor).to_be_visible()
    editor.click()
    editor.press_sequentially(text)
    # Draftail writes the block's value into the form a moment after the last keystroke.
    expect(body.locator("input[name=body-0-value]")).to_have_value(re.compile(re.escape(text)))
    footer_action(page, SUBMIT)
    expect_submitted(page, live_server, module, LessonPage, title)


def test_a_trainer_builds_a_course_and_the_ministry_approves_it(page, live_server, journey):
    trainer, trainer_secret = staff_member("Trainer")
    ministry, ministry_secret = staff_member("Ministry")
    catalogue = CourseIndexPage.objects.get()
    assert catalogue.url == "/kursus/"

    # The trainer signs in with password and authenticator code, and opens the admin.
    sign_in_with_totp(page, trainer.email, PASSWORD, trainer_secret)
    expect(page).to_have_url(f"{live_server.url}/me/")
    open_admin(page, live_server)

    # A course under the catalogue, saved as a draft first.
    add_child_page(page, live_server, catalogue, CoursePage)
    fill_title(page, COURSE_TITLE)
    page.locator("textarea[name=summary]").fill(
        "Cara menerima dan menindaklanjuti pengaduan korban."
    )
    page.locator("textarea[name=objectives]").fill(
        "Menerima pengaduan dengan empati\nMerujuk korban"
    )
    journey.screenshot(page, "new course form")
    page.get_by_role("button", name="Save draft").click()
    course = expect_draft_saved(page, live_server, CoursePage, COURSE_TITLE)
    assert not course.live and course.has_unpublished_changes
    journey.screenshot(page, "course draft saved")

    # A module under the course, submitted to the Ministry straight from its form.
    add_child_page(page, live_server, course, ModulePage)
    fill_title(page, MODULE_TITLE)
    footer_action(page, SUBMIT)
    module = expect_submitted(page, live_server, course, ModulePage, MODULE_TITLE)
    journey.screenshot(page, "module submitted")

    # Two lessons under the module, each with a rich-text block written in the page editor, each submitted;
    # the trainer then sees both in moderation in the module's listing.
    for number, title in enumerate(LESSON_TITLES, start=1):
        write_lesson_in_the_editor(
            page, live_server, module, title, f"Isi pelajaran {number}: {title}."
        )
    page.goto(f"/admin/pages/{module.pk}/")
    for title in LESSON_TITLES:
        expect_in_moderation(page, title)
    journey.screenshot(page, "lessons submitted")

    # Then the course draft itself, from its edit view.
    page.goto(f"/admin/pages/{course.pk}/edit/")
    footer_action(page, SUBMIT)
    expect_submitted(page, live_server, catalogue, CoursePage, COURSE_TITLE)
    journey.screenshot(page, "course submitted")

    lessons = list(LessonPage.objects.child_of(module).order_by("path"))
    assert [lesson.title for lesson in lessons] == LESSON_TITLES
    pages = [course, module, *lessons]
    in_review = WorkflowState.objects.filter(status=WorkflowState.STATUS_IN_PROGRESS)
    assert sorted(int(state.object_id) for state in in_review) == sorted(p.pk for p in pages)
    assert {state.requested_by for state in in_review} == {trainer}
    assert not any(type(p).objects.get(pk=p.pk).live for p in pages)  # nothing is published yet

    # Nothing is in the catalogue yet.
    page.goto("/kursus/")
    expect(page.locator("main")).not_to_contain_text(COURSE_TITLE)
    sign_out(page)

    # The Ministry reviewer signs in and approves the four pages from the dashboard.
    sign_in_with_totp(page, ministry.email, PASSWORD, ministry_secret)
    expect(page).to_have_url(f"{live_server.url}/me/")
    open_admin(page, live_server)
    awaiting = page.locator("#awaiting-review-content tbody tr")
    expect(awaiting).to_have_count(4)
    for title in [COURSE_TITLE, MODULE_TITLE, *LESSON_TITLES]:
        expect(awaiting.filter(has_text=title)).to_have_count(1)
    journey.screenshot(page, "ministry dashboard awaiting review")
    for remaining in range(4, 0, -1):
        awaiting.first.get_by_role("button", name="Actions").click()
        page.get_by_role("button", name="Approve", exact=True).click()
        expect(awaiting).to_have_count(remaining - 1)
    journey.screenshot(page, "ministry dashboard all approved")

    for p in pages:
        fresh = type(p).objects.get(pk=p.pk)
        assert fresh.live and not fresh.has_unpublished_changes, fresh.title
    assert not WorkflowState.objects.filter(status=WorkflowState.STATUS_IN_PROGRESS).exists()
    assert CoursePage.objects.get(title=COURSE_TITLE).live

    # The course is in the catalogue, with its module and both lessons in the outline.
    page.goto("/kursus/")
    course_link = page.locator("main .course-list a", has_text=COURSE_TITLE)
    expect(course_link).to_be_visible()
    journey.screenshot(page, "catalogue with the approved course")
    course_link.click()
    expect(page).to_have_url(f"{live_server.url}/kursus/{course.slug}/")
    expect(page.locator("main h1")).to_have_text(COURSE_TITLE)
    expect(page.locator("main .course")).to_contain_text(MODULE_TITLE)
    outline = page.locator("main ol.outline li")
    expect(outline).to_have_count(2)
    for item, title in zip(outline.all(), LESSON_TITLES, strict=True):
        expect(item).to_contain_text(title)
    journey.screenshot(page, "approved course page")


def complete_button(page: Page, lesson: LessonPage):
    return page.locator(f"main form[action='/learn/lessons/{lesson.pk}/complete/'] button")


def test_a_learner_enrols_learns_leaves_resumes_and_completes_a_course(
    page, live_server, check_page
):
    course = make_course(title="Dasar-dasar Gugus Tugas", modules=1, lessons_per_module=2)
    first, second = lessons_of(course)
    learner = with_role(ProfileFactory().user, "Learner")
    my_learning = page.locator("header a[href='/learn/']")

    # Signed in, the learner finds the course in the catalogue.
    sign_in(page, learner.email, PASSWORD)
    expect(page).to_have_url(f"{live_server.url}/me/")
    page.locator("header a[href='/kursus/']").click()
    expect(page).to_have_url(f"{live_server.url}/kursus/")
    course_link = page.locator("main .course-list a", has_text=course.title)
    expect(course_link).to_be_visible()
    check_page(page, "catalogue")
    course_link.click()

    # The course page offers enrolment; enrolling offers the first lesson.
    expect(page).to_have_url(f"{live_server.url}{course.url}")
    expect(page.locator("main h1")).to_have_text(course.title)
    check_page(page, "course page before enrolling")
    enrol = page.locator(f"main form[action='/learn/courses/{course.pk}/enrol/'] button")
    enrol.click()
    expect(page).to_have_url(f"{live_server.url}{course.url}")
    expect(enrol).to_have_count(0)
    expect(page.locator("main progress")).to_have_attribute("value", "0")
    start = page.locator("main .progress-panel a.button")
    expect(start).to_have_attribute("href", first.url)
    check_page(page, "course page enrolled")
    assert Enrolment.objects.filter(user=learner, course=course, completed_at=None).exists()

    # Lesson 1, marked complete, leads to lesson 2.
    start.click()
    expect(page).to_have_url(f"{live_server.url}{first.url}")
    expect(page.locator("main h1")).to_have_text(first.title)
    expect(page.locator("main .lesson-body")).to_contain_text("Isi pelajaran 1.1")
    check_page(page, "lesson 1")
    complete_button(page, first).click()
    expect(page).to_have_url(f"{live_server.url}{second.url}")
    expect(page.locator("main h1")).to_have_text(second.title)
    expect(complete_button(page, second)).to_be_visible()
    check_page(page, "lesson 2 after completing lesson 1")

    # The learner signs out, and signs in again later.
    sign_out(page)
    check_page(page, "signed out")
    sign_in(page, learner.email, PASSWORD)
    expect(page).to_have_url(f"{live_server.url}/me/")

    # My learning shows the course half done and a link to resume at lesson 2.
    my_learning.click()
    expect(page).to_have_url(f"{live_server.url}/learn/")
    in_progress = page.locator("main section[aria-labelledby=in-progress-heading]")
    expect(in_progress).to_contain_text(course.title)
    expect(in_progress.locator("progress")).to_have_attribute("value", "50")
    resume = in_progress.locator("a.button")
    expect(resume).to_have_text(f"Lanjutkan: {second.title}")
    check_page(page, "my learning in progress")

    # The course page says the same.
    in_progress.get_by_role("link", name=course.title).click()
    expect(page).to_have_url(f"{live_server.url}{course.url}")
    expect(page.locator("main progress")).to_have_attribute("value", "1")
    course_resume = page.locator("main .progress-panel a.button")
    expect(course_resume).to_have_text(f"Lanjutkan: {second.title}")
    expect(course_resume).to_have_attribute("href", second.url)
    expect(page.locator("main ol.outline li.is-done")).to_have_count(1)
    check_page(page, "course page half done")

    # Resuming opens lesson 2; completing it completes the course.
    course_resume.click()
    expect(page).to_have_url(f"{live_server.url}{second.url}")
    check_page(page, "lesson 2 resumed")
    complete_button(page, second).click()
    expect(page).to_have_url(f"{live_server.url}{course.url}")
    expect(page.locator("main .status-complete")).to_contain_text("Selesai")
    expect(page.locator("main ol.outline li.is-done")).to_have_count(2)
    expect(page.locator("main .progress-panel a.button")).to_have_count(0)
    check_page(page, "course page completed")
    enrolment = Enrolment.objects.get(user=learner, course=course)
    assert enrolment.completed_at is not None

    # My learning lists it under completed, and nothing in progress.
    my_learning.click()
    completed = page.locator("main section[aria-labelledby=completed-heading]")
    expect(completed.get_by_role("link", name=course.title)).to_be_visible()
    in_progress = page.locator("main section[aria-labelledby=in-progress-heading]")
    expect(in_progress.locator("article")).to_have_count(0)
    check_page(page, "my learning completed")


def test_a_member_without_a_profile_is_asked_for_it_before_enrolling(page, live_server, check_page):
    course = make_course(title="Kursus untuk anggota baru")
    member = with_role(UserFactory(), "Learner")

    sign_in(page, member.email, PASSWORD)
    expect(page).to_have_url(f"{live_server.url}/me/profile/")

    page.goto(course.url)
    panel = page.locator("main .progress-panel")
    expect(panel.locator(".message-warning")).to_contain_text(
        "Lengkapi profil gugus tugas Anda sebelum mendaftar kursus."
    )
    expect(panel.locator("form")).to_have_count(0)  # no enrol button
    check_page(page, "course page asks for the profile")

    panel.get_by_role("link", name="Perbaiki sekarang").click()
    expect(page).to_have_url(f"{live_server.url}/me/profile/")
    assert not Enrolment.objects.filter(user=member).exists()


def test_a_member_reads_a_lesson_on_a_phone_without_scrolling_sideways(
    phone_page, live_server, check_page
):
    course = make_course(title="Belajar di ponsel", modules=1, lessons_per_module=2)
    learner = with_role(ProfileFactory().user, "Learner")
    Enrolment.objects.create(
        user=learner,
        course=course,
        province_id=learner.profile.province_id,
        regency_id=learner.profile.regency_id,
        agency_type=learner.profile.agency_type,
    )
    page = phone_page
    sign_in(page, learner.email, PASSWORD)

    for url in ("/kursus/", course.url, lessons_of(course)[0].url, "/learn/"):
        page.goto(url)
        check_page(page, f"phone {url}")
        overflow = page.evaluate(
            "document.documentElement.scrollWidth - document.documentElement.clientWidth"
        )
        assert overflow <= 0, f"{url} scrolls sideways by {overflow}px on a phone"
    page.goto(lessons_of(course)[0].url)
    page.locator("main form[action$='/complete/'] button[type=submit]").tap()
    expect(page).to_have_url(f"{live_server.url}{lessons_of(course)[1].url}")
