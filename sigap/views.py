from __future__ import annotations

from django.db import DatabaseError, connection
from django.http import JsonResponse
from django.shortcuts import render
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_safe


@require_safe
@never_cache
def healthz(request):
    """200 when the database answers, 503 when it does not. For load balancers; reveals nothing else."""
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            cursor.fetchone()
    except DatabaseError:
        return JsonResponse({"status": "unavailable", "database": "unreachable"}, status=503)
    return JsonResponse({"status": "ok", "database": "ok"})


def bad_request(request, exception):
    """handler400: the site's page, with the request, so it has the header and the member's language.

    Django's own bad_request view renders 400.html without the request (no header, no language cookie).
    """
    return render(request, "400.html", status=400)
