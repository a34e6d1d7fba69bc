"""A member's rights over their own data (UU No. 27 Tahun 2022 tentang Pelindungan Data Pribadi): a copy of
everything Sigap holds about them, and the deletion of their account. docs/privacy.md explains both.

This module reads and writes across apps on purpose: it is the one place that must see every record about a
member, so a new model that holds personal data belongs here too (tests/accounts/test_privacy_export.py fails
for a relation to the user model that neither the export nor the deletion knows about). Other apps' records
are read through their models, and changed only through their services (certificates are withdrawn by
``certificates.services``).

What never leaves: the password hash, session keys, two-factor secrets and recovery codes, and, for a quiz
attempt still open, anything that would tell which answer is right.
"""

from __future__ import annotations

import functools
import logging
from importlib import import_module
from typing import Any

from django.conf import settings
from django.contrib.auth.models import Group
from django.contrib.contenttypes.models import ContentType
from django.core.mail import send_mail
from django.db import transaction
from django.db.models import Q
from django.template.loader import render_to_string
from django.utils import timezone, translation
from django.utils.translation import gettext_lazy as _

from wagtail.log_actions import log
from wagtail.models import Comment, CommentReply, ModelLogEntry, Page, PageLogEntry
from wagtail.users.models import UserProfile
from wagtail.users.utils import get_deleted_user_display_name

from allauth.account.models import EmailAddress
from allauth.mfa.models import Authenticator

from certificates.models import Certificate
from certificates.pdf import verification_url
from certificates.services import certificates_withdraw_for_deleted_account
from courses.models import Enrolment, LessonProgress, ReflectionAnswer
from coverage.models import DigestDelivery
from quizzes.analytics import plain_text
from quizzes.models import Attempt
from quizzes.presentation import answer_texts
from quizzes.services import attempt_questions
from sigap.links import public_url

from .models import CoordinatorScope, Profile, User
from .roles import ROLE_LABELS

logger = logging.getLogger(__name__)

#: The export's format name and version: bumped when a key changes meaning or goes away.
EXPORT_FORMAT = "sigap-member-data/1"

#: The audit-log action of a member deleting their own account (registered in accounts/wagtail_hooks.py).
ACCOUNT_DELETED = "sigap.account_deleted"


class AccountDeletionRefused(Exception):
    def __init__(self, message: str):
        super().__init__(message)
        self.message = message


# Export -------------------------------------------------------------------------------------------------


def _choice(code: str, label) -> dict[str, str] | None:
    return {"code": code, "label": str(label)} if code else None


def _region(region) -> dict[str, str] | None:
    return {"code": region.code, "name": region.name} if region is not None else None


def _page(page) -> dict[str, Any] | None:
    return {"id": page.pk, "title": page.title} if page is not None else None


def _account(user: User) -> dict[str, Any]:
    admin = UserProfile.objects.filter(user=user).first()
    return {
        "id": user.pk,
        "email": user.email,
        "email_addresses": [
            {"address": address.email, "primary": address.primary, "verified": address.verified}
            for address in EmailAddress.objects.filter(user=user).order_by("-primary", "email")
        ],
        "first_name": user.first_name,
        "last_name": user.last_name,
        "date_joined": user.date_joined,
        "last_login": user.last_login,
        "is_active": user.is_active,
        # Sigap keeps the site language in a cookie, not on the account: this is the one in use.
        "language": translation.get_language(),
        "admin_preferences": {
            "language": admin.preferred_language,
            "time_zone": admin.current_time_zone,
            "theme": admin.theme,
            "has_profile_picture": bool(admin.avatar),
        }
        if admin is not None
        else None,
    }


def _profile(user: User) -> dict[str, Any] | None:
    profile = Profile.objects.select_related("province", "regency").filter(user=user).first()
    if profile is None:
        return None
    return {
        "full_name": profile.full_name,
        "agency_type": _choice(profile.agency_type, profile.get_agency_type_display()),
        "position": profile.position,
        "task_force_level": _choice(
            profile.task_force_level, profile.get_task_force_level_display()
        ),
        "province": _region(profile.province),
        "regency": _region(profile.regency),
        "updated_at": profile.updated_at,
    }


def _roles(user: User) -> list[dict[str, str]]:
    names = Group.objects.filter(user=user).order_by("name").values_list("name", flat=True)
    return [{"name": name, "label": str(ROLE_LABELS.get(name, name))} for name in names]


def _coordinator_scope(user: User) -> dict[str, Any] | None:
    scope = CoordinatorScope.objects.select_related("province", "regency").filter(user=user).first()
    if scope is None:
        return None
    return {"province": _region(scope.province), "regency": _region(scope.regency)}


