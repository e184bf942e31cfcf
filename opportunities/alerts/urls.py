from django.urls import path

from opportunities.alerts import views

app_name = "role_alerts"
urlpatterns = [
    path("confirm/<str:token>/", views.confirm, name="confirm"),
    path("manage/<str:token>/", views.manage, name="manage"),
    path("unsubscribe/<str:token>/", views.unsubscribe, name="unsubscribe"),
]
