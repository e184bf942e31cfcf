"""The Checks panel's plain-language section: the preview's text measured in its language, against the targets."""

from django.http import HttpResponseBadRequest
from django.template.response import TemplateResponse
from django.utils.translation import get_language_info
from django.views.generic import View

from hub.readability.forms import CheckForm
from hub.readability.measures import check
from hub.readability.models import ReadabilityTargets


def language_name(code):
    try:
        return get_language_info(code)["name_translated"]
    except KeyError:
        return code


class PlainLanguageCheckView(View):
    """Answers ``hub/readability/static/readability/plain-language.js`` with the section's HTML."""

    http_method_names = ["post"]

    def post(self, request):
        form = CheckForm(request.POST)
        if not form.is_valid():
            return HttpResponseBadRequest(form.errors.as_text(), content_type="text/plain; charset=utf-8")
        targets = ReadabilityTargets.for_request(request).targets_for(form.cleaned_data["page_type"])
        report = check(form.cleaned_data["text"], form.cleaned_data["language"], targets)
        return TemplateResponse(
            request,
            "readability/admin/report.html",
            {"report": report, "language_name": language_name(report.language)},
        )
