"""What every URL pattern answers to a GET from each role: the table the URL walk (test_url_walk.py) checks.

Sigap's own URLs are listed one by one (``SIGAP``); allauth's too (``ALLAUTH``, few and stable); Wagtail's
public URLs (``WAGTAIL_PUBLIC``) and its admin (``WAGTAIL_ADMIN``, hundreds of patterns) by rules on URL names,
first match wins. A pattern that no entry covers fails the walk with its name: a new view does not ship
without saying who may open it.

The roles (tests/security/world.py): ``anonymous``; ``learner``, the member who owns the enrolment, the quiz
attempt and the certificate; ``trainer``; ``coordinator``, of Aceh, another region than the member's (Jawa
Barat); ``ministry``. Staff have two-factor sign-in set up, as the platform requires.

To add a URL: put its name in the right table with what each role must get. ``members()`` is signed-in only,
``admin()`` is the Wagtail admin (signed-out visitors and members without admin access are sent to sign in).
"""

from __future__ import annotations

import fnmatch
from collections.abc import Callable
from dataclasses import dataclass
from urllib.parse import urlsplit

ROLES = ("anonymous", "learner", "trainer", "coordinator", "ministry")


@dataclass(frozen=True)
class Outcome:
    description: str
    check: Callable  # (response) -> bool

    def __str__(self) -> str:
        return self.description


def _status(code: int, description: str) -> Outcome:
    return Outcome(description, lambda response: response.status_code == code)


def _redirect_path(response) -> str | None:
    if response.status_code not in (301, 302, 303, 307, 308):
        return None
    return urlsplit(response["Location"]).path


def redirect_to(path: str, description: str | None = None) -> Outcome:
    """A redirect to ``path`` (a trailing ``*`` matches any rest)."""
    return Outcome(
        description or f"redirect to {path}",
        lambda response: fnmatch.fnmatchcase(_redirect_path(response) or "", path),
    )


OK = _status(200, "200")
FORBIDDEN = _status(403, "403")
NOT_FOUND = _status(404, "404 (as if it did not exist)")
NOT_ALLOWED = _status(405, "405 (POST only)")
# allauth's sign-in page; Wagtail's own /admin/login/ is only a redirect to it (sigap/urls.py).
SIGN_IN = Outcome(
    "redirect to sign in",
    lambda response: _redirect_path(response) in ("/accounts/login/", "/admin/login/"),
)
# Wagtail sends a signed-in member without admin access to sign in (as another user), with a message.
NO_ADMIN = Outcome("no admin access: redirect to sign in", SIGN_IN.check)
# Wagtail's "Sorry, you do not have permission to access this area" for an admin user.
DENIED = Outcome("permission denied: redirect to the admin home", redirect_to("/admin/").check)
# /admin/failwhale/ raises on purpose, so that an operator can check error reporting; admin users only.
DELIBERATE_ERROR = _status(500, "500 (Wagtail's deliberate error page)")


@dataclass(frozen=True)
class Expect:
    """The outcome for each role."""

    anonymous: Outcome
    learner: Outcome
    trainer: Outcome
    coordinator: Outcome
    ministry: Outcome

    def __getitem__(self, role: str) -> Outcome:
        return getattr(self, role)


def everyone(outcome: Outcome) -> Expect:
    return Expect(outcome, outcome, outcome, outcome, outcome)


def members(
    outcome: Outcome = OK,
    *,
    anonymous: Outcome = SIGN_IN,
    learner: Outcome | None = None,
    trainer: Outcome | None = None,
    coordinator: Outcome | None = None,
    ministry: Outcome | None = None,
) -> Expect:
    """Signed-in members (``outcome`` unless a role says otherwise); anonymous visitors sign in first."""
    return Expect(
        anonymous,
        learner or outcome,
        trainer or outcome,
        coordinator or outcome,
        ministry or outcome,
    )


def owner(outcome: Outcome = OK, *, anonymous: Outcome = SIGN_IN) -> Expect:
    """The learner's own record: everyone else is told it does not exist."""
    return Expect(anonymous, outcome, NOT_FOUND, NOT_FOUND, NOT_FOUND)


