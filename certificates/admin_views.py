"""Certificates in the Wagtail admin, for trainers and the Ministry (imported by certificates/wagtail_hooks.py).

A "Certificates" menu holds two snippet viewsets (https://docs.wagtail.org/en/stable/topics/snippets/):
- *Templates*: edited with revisions (each save is one; the history shows who changed what). Unknown
  placeholders are refused by ``CertificateTemplate.clean`` on the edit form, before anything is saved. The
  edit header links to a sample PDF and to regenerating the template's certificates.
- *Issued certificates*: read-only, with filters, search and an inspect page carrying the audit trail; rows
  can be downloaded many at once as one PDF or a ZIP (bulk actions).
Actions live under /admin/certificates/ (URL names ``certificate_admin:…``): revoke with a reason, re-issue
after a name correction, regenerate a template's certificates (a background task), a template's sample PDF
and one certificate's PDF. Each changes state only on a POST (with Django's CSRF check) from a confirmation
page, through certificates/services.py.

Who may do what follows the model permissions that certificates/migrations/0002_roles.py grants Trainer and
Ministry: ``view_certificate`` (list, inspect, downloads), ``change_certificate`` (revoke, re-issue,
regenerate: there is no edit form, see CertificatePermissionPolicy) and add/change/view on templates.
Certificates are not scoped by region for trainers: trainers teach members from every province, and a
certificate is public by design (anyone holding its code can verify it), so every trainer sees them all.
Regional coordinators and learners never reach the admin (their groups lack ``wagtailadmin.access_admin``).
"""

from __future__ import annotations

from collections.abc import Callable
from functools import wraps

from django import forms
from django.contrib.admin.utils import quote
from django.core.exceptions import PermissionDenied
from django.db.models import Q, QuerySet
from django.http import FileResponse, Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import include, path, reverse
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.functional import cached_property
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext
from django.views.decorators.http import require_http_methods

from wagtail import hooks
from wagtail.admin import messages
from wagtail.admin.filters import DateRangePickerWidget, WagtailFilterSet
from wagtail.admin.ui.tables import DateColumn, StatusTagColumn, UpdatedAtColumn
from wagtail.admin.widgets import Button, HeaderButton
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.permissions import register_permission_policy
from wagtail.snippets.bulk_actions.snippet_bulk_action import SnippetBulkAction
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import EditView as SnippetEditView
from wagtail.snippets.views.snippets import IndexView as SnippetIndexView
from wagtail.snippets.views.snippets import InspectView as SnippetInspectView
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

import django_filters

from accounts.selectors import profile_for
from courses.models import CoursePage

from .bundles import (
    MAX_PER_DOWNLOAD,
    certificates_of_template,
    merged_pdf,
    outdated_certificates,
    regenerate_certificates,
    zip_of,
)
from .models import Certificate, CertificateTemplate, new_verification_code
from .pdf import render_pdf, verification_url
from .selectors import normalise_code
from .services import (
    CertificateRefused,
    _add_months,
    certificate_reissue,
    certificate_revoke,
)
from .tasks import mail_certificate

# Who may do what -----------------------------------------------------------------------------------------


def can_view_certificates(user) -> bool:
    return user.has_perm("certificates.view_certificate")


def can_manage_certificates(user) -> bool:
    """Revoke, re-issue and regenerate."""
    return user.has_perm("certificates.change_certificate")


def can_see_templates(user) -> bool:
    return user.has_perm("certificates.view_certificatetemplate") or user.has_perm(
        "certificates.change_certificatetemplate"
    )


def requires(check: Callable[..., bool]) -> Callable:
    # Wagtail's require_admin_access wraps every admin URL (sign-in, access_admin) and turns PermissionDenied
    # into its "no permission" redirect; this narrows each view to the permission it needs.
    def decorator(view: Callable) -> Callable:
        @wraps(view)
        def wrapped(request: HttpRequest, *args, **kwargs) -> HttpResponse:
            if not check(request.user):
                raise PermissionDenied
            return view(request, *args, **kwargs)

        return wrapped

    return decorator


