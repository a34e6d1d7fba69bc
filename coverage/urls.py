from django.urls import path, re_path

from . import views

app_name = "coverage"

FORMAT = r"(?P<fmt>csv|xlsx)"
REGION = r"(?P<code>[^/]+)"

urlpatterns = [
    path("", views.dashboard, name="national"),
    re_path(rf"^export\.{FORMAT}$", views.export, name="national_export"),
    re_path(rf"^{REGION}/$", views.dashboard, name="region"),
    re_path(rf"^{REGION}/export\.{FORMAT}$", views.export, name="region_export"),
    re_path(rf"^{REGION}/members\.{FORMAT}$", views.members_export, name="members_export"),
]