def _snapshot(province, regency, agency_type: str, label) -> dict[str, Any] | None:
    if province is None:
        return None
    return {
        "province": _region(province),
        "regency": _region(regency),
        "agency_type": _choice(agency_type, label),
    }


def _enrolments(user: User) -> list[dict[str, Any]]:
    enrolments = (
        Enrolment.objects.filter(user=user)
        .select_related(
            "course",
            "last_lesson",
            "province",
            "regency",
            "completion_province",
            "completion_regency",
        )
        .prefetch_related("renewals__renews")
        .order_by("enrolled_at", "pk")
    )
    progress: dict[int, list[dict[str, Any]]] = {}
    for row in (
        LessonProgress.objects.filter(user=user)
        .select_related("lesson")
        .order_by("first_viewed_at", "pk")
    ):
        progress.setdefault(row.enrolment_id, []).append(
            {
                "lesson": _page(row.lesson),
                "first_viewed_at": row.first_viewed_at,
                "last_viewed_at": row.last_viewed_at,
                "completed_at": row.completed_at,
            }
        )
    return [
        {
            "course": _page(enrolment.course),
            "enrolled_at": enrolment.enrolled_at,
            "completed_at": enrolment.completed_at,
            "last_lesson": _page(enrolment.last_lesson),
            # Where the member served when they enrolled and completed (kept for coverage history).
            "at_enrolment": _snapshot(
                enrolment.province,
                enrolment.regency,
                enrolment.agency_type,
                enrolment.get_agency_type_display(),
            ),
            "at_completion": _snapshot(
                enrolment.completion_province,
                enrolment.completion_regency,
                enrolment.completion_agency_type,
                enrolment.get_completion_agency_type_display(),
            ),
            "current_round_started_at": enrolment.round_started_at,
            "renewals": [
                {
                    "renews_certificate": renewal.renews.number,
                    "started_at": renewal.started_at,
                    "passed_again_at": renewal.completed_at,
                }
                for renewal in enrolment.renewals.all()
            ],
            "lessons": progress.get(enrolment.pk, []),
        }
        for enrolment in enrolments
    ]


def _reflections(user: User) -> list[dict[str, Any]]:
    return [
        {
            "lesson": _page(answer.lesson),
            "prompt_id": answer.block_id,
            "text": answer.text,
            "updated_at": answer.updated_at,
        }
        for answer in ReflectionAnswer.objects.filter(user=user)
        .select_related("lesson")
        .order_by("updated_at", "pk")
    ]


def _answers(attempt: Attempt) -> list[dict[str, Any]]:
    """The attempt's questions in the order the member saw them, each with their answer in words.

    Only the member's own choices: never which option is right, and no points for an attempt still open
    (with feedback after each question, points would tell the right answer to a question not yet final).
    """
    responses = {response.question_id: response for response in attempt.responses.all()}
    submitted = not attempt.is_open
    answers = []
    for position, question in enumerate(attempt_questions(attempt), start=1):
        response = responses.get(question["id"])
        answer = response.answer if response else None
        entry = {
            "position": position,
            "question": plain_text(question.get("prompt")),
            # A case still under way lists the decisions taken so far.
            "answer": [plain_text(text) for text in answer_texts(question, answer)],
            "saved_at": response.saved_at if response else None,
        }
        if submitted:
            entry["points"] = response.earned if response else 0.0
            entry["possible"] = (response.possible if response else None) or int(
                question.get("points") or 1
            )
        answers.append(entry)
    return answers


def _quiz_attempts(user: User) -> list[dict[str, Any]]:
    attempts = (
        Attempt.objects.filter(user=user)
        .select_related("quiz")
        .prefetch_related("responses")
        .order_by("started_at", "pk")
    )
    rows = []
    for attempt in attempts:
        submitted = not attempt.is_open
        rows.append(
            {
                "quiz": _page(attempt.quiz),
                "number": attempt.number,
                "pre_test": attempt.is_pretest,
                "status": _choice(attempt.status, attempt.get_status_display()),
                "started_at": attempt.started_at,
                "time_limit_ends": attempt.deadline,
                "submitted_at": attempt.submitted_at,
                "submitted_when_time_ran_out": attempt.timed_out,
                "score": {
                    "points": attempt.points,
                    "possible": attempt.possible,
                    "percent": attempt.percent,
                    "pass_mark": attempt.pass_mark,
                    "passed": attempt.passed,
                }
                if submitted
                else None,
                "answers": _answers(attempt),
            }
        )
    return rows