class CertificatePermissionPolicy(ModelPermissionPolicy):
    """A certificate records what was certified: nobody adds, edits or deletes one in a form, superusers
    included. Issuing is the services' job; ``change_certificate`` grants the actions in this module."""

    FORM_ACTIONS = frozenset({"add", "change", "delete"})

    def user_has_permission(self, user, action):
        return action not in self.FORM_ACTIONS and super().user_has_permission(user, action)


# Registered before any admin code asks for the policy (Wagtail refuses a policy after its fallback exists).
register_permission_policy(Certificate, CertificatePermissionPolicy(Certificate))


# Templates -----------------------------------------------------------------------------------------------


class TemplateEditView(SnippetEditView):
    @cached_property
    def header_more_buttons(self):
        buttons = list(super().header_more_buttons)
        buttons.append(
            Button(
                _("Sample PDF (as last saved)"),
                url=reverse("certificate_admin:sample", args=[self.object.pk]),
                icon_name="view",
                attrs={"target": "_blank", "rel": "noopener"},
                priority=40,
            )
        )
        if can_manage_certificates(self.request.user):
            buttons.append(
                Button(
                    _("Regenerate its certificates"),
                    url=reverse("certificate_admin:regenerate", args=[self.object.pk]),
                    icon_name="rotate",
                    priority=50,
                )
            )
        return buttons


class CertificateTemplateViewSet(SnippetViewSet):
    model = CertificateTemplate
    icon = "doc-empty"
    menu_label = gettext_lazy("Templates")
    base_url_path = "certificates/templates"
    admin_url_namespace = "certificate_templates"
    edit_view_class = TemplateEditView
    list_display = ["name", "course", "language", UpdatedAtColumn()]
    list_filter = ["language"]
    search_fields = ["name"]
    ordering = ["name"]

    def get_queryset(self, request):
        return CertificateTemplate.objects.select_related("course")


# Issued certificates -------------------------------------------------------------------------------------

STATE_LABELS = {
    "valid": gettext_lazy("Valid"),
    "expired": gettext_lazy("Expired"),
    "revoked": gettext_lazy("Revoked"),
    "superseded": gettext_lazy("Replaced"),
    "withdrawn": gettext_lazy("Withdrawn (account deleted)"),
}


def state_label(certificate: Certificate) -> str:
    return STATE_LABELS[certificate.state]


def search_certificates(queryset: QuerySet[Certificate], query: str) -> QuerySet[Certificate]:
    """By number, name, or verification code as read off paper (any case, spaces or dashes)."""
    query = query.strip()
    if not query:
        return queryset
    condition = Q(number__icontains=query) | Q(holder_name__icontains=query)
    if code := normalise_code(query):
        condition |= Q(code__icontains=code)
    return queryset.filter(condition)


def _courses_with_certificates(request):
    return CoursePage.objects.filter(
        pk__in=Certificate.objects.values("course_id").distinct()
    ).order_by("title")


class CertificateFilterSet(WagtailFilterSet):
    state = django_filters.ChoiceFilter(
        label=gettext_lazy("Status"),
        choices=list(STATE_LABELS.items()),
        method="filter_state",
        empty_label=gettext_lazy("Any"),
        widget=forms.RadioSelect,
    )
    course = django_filters.ModelChoiceFilter(
        label=gettext_lazy("Course"), queryset=_courses_with_certificates
    )
    source = django_filters.ChoiceFilter(
        label=gettext_lazy("Source"),
        choices=Certificate.Source.choices,
        empty_label=gettext_lazy("Any"),
        widget=forms.RadioSelect,
    )
    issued_at = django_filters.DateFromToRangeFilter(
        label=gettext_lazy("Issued"), widget=DateRangePickerWidget
    )

    class Meta:
        model = Certificate
        fields = ["state", "course", "source", "issued_at"]

    def filter_state(self, queryset, name, value):
        today = timezone.localdate()
        valid = queryset.filter(status=Certificate.Status.VALID)
        if value == "valid":
            return valid.filter(Q(expires_on__isnull=True) | Q(expires_on__gte=today))
        if value == "expired":
            return valid.filter(expires_on__lt=today)
        return queryset.filter(status=value)


