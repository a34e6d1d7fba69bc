"""The weekly coverage digest e-mailed to every regional coordinator (coverage/digest.py says what it holds).

``manage.py send_coverage_digests`` enqueues ``send_weekly_digests`` once a week, which enqueues one
``send_coverage_digest`` per coordinator, so one coordinator's failure does not hold up the others and
each can be retried on its own.

A coordinator gets each week's digest once: the ``DigestDelivery`` row is written in the same transaction
as the mail is sent, so a mail that fails leaves no row (and the next run or a retry sends it), and a second
run, a retried task or a duplicate running at the same time finds the row (or waits on its unique index and
then finds it) and sends nothing. The one gap left is a mail handed to the server whose commit then fails:
that coordinator may get the week twice, which beats never getting it. Logs carry ids only, never names.
"""

from __future__ import annotations

import logging

from django.contrib.auth import get_user_model
from django.core.mail import send_mail
from django.db import IntegrityError, transaction

from django_tasks import task

from accounts.models import CoordinatorScope

from .digest import digest_for, last_full_week, render_digest, week_starting
from .models import DigestDelivery

logger = logging.getLogger(__name__)


@task()
def send_weekly_digests(week_start: str | None = None) -> int:
    """Enqueue the digest of the week beginning ``week_start`` (a Monday; default: the last full week) for
    every active coordinator with an e-mail address. Returns how many were enqueued."""
    week = week_starting(week_start) if week_start else last_full_week()
    user_ids = (
        CoordinatorScope.objects.filter(user__is_active=True)
        .exclude(user__email="")
        .order_by("user_id")
        .values_list("user_id", flat=True)
    )
    enqueued = 0
    for user_id in user_ids:
        send_coverage_digest.enqueue(user_id, week.start.isoformat())
        enqueued += 1
    logger.info("Coverage digests for the week of %s: %s enqueued", week.start, enqueued)
    return enqueued


@task()
def send_coverage_digest(user_id: int, week_start: str) -> bool:
    """Mail one coordinator the digest of one week, unless it was sent already. Returns whether it was sent."""
    week = week_starting(week_start)
    user = (
        get_user_model()
        .objects.select_related("coordinator_scope")
        .filter(pk=user_id, is_active=True)
        .exclude(email="")
        .first()
    )
    if user is None:
        return False
    if DigestDelivery.objects.filter(user=user, week_start=week.start).exists():
        return False
    digest = digest_for(user, week)
    if digest is None:
        logger.info("User %s coordinates no region; no coverage digest", user_id)
        return False
    subject, body = render_digest(digest)
    try:
        with transaction.atomic():
            DigestDelivery.objects.create(user=user, week_start=week.start)
            # Inside the transaction: if sending raises, the row is rolled back with it.
            send_mail(subject, body, None, [user.email])
    except IntegrityError:
        # Another run sent this week's digest while this one was preparing it.
        return False
    logger.info("Coverage digest for the week of %s sent to user %s", week.start, user_id)
    return True
