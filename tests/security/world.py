"""One small, complete Sigap for the URL walk: a member of Kota Bandung (32.73) with an enrolment, a quiz
attempt and a certificate; the staff who look at it; and one of every object the admin lists (pages,
revisions, a page in review, images, documents, snippets, a coverage target, a redirect …).

Built once per test module through the same services the platform uses, so every URL the walk requests
points at something real. The people:

- ``learner``: owns the enrolment, the attempt and the certificate (the member whose data is at stake);
- ``trainer`` and ``ministry``: staff with their authenticator set up (staff roles need two-factor sign-in);
- ``coordinator``: coordinates Aceh (11), another region than the member's: Jawa Barat's coverage pages and
  member list are not theirs.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from django.contrib.auth.models import Group
from django.core.files.base import ContentFile

from wagtail.contrib.redirects.models import Redirect
from wagtail.documents import get_document_model
from wagtail.models import (
    Collection,
    Page,
    PageViewRestriction,
    Revision,
    Site,
    Task,
    TaskState,
    Workflow,
)

from accounts.models import Province
from certificates.models import Certificate, CertificateTemplate
from certificates.services import certificate_issue
from courses.models import CourseIndexPage, CoursePage, LessonPage, ModulePage, Regulation
from courses.models.snippets import GlossaryTerm
from courses.services import enrolment_create, lesson_complete
from coverage.models import CoverageTarget
from coverage.targets import target_set
from quizzes.models import Attempt, QuizPage
from quizzes.services import attempt_start
from tests.accounts.factories import ProfileFactory, give_totp, make_coordinator, with_role
from tests.certificates.factories import complete, make_image, make_template
from tests.courses.factories import lessons_of, make_course, make_regulation, publish_child
from tests.quizzes import support as quiz_support

MEMBER_PROVINCE = "32"
MEMBER_REGENCY = "32.73"
OTHER_PROVINCE = "11"


@dataclass
class World:
    users: dict[str, object]
    course: CoursePage
    module: ModulePage
    lesson: LessonPage
    quiz: QuizPage
    attempt: Attempt
    certificate: Certificate
    template: CertificateTemplate
    draft: CoursePage
    in_review: TaskState
    restriction: PageViewRestriction
    image: object
    document: object
    objects: dict[type, object] = field(default_factory=dict)

    def instance_of(self, model: type):
        """The object of ``model`` that admin URLs with a ``pk`` point at (None if the world has none)."""
        if model in self.objects:
            return self.objects[model]
        return model._default_manager.order_by("pk").first()


def _staff(role: str, **profile):
    user = with_role(ProfileFactory(**profile).user, role)
    give_totp(user)
    return user


def _document(title: str):
    document = get_document_model()(title=title)
    document.file.save("panduan.txt", ContentFile(b"Panduan gugus tugas."), save=False)
    document.save()
    return document


def build_world() -> World:
    learner = with_role(
        ProfileFactory(province_id=MEMBER_PROVINCE, regency_id=MEMBER_REGENCY).user, "Learner"
    )
    users = {
        "anonymous": None,
        "learner": learner,
        "trainer": _staff("Trainer"),
        "coordinator": make_coordinator(province=OTHER_PROVINCE),
        "ministry": _staff("Ministry", province_id="31", regency_id="31.71"),
    }
    give_totp(users["coordinator"])

    course = make_course(title="Kursus Jalan-jalan", lessons_per_module=2)
    module = ModulePage.objects.child_of(course).first()
    quiz = quiz_support.make_quiz(course, questions=[quiz_support.single_choice("a")])
    enrolment = enrolment_create(user=learner, course=course)
    lessons = lessons_of(course)
    lesson_complete(enrolment=enrolment, lesson=lessons[0])
    attempt = attempt_start(user=learner, quiz=quiz)

    # A second course, completed, gives the learner a certificate (the first stays in progress for the
    # attempt).
    certified = make_course(title="Kursus Bersertifikat", lessons_per_module=1)
    certificate = certificate_issue(
        enrolment=complete(enrolment_create(user=learner, course=certified))
    )

    image = make_image(title="Logo")
    template = make_template(course=certified, logos=[image])

    # A course page a trainer drafted and sent for review: the workflow pages need a task in progress.
    catalogue = CourseIndexPage.objects.get()
    draft = CoursePage(
        title="Kursus Draf", slug="kursus-draf", summary="Draf.", objectives="Draf", live=False
    )
    catalogue.add_child(instance=draft)
    revision = draft.save_revision(user=users["trainer"])
    workflow = draft.get_workflow()
    workflow.start(draft, users["trainer"])
    in_review = TaskState.objects.get(workflow_state__object_id=str(draft.pk))

    target_set(code=MEMBER_PROVINCE, members=40, actor=users["ministry"])
    restriction = PageViewRestriction.objects.create(
        page=publish_child(
            catalogue,
            CoursePage(
                title="Kursus Tertutup",
                slug="kursus-tertutup",
                summary="Tertutup.",
                objectives="Tertutup",
            ),
        ),
        restriction_type=PageViewRestriction.PASSWORD,
        password="kata-sandi-kelas",
    )
    document = _document("Panduan")

    objects = {
        Regulation: make_regulation(),
        GlossaryTerm: GlossaryTerm.objects.create(term="TPPO", definition="Tindak pidana."),
        Redirect: Redirect.objects.create(old_path="/lama", redirect_link="/kursus/"),
        CoverageTarget: CoverageTarget.objects.get(province_id=MEMBER_PROVINCE),
        Certificate: certificate,
        CertificateTemplate: template,
        Group: Group.objects.get(name="Trainer"),
        Collection: Collection.get_first_root_node(),
        Site: Site.objects.get(is_default_site=True),
        Workflow: workflow,
        Task: workflow.tasks.first(),
        Province: Province.objects.get(code=MEMBER_PROVINCE),
        get_document_model(): document,
        type(image): image,
        type(learner): learner,
        Revision: revision,
        Page: course,
    }
    return World(
        users=users,
        course=course,
        module=module,
        lesson=lessons[0],
        quiz=quiz,
        attempt=attempt,
        certificate=certificate,
        template=template,
        draft=draft,
        in_review=in_review,
        restriction=restriction,
        image=image,
        document=document,
        objects=objects,
    )
