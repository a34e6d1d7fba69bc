"""Who may see which region. Every query that returns task-force data goes through ``region_scope_for``.

- Ministry (and superusers): the whole country.
- A regional coordinator: the one province or regency on their ``CoordinatorScope``.
- Everyone else: nothing (``scope.filter(qs)`` returns an empty queryset).

A coordinator for Jawa Barat (32) asking for Aceh (11) gets nothing back: there is no code path that
widens a scope.
"""

from __future__ import annotations

from dataclasses import dataclass

from django.db.models import QuerySet

from .models import Province, Regency, regency_in_province
from .roles import COORDINATOR, MINISTRY


@dataclass(frozen=True)
class RegionScope:
    national: bool = False
    province_code: str | None = None
    regency_code: str | None = None

    @property
    def is_empty(self) -> bool:
        return not (self.national or self.province_code)

    def filter(
        self, queryset: QuerySet, *, province: str = "province", regency: str = "regency"
    ) -> QuerySet:
        """Narrow ``queryset`` to this scope; ``province``/``regency`` are lookup paths to the region FKs."""
        if self.national:
            return queryset
        if self.regency_code:
            return queryset.filter(**{regency: self.regency_code})
        if self.province_code:
            return queryset.filter(**{province: self.province_code})
        return queryset.none()

    def allows(self, *, province_code: str | None = None, regency_code: str | None = None) -> bool:
        """Whether a region (a province, or a regency, or both) lies inside this scope."""
        if self.national:
            return True
        if self.is_empty:
            return False
        if regency_code and not regency_in_province(regency_code, self.province_code):
            return False
        if province_code and province_code != self.province_code:
            return False
        if self.regency_code:
            return regency_code == self.regency_code
        return bool(province_code or regency_code)

    def region(self) -> Province | Regency | None:
        """The coordinated province or regency; None for national or empty scopes."""
        if self.regency_code:
            return Regency.objects.filter(code=self.regency_code).first()
        if self.province_code:
            return Province.objects.filter(code=self.province_code).first()
        return None

    def provinces(self) -> QuerySet[Province]:
        if self.national:
            return Province.objects.all()
        return (
            Province.objects.filter(code=self.province_code)
            if self.province_code
            else Province.objects.none()
        )

    def regencies(self) -> QuerySet[Regency]:
        return self.filter(Regency.objects.all(), province="province", regency="code")


NO_SCOPE = RegionScope()


def role_names(user) -> frozenset[str]:
    """The user's role groups, read once per user object."""
    if not user.is_authenticated:
        return frozenset()
    cached = getattr(user, "_sigap_role_names", None)
    if cached is None:
        cached = frozenset(user.groups.values_list("name", flat=True))
        user._sigap_role_names = cached
    return cached


def region_scope_for(user) -> RegionScope:
    if not user.is_authenticated or not user.is_active:
        return NO_SCOPE
    roles = role_names(user)
    if user.is_superuser or MINISTRY in roles:
        return RegionScope(national=True)
    if COORDINATOR in roles:
        scope = getattr(user, "coordinator_scope", None)
        if scope is not None:
            return RegionScope(province_code=scope.province_id, regency_code=scope.regency_id)
    return NO_SCOPE