def admin(trainer: Outcome, ministry: Outcome) -> Expect:
    """The Wagtail admin: only trainers and the ministry get in; what each may do there is given."""
    return Expect(SIGN_IN, NO_ADMIN, trainer, NO_ADMIN, ministry)


def editors(outcome: Outcome = OK) -> Expect:
    """Admin views for anyone with admin access (trainers and the ministry alike)."""
    return admin(outcome, outcome)


MINISTRY_ONLY = admin(DENIED, OK)
SUPERUSERS_ONLY = admin(DENIED, DENIED)
POST_ONLY_ADMIN = editors(NOT_ALLOWED)

# The coverage dashboard: the ministry sees the country; a coordinator sees their region only (the member's
# region is another one: 404); learners and trainers are refused.
COVERAGE = members(OK, learner=FORBIDDEN, trainer=FORBIDDEN, coordinator=NOT_FOUND, ministry=OK)

# Page serving, per page (tests/security/walk.py builds the URLs).
PAGES = {
    "home": everyone(OK),
    "catalogue": everyone(OK),
    "course": everyone(OK),
    # A module has no page of its own: it is a section of its course page.
    "module": everyone(redirect_to("/kursus/*")),
    # Lessons and quizzes are for the enrolled: visitors sign in, members who are not enrolled are sent to
    # the course page to enrol.
    "lesson": Expect(
        SIGN_IN, OK, redirect_to("/kursus/*"), redirect_to("/kursus/*"), redirect_to("/kursus/*")
    ),
    "quiz": Expect(
        SIGN_IN, OK, redirect_to("/kursus/*"), redirect_to("/kursus/*"), redirect_to("/kursus/*")
    ),
    "draft": everyone(NOT_FOUND),
    # A page with a password shows its password form to everyone.
    "password-protected": everyone(OK),
}

SIGAP: dict[str, Expect | dict[str, Expect]] = {
    "healthz": everyone(OK),
    "set_language": everyone(redirect_to("/")),
    "regency_options": everyone(OK),
    # Public verification of a certificate by its code.
    "certificates:verify": everyone(OK),
    "certificates:verify_json": everyone(OK),
    # The member's own pages.
    "accounts:dashboard": members(),
    "accounts:profile": members(),
    "accounts:privacy": members(redirect_to("/accounts/reauthenticate/")),
    "accounts:data_download": members(redirect_to("/me/data/")),
    "accounts:delete": members(),
    "certificates:mine": members(),
    "certificates:download": owner(),
    "certificates:renew": members(NOT_ALLOWED),
    "courses:my_learning": members(),
    "courses:enrol": members(NOT_ALLOWED),
    "courses:complete_lesson": members(NOT_ALLOWED),
    "courses:save_reflection": members(NOT_ALLOWED),
    # The handbook: for the enrolled, and for staff who edit the course; not for a coordinator.
    "courses:handbook": members(coordinator=NOT_FOUND),
    "quizzes:start": members(NOT_ALLOWED),
    "quizzes:question": owner(),
    "quizzes:review": owner(),
    # An attempt still open shows its first unanswered question instead of a result.
    "quizzes:result": owner(redirect_to("/learn/quiz/attempts/*/1/")),
    # POST only, refused before anything else (the autosave answers signed-out visitors itself).
    "quizzes:submit": everyone(NOT_ALLOWED),
    "quizzes:autosave": everyone(NOT_ALLOWED),
    # Coverage: another region's pages are not found for the coordinator; the member list by name is for
    # coordinators of that region only (not even the ministry sees names).
    "coverage:national": members(
        OK, learner=FORBIDDEN, trainer=FORBIDDEN, coordinator=redirect_to("/coverage/11/")
    ),
    "coverage:national_export": COVERAGE,
    "coverage:region": COVERAGE,
    "coverage:region_export": COVERAGE,
    "coverage:members_export": members(
        NOT_FOUND, learner=FORBIDDEN, trainer=FORBIDDEN, coordinator=NOT_FOUND, ministry=NOT_FOUND
    ),
    # Sigap's admin views.
    "audit_trail*": MINISTRY_ONLY,
    "quiz_analytics:*": editors(),
    "certificate_admin:*": editors(),
    "classroom_certificates:upload": editors(),
    "classroom_certificates:confirm": POST_ONLY_ADMIN,
    "coverage_targets:import_confirm": admin(DENIED, NOT_ALLOWED),
    "coverage_targets:*": MINISTRY_ONLY,
    "certificates_issued:list": editors(),
    "certificates_issued:list_results": editors(),
    "certificates_issued:inspect": editors(),
    # Issued certificates are never added, edited or deleted in a form.
    "certificates_issued:*": editors(DENIED),
    "certificate_templates:delete": editors(DENIED),
    # A template's first revision is its creation: nothing to revert to.
    "certificate_templates:revisions_revert": editors(NOT_FOUND),
    "certificate_templates:*": editors(),
    "wagtailsnippets_accounts_coordinatorscope:*": MINISTRY_ONLY,
    # The chooser would list every coordinator's e-mail address: only for those who manage them.
    "wagtailsnippetchoosers_accounts_coordinatorscope:*": MINISTRY_ONLY,
    "wagtailsnippets_courses_*:delete": MINISTRY_ONLY,
    "wagtailsnippets_courses_*": editors(),
    "wagtailsnippetchoosers_courses_*": editors(),
    "wagtailsnippetchoosers_certificates_certificate:create": editors(DENIED),
    "wagtailsnippetchoosers_certificates_*": editors(),
    "wagtailsettings:edit": MINISTRY_ONLY,
}

