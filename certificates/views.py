"""Public verification (no login, rate-limited, nothing personal beyond the name, and not even that once the
holder deleted their account), and members' own certificates with their PDFs."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.cache import cache
from django.core.exceptions import PermissionDenied
from django.http import FileResponse, Http404, JsonResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from allauth.account.adapter import get_adapter

from .pdf import verification_url
from .renewals import renewable_ids, renewal_start
from .selectors import certificate_by_code, certificates_of, normalise_code
from .services import CertificateRefused

#: Verification lookups per client address per minute: enough for a training room scanning QR codes through
#: one network address; 80-bit codes cannot be guessed at this pace.
VERIFY_PER_MINUTE = 120


def _client_address(request) -> str:
    """The client's address as the sign-in rate limits see it (ALLAUTH_TRUSTED_PROXY_COUNT behind a proxy),
    so a load balancer's own address does not make every visitor share one limit."""
    try:
        return get_adapter(request).get_client_ip(request)
    except PermissionDenied:
        return ""


def _rate_limited(request) -> bool:
    key = f"verify-rate:{_client_address(request)}"
    cache.add(key, 0, 60)  # the minute starts with the first lookup
    try:
        count = cache.incr(key)
    except ValueError:  # expired between the two calls
        cache.set(key, 1, 60)
        count = 1
    return count > VERIFY_PER_MINUTE


def _too_many(request, *, as_json: bool):
    message = _("Too many checks from your network. Wait a minute and try again.")
    if as_json:
        response = JsonResponse({"error": message}, status=429)
    else:
        response = render(
            request, "certificates/verify_limited.html", {"message": message}, status=429
        )
    response["Retry-After"] = "60"
    return response


def _public_facts(certificate) -> dict:
    erased_at = certificate.holder_erased_at
    facts = {
        "status": certificate.state,
        "number": certificate.number,
        # None once the holder deleted their account: Sigap no longer holds their name.
        "name": None if erased_at else certificate.holder_name,
        "course": certificate.course_title,
        "course_en": certificate.course_title_en,
        "completed_on": certificate.completed_on.isoformat(),
        "issued_on": certificate.issued_at.date().isoformat(),
        "issuer": certificate.issuer,
        "valid_until": certificate.expires_on.isoformat() if certificate.expires_on else None,
        "replaced_by": None,
        "holder_erased_on": timezone.localdate(erased_at).isoformat() if erased_at else None,
    }
    if certificate.superseded_by_id:
        facts["replaced_by"] = verification_url(certificate.superseded_by.code)
    return facts


def verify(request, code: str):
    if _rate_limited(request):
        return _too_many(request, as_json=False)
    certificate = certificate_by_code(code)
    if certificate is None:
        return render(
            request, "certificates/verify_unknown.html", {"code": normalise_code(code)}, status=404
        )
    return render(request, "certificates/verify.html", {"certificate": certificate})


def verify_json(request, code: str):
    if _rate_limited(request):
        return _too_many(request, as_json=True)
    certificate = certificate_by_code(code)
    if certificate is None:
        return JsonResponse(
            {
                "error": _(
                    "No certificate has this verification code. Check the code and try again."
                )
            },
            status=404,
        )
    return JsonResponse(_public_facts(certificate))


@login_required
def mine(request):
    return render(
        request,
        "certificates/my_certificates.html",
        {
            "certificates": certificates_of(request.user),
            "renewable_ids": renewable_ids(request.user),
        },
    )


@login_required
@require_POST
def renew(request, code: str):
    """Start renewing a certificate: the member then passes the course's final quiz again."""
    certificate = certificate_by_code(code)
    if certificate is None or certificate.user_id != request.user.pk:
        raise Http404
    try:
        renewal, to_pass = renewal_start(certificate=certificate, user=request.user)
    except CertificateRefused as refusal:
        messages.error(request, refusal.message)
        return redirect("certificates:mine")
    messages.success(
        request,
        _(
            "Your renewal is open since %(date)s. Pass the course's quizzes again to receive your new "
            "certificate; attempts from before the renewal do not count toward the limit."
        )
        % {"date": date_format(timezone.localtime(renewal.started_at), "j F Y")},
    )
    return redirect(to_pass[0].url if to_pass else certificate.course.url)


@login_required
def download(request, code: str):
    certificate = certificate_by_code(code)
    if certificate is None or certificate.user_id != request.user.pk:
        raise Http404
    if certificate.status != certificate.Status.VALID:
        return render(
            request,
            "certificates/not_downloadable.html",
            {
                "certificate": certificate,
                "verify_path": reverse("certificates:verify", args=[certificate.code]),
            },
            status=410,
        )
    response = FileResponse(
        certificate.pdf.open("rb"),
        content_type="application/pdf",
        filename=f"{certificate.number}.pdf",
    )
    return response
