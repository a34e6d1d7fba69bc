from django.urls import path

from . import views

app_name = "accounts"

urlpatterns = [
    path("", views.dashboard, name="dashboard"),
    path("profile/", views.profile_edit, name="profile"),
    path("data/", views.privacy, name="privacy"),
    path("data/download/", views.data_download, name="data_download"),
    path("delete/", views.delete_account, name="delete"),
]
