"""Demo content for the blog: the news index, authors, categories, posts and events.

The three past events are event pages in their write-up state; the two
upcoming events are dated from the day the demo is loaded, so they start out
upcoming.
"""

import datetime
import zoneinfo

from django.conf import settings
from django.utils import timezone
from wagtail.models import Locale

from blog.models import Author, BlogIndexPage, BlogPage, BlogPageAuthor, Category, EventPage, PostType
from hub.demo import child_page, demo_image, figure, heading, stream, text
from hub.demo.site import add_link

LONDON = zoneinfo.ZoneInfo(settings.TIME_ZONE)


def at(day, hour, minute=0):
    return datetime.datetime.combine(day, datetime.time(hour, minute), tzinfo=LONDON)


def author(name, role, bio, lived_experience=False):
    found, _ = Author.objects.get_or_create(
        name=name,
        locale=Locale.get_default(),
        defaults={"role": role, "bio": bio, "lived_experience": lived_experience},
    )
    return found


def category(name, slug, description):
    found, _ = Category.objects.get_or_create(
        slug=slug, locale=Locale.get_default(), defaults={"name": name, "description": description}
    )
    return found


def add_post(index, model, slug, *, authors=(), tags=(), **fields):
    """The post with this slug under ``index``, created and published with its authors and tags if missing."""
    existing = index.get_children().filter(slug=slug).first()
    if existing:
        return existing.specific
    page = model(
        slug=slug,
        post_authors=[BlogPageAuthor(author=person, sort_order=position) for position, person in enumerate(authors)],
        **fields,
    )
    page.tags.add(*tags)
    index.add_child(instance=page)
    page.save_revision().publish()
    return page