def _certificates(user: User) -> list[dict[str, Any]]:
    certificates = (
        Certificate.objects.filter(user=user)
        .select_related("superseded_by")
        .prefetch_related("events")
        .order_by("issued_at", "pk")
    )
    return [
        {
            "number": certificate.number,
            "name": certificate.holder_name,
            "course": certificate.course_title,
            "course_en": certificate.course_title_en,
            "source": _choice(certificate.source, certificate.get_source_display()),
            "completed_on": certificate.completed_on,
            "score": certificate.score,
            "regulations": certificate.regulations,
            "issuer": certificate.issuer,
            "issued_at": certificate.issued_at,
            "valid_until": certificate.expires_on,
            "status": certificate.state,
            "revoked_at": certificate.revoked_at,
            "revoked_reason": certificate.revoked_reason,
            "replaced_by": certificate.superseded_by.number
            if certificate.superseded_by_id
            else None,
            "verification_url": verification_url(certificate.code),
            "expiry_reminder_sent_at": certificate.reminded_at,
            "history": [
                {"action": _choice(event.action, event.get_action_display()), "at": event.at}
                for event in certificate.events.all()
            ],
        }
        for certificate in certificates
    ]


def _digests(user: User) -> list[dict[str, Any]]:
    return [
        {"week_beginning": row.week_start, "sent_at": row.sent_at}
        for row in DigestDelivery.objects.filter(user=user).order_by("week_start")
    ]


def _two_factor(user: User) -> dict[str, Any]:
    # Which methods are on and when they were used; never the secret or the codes (Authenticator.data).
    methods = [
        {
            "type": _choice(authenticator.type, authenticator.get_type_display()),
            "created_at": authenticator.created_at,
            "last_used_at": authenticator.last_used_at,
        }
        for authenticator in Authenticator.objects.filter(user=user).order_by("created_at")
    ]
    return {"enabled": bool(methods), "methods": methods}


def _staff_work(user: User) -> dict[str, Any]:
    """What a trainer or the ministry did in the admin: the pages they own and their comments."""
    return {
        "pages_owned": [_page(page) for page in Page.objects.filter(owner=user).order_by("path")],
        "comments": [
            {"page": _page(comment.page), "text": comment.text, "created_at": comment.created_at}
            for comment in Comment.objects.filter(user=user).select_related("page")
        ],
        "comment_replies": [
            {"text": reply.text, "created_at": reply.created_at}
            for reply in CommentReply.objects.filter(user=user)
        ],
    }


def _about_user_entries(user_id: int, scope_id: int | None) -> Q:
    """Log entries whose object is the member's account or their coordinator scope."""
    condition = Q(
        content_type=ContentType.objects.get_for_model(User, for_concrete_model=False),
        object_id=str(user_id),
    )
    if scope_id is not None:
        condition |= Q(
            content_type=ContentType.objects.get_for_model(CoordinatorScope),
            object_id=str(scope_id),
        )
    return condition


def _scope_id(user: User) -> int | None:
    return CoordinatorScope.objects.filter(user=user).values_list("pk", flat=True).first()


def _audit(user: User) -> dict[str, Any]:
    """Audit entries about the member, and the actions they took (without the objects' names, which can
    be other people's)."""

    def by(entry) -> str:
        if entry.user_id is None:
            return "system"
        return "you" if entry.user_id == user.pk else "staff"

    about = ModelLogEntry.objects.filter(_about_user_entries(user.pk, _scope_id(user)))
    taken = [
        *ModelLogEntry.objects.filter(user=user).select_related("content_type"),
        *PageLogEntry.objects.filter(user=user).select_related("content_type"),
    ]
    return {
        "about_you": [
            {"action": entry.action, "at": entry.timestamp, "by": by(entry)}
            for entry in about.order_by("timestamp", "pk")
        ],
        "by_you": [
            {
                "action": entry.action,
                "at": entry.timestamp,
                "object_type": str(entry.object_verbose_name) if entry.content_type_id else None,
            }
            for entry in sorted(taken, key=lambda entry: entry.timestamp)
        ],
    }


def member_data(user: User) -> dict[str, Any]:
    """Everything Sigap holds about ``user``, for them to download (the keys: docs/privacy.md)."""
    return {
        "format": EXPORT_FORMAT,
        "exported_at": timezone.now(),
        "account": _account(user),
        "task_force_profile": _profile(user),
        "roles": _roles(user),
        "coordinator_scope": _coordinator_scope(user),
        "enrolments": _enrolments(user),
        "reflections": _reflections(user),
        "quiz_attempts": _quiz_attempts(user),
        "certificates": _certificates(user),
        "coverage_digests": _digests(user),
        "two_factor": _two_factor(user),
        "admin_work": _staff_work(user),
        "audit_log": _audit(user),
    }


