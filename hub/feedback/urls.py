from django.urls import path

from hub.feedback import views

app_name = "feedback"
urlpatterns = [
    path("send/", views.send, name="send"),
    path("more/", views.more, name="more"),
]
