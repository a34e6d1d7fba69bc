"""Indonesian first: the interface language is the one the member chose with the switcher, else Indonesian.

Django's LocaleMiddleware would also follow the browser's Accept-Language header, and many members' phones are
set to English; Sigap speaks Indonesian to them until they pick English themselves.
"""

from django.conf import settings
from django.middleware.locale import LocaleMiddleware
from django.utils import translation


class ChosenLanguageMiddleware(LocaleMiddleware):
    def process_request(self, request):
        chosen = request.COOKIES.get(settings.LANGUAGE_COOKIE_NAME)
        supported = {code for code, _name in settings.LANGUAGES}
        language = chosen if chosen in supported else settings.LANGUAGE_CODE
        translation.activate(language)
        request.LANGUAGE_CODE = translation.get_language()