def build(home):
    index = child_page(
        home,
        BlogIndexPage,
        "news",
        title="News and stories",
        introduction=(
            "What people who use our services, carers and staff have been doing together: event write-ups, "
            "stories, reports and what is coming up next."
        ),
    )
    add_link(home, index, "primary")

    team = author(
        "Co-production team",
        "Involvement and co-production",
        "We support service users and carers to take part in planning, running and checking our services.",
    )
    peer = author(
        "Peer support worker",
        "Community mental health team",
        "Uses their own experience of mental ill health and recovery to support others, and writes about it here.",
        lived_experience=True,
    )
    experience = author(
        "Patient experience team",
        "Patient experience",
        "Listens to what people say about our services and makes sure it reaches the people who decide.",
    )
    improvement = author(
        "Quality improvement team",
        "Quality improvement",
        "Helps staff and service users test small changes and keep the ones that work.",
    )

    events = category("Events", "events", "Write-ups of our events and what is coming up.")
    coproduction = category("Co-production", "co-production", "How service users, carers and staff work as equals.")
    improvement_category = category(
        "Quality improvement", "quality-improvement", "Projects that test and measure changes to care."
    )
    leadership = category(
        "Lived experience leadership",
        "lived-experience-leadership",
        "Paid roles and careers for people with lived experience.",
    )
    volunteering = category("Volunteering", "volunteering", "Volunteer roles and the people who do them.")

    add_post(
        index,
        EventPage,
        "service-user-celebration-event",
        title="Service User Celebration Event: more than 70 of us in one room",
        summary=(
            "More than 70 service users, carers and staff spent a Tuesday in March celebrating what we have "
            "changed together, and planning what comes next."
        ),
        hero_image=demo_image(
            "Celebration event",
            "Bright circles scattered over blue and white bands, an illustration of a room full of people celebrating.",
            seed=11,
        ),
        start=at(datetime.date(2024, 3, 26), 10),
        end=at(datetime.date(2024, 3, 26), 15),
        venue_name="Riverside Community Hall",
        venue_address="2 Mill Lane\nRiverside\nRV1 3CD",
        step_free_access=True,
        hearing_loop=True,
        quiet_room=True,
        cost="Free, with lunch and travel costs paid",
        audience="Anyone who uses our services, their carers and our staff",
        body=stream(
            text(
                "<p>Join us for a day of talks, activities and a film, all about what service users and carers "
                "have changed at Riverside this year.</p>"
            )
        ),
        attendance=70,
        highlights=(
            "Talks from service users and carers about changes they led\n"
            "Hands-on activities and a creative corner\n"
            "The first screening of our Patient and Carer Stories film\n"
            "A session on equity, inclusion and our Culture of Care"
        ),
        write_up=stream(
            text(
                "<p>On Tuesday 26 March more than 70 people came together at Riverside Community Hall to "
                "celebrate a year of working as equals. Service users, carers, volunteers and staff shared the "
                "stage, and the day was planned by a group that included all of them.</p>"
            ),
            heading("Equity, inclusion and a Culture of Care"),
            text(
                "<p>The talks kept coming back to three themes. Equity: making sure the people least heard by "
                "services are heard first. Inclusion: making every meeting and role open to people whatever their "
                "background or needs. And a Culture of Care on our wards that is trauma-informed, autism-informed "
                "and anti-racist.</p>"
            ),
            (
                "pull_quote",
                {"quote": "Nobody in the room was there as a diagnosis. Everyone was there as a partner."},
            ),
            heading("Stories that reach the people who decide"),
            text(
                "<p>We showed the first film from our Patient and Carer Stories project, which brings people's own "
                "accounts of our services to the board and to the teams who plan care. Several people asked how "
                "they could tell their story too: you can, with as much or as little of your name as you like.</p>"
            ),
        ),
        call_to_action_text="Share your story with us",
        authors=[experience],
        categories=[events, coproduction],
        tags=["celebration", "Patient and Carer Stories"],
    )

    add_post(
        index,
        EventPage,
        "co-production-conference-world-mental-health-day",
        title="Co-production Conference on World Mental Health Day",
        summary=(
            "More than 120 people joined our Co-production Conference on World Mental Health Day to hear how "
            "people with lived experience are changing our services, and how to join them."
        ),
        hero_image=demo_image(
            "Co-production conference",
            "Green and white rings over layered green waves, an illustration of many voices joining a conversation.",
            seed=12,
        ),
        start=at(datetime.date(2024, 10, 10), 9, 30),
        end=at(datetime.date(2024, 10, 10), 16),
        venue_name="Riverside Conference Centre",
        venue_address="10 Quay Street\nRiverside\nRV2 1EF",
        step_free_access=True,
        hearing_loop=True,
        quiet_room=True,
        bsl_interpreter=True,
        cost="Free",
        audience="Service users, carers, staff and partners",
        body=stream(
            text(
                "<p>A day for everyone interested in co-production, organised by our Co-production Champions "
                "Network and the Patient Experience Team.</p>"
            )
        ),
        attendance=120,
        highlights=(
            "Patient Safety Partners on how they help investigate and prevent harm\n"
            "Peer workers on using their own recovery to support others\n"
            "Students on the Buddy Scheme run by our Lived Experience Education team\n"
            "A new service-user network for people using the first-episode psychosis service"
        ),
        write_up=stream(
            text(
                "<p>Thursday 10 October was World Mental Health Day, and more than 120 people spent it with us. "
                "The conference was planned by our Co-production Champions Network with the Patient Experience "
                "Team, and most of the speakers had lived experience of our services.</p>"
            ),
            heading("Roles you heard about"),
            text(
                "<p>Patient Safety Partners explained how they sit on safety groups and help look into incidents. "
                "Peer workers talked about what it means to bring your own recovery to work. The Lived Experience "
                "Education team described the Buddy Scheme, which pairs students with people who have used "
                "services. And service users of the first-episode psychosis service launched their own network.</p>"
            ),
            heading("Want to volunteer?"),
            text(
                "<p>Many people asked how to get started. Look at the roles on this site, or email "
                "involvement@riverside.example and someone from the team will call you back.</p>"
            ),
        ),
        authors=[team],
        categories=[events, coproduction, volunteering],
        tags=["World Mental Health Day", "peer workers"],
    )

    add_post(
        index,
        EventPage,
        "national-co-production-week-sharing-power",
        title="National Co-production Week: Sharing Power",
        summary=(
            "For National Co-production Week, on the theme 'Sharing Power', we looked back at a year of working "
            "together, from 66 Recovery Academy courses to 119 volunteers."
        ),
        hero_image=demo_image(
            "Sharing power",
            "Purple and pink bands with white circles linking across them, an illustration of power being shared.",
            seed=13,
        ),
        start=at(datetime.date(2024, 7, 1), 9),
        end=at(datetime.date(2024, 7, 5), 17),
        is_online=True,
        venue_name="Riverside House",
        venue_address="1 Mill Lane\nRiverside\nRV1 2AB",
        step_free_access=True,
        cost="Free",
        audience="Everyone",
        body=stream(text("<p>A week of open sessions, online and at Riverside House, on sharing power.</p>")),
        highlights=(
            "66 Recovery Academy courses, designed and taught by 97 tutors, 33 of them with lived experience\n"
            "92% of service users who answered our survey said they were involved in their own care\n"
            "317 service users and 80 carers took part in meetings, audits, inspections, recruitment and training in one quarter\n"
            "119 volunteers, including 41 activity assistants and 34 peer mentors"
        ),
        write_up=stream(
            text(
                "<p>The theme of this year's National Co-production Week, from 1 to 5 July, was 'Sharing Power'. "
                "We used it to count how much power we really share, and where we still fall short.</p>"
            ),
            heading("The numbers"),
            text(
                "<p>Our Recovery Academy ran 66 courses, each designed and taught together by 97 tutors, 33 of "
                "whom have lived experience. In a single quarter, 317 service users and 80 carers helped us through "
                "meetings, audits, inspections, staff recruitment and training. 92% of the service users who "
                "answered our survey said they were involved in decisions about their care.</p>"
            ),
            (
                "you_said_we_did",
                {
                    "heading": "You said, we did",
                    "pairs": [
                        {
                            "you_said": "Days on the ward can be long, and boredom makes everything harder.",
                            "we_did": "We created the activity assistant volunteer role. 41 of our 119 volunteers now do it.",
                        },
                        {
                            "you_said": "Local service-user groups should have a direct line to the people who run the Trust.",
                            "we_did": "We created a paid lived-experience role that connects those groups to our executive team.",
                        },
                    ],
                },
            ),
            text("<p>We also have 34 peer mentors, who use their own experience to support people in recovery.</p>"),
        ),
        authors=[team, peer],
        categories=[events, coproduction, volunteering],
        tags=["Co-production Week", "Recovery Academy"],
    )

    add_post(
        index,
        BlogPage,
        "improving-community-mental-health-care-together",
        title="Improving community mental health care, together",
        post_type=PostType.STORY,
        date=datetime.date(2025, 5, 14),
        summary=(
            "A peer support worker describes a quality improvement project that service users and staff ran as "
            "equals, and what made it work."
        ),
        hero_image=demo_image(
            "Working together",
            "Teal and yellow bands with overlapping white rings, an illustration of a team working side by side.",
            seed=14,
        ),
        body=stream(
            text(
                "<p>When our community team set out to shorten the wait between a first appointment and the start "
                "of support, they did not write the plan and then ask for comments. Four of us with lived "
                "experience were part of the project from the first meeting.</p>"
            ),
            heading("What made it work"),
            text(
                "<ul><li><b>Being treated as equals.</b> Our ideas were tested in the same way as anyone's.</li>"
                "<li><b>Being trusted.</b> We looked at the real data, not a tidied-up version.</li>"
                "<li><b>Being listened to.</b> When we said a letter was frightening, it was rewritten with us.</li>"
                "<li><b>Talking about hope.</b> We kept asking what would help people feel things could get better.</li></ul>"
            ),
            (
                "quote",
                {
                    "quote": "For the first time I felt my experience was expertise, not just a story.",
                    "attribution": "Project member with lived experience",
                },
            ),
            text(
                "<p>The project is still going. If you would like to help with the next one, there is a role for "
                "you, and we pay for your time.</p>"
            ),
        ),
        authors=[peer, improvement],
        categories=[improvement_category, coproduction],
        tags=["quality improvement", "community services"],
    )

    add_post(
        index,
        BlogPage,
        "lived-experience-leadership",
        title="Lived experience leadership: from patchy involvement to paid careers",
        post_type=PostType.REPORT,
        date=datetime.date(2022, 12, 7),
        summary=(
            "Our paper on lived experience leadership says involvement is too often patchy and tokenistic, and "
            "sets out paid roles and career paths for people with lived experience at every level."
        ),
        hero_image=demo_image(
            "Leadership paper",
            "Dark blue and grey bands rising like steps, with white circles above, an illustration of a career path.",
            seed=15,
        ),
        body=stream(
            text(
                "<p>Too often, people with lived experience are asked for their views once the big decisions have "
                "been made, or asked to give their time for free while everyone else in the room is paid. Our "
                "paper calls this what it is: patchy, and sometimes tokenistic.</p>"
            ),
            heading("What we are calling for"),
            text(
                "<ul><li>Paid roles for people with lived experience, not only volunteering.</li>"
                "<li>Career paths, so people can grow from a first involvement role to leading services.</li>"
                "<li>Lived experience leaders at every level, up to the board.</li></ul>"
            ),
            (
                "inset_text",
                {
                    "body": "<p>Involvement payments can affect some benefits. Talk to our involvement team before "
                    "you start a paid role and we will help you check.</p>"
                },
            ),
        ),
        authors=[team],
        categories=[leadership],
        tags=["report", "paid roles"],
    )

    add_post(
        index,
        BlogPage,
        "patient-and-carer-stories-reach-the-board",
        title="Your stories are now heard at every board meeting",
        post_type=PostType.NEWS,
        date=datetime.date(2026, 2, 10),
        summary=(
            "Every meeting of our board now starts with a story from a patient or carer, told in their own words "
            "and followed up at the next meeting."
        ),
        hero_image=demo_image(
            "Board stories",
            "Blue bands with white circles gathered around the centre, an illustration of people listening to a story.",
            seed=16,
        ),
        hero_image_alt_text="An illustration of white circles gathered around a centre, like people listening to a story.",
        body=stream(
            text(
                "<p>Since January, each board meeting has opened with a story from the Patient and Carer Stories "
                "project. Some are told in person, some on film and some read out by a volunteer, as the "
                "storyteller chooses.</p>"
            ),
            figure(
                demo_image(
                    "Story circle",
                    "Chairs set out in a circle around a single chair, ready for a storyteller.",
                    seed=21,
                ),
                "Board members and a storyteller sitting together in a circle of chairs.",
                caption="The board listens before it talks.",
            ),
            text(
                "<p>After each story the board agrees what it will do, and reports back at the next meeting. "
                "Storytellers are paid for their time and can stop at any point.</p>"
            ),
        ),
        authors=[experience],
        categories=[coproduction],
        tags=["Patient and Carer Stories"],
    )

    today = timezone.localdate()
    cafe_day = today + datetime.timedelta(days=21)
    add_post(
        index,
        EventPage,
        "co-production-cafe-online",
        title="Co-production café (online)",
        summary="An informal hour online to find out about co-production at Riverside and ask anything you like.",
        start=at(cafe_day, 18),
        end=at(cafe_day, 19, 30),
        is_online=True,
        booking=EventPage.Booking.EMAIL,
        booking_email="involvement@riverside.example",
        cost="Free",
        audience="Anyone curious about getting involved, including carers",
        body=stream(
            text(
                "<p>Bring a cup of tea and your questions. People who already take part will talk about what they "
                "do and how they started. You can keep your camera off and just listen.</p>"
            )
        ),
        authors=[team],
        categories=[events, coproduction],
        tags=["café"],
    )
    open_day = today + datetime.timedelta(days=45)
    add_post(
        index,
        EventPage,
        "recovery-academy-open-day",
        title="Recovery Academy open day",
        summary=(
            "Meet the tutors, many of whom have lived experience, try a taster session and find a course that "
            "suits you."
        ),
        hero_image=demo_image(
            "Recovery Academy",
            "Green bands with white circles rising upward, an illustration of learning and growth.",
            seed=17,
        ),
        start=at(open_day, 10),
        end=at(open_day, 14),
        venue_name="Riverside Recovery Academy",
        venue_address="5 College Road\nRiverside\nRV3 4GH",
        step_free_access=True,
        hearing_loop=True,
        quiet_room=True,
        accessibility_notes="Accessible toilets on the ground floor. Two accessible parking spaces by the door.",
        cost="Free",
        audience="Anyone who uses our services, carers and staff",
        booking=EventPage.Booking.FORM,
        places=12,
        waiting_list=True,
        privacy_notice=home.get_children().filter(slug="privacy-notice").first(),
        body=stream(
            text(
                "<p>Our courses are designed and taught by tutors with lived experience working alongside "
                "clinicians. The taster session room holds twelve people, so please book a place; if they are "
                "all taken, join the waiting list and we will email you if one comes free.</p>"
            )
        ),
        authors=[team],
        categories=[events],
        tags=["Recovery Academy"],
    )
