"""Open roles in the UK Volunteering Data Standard (JSON-LD), for brokerage platforms to list.

``/get-involved/roles.jsonld`` (a route of ``OpportunityIndexPage``) publishes
every open, public role under that listing, in the listing's language, as
organisation → activity → role, following https://standard.volunteeringdata.io.
Each role's rung on the ladder of co-production is published in one extension
term, ``ladderRung``, declared in the document's own context; docs/open-data.md
describes it so other services can adopt it. It is served through the page
cache like the listing, so publishing or closing a role changes it at once.
"""

from django.utils.html import strip_tags

from hub.models import TrustIdentity
from opportunities.models import Checks, Payment, Setting

CONTEXT = "https://api.volunteeringdata.io/context/v1"
VOCABULARY = "https://ns.volunteeringdata.io/"
LADDER_TERM = "ladderRung"
# Rewards and requirements the standard names (https://standard.volunteeringdata.io/requirement).
DBS_CHECK = f"{VOCABULARY}DBSCheck"
TRAINING_PROVIDED = f"{VOCABULARY}TrainingProvided"
EXPENSES_REIMBURSED = f"{VOCABULARY}ExpensesReimbursed"


def ladder_term_iri(listing, request):
    """The extension term's IRI: the ladder's explanation on the listing itself."""
    return f"{listing.get_full_url(request)}#ladder"


def role_data(role, request):
    url = role.get_full_url(request)
    data = {
        "type": "Role",
        "id": url,
        "title": role.title,
        "description": " ".join(filter(None, [role.summary, strip_tags(role.what_you_do).strip()])),
        "commitment": role.time_details,
        "applyLink": url + role.reverse_subpage("apply"),
        "allowsRemoteParticipation": role.setting == Setting.ONLINE,
        "minimumAge": str(role.minimum_age),
        "requirement": [DBS_CHECK] if role.checks != Checks.NONE else [],
        "reward": [TRAINING_PROVIDED]
        + ([EXPENSES_REIMBURSED] if role.payment in (Payment.EXPENSES, Payment.INVOLVEMENT) else []),
        LADDER_TERM: role.ladder_rung,
    }
    return data


def activity_data(role, request, organisation_id):
    url = role.get_full_url(request)
    activity = {
        "type": "Activity",
        "id": f"{url}#activity",
        "title": role.title,
        "description": role.summary,
        "organisation": organisation_id,
        "role": role_data(role, request),
    }
    if role.closing_date:
        activity["publishEnd"] = role.closing_date.isoformat()
    if role.setting != Setting.ONLINE and role.location:
        activity["session"] = {"location": {"name": role.location, "address": role.location}}
    return activity


def roles_document(listing, request):
    """The JSON-LD document for every open, public role under ``listing``."""
    identity = TrustIdentity.for_request(request)
    home_url = listing.get_parent().get_full_url(request)
    organisation_id = f"{home_url}#organisation"
    roles = listing.roles().select_related("locale")
    return {
        "@context": [CONTEXT, {LADDER_TERM: ladder_term_iri(listing, request)}],
        "graph": [
            {
                "type": "Organisation",
                "id": organisation_id,
                "name": identity.name,
                "website": home_url,
                "activity": [activity_data(role, request, organisation_id) for role in roles],
            }
        ],
    }
