"""Settings shared by every environment. dev.py, test.py and production.py start from these.

Django's settings reference: https://docs.djangoproject.com/en/5.2/ref/settings/
"""

from __future__ import annotations

from pathlib import Path

from django.utils.translation import gettext_lazy as _

from .env import (
    cache_config,
    database_config,
    env_bool,
    env_int,
    env_list,
    env_str,
    public_base_url,
    task_backend_config,
)

BASE_DIR = Path(__file__).resolve().parent.parent.parent

SECRET_KEY = env_str("SECRET_KEY")
DEBUG = env_bool("DEBUG", False)
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", ["127.0.0.1", "localhost"])
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS")
# Where members reach this server: the one source of every absolute link in e-mails, certificate PDFs and QR
# codes (sigap/links.py), never the request's Host header (pages keep the request's own host). `make run` sets it from its HOST and PORT;
# production refuses to start without an https one (production.py).
PUBLIC_BASE_URL = public_base_url(env_str("PUBLIC_BASE_URL", "http://127.0.0.1:8000"))

INSTALLED_APPS = [
    # Project apps first, so their templates override allauth's and Wagtail's.
    "sigap",
    "accounts.apps.AccountsConfig",
    "courses",
    "quizzes",
    "certificates",
    "coverage",
    # Wagtail
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.contrib.settings",
    "wagtail.contrib.typed_table_block",
    "wagtail.embeds",
    "wagtail.sites",
    "accounts.apps.SigapUsersConfig",  # wagtail.users with a tightened user admin
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    # Accounts
    "allauth",
    "allauth.account",
    "allauth.mfa",
    # Background work (Django's Tasks API, backported)
    "django_tasks",
    # The queue table behind TASK_BACKEND=database; migrated everywhere, so any backend can be chosen.
    "django_tasks_db",
    # Django
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.humanize",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    # Before XFrameOptionsMiddleware, so it sees the X-Frame-Options that frame-ancestors follows.
    "sigap.security.SecurityHeadersMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "sigap.middleware.ChosenLanguageMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    # A request in a charset that is not text gets the 400 page before anything reads it (sigap/requests.py).
    "sigap.requests.ReadableRequestMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "allauth.account.middleware.AccountMiddleware",
    "accounts.middleware.StaffMFARequiredMiddleware",
    # Sigap's saving views refuse a POST that is not a form, rather than save it as empty (sigap/form_posts.py).
    "sigap.form_posts.FormPostsOnlyMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    # Last, so its process_exception is the first to see a Wagtail admin view's exception (sigap/requests.py).
    "sigap.requests.MalformedAdminPostMiddleware",
]

ROOT_URLCONF = "sigap.urls"
WSGI_APPLICATION = "sigap.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "site" / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
                "accounts.context_processors.roles",
                "courses.context_processors.catalogue",
            ],
        },
    },
]

DATABASES = {"default": database_config(env_str("DATABASE_URL"), base_dir=BASE_DIR)}
# A read replica for the coverage dashboard's heavy counting (sigap/db_routers.py); everything else, and
# every write, stays on "default".
DATABASE_REPLICA_URL = env_str("DATABASE_REPLICA_URL")
if DATABASE_REPLICA_URL:
    DATABASES["replica"] = database_config(DATABASE_REPLICA_URL, base_dir=BASE_DIR)
    DATABASE_ROUTERS = ["sigap.db_routers.ReplicaRouter"]
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

REDIS_URL = env_str("REDIS_URL")
CACHES = cache_config(REDIS_URL)
if REDIS_URL:
    # Sessions live in Redis, written through to the database so a Redis restart signs nobody out.
    SESSION_ENGINE = "django.contrib.sessions.backends.cached_db"

TASKS = task_backend_config(env_str("TASK_BACKEND", "immediate"))
# Every `manage.py db_worker` writes a heartbeat this often; a task whose worker has been silent for the
# second figure is queued again, as that worker has died (sigap/workers.py, docs/resilience.md).
TASK_WORKER_HEARTBEAT_SECONDS = env_int("TASK_WORKER_HEARTBEAT_SECONDS", 10)
TASK_WORKER_LOST_AFTER_SECONDS = env_int("TASK_WORKER_LOST_AFTER_SECONDS", 60)

