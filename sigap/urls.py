from django.conf import settings
from django.urls import include, path
from django.views.generic import RedirectView

from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from accounts import views as account_views

from . import views

urlpatterns = [
    path("healthz", views.healthz, name="healthz"),
    path("i18n/", include("django.conf.urls.i18n")),
    # Everyone signs in through allauth (two-factor, rate limits, verified e-mail): Wagtail's own sign-in page
    # would accept a password alone.
    path("admin/login/", RedirectView.as_view(pattern_name="account_login", query_string=True)),
    # So would the sign-in page Wagtail mounts for private pages (without rate limits or two-factor).
    path("_util/login/", RedirectView.as_view(pattern_name="account_login", query_string=True)),
    # Wagtail's sign-out deletes the session cookie even for a GET it refuses, so a link could sign staff
    # out; allauth's asks first.
    path("admin/logout/", RedirectView.as_view(pattern_name="account_logout")),
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("accounts/", include("allauth.urls")),
    path("", include("certificates.urls")),
    path("me/", include("accounts.urls")),
    path("coverage/", include("coverage.urls")),
    path("learn/quiz/", include("quizzes.urls")),
    path("learn/", include("courses.urls")),
    path(
        "regions/<str:province_code>/regencies.json",
        account_views.regency_options,
        name="regency_options",
    ),
]

if settings.DEBUG:
    from django.conf.urls.static import static

    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)
elif settings.SIGAP_SERVE_MEDIA:
    from .media import media_urlpatterns

    urlpatterns += media_urlpatterns()

urlpatterns += [path("", include(wagtail_urls))]

# A request Sigap cannot read (sigap/requests.py) or Django refuses (a malformed multipart body, too many
# fields) gets the site's page, in the member's language.
handler400 = "sigap.views.bad_request"