ALLAUTH: dict[str, Expect] = {
    "account_login": members(redirect_to("/me/"), anonymous=OK),
    "account_signup": members(redirect_to("/me/"), anonymous=OK),
    # Signing out asks first: a GET shows the button (the walk checks it does not sign anyone out).
    "account_logout": members(anonymous=redirect_to("/")),
    "account_inactive": everyone(OK),
    "account_reauthenticate": members(),
    # Reauthentication by a code sent by e-mail (allauth 65.22) is switched off: a shared phone's open mail
    # app must not stand in for the password (ACCOUNT_REAUTHENTICATION_METHODS in sigap/settings/base.py).
    "account_request_reauthentication_code": members(FORBIDDEN),
    "account_confirm_reauthentication_code": members(FORBIDDEN),
    "account_email": members(),
    "account_email_verification_sent": everyone(OK),
    "account_change_password": members(),
    # Everyone here has a password: allauth offers to change it instead.
    "account_set_password": members(redirect_to("/accounts/password/change/")),
    "account_reset_password": everyone(OK),
    "account_reset_password_done": everyone(OK),
    # Links with a wrong key show allauth's "this link is invalid" page.
    "account_confirm_email": everyone(OK),
    "account_reset_password_from_key": everyone(OK),
    "account_reset_password_from_key_done": everyone(OK),
    "account_confirm_login_code": members(redirect_to("/me/")),
    "mfa_authenticate": members(redirect_to("/me/")),
    "mfa_index": members(),
    # Changing two-factor sign-in asks for the password again (and the code, for those who have one).
    "mfa_reauthenticate": members(learner=redirect_to("/accounts/reauthenticate/")),
    "mfa_activate_totp": members(redirect_to("/accounts/reauthenticate/")),
    "mfa_deactivate_totp": members(redirect_to("/accounts/reauthenticate/"), learner=NOT_FOUND),
    "mfa_generate_recovery_codes": members(redirect_to("/accounts/reauthenticate/")),
    # Nobody here has generated recovery codes.
    "mfa_view_recovery_codes": members(NOT_FOUND),
    "mfa_download_recovery_codes": members(NOT_FOUND),
}