# Accounts ---------------------------------------------------------------------------------------------
AUTH_USER_MODEL = "accounts.User"
AUTHENTICATION_BACKENDS = [
    "django.contrib.auth.backends.ModelBackend",
    "allauth.account.auth_backends.AuthenticationBackend",
]
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {
        "NAME": "django.contrib.auth.password_validation.MinimumLengthValidator",
        "OPTIONS": {"min_length": 10},
    },
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
LOGIN_URL = "account_login"
LOGIN_REDIRECT_URL = "accounts:dashboard"

# django-allauth: https://docs.allauth.org/en/latest/account/configuration.html
ACCOUNT_ADAPTER = "accounts.adapters.AccountAdapter"
ACCOUNT_USER_MODEL_USERNAME_FIELD = None
ACCOUNT_LOGIN_METHODS = {"email"}
ACCOUNT_SIGNUP_FIELDS = ["email*", "password1*", "password2*"]
ACCOUNT_UNIQUE_EMAIL = True
# A member who signs up twice is told the address is taken (issue 2 asks for a clear error) rather than sent
# a silent e-mail. This reveals whether an address has an account; the sign-up and reset rate limits below
# keep that from being used to list members. See docs/security.md.
ACCOUNT_PREVENT_ENUMERATION = False
ACCOUNT_EMAIL_VERIFICATION = "mandatory"
ACCOUNT_CHANGE_EMAIL = True
ACCOUNT_LOGIN_ON_EMAIL_CONFIRMATION = True
ACCOUNT_LOGOUT_ON_PASSWORD_CHANGE = False
ACCOUNT_LOGIN_ON_PASSWORD_RESET = False
ACCOUNT_PRESERVE_USERNAME_CASING = False
ACCOUNT_SESSION_REMEMBER = None
ACCOUNT_EMAIL_SUBJECT_PREFIX = "[Sigap] "
# Sensitive steps (your data, two-factor changes) ask for the password, or the authenticator code of those who
# have one; never for a code mailed to the inbox, which on a phone shared in a training hall is often open.
ACCOUNT_REAUTHENTICATION_METHODS = ("password", "mfa")
# allauth's defaults are on (login failures, sign-ups, reset and confirmation mails per IP and per address);
# they are stated here so an operator sees them and can tune them.
ACCOUNT_RATE_LIMITS = {
    "change_password": "5/m/user",
    "manage_email": "10/m/user",
    "reset_password": "20/m/ip,5/m/key",
    "reauthenticate": "10/m/user",
    "reset_password_from_key": "20/m/ip",
    "signup": env_str("SIGAP_RATE_LIMIT_SIGNUP", "20/m/ip"),
    # A training room behind one public address signs in together: raise these two for such a venue
    # (docs/security.md) rather than turning the limits off.
    "login": env_str("SIGAP_RATE_LIMIT_LOGIN", "30/m/ip"),
    "login_failed": env_str("SIGAP_RATE_LIMIT_LOGIN_FAILED", "10/m/ip,5/5m/key"),
    "confirm_email": "1/3m/key",
}
MFA_SUPPORTED_TYPES = ["totp", "recovery_codes"]
MFA_TOTP_ISSUER = "Sigap"
# Staff roles (Trainer, Regional coordinator, Ministry) must turn on TOTP before they can use the platform.
SIGAP_MFA_REQUIRED_FOR_STAFF = env_bool("SIGAP_MFA_REQUIRED_FOR_STAFF", True)

