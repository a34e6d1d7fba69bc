"""Course outlines list quizzes, so publishing or removing a quiz refreshes them (courses/caching.py)."""

from django.db.models.signals import post_delete
from django.dispatch import receiver

from wagtail.signals import page_published, page_unpublished

from courses.caching import content_changed

from .models import QuizPage


@receiver(page_published, sender=QuizPage)
@receiver(page_unpublished, sender=QuizPage)
@receiver(post_delete, sender=QuizPage)
def _quiz_changed(sender, instance, **kwargs):
    content_changed()
