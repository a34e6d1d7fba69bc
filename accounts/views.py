from __future__ import annotations

import json

from django.contrib import messages
from django.contrib.auth import logout
from django.contrib.auth.decorators import login_required
from django.core.serializers.json import DjangoJSONEncoder
from django.http import Http404, HttpResponse, JsonResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.cache import cache_control, never_cache
from django.views.decorators.http import require_GET, require_http_methods

from allauth.account.decorators import reauthentication_required
from allauth.core.exceptions import ReauthenticationRequired

from certificates.selectors import certificates_of

from .forms import AccountDeleteForm, ProfileForm
from .models import Profile, Province
from .privacy import account_delete, deletion_refusal, member_data
from .roles import ROLE_LABELS
from .scoping import region_scope_for, role_names
from .selectors import profile_for, regencies_in
from .services import profile_save

CHOOSE_PROVINCE = "choose-province"


@login_required
def dashboard(request):
    """The member's own account page: profile, roles, region scope and sign-in security."""
    profile = profile_for(request.user)
    if profile is None:
        return redirect("accounts:profile")
    scope = region_scope_for(request.user)
    context = {
        "profile": profile,
        "roles": [ROLE_LABELS[name] for name in ROLE_LABELS if name in role_names(request.user)],
        "scope": scope,
        "scope_region": scope.region(),
    }
    return render(request, "accounts/dashboard.html", context)


@login_required
def profile_edit(request):
    profile = profile_for(request.user)
    if request.method == "POST":
        if request.POST.get("action") == CHOOSE_PROVINCE:
            # No JavaScript: show the chosen province's regencies and keep everything typed so far.
            initial = {key: request.POST.get(key, "") for key in ProfileForm.Meta.fields}
            initial["regency"] = ""
            form = ProfileForm(initial=initial, instance=profile)
        else:
            form = ProfileForm(request.POST, instance=profile or Profile(user=request.user))
            if form.is_valid():
                profile_save(user=request.user, profile=form.instance)
                messages.success(request, _("Your task-force profile has been saved."))
                return redirect("accounts:dashboard")
    else:
        form = ProfileForm(instance=profile)
    return render(
        request,
        "accounts/profile_form.html",
        {"form": form, "is_new": profile is None, "choose_province_action": CHOOSE_PROVINCE},
    )


@require_GET
@cache_control(public=True, max_age=86400)
def regency_options(request, province_code: str):
    """The regencies and cities of one province, for the profile form's JavaScript. Public reference data."""
    if not Province.objects.filter(code=province_code).exists():
        raise Http404("Unknown province")
    regencies = regencies_in(province_code)
    return JsonResponse({"regencies": [{"code": r.code, "name": r.name} for r in regencies]})


# Privacy: the member's own data, and deleting their account (accounts/privacy.py, docs/privacy.md) --------


@login_required
@never_cache
@reauthentication_required
def privacy(request):
    """What Sigap holds about the member, with the download. A copy of everything is worth a password:
    allauth asks for it again unless the member confirmed it in the last few minutes."""
    return render(request, "accounts/privacy.html")


@reauthentication_required
def _data_file(request) -> HttpResponse:
    body = json.dumps(
        member_data(request.user), cls=DjangoJSONEncoder, ensure_ascii=False, indent=2
    )
    response = HttpResponse(body, content_type="application/json; charset=utf-8")
    # The date only: a name in the file name would show in download lists and shared folders.
    filename = f"sigap-data-{timezone.localdate().isoformat()}.json"
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


@login_required
@never_cache
@require_GET
def data_download(request):
    try:
        return _data_file(request)
    except ReauthenticationRequired:
        # The confirmation went stale on the "My data" page: confirm there, where the member lands again
        # afterwards, instead of on allauth's form with a download that leaves them on it.
        return redirect("accounts:privacy")


@login_required
@never_cache
@require_http_methods(["GET", "POST"])
def delete_account(request):
    refusal = deletion_refusal(request.user)
    form = None
    if refusal is None:
        form = AccountDeleteForm(request.POST or None, user=request.user)
        if request.method == "POST" and form.is_valid():
            account_delete(user=request.user)
            logout(request)
            messages.success(
                request,
                _(
                    "Your account has been deleted and your certificates withdrawn. We have sent a "
                    "confirmation to your e-mail address."
                ),
            )
            return redirect("/")
    return render(
        request,
        "accounts/delete_account.html",
        {"form": form, "refusal": refusal, "certificates": certificates_of(request.user)},
        status=403 if refusal and request.method == "POST" else 200,
    )