def listed_certificates(params) -> QuerySet[Certificate]:
    """The certificates the list shows for these query parameters (its filters and search), in any order."""
    queryset = CertificateFilterSet(params, queryset=Certificate.objects.all()).qs
    return search_certificates(queryset, params.get("q", ""))


def _certificate_buttons(certificate: Certificate, user, *, header: bool = False) -> list:
    """Download, revoke and re-issue: for the inspect page's header and each row of the list."""
    button_class = HeaderButton if header else Button
    buttons = []
    if certificate.pdf:  # erased when the holder deleted their account
        buttons.append(
            button_class(
                _("Download PDF"),
                url=reverse("certificate_admin:pdf", args=[certificate.pk]),
                icon_name="download",
                priority=10,
            )
        )
    if certificate.status == Certificate.Status.VALID and can_manage_certificates(user):
        buttons += [
            button_class(
                _("Re-issue"),
                url=reverse("certificate_admin:reissue", args=[certificate.pk]),
                icon_name="resubmit",
                priority=20,
            ),
            button_class(
                _("Revoke"),
                url=reverse("certificate_admin:revoke", args=[certificate.pk]),
                icon_name="cross",
                priority=30,
            ),
        ]
    return buttons


class CertificateIndexView(SnippetIndexView):
    def search_queryset(self, queryset):
        if not self.is_searching:
            return queryset
        return search_certificates(queryset, self.search_query)

    def get_list_more_buttons(self, instance):
        return [
            *super().get_list_more_buttons(instance),
            *_certificate_buttons(instance, self.request.user),
        ]


class CertificateInspectView(SnippetInspectView):
    template_name = "certificates/admin/certificate_inspect.html"

    def get_object(self, queryset=None):
        return get_object_or_404(
            Certificate.objects.select_related("superseded_by", "template_revision", "course"),
            pk=self.pk,
        )

    @cached_property
    def header_buttons(self):
        return _certificate_buttons(self.object, self.request.user, header=True)

    # Wagtail shows a raw value otherwise: None for empty fields, datetimes in UTC, codes for choices.
    def get_status_display_value(self):
        return state_label(self.object)

    def get_language_display_value(self):
        labels = dict(CertificateTemplate.Language.choices)
        return labels.get(self.object.language, self.object.language)

    def get_score_display_value(self):
        score = self.object.score
        return "—" if score is None else f"{score:.0f}%"

    def get_expires_on_display_value(self):
        expires_on = self.object.expires_on
        return date_format(expires_on) if expires_on else _("Never expires")

    def get_issued_at_display_value(self):
        return date_format(timezone.localtime(self.object.issued_at), "DATETIME_FORMAT")

    def get_revoked_at_display_value(self):
        revoked_at = self.object.revoked_at
        return date_format(timezone.localtime(revoked_at), "DATETIME_FORMAT") if revoked_at else "—"

    def get_revoked_reason_display_value(self):
        return self.object.revoked_reason or "—"

    def get_regulations_display_value(self):
        return self.object.regulations or "—"

    def get_course_title_en_display_value(self):
        return self.object.course_title_en or "—"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        certificate = self.object
        template_version = certificate.template_revision
        context.update(
            {
                "certificate": certificate,
                "events": certificate.events.select_related("actor").order_by("at", "pk"),
                "verify_url": verification_url(certificate.code),
                "template_name": template_version.object_str,
                "template_saved_at": template_version.created_at,
                "replaced_by": certificate.superseded_by,
                "replaces": Certificate.objects.filter(superseded_by=certificate).first(),
            }
        )
        if certificate.superseded_by_id:
            context["replaced_by_url"] = reverse(
                "certificates_issued:inspect", args=[quote(certificate.superseded_by_id)]
            )
        if context["replaces"]:
            context["replaces_url"] = reverse(
                "certificates_issued:inspect", args=[quote(context["replaces"].pk)]
            )
        return context


