from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404, JsonResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.cache import cache_control
from django.views.decorators.http import require_GET

from .forms import ProfileForm
from .models import Profile, Province
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
