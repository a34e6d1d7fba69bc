import os

from django.core.wsgi import get_wsgi_application

from sigap.requests import ReadableWSGIRequest

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "sigap.settings.production")

application = get_wsgi_application()
# A request whose Content-Type header Django cannot parse gets the site's 400 page instead of the server's
# bare 500 (sigap/requests.py).
application.request_class = ReadableWSGIRequest