class CertificateViewSet(SnippetViewSet):
    model = Certificate
    icon = "doc-full"
    menu_label = gettext_lazy("Issued certificates")
    base_url_path = "certificates/issued"
    admin_url_namespace = "certificates_issued"
    index_view_class = CertificateIndexView
    inspect_view_class = CertificateInspectView
    inspect_view_enabled = True
    copy_view_enabled = False
    list_display = [
        "number",
        "holder_name",
        "course_title",
        "completed_on",
        StatusTagColumn(
            "state",
            accessor=state_label,
            label=gettext_lazy("Status"),
            primary=lambda certificate: certificate.state == "valid",
        ),
        DateColumn("issued_at", label=gettext_lazy("Issued"), sort_key="issued_at"),
    ]
    filterset_class = CertificateFilterSet
    search_fields = ["number", "holder_name", "code"]
    ordering = ["-issued_at", "-pk"]
    list_per_page = 50
    inspect_view_fields = [
        "number",
        "code",
        "holder_name",
        "course_title",
        "course_title_en",
        "completed_on",
        "score",
        "regulations",
        "issuer",
        "language",
        "source",
        "issued_at",
        "expires_on",
        "status",
        "revoked_at",
        "revoked_reason",
        "sha256",
    ]


class CertificatesMenu(SnippetViewSetGroup):
    menu_label = gettext_lazy("Certificates")
    menu_icon = "doc-full-inverse"
    menu_order = 270
    items = (CertificateViewSet, CertificateTemplateViewSet)


register_snippet(CertificatesMenu)


# Revoke and re-issue -------------------------------------------------------------------------------------


class RevokeForm(forms.Form):
    reason = forms.CharField(
        label=gettext_lazy("Reason"),
        widget=forms.Textarea(attrs={"rows": 4}),
        max_length=2000,
        help_text=gettext_lazy(
            "Recorded in the audit trail. The public verification page says the certificate was revoked, "
            "not why."
        ),
        error_messages={"required": gettext_lazy("Give the reason for revoking this certificate.")},
    )


class ReissueForm(forms.Form):
    note = forms.CharField(
        label=gettext_lazy("Note"),
        required=False,
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=gettext_lazy("Optional, for the audit trail: e.g. who asked for the correction."),
    )


def _inspect_url(certificate: Certificate) -> str:
    return reverse("certificates_issued:inspect", args=[quote(certificate.pk)])


def _valid_or_back(request: HttpRequest, certificate: Certificate) -> HttpResponse | None:
    if certificate.status != Certificate.Status.VALID:
        messages.error(request, _("Only a valid certificate can be revoked or re-issued."))
        return redirect(_inspect_url(certificate))
    return None


@requires(can_manage_certificates)
@require_http_methods(["GET", "POST"])
def revoke(request: HttpRequest, pk: int) -> HttpResponse:
    certificate = get_object_or_404(Certificate, pk=pk)
    if refused := _valid_or_back(request, certificate):
        return refused
    form = RevokeForm(request.POST if request.method == "POST" else None)
    if form.is_valid():
        try:
            certificate_revoke(
                certificate=certificate, reason=form.cleaned_data["reason"], actor=request.user
            )
        except CertificateRefused as refusal:
            messages.error(request, refusal.message)
        else:
            messages.success(
                request,
                _("Certificate %(number)s is revoked; its verification page now says so.")
                % {"number": certificate.number},
            )
        return redirect(_inspect_url(certificate))
    return TemplateResponse(
        request,
        "certificates/admin/revoke.html",
        {"certificate": certificate, "form": form, "back_url": _inspect_url(certificate)},
    )


