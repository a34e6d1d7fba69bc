from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class QuizzesConfig(AppConfig):
    name = "quizzes"
    verbose_name = _("Quizzes")

    def ready(self):
        # Plug into the courses app through its own extension points: quizzes appear in course outlines,
        # and passing every required quiz is part of completing a course.
        from courses.completion import register_requirement
        from courses.selectors import register_quiz_source

        from . import signals  # noqa: F401
        from .selectors import course_quizzes, required_quizzes_passed

        register_quiz_source(course_quizzes)
        register_requirement(required_quizzes_passed)
