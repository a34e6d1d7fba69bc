from django.core.cache import cache

from .models import CourseIndexPage

CACHE_KEY = "sigap:catalogue-url"


def catalogue(request):
    """The catalogue's address for the header, cached (it changes only if the ministry moves the page)."""
    url = cache.get(CACHE_KEY)
    if url is None:
        page = CourseIndexPage.objects.live().first()
        url = page.url if page else ""
        cache.set(CACHE_KEY, url, 3600)
    return {"catalogue_url": url}