@requires(can_manage_certificates)
@require_http_methods(["GET", "POST"])
def reissue(request: HttpRequest, pk: int) -> HttpResponse:
    certificate = get_object_or_404(Certificate.objects.select_related("user"), pk=pk)
    if refused := _valid_or_back(request, certificate):
        return refused
    form = ReissueForm(request.POST if request.method == "POST" else None)
    if form.is_valid():
        try:
            new = certificate_reissue(
                certificate=certificate, actor=request.user, note=form.cleaned_data["note"]
            )
        except CertificateRefused as refusal:
            messages.error(request, refusal.message)
            return redirect(_inspect_url(certificate))
        mail_certificate.enqueue(new.pk)
        messages.success(
            request,
            _(
                "Certificate %(new)s replaces %(old)s. The old one's verification page points to the new one."
            )
            % {"new": new.number, "old": certificate.number},
        )
        return redirect(_inspect_url(new))
    profile = profile_for(certificate.user) if certificate.user else None
    return TemplateResponse(
        request,
        "certificates/admin/reissue.html",
        {
            "certificate": certificate,
            "form": form,
            "current_name": profile.full_name if profile else None,
            "back_url": _inspect_url(certificate),
        },
    )


@requires(can_view_certificates)
def certificate_pdf(request: HttpRequest, pk: int) -> FileResponse:
    certificate = get_object_or_404(Certificate, pk=pk)
    if not certificate.pdf:
        raise Http404("The holder deleted their account; the PDF was erased.")
    return FileResponse(
        certificate.pdf.open("rb"),
        as_attachment=True,
        content_type="application/pdf",
        filename=f"{certificate.number}.pdf",
    )


# Templates: sample and regenerate ------------------------------------------------------------------------

#: Long enough to show how the layout copes, with letters beyond ASCII to check the font has them.
SAMPLE_NAME = "Ni Luh Putu Ayu Kusumawardhani Śrī Wedhasmara Dewi Ṣāliḥah binti Muḥammad Al-Fātiḥ"


def sample_certificate(template: CertificateTemplate) -> Certificate:
    """An unsaved certificate with sample facts, to show how ``template`` prints."""
    today = timezone.localdate()
    course = template.course
    return Certificate(
        number=f"SIGAP-{today.year}-000000",
        code=new_verification_code(),
        holder_name=SAMPLE_NAME,
        course_title=course.title if course else "Penanganan Kasus TPPO di Gugus Tugas",
        course_title_en=course.title_en
        if course
        else "Handling Trafficking Cases in the Task Force",
        completed_on=today,
        score=85,
        regulations="UU No. 21 Tahun 2007, Perpres No. 49 Tahun 2023",
        issuer=template.issuer,
        language=template.language,
        expires_on=_add_months(today, template.validity_months)
        if template.validity_months
        else None,
    )


@requires(can_see_templates)
def sample(request: HttpRequest, template_pk: int) -> HttpResponse:
    template = get_object_or_404(
        CertificateTemplate.objects.select_related("course"), pk=template_pk
    )
    pdf = render_pdf(sample_certificate(template), template)
    response = HttpResponse(pdf, content_type="application/pdf")
    response["Content-Disposition"] = f'inline; filename="sample-{template.pk}.pdf"'
    return response


@requires(can_manage_certificates)
@require_http_methods(["GET", "POST"])
def regenerate(request: HttpRequest, template_pk: int) -> HttpResponse:
    template = get_object_or_404(CertificateTemplate, pk=template_pk)
    outdated = outdated_certificates(template).count()
    edit_url = reverse("certificate_templates:edit", args=[quote(template.pk)])
    if request.method == "POST":
        if outdated:
            regenerate_certificates.enqueue(template.pk, request.user.pk)
            messages.success(
                request,
                ngettext(
                    "Regenerating %(count)d certificate of “%(template)s” in the background.",
                    "Regenerating %(count)d certificates of “%(template)s” in the background.",
                    outdated,
                )
                % {"count": outdated, "template": template.name},
            )
        else:
            messages.info(request, _("Every certificate of this template is up to date."))
        return redirect(edit_url)
    return TemplateResponse(
        request,
        "certificates/admin/regenerate.html",
        {
            "template": template,
            "outdated": outdated,
            "total": certificates_of_template(template).count(),
            "back_url": edit_url,
        },
    )


# Downloading many ----------------------------------------------------------------------------------------