WAGTAIL_PUBLIC: dict[str, Expect | dict[str, Expect]] = {
    "wagtail_serve": PAGES,
    # Documents are public unless their collection is private (the walk's document is in the root one).
    "wagtaildocs_serve": everyone(OK),
    "wagtaildocs_authenticate_with_password": everyone(NOT_FOUND),
    "wagtailcore_authenticate_with_password": everyone(OK),
    # The admin's icons and translations for its JavaScript: static, the same for everyone.
    "wagtailadmin_sprite": everyone(OK),
    "wagtailadmin_javascript_catalog": everyone(OK),
    # Password resets go through allauth (verified e-mail, rate limits): Wagtail's own are switched off.
    "wagtailadmin_password_reset*": everyone(NOT_FOUND),
}

# Wagtail's admin, by URL name; the first rule that matches a name wins.
WAGTAIL_ADMIN: dict[str, Expect] = {
    "wagtailadmin_home": editors(),
    "wagtailadmin_error_test": editors(DELIBERATE_ERROR),
    "wagtailadmin_api:*:find": editors(NOT_FOUND),  # finds by a query, of which the walk gives none
    "wagtailadmin_api:pages:action": POST_ONLY_ADMIN,
    "wagtailadmin_api:*": editors(),
    "wagtailadmin_explore_root": editors(redirect_to("/admin/pages/*")),
    "wagtailadmin_explore*": editors(),
    "wagtailadmin_choose_page*": editors(),
    "wagtailadmin_tag_autocomplete": editors(),
    "wagtailadmin_tag_model_autocomplete": editors(NOT_FOUND),  # course pages have no tags
    "wagtailadmin_account": editors(),
    "wagtailadmin_block_preview": editors(NOT_FOUND),  # previews the block named in the query
    "wagtailadmin_dismissibles": editors(),  # which tips the staff member has dismissed
    "wagtailadmin_editing_sessions:*": POST_ONLY_ADMIN,
    "wagtail_bulk_action": editors(NOT_FOUND),
    # Pages: trainers write and submit for review; the ministry also publishes, unpublishes and moves.
    # Nobody but an administrator deletes a page.
    "wagtailadmin_pages:delete": editors(DENIED),
    "wagtailadmin_pages:unpublish": MINISTRY_ONLY,
    "wagtailadmin_pages:move": MINISTRY_ONLY,
    "wagtailadmin_pages:set_privacy": MINISTRY_ONLY,
    "wagtailadmin_pages:revisions_unschedule": MINISTRY_ONLY,
    # Reviewing is the ministry's task in the workflow (courses/authoring.py).
    "wagtailadmin_pages:workflow_action": MINISTRY_ONLY,
    "wagtailadmin_pages:collect_workflow_action_data": MINISTRY_ONLY,
    "wagtailadmin_pages:workflow_preview": MINISTRY_ONLY,
    "wagtailadmin_pages:set_page_position": POST_ONLY_ADMIN,
    "wagtailadmin_pages:lock": POST_ONLY_ADMIN,
    "wagtailadmin_pages:unlock": POST_ONLY_ADMIN,
    "wagtailadmin_pages:convert_alias": editors(NOT_FOUND),  # the course is not an alias
    "wagtailadmin_pages:choose_parent": editors(redirect_to("/admin/pages/add/*")),
    "wagtailadmin_pages:add_subpage": editors(redirect_to("/admin/pages/add/*")),
    "wagtailadmin_pages:revisions_index": editors(redirect_to("/admin/pages/*/history/")),
    "wagtailadmin_pages:*": editors(),
    "wagtailadmin_reports:locked_pages*": MINISTRY_ONLY,
    "wagtailadmin_reports:*": editors(),
    # Workflows, collections, sites, groups and redirects are set up by administrators only; choosing a
    # workflow task is part of editing a page.
    "wagtailadmin_workflows:enable": POST_ONLY_ADMIN,
    "wagtailadmin_workflows:enable_task": POST_ONLY_ADMIN,
    "wagtailadmin_workflows:remove": POST_ONLY_ADMIN,
    "wagtailadmin_workflows:task_chooser*": editors(),
    "wagtailadmin_workflows:task_chosen": editors(),
    "wagtailadmin_workflows:*": SUPERUSERS_ONLY,
    "wagtailadmin_collections:delete": editors(NOT_FOUND),  # the root collection cannot be deleted
    "wagtailadmin_collections:*": SUPERUSERS_ONLY,
    "wagtailsites:*": SUPERUSERS_ONLY,
    "wagtailusers_groups:*": SUPERUSERS_ONLY,
    "wagtailredirects:*": SUPERUSERS_ONLY,
    # Users: the ministry gives roles to existing accounts; only administrators create or delete them.
    "wagtailusers_users:add": SUPERUSERS_ONLY,
    "wagtailusers_users:copy": SUPERUSERS_ONLY,
    "wagtailusers_users:delete": SUPERUSERS_ONLY,
    "wagtailusers_users:*": MINISTRY_ONLY,
    "wagtailsettings:preview_on_edit": admin(DENIED, NOT_FOUND),  # site settings have no preview
    "wagtailsnippets:index": editors(DENIED),  # snippets are reached from their own menu items
    "wagtailforms:list_submissions*": editors(NOT_FOUND),  # Sigap has no form pages
    "wagtailforms:delete_submissions": editors(DENIED),
    "wagtailforms:*": editors(),
    "wagtailembeds:*": editors(),
    # Uploading several at once: the page is a GET, each file's steps are POSTs.
    "wagtaildocs:add_multiple": editors(),
    "wagtaildocs:*multiple*": POST_ONLY_ADMIN,
    "wagtaildocs:*": editors(),
    "wagtaildocs_chooser:*": editors(),
    # The URL generator needs Wagtail's dynamic image serve view, which Sigap does not mount.
    "wagtailimages:url_generator*": editors(NOT_FOUND),
    "wagtailimages:add_multiple": editors(),
    "wagtailimages:*multiple*": POST_ONLY_ADMIN,
    "wagtailimages:*": editors(),
    "wagtailimages_chooser:*": editors(),
}

