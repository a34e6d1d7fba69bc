import pytest

from courses.services import enrolment_create
from tests.courses.factories import make_course

pytestmark = pytest.mark.django_db


def handbook_url(course):
    return f"/learn/courses/{course.pk}/handbook.pdf"


def test_an_enrolled_member_downloads_the_course_as_a_pdf(client, learner):
    course = make_course(title="Kursus cetak")
    enrolment_create(user=learner, course=course)
    client.force_login(learner)

    response = client.get(handbook_url(course))

    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    assert response.content.startswith(b"%PDF")


def test_trainers_download_it_for_a_classroom(client, trainer):
    course = make_course()
    client.force_login(trainer)

    assert client.get(handbook_url(course)).status_code == 200


def test_members_who_are_not_enrolled_get_not_found(client, learner):
    course = make_course()
    client.force_login(learner)

    assert client.get(handbook_url(course)).status_code == 404


def test_anonymous_visitors_are_sent_to_sign_in_from_the_handbook(client):
    course = make_course()

    assert client.get(handbook_url(course))["Location"].startswith("/accounts/login/")
