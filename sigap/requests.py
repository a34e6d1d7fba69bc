"""Requests Sigap cannot read are answered 400 with the site's error page, never a server error.

Django decodes form bodies and query strings in the charset the client names. Three kinds of request get
past Django's own checks and then fail with an exception no view expects (a 500 on any URL):

- a Content-Type whose parameters cannot be parsed, e.g. ``charset*=nonexistent''x`` (RFC 2231): Django
  raises ValueError while building the request object itself, before any middleware, so not even the site's
  500 page is shown (the WSGI server's bare one is). ``ReadableWSGIRequest`` and ``ReadableASGIRequest``
  note the header as unreadable instead (sigap/wsgi.py and sigap/asgi.py use them);
- a charset Python knows only as a byte-to-byte codec (``rot13``, ``base64``, ``zlib`` …): Django accepts it
  and the first read of request.GET or request.POST raises LookupError (a wholly unknown charset is ignored
  by Django, which then reads UTF-8);
- bytes that are not text in the charset (``%FF%FE`` in UTF-8): Django quietly reads them as Latin-1, so a
  saved answer or search would hold garbled text. Sigap refuses such a query string or
  ``application/x-www-form-urlencoded`` body instead. (In a multipart body Django replaces such bytes with
  U+FFFD, the replacement character; that reaches no view as an exception and is left to Django.)

``ReadableRequestMiddleware`` checks all three before any other middleware or view reads the request, and
raises BadRequest, which Django answers with ``handler400`` (sigap.views.bad_request, site/templates/400.html)
in the member's language.
"""

from __future__ import annotations

import logging
import traceback
from pathlib import Path
from urllib.parse import unquote_to_bytes, urlsplit

from django.conf import settings
from django.core.exceptions import BadRequest
from django.core.handlers.asgi import ASGIRequest
from django.core.handlers.wsgi import WSGIRequest
from django.urls import reverse

from .views import bad_request

logger = logging.getLogger(__name__)

FORM_URLENCODED = "application/x-www-form-urlencoded"
BODY_METHODS = {"POST", "PUT", "PATCH", "DELETE"}


class ReadableContentTypeMixin:
    """A request whose Content-Type header cannot be parsed is built anyway, marked unreadable."""

    unreadable_content_type = False

    def _set_content_type_params(self, meta):
        try:
            super()._set_content_type_params(meta)
        except ValueError:
            self.content_type, self.content_params = "", {}
            self.unreadable_content_type = True


class ReadableWSGIRequest(ReadableContentTypeMixin, WSGIRequest):
    pass


class ReadableASGIRequest(ReadableContentTypeMixin, ASGIRequest):
    pass


def _is_text(data: bytes, encoding: str) -> bool:
    """Whether urlencoded ``data`` (a query string or form body) decodes as text in ``encoding``."""
    try:
        unquote_to_bytes(data.replace(b"+", b" ")).decode(encoding)
    except (UnicodeDecodeError, LookupError):
        return False
    return True


def unreadable(request) -> str | None:
    """Why ``request`` cannot be read as text (for the log), or None when it can."""
    if getattr(request, "unreadable_content_type", False):
        return "unreadable Content-Type header"
    encoding = request.encoding or settings.DEFAULT_CHARSET
    try:
        # Not b"".decode(): Python decodes nothing without asking whether the codec is one for text.
        "a".encode(encoding)
    except LookupError:
        return "charset is not a text encoding"
    except UnicodeError:
        pass  # a text encoding, if one without the letter "a"
    # As Django itself reads it (WSGIRequest.GET): the WSGI server hands over the raw bytes as Latin-1.
    query_string = request.META.get("QUERY_STRING", "").encode("iso-8859-1", errors="replace")
    if not _is_text(query_string, encoding):
        return "query string is not text in its charset"
    # Django reads a urlencoded body whole too (request.POST), within DATA_UPLOAD_MAX_MEMORY_SIZE.
    is_form = request.method in BODY_METHODS and request.content_type == FORM_URLENCODED
    if is_form and not _is_text(request.body, encoding):
        return "form body is not text in its charset"
    return None


class ReadableRequestMiddleware:
    """Refuses an unreadable request (see the module docstring) before anything else reads it.

    After the language middleware, so the 400 page speaks the member's language, and after the
    authentication middleware, so its header shows who is signed in; before every process_view (the CSRF
    check reads request.POST there) and every view.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        reason = unreadable(request)
        if reason is not None:
            # The error page may still look at request.GET: read it as Django would without a charset.
            request.encoding = settings.DEFAULT_CHARSET
            raise BadRequest(reason)
        return self.get_response(request)


class MalformedAdminPostMiddleware:
    """A malformed POST to the Wagtail admin is answered 400, where one of Wagtail's own views would fail.

    Several of Wagtail's admin views read a form's data without checking it is there, so a POST that lacks a
    field their JavaScript always sends fails with an exception instead of a form error: the page copy view
    reads ``new_parent_page`` outright, a StreamField's list block reads its ``-count`` field outright (every
    model with one, Sigap's certificate templates too), the external-link chooser cleans a missing URL as
    None, and a snippet chooser without a creation form still answers POSTs to its create URL. The request
    is at fault, not the server, so it gets the 400 page; the exception is logged as a warning (its type and
    where it was raised, never the data) so an upgrade that fixes or moves it is noticed.

    Only exceptions raised entirely inside Wagtail, Django and other installed packages are turned into a
    400: one that passed through Sigap's own code is Sigap's bug and stays a 500.
    """

    #: The exceptions the view code above raises when a field is missing or None.
    MALFORMED = (KeyError, AttributeError, TypeError, ValueError)

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        """A ``next`` that is no address is refused before the view acts: Wagtail's page lock and unschedule
        views lock or unschedule first and only then redirect to it, where Django's redirect() takes
        ``31251805`` or ``-1`` for a view's name and fails, after the change was made."""
        if request.method != "POST" or not _is_admin(request):
            return None
        for value in [*request.GET.getlist("next"), *request.POST.getlist("next")]:
            if (
                value
                and not value.startswith("/")
                and urlsplit(value).scheme not in {"http", "https"}
            ):
                return bad_request(request, None)
        return None

    def process_exception(self, request, exception):
        if request.method != "POST" or not isinstance(exception, self.MALFORMED):
            return None
        if not _is_admin(request):
            return None
        frames = traceback.extract_tb(exception.__traceback__)
        if any(_is_sigap_code(frame.filename) for frame in frames):
            return None
        where = frames[-1] if frames else None
        logger.warning(
            "Malformed admin POST to %s: %s in %s:%s",
            request.resolver_match.view_name if request.resolver_match else "?",
            type(exception).__name__,
            where and Path(where.filename).name,
            where and where.lineno,
        )

        return bad_request(request, exception)


def _is_admin(request) -> bool:
    return request.path_info.startswith(reverse("wagtailadmin_home"))


def _is_sigap_code(filename: str) -> bool:
    path = Path(filename).resolve()
    root = Path(settings.BASE_DIR).resolve()
    return path.is_relative_to(root) and not any(
        part in {".venv", "site-packages", "dist-packages"} for part in path.relative_to(root).parts
    )
