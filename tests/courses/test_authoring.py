"""Trainers write courses in the admin; the Ministry approves through Wagtail's workflow; the tree is enforced."""

from __future__ import annotations

from wagtail.models import Page, WorkflowState
from wagtail.test.utils import WagtailPageTestCase

import pytest

from courses.models import CourseIndexPage, CoursePage, LessonPage, ModulePage
from quizzes.models import QuizPage
from sigap.models import HomePage
from tests.courses.factories import make_course, text_body

pytestmark = pytest.mark.django_db


class TestPageTree(WagtailPageTestCase):
    def test_the_tree_is_catalogue_course_module_with_lessons_and_quizzes(self):
        self.assertAllowedParentPageTypes(CourseIndexPage, {HomePage})
        self.assertAllowedSubpageTypes(CourseIndexPage, {CoursePage})
        self.assertAllowedParentPageTypes(CoursePage, {CourseIndexPage})
        self.assertAllowedSubpageTypes(CoursePage, {ModulePage})
        self.assertAllowedSubpageTypes(ModulePage, {LessonPage, QuizPage})
        self.assertAllowedSubpageTypes(LessonPage, set())
        self.assertAllowedParentPageTypes(QuizPage, {ModulePage})
        self.assertAllowedSubpageTypes(QuizPage, set())


def test_the_catalogue_exists_after_migrating_and_is_under_the_ministry_approval_workflow():
    catalogue = CourseIndexPage.objects.get()

    assert catalogue.live and catalogue.url == "/kursus/"
    assert catalogue.get_workflow().name.startswith("Persetujuan Kementerian")


def test_trainers_may_write_but_not_publish_and_the_ministry_may_publish(
    trainer, ministry, learner
):
    catalogue = CourseIndexPage.objects.get()

    assert catalogue.permissions_for_user(trainer).can_add_subpage()
    assert not catalogue.permissions_for_user(trainer).can_publish_subpage()
    assert catalogue.permissions_for_user(ministry).can_publish_subpage()
    assert not catalogue.permissions_for_user(learner).can_add_subpage()


def test_a_trainers_course_is_published_when_the_ministry_approves(trainer, ministry):
    catalogue = CourseIndexPage.objects.get()
    course = CoursePage(
        title="Kursus baru", slug="kursus-baru", summary="Ringkas", objectives="Satu", live=False
    )
    catalogue.add_child(instance=course)
    course.save_revision(user=trainer)

    workflow_state = course.get_workflow().start(course, trainer)
    task_state = workflow_state.current_task_state
    task = task_state.task.specific
    assert "approve" not in [action[0] for action in task.get_actions(course, trainer)]
    assert "approve" in [action[0] for action in task.get_actions(course, ministry)]

    task.on_action(task_state, ministry, "approve")

    course.refresh_from_db()
    assert course.live
    assert WorkflowState.objects.get(pk=workflow_state.pk).status == WorkflowState.STATUS_APPROVED


def test_a_trainer_opens_the_add_course_form_in_the_admin(client, trainer):
    client.force_login(trainer)
    catalogue = CourseIndexPage.objects.get()

    response = client.get(f"/admin/pages/add/courses/coursepage/{catalogue.pk}/")

    assert response.status_code == 200


def test_a_trainer_cannot_add_pages_outside_the_catalogue(client, trainer):
    client.force_login(trainer)
    home = HomePage.objects.get()

    response = client.get(f"/admin/pages/add/courses/courseindexpage/{home.pk}/")

    assert response.status_code in (302, 403)


def test_a_learner_cannot_open_the_page_editor(client, learner):
    course = make_course()
    client.force_login(learner)

    response = client.get(f"/admin/pages/{course.pk}/edit/")

    assert response.status_code in (302, 403)
    assert not response.get("Location", "").startswith("/admin/pages/")


def test_a_lesson_needs_content():
    from wagtail.blocks import StreamBlockValidationError

    body = LessonPage._meta.get_field("body").stream_block

    with pytest.raises(StreamBlockValidationError):
        body.clean(body.to_python([]))


def test_trainers_preview_a_draft_lesson_without_enrolling(rf, trainer):
    course = make_course()
    lesson = LessonPage.objects.descendant_of(course).first()
    lesson.body = text_body("Teks draf baru")
    lesson.save_revision(user=trainer)
    request = rf.get("/")
    request.user = trainer

    response = lesson.get_latest_revision_as_object().make_preview_request(original_request=request)

    assert response.status_code == 200
    assert "Teks draf baru" in response.render().content.decode()
    assert "Teks draf baru" not in LessonPage.objects.get(pk=lesson.pk).body.render_as_block()


def test_pages_of_other_types_do_not_appear_as_lessons():
    assert not Page.objects.type(LessonPage).filter(depth__lt=6).exists()
