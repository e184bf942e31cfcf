"""How long things are kept, in words, for every template: visitors are told the figures the code enforces.

Templates say ``{{ periods.personal_data }}`` instead of writing "12 months",
so changing a setting changes what visitors read.
"""

from hub.privacy.retention import stated_periods


def periods(request):
    return {"periods": stated_periods()}
