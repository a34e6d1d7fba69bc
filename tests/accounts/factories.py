from __future__ import annotations

from django.contrib.auth.models import Group

import factory
from allauth.account.models import EmailAddress
from allauth.mfa.totp.internal.auth import (
    TOTP,
    generate_totp_secret,
    hotp_value,
    yield_hotp_counters_from_time,
)

from accounts.models import AgencyType, Profile, Province, Regency, TaskForceLevel, User
from accounts.services import coordinator_assign

PASSWORD = "kata-sandi-yang-kuat-2026"


class UserFactory(factory.django.DjangoModelFactory):
    """A user whose e-mail address is verified, as after allauth's confirmation."""

    class Meta:
        model = User
        skip_postgeneration_save = True

    email = factory.Sequence(lambda n: f"anggota{n}@example.org")

    @factory.post_generation
    def password(obj, create, extracted, **kwargs):
        obj.set_password(extracted or PASSWORD)
        if create:
            obj.save(update_fields=["password"])

    @factory.post_generation
    def verified(obj, create, extracted, **kwargs):
        if create:
            EmailAddress.objects.create(
                user=obj, email=obj.email, verified=extracted is not False, primary=True
            )


class ProfileFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Profile

    user = factory.SubFactory(UserFactory)
    full_name = factory.Sequence(lambda n: f"Anggota Gugus Tugas {n}")
    agency_type = AgencyType.DP3A
    position = "Konselor"
    task_force_level = TaskForceLevel.REGENCY
    province_id = "32"
    regency_id = "32.73"


def with_role(user: User, role: str) -> User:
    user.groups.add(Group.objects.get(name=role))
    return user


def make_coordinator(*, province: str, regency: str | None = None) -> User:
    user = ProfileFactory(province_id=province, regency_id=regency or f"{province}.01").user
    coordinator_assign(
        user=user,
        province=Province.objects.get(code=province),
        regency=Regency.objects.get(code=regency) if regency else None,
    )
    return user


def give_totp(user: User) -> str:
    """Activate a TOTP authenticator for ``user``; returns its secret."""
    secret = generate_totp_secret()
    TOTP.activate(user, secret)
    return secret


def totp_code(secret: str) -> str:
    counter = next(iter(yield_hotp_counters_from_time()))
    return f"{hotp_value(secret, counter):06d}"