# Deletion -----------------------------------------------------------------------------------------------


def deletion_refusal(user: User) -> str | None:
    """Why ``user`` cannot delete their own account, or None if they can."""
    if user.is_superuser:
        return str(
            _(
                "Administrator accounts cannot be deleted here: Sigap must always keep an administrator, "
                "and a mistaken deletion would lock everyone out of the admin. Ask another administrator "
                "to remove your account."
            )
        )
    return None


def _end_sessions(user_id: int) -> None:
    """Sign the member out everywhere: delete every stored session that belongs to them.

    Django keeps no index from users to sessions, so the unexpired sessions are read once (account
    deletions are rare). With a session engine that stores nothing on the server there is nothing to end.
    """
    store = import_module(settings.SESSION_ENGINE).SessionStore
    if not hasattr(store, "get_model_class"):
        return
    model = store.get_model_class()
    user_key = str(user_id)
    for session in model.objects.filter(expire_date__gt=timezone.now()).iterator():
        if str(store().decode(session.session_data).get("_auth_user_id")) == user_key:
            # Through the store, so a cached copy (cached_db) goes as well.
            store(session_key=session.session_key).delete()


def _send_confirmation(user_id: int, address: str, language: str, certificates: int) -> None:
    with translation.override(language):
        context = {"certificates": certificates, "site_url": public_url()}
        subject = render_to_string("accounts/email/deleted_subject.txt", context).strip()
        body = render_to_string("accounts/email/deleted.txt", context)
    try:
        send_mail(f"[Sigap] {subject}", body, None, [address])
    except Exception:
        # The deletion has happened; a mail server's error can quote the address, so log the id only.
        logger.error("Account deletion confirmation for user %s could not be sent", user_id)


def _delete_file(field_file) -> None:
    if field_file:
        storage, name = field_file.storage, field_file.name
        transaction.on_commit(functools.partial(storage.delete, name), robust=True)


@transaction.atomic
def account_delete(*, user: User, notify: bool = True) -> int:
    """Delete ``user``'s account and everything it holds; their certificates are withdrawn.

    Goes: the account, its e-mail addresses, two-factor authenticators, task-force profile, roles and
    coordinator scope, enrolments with their progress, reflections, quiz attempts with their answers,
    digest records, admin comments and preferences, and every session. Stays: the certificate records,
    withdrawn and without the name, score or PDF (certificates.services); pages, images and documents the
    member made, without an owner; and one audit entry with the account's id only. Audit entries that named
    the account are relabelled with its id.

    Files (certificate PDFs, a profile picture) are deleted, sessions ended and the confirmation mailed only
    once the deletion commits. ``notify=False`` mails nothing: for an operator deleting again, after restoring
    a backup, accounts whose owners were told the first time (docs/privacy.md). Returns how many
    certificates were withdrawn or erased.
    """
    refusal = deletion_refusal(user)
    if refusal:
        raise AccountDeletionRefused(refusal)
    user = User.objects.select_for_update().get(pk=user.pk)
    user_id, address = user.pk, user.email
    language = translation.get_language() or settings.LANGUAGE_CODE

    certificates = certificates_withdraw_for_deleted_account(user=user)
    admin_profile = UserProfile.objects.filter(user=user).first()
    if admin_profile is not None:
        _delete_file(admin_profile.avatar)

    label = str(get_deleted_user_display_name(user_id))
    ModelLogEntry.objects.filter(_about_user_entries(user_id, _scope_id(user))).update(label=label)
    log(
        instance=user,
        action=ACCOUNT_DELETED,
        user=user,
        title=label,
        data={"user_id": user_id},
        deleted=True,
    )
    user.delete()

    transaction.on_commit(functools.partial(_end_sessions, user_id), robust=True)
    if notify:
        transaction.on_commit(
            functools.partial(_send_confirmation, user_id, address, language, certificates),
            robust=True,
        )
    # Once committed, and ids only: after restoring an older backup, the operator deletes these accounts
    # again from this line (docs/privacy.md, docs/backup.md), so it must never name one that still exists.
    transaction.on_commit(
        functools.partial(
            logger.info,
            "User %s deleted their account (%s certificates withdrawn)",
            user_id,
            certificates,
        )
    )
    return certificates
