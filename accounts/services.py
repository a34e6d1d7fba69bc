"""Writes to accounts: profiles, roles and coordinator scopes. Views and admin hooks call these."""

from __future__ import annotations

from django.contrib.auth.models import Group
from django.db import transaction

from .models import CoordinatorScope, Profile, Province, Regency, User
from .roles import COORDINATOR, LEARNER


@transaction.atomic
def profile_save(*, user: User, profile: Profile) -> Profile:
    """Validate and store a member's profile (new or edited)."""
    profile.user = user
    profile.full_clean()
    profile.save()
    return profile


def role_add(*, user: User, role: str) -> None:
    user.groups.add(Group.objects.get(name=role))
    user.__dict__.pop("_sigap_role_names", None)


def role_remove(*, user: User, role: str) -> None:
    user.groups.remove(Group.objects.get(name=role))
    user.__dict__.pop("_sigap_role_names", None)


def learner_register(*, user: User) -> None:
    """Every new account starts as a learner."""
    role_add(user=user, role=LEARNER)


@transaction.atomic
def coordinator_assign(
    *, user: User, province: Province, regency: Regency | None = None
) -> CoordinatorScope:
    """Make ``user`` the coordinator of one province, or of one regency in it."""
    scope = CoordinatorScope.objects.filter(user=user).first() or CoordinatorScope(user=user)
    scope.province = province
    scope.regency = regency
    scope.full_clean()
    scope.save()
    role_add(user=user, role=COORDINATOR)
    return scope


@transaction.atomic
def coordinator_unassign(*, user: User) -> None:
    CoordinatorScope.objects.filter(user=user).delete()
    role_remove(user=user, role=COORDINATOR)


@transaction.atomic
def coordinator_roles_sync() -> None:
    """The coordinator role belongs to exactly the users who have a coordinator scope."""
    group = Group.objects.get(name=COORDINATOR)
    scoped = set(CoordinatorScope.objects.values_list("user_id", flat=True))
    members = set(group.user_set.values_list("pk", flat=True))
    group.user_set.remove(*(members - scoped))
    group.user_set.add(*(scoped - members))
