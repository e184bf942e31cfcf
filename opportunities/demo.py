"""Demo content: the get-involved page, role areas and ten roles.

Between them the roles use every filter value at least once (each says how it
fits around people's lives); one has closed
and one closes this week, with dates counted from the day the demo is built.
"""

import datetime

from wagtail.models import Page

from hub.demo import child_page
from hub.demo.site import add_link
from opportunities.models import (
    FIT_FIELDS,
    Area,
    HomePageFeaturedRole,
    OpportunityIndexPage,
    OpportunityPage,
    trust_today,
)

AREAS = {
    "community": "Community services",
    "wards": "Inpatient wards",
    "young-people": "Young people's services",
    "education": "Education and training",
    "equality": "Equality and inclusion",
    "safety": "Safety and quality",
}

LADDER = (
    "<p>Not every role gives you the same say. We use the <b>ladder of co-production</b> to be honest about it.</p>"
    "<ul>"
    "<li><b>Informing</b>: we tell you what is happening and answer your questions.</li>"
    "<li><b>Consulting</b>: we ask what you think before we decide, and tell you what we did with it.</li>"
    "<li><b>Engaging</b>: you take part regularly and your views shape the work.</li>"
    "<li><b>Co-design</b>: you help design something from the start, as an equal.</li>"
    "<li><b>Co-production</b>: you share the power to plan, run and check a service with staff.</li>"
    "</ul>"
    "<p>Each role tells you which rung it is on. The higher the rung, the more power you share.</p>"
)

VOLUNTEERING_TEAM = ("Volunteering team", "volunteering@riverside.example", "0300 123 4570")
INVOLVEMENT_TEAM = ("Involvement team", "involvement@riverside.example", "0300 123 4567")
PEER_TEAM = ("Peer work team", "peer.work@riverside.example", "0300 123 4580")

