"""Reads about accounts."""

from __future__ import annotations

from django.db.models import QuerySet

from .models import Profile, Regency


def profile_for(user) -> Profile | None:
    if not user.is_authenticated:
        return None
    try:
        return user.profile
    except Profile.DoesNotExist:
        return None


def profile_is_complete(user) -> bool:
    """A profile is stored only when every field is valid, so having one means it is complete."""
    return profile_for(user) is not None


def regencies_in(province_code: str | None) -> QuerySet[Regency]:
    if not province_code:
        return Regency.objects.none()
    return Regency.objects.filter(province_id=province_code).order_by("name")
