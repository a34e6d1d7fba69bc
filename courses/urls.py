from django.urls import path

from . import views

app_name = "courses"

urlpatterns = [
    path("", views.my_learning, name="my_learning"),
    path("courses/<int:course_id>/enrol/", views.enrol, name="enrol"),
    path("courses/<int:course_id>/handbook.pdf", views.handbook, name="handbook"),
    path("lessons/<int:lesson_id>/complete/", views.complete_lesson, name="complete_lesson"),
    path(
        "lessons/<int:lesson_id>/reflections/<str:block_id>/",
        views.save_reflection,
        name="save_reflection",
    ),
]