# E-mail -----------------------------------------------------------------------------------------------
EMAIL_BACKEND = env_str("EMAIL_BACKEND", "django.core.mail.backends.smtp.EmailBackend")
EMAIL_HOST = env_str("EMAIL_HOST", "localhost")
EMAIL_PORT = env_int("EMAIL_PORT", 25)
EMAIL_HOST_USER = env_str("EMAIL_HOST_USER")
EMAIL_HOST_PASSWORD = env_str("EMAIL_HOST_PASSWORD")
EMAIL_USE_TLS = env_bool("EMAIL_USE_TLS", False)
EMAIL_USE_SSL = env_bool("EMAIL_USE_SSL", False)
DEFAULT_FROM_EMAIL = env_str("DEFAULT_FROM_EMAIL", "Sigap <no-reply@sigap.localhost>")
SERVER_EMAIL = DEFAULT_FROM_EMAIL
EMAIL_FILE_PATH = env_str("EMAIL_FILE_PATH", str(BASE_DIR / "var" / "mail"))

# Language ---------------------------------------------------------------------------------------------
LANGUAGE_CODE = "id"
LANGUAGES = [("id", _("Indonesian")), ("en", _("English"))]
LOCALE_PATHS = [BASE_DIR / "locale"]
LANGUAGE_COOKIE_NAME = "sigap_language"
LANGUAGE_COOKIE_SAMESITE = "Lax"
TIME_ZONE = "Asia/Jakarta"
USE_I18N = True
USE_TZ = True

# Static files and uploads -----------------------------------------------------------------------------
STATIC_URL = "/static/"
STATIC_ROOT = Path(env_str("STATIC_ROOT", str(BASE_DIR / "staticfiles")))
STATICFILES_DIRS = [BASE_DIR / "site" / "static"]
MEDIA_URL = "/media/"
MEDIA_ROOT = Path(env_str("MEDIA_ROOT", str(BASE_DIR / "media")))
# Files only Sigap's own views hand out, after checking who asks (certificate PDFs): never under MEDIA_URL.
PRIVATE_MEDIA_ROOT = Path(env_str("PRIVATE_MEDIA_ROOT", str(BASE_DIR / "var" / "private")))
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    # Certificate PDFs (certificates/storage.py); production may move it to object storage.
    "private": {"BACKEND": "certificates.storage.PrivateFileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
# Uploaded media served by Sigap itself with DEBUG off (production on one machine without a web server in
# front, `make prod`); otherwise nginx or object storage serves it (docs/deploy.md).
SIGAP_SERVE_MEDIA = env_bool("SIGAP_SERVE_MEDIA", False)
DATA_UPLOAD_MAX_NUMBER_FIELDS = 2000

# Wagtail ----------------------------------------------------------------------------------------------
WAGTAIL_SITE_NAME = "Sigap"
# Wagtail's own mails (workflow notifications) link to the same public server.
WAGTAILADMIN_BASE_URL = PUBLIC_BASE_URL
# Everyone signs in through allauth, so MFA and rate limits cover the admin too.
WAGTAILADMIN_LOGIN_URL = "account_login"
WAGTAIL_PASSWORD_RESET_ENABLED = False
WAGTAIL_PASSWORD_MANAGEMENT_ENABLED = False
# E-mail addresses change only through allauth, which verifies the new address first.
WAGTAIL_EMAIL_MANAGEMENT_ENABLED = False
WAGTAILADMIN_PERMITTED_LANGUAGES = [("id", "Bahasa Indonesia"), ("en", "English")]
WAGTAIL_CONTENT_LANGUAGES = [("id", "Bahasa Indonesia")]
# Wagtail's database backend, with search text taken as plain words (sigap/search/, docs/security.md).
WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "sigap.search"}}
# Draftail without the hint that would need an inline <style> (sigap/admin_widgets.py).
WAGTAILADMIN_RICH_TEXT_EDITORS = {
    "default": {"WIDGET": "sigap.admin_widgets.DraftailRichTextArea"},
}
# Uploads: an image must be what its extension says (Wagtail opens it with Willow and compares), never SVG
# (an SVG can carry script); a document's bytes must match its extension too (sigap.uploads).
WAGTAILIMAGES_EXTENSIONS = ["gif", "jpg", "jpeg", "png", "webp"]
WAGTAILIMAGES_MAX_UPLOAD_SIZE = env_int("WAGTAILIMAGES_MAX_UPLOAD_SIZE", 10 * 1024 * 1024)
# 40 megapixels: any phone or camera photo, while a small file that decompresses into a huge bitmap
# (a "decompression bomb") cannot tie up a worker's memory.
WAGTAILIMAGES_MAX_IMAGE_PIXELS = env_int("WAGTAILIMAGES_MAX_IMAGE_PIXELS", 40_000_000)
WAGTAILDOCS_EXTENSIONS = ["pdf", "docx", "xlsx", "pptx", "odt", "csv", "txt"]
WAGTAILDOCS_MAX_UPLOAD_SIZE = env_int("WAGTAILDOCS_MAX_UPLOAD_SIZE", 20 * 1024 * 1024)
WAGTAILDOCS_DOCUMENT_FORM_BASE = "sigap.uploads.DocumentForm"
# Documents always go out through Wagtail's view, even from object storage: it checks collection privacy
# and sends Content-Security-Policy: default-src 'none', nosniff and, except for PDFs, an attachment
# disposition, so a browser never runs an uploaded file.
WAGTAILDOCS_SERVE_METHOD = "serve_view"
# No avatars from gravatar.com: that would send a hash of each staff member's e-mail address to a third
# party (UU 27/2022) and load images from outside the Content-Security-Policy.
WAGTAIL_GRAVATAR_PROVIDER_URL = None
# The admin would ask releases.wagtail.org for new versions from the staff member's browser; operators
# follow Wagtail's releases themselves (docs/deploy.md).
WAGTAIL_ENABLE_UPDATE_CHECK = False

