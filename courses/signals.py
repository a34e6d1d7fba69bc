"""Cached course content follows publishing and library edits (see courses/caching.py)."""

from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver

from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.signals import page_published, page_unpublished, post_page_move

from .caching import content_changed
from .models import CourseIndexPage, CoursePage, GlossaryTerm, LessonPage, ModulePage, Regulation

COURSE_PAGES = (CourseIndexPage, CoursePage, ModulePage, LessonPage)


@receiver(page_published)
@receiver(page_unpublished)
def _page_changed(sender, instance, **kwargs):
    if isinstance(instance, COURSE_PAGES):
        content_changed()


@receiver(post_page_move)
def _page_moved(sender, instance, **kwargs):
    content_changed()


def _library_changed(sender, instance, **kwargs):
    content_changed()


for model in (*COURSE_PAGES, Regulation, GlossaryTerm, get_image_model(), get_document_model()):
    post_delete.connect(
        _library_changed, sender=model, dispatch_uid=f"sigap-content-delete-{model.__name__}"
    )
for model in (Regulation, GlossaryTerm, get_image_model(), get_document_model()):
    post_save.connect(
        _library_changed, sender=model, dispatch_uid=f"sigap-content-save-{model.__name__}"
    )
