"""English dates and times as people in the UK write them: "26 March 2025", "2:30 p.m.".

Django's own English formats are American ("March 26, 2025"). Only the
formats the site shows are set; everything else (such as the formats forms
accept) comes from Django. Other languages use Django's formats for them.
"""

DATE_FORMAT = "j F Y"
TIME_FORMAT = "P"
DATETIME_FORMAT = "j F Y, P"
MONTH_DAY_FORMAT = "j F"
SHORT_DATE_FORMAT = "d/m/Y"