ROLES = [
    {
        "slug": "peer-mentor",
        "fits": ["flexible", "evenings"],
        "title": "Peer mentor",
        "summary": "Meet someone who is leaving hospital or starting with a community team, and share what helped you.",
        "kind": "volunteering",
        "time_commitment": "weekly",
        "time_details": "About two hours a week, at a time you agree with the person you mentor, for up to six months.",
        "setting": "community",
        "location": "Cafés, libraries and community centres across Riverside",
        "audience": "service-users",
        "areas": ["community"],
        "ladder_rung": "engaging",
        "what_you_do": "<ul><li>Meet one person at a time, somewhere they feel comfortable</li><li>Listen, and share your own experience when it helps</li><li>Help them find groups, courses and support near them</li></ul>",
        "payment": "expenses",
        "payment_details": "We pay your travel and a drink when you meet",
        "support": "<p>Four short training sessions before you start, a named supervisor, and a monthly get-together with other mentors.</p>",
        "who_it_suits": "<p>People with their own experience of mental ill health who feel ready to support someone else. You do not need any qualifications.</p>",
        "checks": "basic-dbs",
        "checks_reason": "because you meet people on your own. We pay for it",
        "adjustments": "<p>You can start with one meeting a fortnight and take a break whenever you need one.</p>",
        "closing": None,
        "places": 12,
        "contact": VOLUNTEERING_TEAM,
    },
    {
        "slug": "activity-assistant",
        "fits": ["evenings"],
        "title": "Activity assistant on our wards",
        "summary": "Run games, crafts, music or gardening with people staying on our wards, so days feel less long and empty.",
        "kind": "volunteering",
        "time_commitment": "weekly",
        "time_details": "One afternoon or one Saturday morning a week, for at least three months.",
        "setting": "ward",
        "location": "Riverside Hospital: Willow, Oak and Elm wards",
        "audience": "anyone",
        "areas": ["wards"],
        "ladder_rung": "informing",
        "what_you_do": "<ul><li>Plan a simple activity with the ward's occupational therapist</li><li>Run it with a member of staff nearby</li><li>Chat with people and tell staff what went well</li></ul>",
        "payment": "expenses",
        "payment_details": "We pay travel and give you a free meal on the days you volunteer",
        "support": "<p>A day's induction on safety and keeping boundaries, and a member of ward staff with you every session.</p>",
        "who_it_suits": "<p>Anyone with a hobby to share and some patience. Patients told us boredom was a real problem on the wards: this role exists because of them.</p>",
        "checks": "enhanced-dbs",
        "checks_reason": "because you spend time with patients on the ward. We pay for it",
        "adjustments": "<p>Quiet space to take a break, and you can volunteer with a friend.</p>",
        "closing": 45,
        "places": 20,
        "contact": VOLUNTEERING_TEAM,
    },
    {
        "slug": "patient-safety-partner",
        "fits": ["flexible"],
        "title": "Patient Safety Partner",
        "summary": "Bring the view of patients and carers to the groups that look into what went wrong and how to make care safer.",
        "kind": "paid-involvement",
        "time_commitment": "monthly",
        "time_details": "About eight hours a month: two meetings and some reading.",
        "setting": "community",
        "location": "Riverside House, or join meetings online",
        "audience": "service-users",
        "areas": ["safety"],
        "ladder_rung": "co-production",
        "what_you_do": "<ul><li>Sit on the patient safety group as an equal member</li><li>Help review incidents and the changes that follow</li><li>Check that what we learn reaches wards and teams</li></ul>",
        "payment": "involvement",
        "hourly_rate": "15.00",
        "payment_details": "Paid for meetings and preparation time, plus travel",
        "support": "<p>National patient safety training, a mentor who has done the role, and a debrief after difficult meetings.</p>",
        "who_it_suits": "<p>People who have used our services, or cared for someone who has, and want to make care safer for others.</p>",
        "checks": "none",
        "adjustments": "<p>Papers a week ahead, in large print if you like, and breaks in every meeting.</p>",
        "closing": 4,
        "places": 2,
        "contact": INVOLVEMENT_TEAM,
    },
    {
        "slug": "peer-support-worker",
        "fits": [],
        "title": "Peer support worker",
        "summary": "A paid job using your own experience of mental ill health to support people on our wards and in the community.",
        "kind": "paid-job",
        "time_commitment": "part-time",
        "time_details": "22.5 hours a week, over three or four days.",
        "setting": "ward",
        "location": "Riverside Hospital and the north community team",
        "audience": "service-users",
        "areas": ["wards", "community"],
        "ladder_rung": "co-production",
        "what_you_do": "<ul><li>Build hopeful, equal relationships with people in our care</li><li>Help them plan their own recovery</li><li>Bring the peer view to team meetings</li></ul>",
        "payment": "hourly",
        "hourly_rate": "12.85",
        "payment_details": "NHS Agenda for Change Band 3, with NHS pension and annual leave",
        "support": "<p>A paid peer support qualification, weekly supervision from a senior peer worker, and a network of peer workers across the Trust.</p>",
        "who_it_suits": "<p>People with lived experience of mental ill health who are ready for a paid role. We welcome people who have not worked for a while.</p>",
        "checks": "enhanced-dbs",
        "checks_reason": "because the job involves caring for people. We pay for it",
        "adjustments": "<p>We make reasonable adjustments at interview and at work, and guarantee an interview to disabled people who meet the essentials.</p>",
        "closing": 21,
        "places": 4,
        "contact": PEER_TEAM,
    },
    {
        "slug": "student-buddy",
        "fits": ["flexible", "caring"],
        "title": "Lived-experience educator and student buddy",
        "summary": "Help nursing and medical students understand mental ill health from the inside, and buddy a student through their placement.",
        "kind": "paid-involvement",
        "time_commitment": "monthly",
        "time_details": "A two-hour online session each month, and a short chat with your student every fortnight.",
        "setting": "online",
        "location": "Online, on Microsoft Teams",
        "audience": "anyone",
        "areas": ["education"],
        "ladder_rung": "co-design",
        "what_you_do": "<ul><li>Help design and lead teaching sessions with our education team</li><li>Buddy a student on placement and answer their questions</li></ul>",
        "payment": "involvement",
        "hourly_rate": "15.00",
        "support": "<p>Training in telling your story safely, and a co-tutor with you in every session.</p>",
        "who_it_suits": "<p>People who use our services or care for someone who does, and enjoy talking with people who are learning.</p>",
        "checks": "none",
        "adjustments": "<p>Camera off is fine. We can lend you a laptop and pay for data.</p>",
        "closing": None,
        "contact": INVOLVEMENT_TEAM,
    },
    {
        "slug": "storyteller",
        "fits": ["flexible", "caring", "evenings"],
        "title": "Patient and Carer Stories storyteller",
        "summary": "Tell the story of your care, in your own words, so that the people who make decisions hear it first-hand.",
        "kind": "volunteering",
        "time_commitment": "one-off",
        "time_details": "One conversation of about an hour, and a chance to check the finished story.",
        "setting": "online",
        "location": "Online or by phone",
        "audience": "carers",
        "areas": ["safety"],
        "ladder_rung": "consulting",
        "what_you_do": "<ul><li>Talk with one of our story gatherers</li><li>Decide how your story is told: written, audio or film, with or without your name</li><li>Hear back about what changed because of it</li></ul>",
        "payment": "voluntary",
        "support": "<p>A trained story gatherer, time to stop or pause, and a follow-up call afterwards.</p>",
        "who_it_suits": "<p>Carers and family members with a story about our services, good or bad.</p>",
        "checks": "none",
        "adjustments": "<p>You can bring someone with you and talk in your own language with an interpreter.</p>",
        "closing": 30,
        "contact": INVOLVEMENT_TEAM,
    },
    {
        "slug": "pcref-group-member",
        "fits": ["caring", "evenings"],
        "title": "PCREF group member",
        "summary": "Join our Patient and Carer Race Equality Framework group and help us tackle racism and unfair treatment in our services.",
        "kind": "group",
        "time_commitment": "monthly",
        "time_details": "A two-hour meeting one evening each month, with food.",
        "setting": "community",
        "location": "Community centres in Riverside, taking turns",
        "audience": "anyone",
        "areas": ["equality"],
        "ladder_rung": "co-design",
        "what_you_do": "<ul><li>Look at who uses our services and what happens to them</li><li>Design changes with staff, and check that they happen</li></ul>",
        "payment": "involvement",
        "hourly_rate": "15.00",
        "support": "<p>Meetings chaired by a member of the group, and a staff lead who reports to the Trust board.</p>",
        "who_it_suits": "<p>People from Black, Asian and other ethnic minority communities who use our services or care for someone who does. We especially want to hear from Black men.</p>",
        "checks": "none",
        "adjustments": "<p>Interpreters on request, and we pay for childcare or replacement care.</p>",
        "closing": None,
        "contact": INVOLVEMENT_TEAM,
    },
    {
        "slug": "recovery-college-co-tutor",
        "fits": ["caring"],
        "title": "Recovery college co-tutor",
        "summary": "Design and teach a recovery college course together with a tutor from our staff.",
        "kind": "paid-involvement",
        "time_commitment": "weekly",
        "time_details": "A two-hour class each week in school hours during a term, plus planning time.",
        "setting": "community",
        "location": "Riverside Recovery College, High Street",
        "audience": "service-users",
        "areas": ["education"],
        "ladder_rung": "co-production",
        "what_you_do": "<ul><li>Plan a course with a staff co-tutor</li><li>Teach it together, as equals</li><li>Change it based on what students tell you</li></ul>",
        "payment": "involvement",
        "hourly_rate": "15.00",
        "payment_details": "Paid for teaching and planning time",
        "support": "<p>A teaching skills course, observation and feedback, and a community of tutors with lived experience.</p>",
        "who_it_suits": "<p>People with lived experience of mental ill health who would like to teach. You do not need teaching experience.</p>",
        "checks": "basic-dbs",
        "checks_reason": "because you teach adults who may be unwell. We pay for it",
        "adjustments": "<p>You can start by sitting in on a course before you teach.</p>",
        "closing": 28,
        "places": 6,
        "contact": INVOLVEMENT_TEAM,
    },
    {
        "slug": "service-user-network-connector",
        "fits": ["flexible"],
        "title": "Service-user network connector",
        "summary": "A paid part-time role linking local service-user groups with the Trust's executive team.",
        "kind": "paid-job",
        "time_commitment": "part-time",
        "time_details": "15 hours a week, flexible.",
        "setting": "community",
        "location": "Across Riverside, based at Riverside House",
        "audience": "service-users",
        "areas": ["community"],
        "ladder_rung": "co-production",
        "what_you_do": "<ul><li>Visit local groups and hear what matters to them</li><li>Bring it to the executive team every month</li><li>Report back on what changed</li></ul>",
        "payment": "hourly",
        "hourly_rate": "13.50",
        "payment_details": "NHS Band 4, pro rata",
        "support": "<p>A director as your sponsor, coaching and a budget for group activities.</p>",
        "who_it_suits": "<p>People with lived experience who know local groups and are confident speaking up.</p>",
        "checks": "basic-dbs",
        "checks_reason": "because you work with groups of people who may be unwell",
        "closing": -3,
        "places": 1,
        "contact": INVOLVEMENT_TEAM,
    },
    {
        "slug": "young-peoples-interview-panel",
        "fits": [],
        "title": "Young people's interview panel member",
        "summary": "Help choose the staff who will work in our services for children and young people.",
        "kind": "paid-involvement",
        "time_commitment": "one-off",
        "time_details": "One day of interviews, and a one-hour briefing before.",
        "setting": "community",
        "location": "Riverside Children and Young People's Centre",
        "audience": "young-people",
        "areas": ["young-people"],
        "ladder_rung": "consulting",
        "what_you_do": "<ul><li>Plan questions with the staff panel</li><li>Interview candidates with a young people's panel</li><li>Score them and tell the main panel what you think</li></ul>",
        "payment": "involvement",
        "hourly_rate": "12.00",
        "payment_details": "Paid as a shopping voucher for under-18s, plus travel and lunch",
        "support": "<p>Recruitment training in a relaxed group, and a youth worker with you all day.</p>",
        "who_it_suits": "<p>Young people aged 14 to 25 who use, or have used, our services.</p>",
        "checks": "none",
        "minimum_age": 14,
        "adjustments": "<p>A parent or carer can come with you, and there is a quiet room all day.</p>",
        "closing": 14,
        "places": 5,
        "contact": INVOLVEMENT_TEAM,
    },
]


