from django.urls import path

from hub.consent import views

app_name = "consent"
urlpatterns = [path("", views.save_choice, name="save")]
