from .pages import CourseIndexPage, CoursePage, LessonPage, ModulePage
from .progress import Enrolment, LessonProgress, ReflectionAnswer
from .snippets import GlossaryTerm, Regulation

__all__ = [
    "CourseIndexPage",
    "CoursePage",
    "Enrolment",
    "GlossaryTerm",
    "LessonPage",
    "LessonProgress",
    "ModulePage",
    "ReflectionAnswer",
    "Regulation",
]
