from django.urls import path

from . import views

app_name = "certificates"

urlpatterns = [
    path("verify/<str:code>.json", views.verify_json, name="verify_json"),
    path("verify/<str:code>/", views.verify, name="verify"),
    path("me/certificates/", views.mine, name="mine"),
    path("me/certificates/<str:code>.pdf", views.download, name="download"),
    path("me/certificates/<str:code>/renew/", views.renew, name="renew"),
]
