"""The audit trail: who changed whose roles, who revoked which certificate, who set which coverage target.

Every entry is a Wagtail log entry (``wagtail.log_actions``), the store behind the admin's history views:
append-only from the admin (it has no view that edits or deletes one), with the acting staff member taken
from the admin request (Wagtail's ``LogContext``) or given by the service that acts. The Ministry reads them
all in *Reports → Audit trail* (accounts/admin_audit.py).

- Role changes are recorded here, at the one place every path goes through: the user–group table
  (``m2m_changed`` on ``User.groups``), whether a role comes from the user admin's form, its "Assign role"
  bulk action, a *Regional coordinators* entry (accounts.services keeps that role in step), a service or
  a management command. So is the *Administrator* flag (``is_superuser``). The Learner role, which every
  member gets at sign-up and which grants nothing, is left out: it would bury the changes that matter.
  One entry per member and admin request, with the roles added and removed as ids and names: an edit that
  takes a role away and gives it back again (the user form does that with coordinators) records nothing.
- Certificate revocations are recorded by certificates.services.certificate_revoke (the reason stays in
  the certificate's own history, where staff wrote it, and is not copied here).
- Coverage targets are recorded by coverage.targets, as Wagtail's create/edit/delete of a target.
- A member deleting their own account is recorded by accounts.privacy.

No entry carries a name or an e-mail address in its data: members and staff are referred to by id.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass, field

from django.contrib.auth.models import Group
from django.contrib.contenttypes.models import ContentType
from django.db.models import Q, QuerySet
from django.db.models.signals import m2m_changed, post_save, pre_save
from django.utils.translation import gettext_lazy as _

from wagtail.log_actions import LogFormatter, get_active_log_context, log
from wagtail.models import ModelLogEntry

from .models import User
from .roles import LEARNER, MINISTRY, ROLE_LABELS
from .scoping import role_names

ROLE_CHANGE = "sigap.role_change"
CERTIFICATE_REVOKE = "sigap.certificate_revoke"

#: The pseudo-role for Django's ``is_superuser`` (Wagtail calls it "Administrator").
ADMINISTRATOR = "Administrator"


def can_read_audit_trail(user) -> bool:
    """The Ministry audits the platform; administrators may too. Nobody else, trainers included."""
    return user.is_authenticated and (user.is_superuser or MINISTRY in role_names(user))


def audit_entries() -> QuerySet[ModelLogEntry]:
    """Every entry of the audit trail, newest first."""
    # Imported here: both modules reach, through other apps, back to this one.
    from coverage.models import CoverageTarget

    from .privacy import ACCOUNT_DELETED

    return (
        ModelLogEntry.objects.filter(
            Q(action__in=[ROLE_CHANGE, CERTIFICATE_REVOKE, ACCOUNT_DELETED])
            | Q(content_type=ContentType.objects.get_for_model(CoverageTarget))
        )
        .select_related("content_type")
        .order_by("-timestamp", "-pk")
    )


# Role changes ---------------------------------------------------------------------------------------------


@dataclass
class _Changes:
    """The role changes of one admin request (or of one call to the user–group table outside one)."""

    before: dict[int, set[str]] = field(
        default_factory=dict
    )  # user id → roles before the first change
    now: dict[int, set[str]] = field(default_factory=dict)
    entries: dict[int, ModelLogEntry] = field(default_factory=dict)
    clearing: list[int] = field(default_factory=list)


_outside_requests = threading.local()


def _changes(*, start: bool) -> _Changes:
    # Wagtail's admin runs each request in a LogContext with its own uuid: changes made in it (a form's
    # groups.set() removes, then adds) are one change. Elsewhere each call to the table stands alone.
    context = get_active_log_context()
    if context.uuid is None:
        if start or not hasattr(_outside_requests, "changes"):
            _outside_requests.changes = _Changes()
        return _outside_requests.changes
    changes = getattr(context, "sigap_role_changes", None)
    if changes is None:
        changes = context.sigap_role_changes = _Changes()
    return changes


def _roles_of(user_ids) -> dict[int, set[str]]:
    roles: dict[int, set[str]] = {user_id: set() for user_id in user_ids}
    memberships = User.groups.through.objects.filter(user_id__in=roles).values_list(
        "user_id", "group__name"
    )
    for user_id, name in memberships:
        roles[user_id].add(name)
    for user_id, is_superuser in User.objects.filter(pk__in=roles).values_list(
        "pk", "is_superuser"
    ):
        if is_superuser:
            roles[user_id].add(ADMINISTRATOR)
    return roles


def _remember_before(changes: _Changes, user_ids) -> None:
    new = [user_id for user_id in user_ids if user_id not in changes.before]
    if new:
        for user_id, roles in _roles_of(new).items():
            changes.before[user_id] = roles
            changes.now[user_id] = set(roles)


def _record(changes: _Changes, users) -> None:
    """Write, rewrite or withdraw the entry of each of ``users`` for the changes so far."""
    for user in users:
        before, now = changes.before[user.pk], changes.now[user.pk]
        added, removed = sorted(now - before - {LEARNER}), sorted(before - now - {LEARNER})
        entry = changes.entries.pop(user.pk, None)
        if not added and not removed:
            if entry is not None:
                ModelLogEntry.objects.filter(pk=entry.pk).delete()
            continue
        data = {"user_id": user.pk, "added": added, "removed": removed}
        # Rewritten by a query, which also tells whether the entry is still there (a transaction rolled
        # back since would have taken it away, and the change with it).
        if entry is None or not ModelLogEntry.objects.filter(pk=entry.pk).update(data=data):
            entry = log(instance=user, action=ROLE_CHANGE, data=data, content_changed=True)
        changes.entries[user.pk] = entry


def _groups_changed(sender, instance, action, reverse, model, pk_set, **kwargs):
    if reverse:  # group.user_set.add(*users): one group, many members
        groups = {instance.name}
        user_ids = set(pk_set or ())
    else:  # user.groups.add(*groups)
        groups = set(Group.objects.filter(pk__in=pk_set or ()).values_list("name", flat=True))
        user_ids = {instance.pk}

    if action.startswith("pre_"):
        changes = _changes(start=True)
        if action == "pre_clear":
            user_ids = set(instance.user_set.values_list("pk", flat=True)) if reverse else user_ids
            changes.clearing = sorted(user_ids)
        _remember_before(changes, user_ids)
        return

    changes = _changes(start=False)
    if action == "post_clear":
        user_ids = set(changes.clearing)
    for user_id in user_ids:
        if action == "post_add":
            changes.now[user_id] |= groups
        elif action == "post_remove":
            changes.now[user_id] -= groups
        elif action == "post_clear":
            changes.now[user_id] = (
                changes.now[user_id] - {instance.name}
                if reverse
                else changes.now[user_id] & {ADMINISTRATOR}
            )
    _record(changes, [instance] if not reverse else User.objects.filter(pk__in=user_ids))


def _before_user_saved(sender, instance, update_fields=None, **kwargs):
    if instance.pk is None or (update_fields is not None and "is_superuser" not in update_fields):
        return
    was = User.objects.filter(pk=instance.pk).values_list("is_superuser", flat=True).first()
    if was is not None and was != instance.is_superuser:
        instance._sigap_superuser_changing = True


def _after_user_saved(sender, instance, created, **kwargs):
    if created:
        changing = instance.is_superuser
    else:
        changing = instance.__dict__.pop("_sigap_superuser_changing", False)
    if not changing:
        return
    changes = _changes(start=False) if get_active_log_context().uuid else _changes(start=True)
    if instance.pk not in changes.before:
        roles = _roles_of([instance.pk])[instance.pk]
        changes.before[instance.pk] = roles ^ {ADMINISTRATOR}  # as it was before this save
        changes.now[instance.pk] = roles
    elif instance.is_superuser:
        changes.now[instance.pk].add(ADMINISTRATOR)
    else:
        changes.now[instance.pk].discard(ADMINISTRATOR)
    _record(changes, [instance])


def connect() -> None:
    """Called once from AccountsConfig.ready()."""
    m2m_changed.connect(
        _groups_changed, sender=User.groups.through, dispatch_uid="sigap-audit-role-change"
    )
    pre_save.connect(_before_user_saved, sender=User, dispatch_uid="sigap-audit-superuser")
    post_save.connect(_after_user_saved, sender=User, dispatch_uid="sigap-audit-superuser")


# How the entries read in the admin ------------------------------------------------------------------------


def role_label(name: str) -> str:
    if name == ADMINISTRATOR:
        return str(_("Administrator"))
    return str(ROLE_LABELS.get(name, name))


class RoleChangeFormatter(LogFormatter):
    label = _("Change roles")

    def format_message(self, log_entry):
        data = log_entry.data or {}
        parts = []
        if data.get("added"):
            parts.append(
                _("Given: %(roles)s") % {"roles": ", ".join(map(role_label, data["added"]))}
            )
        if data.get("removed"):
            parts.append(
                _("Taken away: %(roles)s") % {"roles": ", ".join(map(role_label, data["removed"]))}
            )
        return "; ".join(str(part) for part in parts)


def register_log_actions(actions) -> None:
    """For the ``register_log_actions`` hook (accounts/wagtail_hooks.py)."""
    actions.register_action(ROLE_CHANGE)(RoleChangeFormatter)
    actions.register_action(CERTIFICATE_REVOKE, _("Revoke certificate"), _("Certificate revoked"))
