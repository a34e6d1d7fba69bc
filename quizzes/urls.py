from django.urls import path

from . import views

app_name = "quizzes"

urlpatterns = [
    path("<int:quiz_id>/start/", views.start, name="start"),
    path("attempts/<uuid:attempt_id>/", views.result, name="result"),
    path("attempts/<uuid:attempt_id>/review/", views.review, name="review"),
    path("attempts/<uuid:attempt_id>/submit/", views.submit, name="submit"),
    path("attempts/<uuid:attempt_id>/<int:number>/", views.question, name="question"),
    path("attempts/<uuid:attempt_id>/<int:number>/autosave/", views.autosave, name="autosave"),
]