def build(home):
    privacy = Page.objects.filter(slug="privacy-notice").first()
    index = child_page(
        home,
        OpportunityIndexPage,
        "get-involved",
        title="Get involved",
        introduction="Ways to help shape our services: from a one-off conversation to a paid job. Choose what fits your life.",
        ladder_explained=LADDER,
        empty_text="Not found the right role? Tell us a little about yourself and we will get in touch when something suits you.",
        contact_email="involvement@riverside.example",
        privacy_notice=privacy,
    )
    add_link(home, index, "primary")

    areas = {}
    for slug, name in AREAS.items():
        areas[slug], _created = Area.objects.get_or_create(slug=slug, locale=home.locale, defaults={"name": name})

    today = trust_today()
    roles = {}
    for role in ROLES:
        fields = {
            key: value for key, value in role.items() if key not in ("slug", "areas", "fits", "closing", "contact")
        }
        fields.update({field: value in role["fits"] for value, field in FIT_FIELDS.items()})
        team, email, phone = role["contact"]
        closing = role["closing"]
        roles[role["slug"]] = page = child_page(
            index,
            OpportunityPage,
            role["slug"],
            closing_date=None if closing is None else today + datetime.timedelta(days=closing),
            contact_team=team,
            contact_email=email,
            contact_phone=phone,
            **fields,
        )
        if not page.areas.exists():
            page.areas.set([areas[slug] for slug in role["areas"]])
            page.save_revision().publish()

    if not home.featured_roles.exists():
        home.featured_roles = [
            HomePageFeaturedRole(role=roles[slug])
            for slug in ("patient-safety-partner", "peer-support-worker", "activity-assistant")
        ]
        home.save_revision().publish()
