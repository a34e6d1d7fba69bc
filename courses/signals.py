"""Keep cached course outlines in step with publishing (Wagtail's page signals)."""

from django.db.models.signals import post_delete
from django.dispatch import receiver

from wagtail.signals import page_published, page_unpublished, post_page_move

from .models import CoursePage, LessonPage, ModulePage
from .selectors import outline_changed

COURSE_TREE = (CoursePage, ModulePage, LessonPage)


@receiver(page_published)
@receiver(page_unpublished)
def _page_changed(sender, instance, **kwargs):
    if isinstance(instance, COURSE_TREE):
        outline_changed()


@receiver(post_page_move)
def _page_moved(sender, instance, **kwargs):
    outline_changed()


@receiver(post_delete, sender=LessonPage)
@receiver(post_delete, sender=ModulePage)
def _page_deleted(sender, instance, **kwargs):
    outline_changed()