# Security headers -------------------------------------------------------------------------------------
# Sent in every environment by sigap.security, so the browser journeys run under the policy production
# sends. No 'unsafe-inline' and no 'unsafe-eval' anywhere: Sigap's pages and Wagtail's admin run no inline
# script or style (Wagtail's few inline starters are replaced, see sigap/templates/wagtailadmin/).
# frame-ancestors follows X-Frame-Options: 'none', or 'self' for Wagtail's preview in the page editor.
SECURE_CSP = {
    "default-src": ["'self'"],
    "script-src": ["'self'"],
    # Two <style> elements Draftail (the rich-text editor) writes, allowed by their exact contents: empty
    # (its hint is turned off, see sigap/admin_widgets.py) and its list numbering, which never changes.
    "style-src": [
        "'self'",
        "'sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU='",
        "'sha256-Mhr2Q/2u+/s2WzwlFRrqCw7x0IU+emukGS8Q9RtPZ44='",
    ],
    # data: for the QR code allauth draws when a staff member sets up their authenticator; blob: for the
    # previews Wagtail shows of images chosen for upload, before they are sent.
    "img-src": ["'self'", "data:", "blob:"],
    "font-src": ["'self'"],
    "connect-src": ["'self'"],
    "media-src": ["'self'"],
    # Video blocks embed players from these hosts (Wagtail's oEmbed finder); Wagtail's preview is 'self'.
    "frame-src": [
        "'self'",
        *env_list(
            "CSP_FRAME_SRC",
            [
                "https://www.youtube-nocookie.com",
                "https://www.youtube.com",
                "https://player.vimeo.com",
            ],
        ),
    ],
    "object-src": ["'none'"],
    "base-uri": ["'self'"],
    "form-action": ["'self'"],
}
# Powerful browser features no Sigap page uses, off for every page and anything embedded in it.
PERMISSIONS_POLICY = {
    feature: []
    for feature in [
        "accelerometer",
        "camera",
        "geolocation",
        "gyroscope",
        "magnetometer",
        "microphone",
        "payment",
        "usb",
    ]
}
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"

# Logging: requests and errors only. Personal data (names, e-mails) never goes to the logs (UU 27/2022).
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {"plain": {"format": "%(asctime)s %(levelname)s %(name)s %(message)s"}},
    "handlers": {"console": {"class": "logging.StreamHandler", "formatter": "plain"}},
    "root": {"handlers": ["console"], "level": env_str("LOG_LEVEL", "WARNING")},
}
