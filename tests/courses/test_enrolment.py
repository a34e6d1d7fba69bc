"""Enrolment: needs a verified e-mail and a complete profile; enrolling twice changes nothing."""

from __future__ import annotations

import pytest
from allauth.account.models import EmailAddress

from courses.models import Enrolment
from tests.accounts.factories import ProfileFactory, UserFactory, with_role
from tests.courses.factories import lessons_of, make_course

pytestmark = pytest.mark.django_db


def enrol_url(course):
    return f"/learn/courses/{course.pk}/enrol/"


def test_a_member_enrols_and_their_region_and_agency_are_recorded(client, learner):
    course = make_course()
    client.force_login(learner)

    response = client.post(enrol_url(course))

    assert response.status_code == 302
    assert response["Location"] == course.url
    enrolment = Enrolment.objects.get(user=learner, course=course)
    assert (enrolment.province_id, enrolment.regency_id, enrolment.agency_type) == (
        learner.profile.province_id,
        learner.profile.regency_id,
        learner.profile.agency_type,
    )
    assert f'href="{lessons_of(course)[0].url}"' in client.get(course.url).content.decode()


def test_enrolling_twice_changes_nothing(client, learner):
    course = make_course()
    client.force_login(learner)

    client.post(enrol_url(course))
    client.post(enrol_url(course))

    assert Enrolment.objects.filter(user=learner, course=course).count() == 1


def test_anonymous_visitors_are_sent_to_sign_in(client):
    course = make_course()

    response = client.post(enrol_url(course))

    assert response.status_code == 302
    assert response["Location"].startswith("/accounts/login/")
    assert not Enrolment.objects.exists()


def test_enrolling_needs_a_verified_email(client):
    user = with_role(ProfileFactory(user=UserFactory(verified=False)).user, "Learner")
    course = make_course()
    client.force_login(user)

    page = client.get(course.url).content.decode()
    response = client.post(enrol_url(course))

    assert "Verifikasi alamat email Anda" in page
    assert response["Location"] == "/accounts/email/"
    assert not Enrolment.objects.exists()


def test_enrolling_needs_a_complete_profile(client, user_without_profile):
    course = make_course()
    client.force_login(user_without_profile)

    response = client.post(enrol_url(course))

    assert response["Location"] == "/me/profile/"
    assert not Enrolment.objects.exists()


def test_prerequisites_must_be_completed_first(client, learner):
    first = make_course(title="Dasar")
    second = make_course(title="Lanjutan")
    second.prerequisites.add(first)
    second.save_revision().publish()
    client.force_login(learner)

    client.post(enrol_url(second))
    assert not Enrolment.objects.filter(course=second).exists()

    client.post(enrol_url(first))
    Enrolment.objects.filter(course=first).update(completed_at="2026-01-01T00:00:00Z")
    client.post(enrol_url(second))
    assert Enrolment.objects.filter(course=second, user=learner).exists()


def test_an_unpublished_course_cannot_be_enrolled_in(client, learner):
    course = make_course()
    course.unpublish()
    client.force_login(learner)

    assert client.post(enrol_url(course)).status_code == 404
    assert not Enrolment.objects.exists()


def test_enrolment_needs_a_post(client, learner):
    course = make_course()
    client.force_login(learner)

    assert client.get(enrol_url(course)).status_code == 405


def test_verified_email_is_checked_not_just_present(learner):
    EmailAddress.objects.filter(user=learner).update(verified=False)
    from courses.services import EnrolmentRefused, enrolment_create

    with pytest.raises(EnrolmentRefused):
        enrolment_create(user=learner, course=make_course())