# A pattern that an earlier one with the same address hides: its URL never reaches it (the walk checks).
SHADOWED = "shadowed"

# Patterns by route, for the unnamed ones and for a name shared by routes that answer differently.
ROUTES: dict[str, Expect | str] = {
    "/admin/login/ wagtailadmin_login": SHADOWED,
    "/admin/logout/ wagtailadmin_logout": SHADOWED,
    "/_util/login/ wagtailcore_login": SHADOWED,
    # Wagtail's sign-in and sign-out are redirects to allauth's (sigap/urls.py).
    "/admin/login/": everyone(redirect_to("/accounts/login/")),
    "/_util/login/": everyone(redirect_to("/accounts/login/")),
    "/admin/logout/": everyone(redirect_to("/accounts/logout/")),
    # Wagtail's preview of its own 404 page.
    "/admin/test404/": editors(),
    # Any other address under /admin/.
    "/admin/^.*/$": editors(NOT_FOUND),
    # Without a site in the address, the settings page goes to the default site's.
    "/admin/settings/<slug:app_name>/<slug:model_name>/": admin(
        DENIED, redirect_to("/admin/settings/sigap/sitesettings/*/")
    ),
}

TABLES = (SIGAP, ALLAUTH, WAGTAIL_PUBLIC, WAGTAIL_ADMIN)


class Uncovered(LookupError):
    pass


def expectation_for(pattern) -> Expect | dict[str, Expect] | str:
    """The entry for ``pattern`` (tests/security/walk.Pattern); raises Uncovered if there is none."""
    for key in (f"{pattern.route} {pattern.name}", pattern.route):
        if key in ROUTES:
            return ROUTES[key]
    if pattern.name is not None:
        for table in TABLES:
            for key, expect in table.items():
                if fnmatch.fnmatchcase(pattern.name, key):
                    return expect
    raise Uncovered(
        f"{pattern.label} has no expected statuses: add it to tests/security/expectations.py"
    )


def entries() -> list[str]:
    """Every key of every table, to find entries that no longer match any pattern."""
    return [*ROUTES, *(key for table in TABLES for key in table)]