class DownloadBulkAction(SnippetBulkAction):
    """Selected certificates (or every one the filtered list shows) as one file, built from stored PDFs.

    Only valid certificates go in: a revoked or replaced one must not be printed again. Past
    MAX_PER_DOWNLOAD the confirmation page asks for a narrower selection.
    """

    models = [Certificate]
    template_name = "certificates/admin/bulk_download.html"
    action_priority = 10
    file_format = ""

    def dispatch(self, request, *args, **kwargs):
        if not can_view_certificates(request.user):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    @cached_property
    def selected(self) -> QuerySet[Certificate]:
        ids = self.request.GET.getlist("id")
        if "all" in ids:
            # "Select all in listing" sends the list's own query string: its filters and search.
            return listed_certificates(self.request.GET)
        return Certificate.objects.filter(
            pk__in=[int(pk) for pk in ids if pk.isascii() and pk.isdigit()]
        )

    @cached_property
    def _valid(self) -> list[Certificate]:
        # One more than the cap, to tell "too many" without loading them all.
        return list(
            self.selected.filter(status=Certificate.Status.VALID).order_by("number")[
                : MAX_PER_DOWNLOAD + 1
            ]
        )

    def get_actionable_objects(self):
        return self._valid, {"items_with_no_access": []}

    def object_context(self, certificate):
        return {"item": certificate}

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context.update(
            {
                "count": len(self._valid),
                "left_out": self.selected.exclude(status=Certificate.Status.VALID).count(),
                "too_many": len(self._valid) > MAX_PER_DOWNLOAD,
                "limit": MAX_PER_DOWNLOAD,
                "shown": context["items"][:20],
                "file_format": self.file_format,
            }
        )
        return context

    def prepare_action(self, objects, objects_without_access):
        if not objects:
            messages.error(self.request, _("None of the selected certificates is valid."))
            return redirect(self.next_url)
        if len(objects) > MAX_PER_DOWNLOAD:
            messages.error(
                self.request,
                _(
                    "One download holds at most %(limit)d certificates. Narrow the list with the filters "
                    "(e.g. one course or a range of issue dates) and download each part."
                )
                % {"limit": MAX_PER_DOWNLOAD},
            )
            return redirect(self.next_url)
        return self.file_response(objects)

    # Subclasses set build (certificates → file), extension and file_content_type (not content_type: that
    # one is the confirmation page's own, as a TemplateView).
    def file_response(self, certificates: list[Certificate]) -> FileResponse:
        return FileResponse(
            self.build(certificates),
            as_attachment=True,
            filename=f"certificates-{timezone.localdate():%Y%m%d}.{self.extension}",
            content_type=self.file_content_type,
        )


class DownloadPdfBulkAction(DownloadBulkAction):
    display_name = gettext_lazy("Download as one PDF")
    aria_label = gettext_lazy("Download the selected certificates as one PDF")
    action_type = "download_pdf"
    file_format = "PDF"
    extension, file_content_type = "pdf", "application/pdf"
    build = staticmethod(merged_pdf)


class DownloadZipBulkAction(DownloadBulkAction):
    display_name = gettext_lazy("Download as ZIP")
    aria_label = gettext_lazy("Download the selected certificates as a ZIP of PDFs")
    action_type = "download_zip"
    action_priority = 11
    file_format = "ZIP"
    extension, file_content_type = "zip", "application/zip"
    build = staticmethod(zip_of)


hooks.register("register_bulk_action", DownloadPdfBulkAction)
hooks.register("register_bulk_action", DownloadZipBulkAction)


# URLs ----------------------------------------------------------------------------------------------------

urlpatterns = [
    path("<int:pk>/revoke/", revoke, name="revoke"),
    path("<int:pk>/reissue/", reissue, name="reissue"),
    path("<int:pk>/certificate.pdf", certificate_pdf, name="pdf"),
    path("template/<int:template_pk>/sample.pdf", sample, name="sample"),
    path("template/<int:template_pk>/regenerate/", regenerate, name="regenerate"),
]


@hooks.register("register_admin_urls")
def register_certificate_admin_urls():
    return [path("certificates/", include((urlpatterns, "certificate_admin")))]
