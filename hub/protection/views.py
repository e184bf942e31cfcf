"""The page a refused form post gets, in the visitor's language."""

from django.shortcuts import render
from django.utils.translation import gettext as _


def csrf_failure(request, reason=""):
    """``CSRF_FAILURE_VIEW``: a post without a valid form token, or from another site.

    Django's own page talks about a CSRF cookie, which this site never sets for
    visitors (``hub.protection.tokens``); this one says what happened and what
    to do, and that nothing was stored, on the site's 403 page (``403.html``,
    also Django's ``handler403``). ``reason`` is Django's technical note: it
    stays in the log, not on the page.
    """
    context = {
        "heading": _("We could not accept this form"),
        "message": _(
            "Nothing you sent has been stored. The form may have come from another website, "
            "or the page was open for a long time. Go back, reload the page and send the form again."
        ),
    }
    return render(request, "403.html", context, status=403)
