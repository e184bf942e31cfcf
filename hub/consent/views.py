from django.http import HttpResponseRedirect
from django.shortcuts import render
from django.utils.http import url_has_allowed_host_and_scheme
from django.views.decorators.http import require_POST

from hub.consent.choices import categories_in_use, services_for, set_choice_cookie
from hub.consent.forms import ConsentForm


@require_POST
def save_choice(request):
    """Remember the visitor's answer from the banner or the cookies page, then go back where they were."""
    form = ConsentForm(request.POST, action=request.path)
    if not form.is_valid():
        return render(request, "pages/feedback/expired.html", status=400)
    next_url = form.cleaned_data["next"]
    if not url_has_allowed_host_and_scheme(next_url, allowed_hosts={request.get_host()}, require_https=False):
        next_url = "/"
    response = HttpResponseRedirect(next_url, status=303)
    in_use = categories_in_use(services_for(request))
    if in_use and not form.is_spam:
        choice = form.cleaned_data["choice"]
        accepted = {"accept": set(in_use), "reject": set()}.get(choice, set(form.cleaned_data["categories"]))
        set_choice_cookie(response, request, accepted)
    return response
