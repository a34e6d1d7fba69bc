"""Issuing certificates for a classroom training from its attendance list, in the Wagtail admin under
/admin/classroom-certificates/ (the menu item and URLs are registered at the bottom of this module;
certificates/wagtail_hooks.py imports it).

Two steps. The upload is read and previewed (certificates/classroom.py) without writing anything. The
members found eligible are kept in the trainer's session under a random token, with the course, date and
note; the confirm form sends only that token. So the list the trainer confirms is the one the server
checked: a tampered form cannot add members, and the file is not uploaded twice. Confirming pops the token,
so a second click or a replayed request finds nothing to issue; eligibility is checked once more, and the
issuing task itself never issues twice for the same member, course and date.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from functools import wraps

from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import include, path, reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext
from django.views.decorators.http import require_POST

from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.widgets import AdminDateInput

from accounts.roles import can_use_admin
from courses.models import CoursePage
from sigap.previews import SessionPreviews

from . import classroom

#: A preview can be confirmed for two hours; a trainer can have five open at once (in several tabs).
PREVIEWS = SessionPreviews("classroom_certificates", lifetime_seconds=2 * 3600, max_open=5)


def can_issue_classroom_certificates(user) -> bool:
    """Superusers, trainers and the Ministry: the roles that reach the admin (accounts.roles.ADMIN_ROLES)."""
    return can_use_admin(user)


def classroom_access(view: Callable) -> Callable:
    # Wagtail's require_admin_access wraps every admin URL (anonymous visitors go to sign in); this narrows
    # it to the roles above.
    @wraps(view)
    def wrapped(request: HttpRequest, *args, **kwargs) -> HttpResponse:
        if not can_issue_classroom_certificates(request.user):
            raise PermissionDenied
        return view(request, *args, **kwargs)

    return wrapped


class ClassroomTrainingForm(forms.Form):
    course = forms.ModelChoiceField(
        label=gettext_lazy("Course"),
        queryset=CoursePage.objects.none(),
        help_text=gettext_lazy("Published courses that issue certificates."),
    )
    completed_on = forms.DateField(label=gettext_lazy("Training date"), widget=AdminDateInput)
    note = forms.CharField(
        label=gettext_lazy("Note"),
        required=False,
        max_length=500,
        help_text=gettext_lazy(
            "Kept with each certificate's history, e.g. “Rakor Gugus Tugas Provinsi Jawa Barat, Bandung”."
        ),
    )
    attendance = forms.FileField(
        label=gettext_lazy("Attendance list (CSV)"),
        allow_empty_file=True,  # read_attendance says so itself, in the same words as other bad files
        widget=forms.FileInput(attrs={"accept": ".csv,text/csv,text/plain"}),
        help_text=gettext_lazy(
            "One column of e-mail addresses, one per line; a header row is allowed. At most 1 MB and "
            "5,000 addresses."
        ),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["course"].queryset = (
            CoursePage.objects.live().filter(certificate_enabled=True).order_by("title")
        )

    def clean_completed_on(self) -> date:
        day = self.cleaned_data["completed_on"]
        if day > timezone.localdate():
            raise forms.ValidationError(_("The training date cannot be in the future."))
        return day

    def clean_attendance(self) -> classroom.Attendance:
        try:
            return classroom.read_attendance(self.cleaned_data["attendance"])
        except classroom.AttendanceError as error:
            raise forms.ValidationError(error.message) from error


@classroom_access
def upload(request: HttpRequest) -> HttpResponse:
    """The form; posted, the preview of who would get a certificate (nothing written yet)."""
    form = ClassroomTrainingForm(request.POST or None, request.FILES or None)
    if request.method != "POST" or not form.is_valid():
        return TemplateResponse(request, "certificates/admin/classroom_upload.html", {"form": form})
    course = form.cleaned_data["course"]
    completed_on = form.cleaned_data["completed_on"]
    note = form.cleaned_data["note"].strip()
    result = classroom.preview(form.cleaned_data["attendance"], course=course)
    token = None
    if result.eligible_user_ids:
        token = PREVIEWS.keep(
            request,
            {
                "course": course.pk,
                "completed_on": completed_on.isoformat(),
                "note": note,
                "user_ids": result.eligible_user_ids,
            },
        )
    return TemplateResponse(
        request,
        "certificates/admin/classroom_preview.html",
        {
            "preview": result,
            "course": course,
            "completed_on": completed_on,
            "note": note,
            "token": token,
            "eligible_count": len(result.eligible_user_ids),
            "row_count": len(result.rows),
        },
    )


@require_POST
@classroom_access
def confirm(request: HttpRequest) -> HttpResponse:
    pending = PREVIEWS.take(request, request.POST.get("token", ""))
    if pending is None:
        messages.error(
            request,
            _(
                "This list was already confirmed, or its preview is more than two hours old. "
                "Upload the list again to see who still needs a certificate."
            ),
        )
        return redirect("classroom_certificates:upload")
    course = (
        CoursePage.objects.live().filter(certificate_enabled=True, pk=pending["course"]).first()
    )
    if course is None:
        messages.error(request, _("This course no longer issues certificates."))
        return redirect("classroom_certificates:upload")
    user_ids = classroom.still_eligible(pending["user_ids"], course=course)
    if user_ids:
        classroom.issue_classroom_certificates.enqueue(
            course_id=course.pk,
            completed_on=pending["completed_on"],
            user_ids=user_ids,
            actor_id=request.user.pk,
            note=pending["note"],
        )
    messages.success(
        request,
        ngettext(
            "%(count)s certificate is being issued.",
            "%(count)s certificates are being issued.",
            len(user_ids),
        )
        % {"count": len(user_ids)},
    )
    dropped = len(pending["user_ids"]) - len(user_ids)
    if dropped:
        messages.warning(
            request,
            ngettext(
                "%(count)s member no longer needed one: they received a certificate for this course "
                "or their account changed since the preview.",
                "%(count)s members no longer needed one: they received a certificate for this course "
                "or their account changed since the preview.",
                dropped,
            )
            % {"count": dropped},
        )
    return redirect("classroom_certificates:upload")


app_name = "classroom_certificates"

urlpatterns = [
    path("", upload, name="upload"),
    path("confirm/", confirm, name="confirm"),
]


class ClassroomCertificatesMenuItem(MenuItem):
    def is_shown(self, request):
        return can_issue_classroom_certificates(request.user)


@hooks.register("register_admin_urls")
def register_classroom_certificate_urls():
    return [
        path(
            "classroom-certificates/",
            include((urlpatterns, app_name), namespace="classroom_certificates"),
        )
    ]


@hooks.register("register_admin_menu_item")
def register_classroom_certificates_menu_item():
    return ClassroomCertificatesMenuItem(
        gettext_lazy("Classroom certificates"),
        reverse("classroom_certificates:upload"),
        name="classroom-certificates",
        icon_name="group",
        order=280,
    )
