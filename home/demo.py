"""Demo content for the home page and the standard pages."""

from home.models import StandardPage
from hub.demo import child_page, demo_image, heading, stream, text
from hub.demo.site import add_link


def build(home):
    if not home.introduction:
        home.hero_image = demo_image(
            "Circles of colour",
            "Blue and white circles overlapping above gentle waves, an illustration of people joining together.",
            seed=1,
        )
        home.introduction = (
            "<p><b>Co-production</b> means that people who use our services, their carers and our staff "
            "plan, run and check services together, as equals. Nothing about you should be decided without you.</p>"
        )
        home.body = stream(
            heading("Ways to take part"),
            text(
                "<p>You can give an hour, join a group, or take a paid role. You do not need experience "
                "of committees or meetings. We will support you and pay or cover costs where we can.</p>"
            ),
        )
        home.save_revision().publish()

    about = child_page(
        home,
        StandardPage,
        "about-co-production",
        title="What co-production means here",
        introduction="How people who use our services, carers and staff work together as equals, and how much say each role gives you.",
        body=stream(
            heading("Working as a team of equals"),
            text(
                "<p>Co-production is more than asking for opinions once a plan is made. It means sharing the "
                "power to decide: people with lived experience help to design, deliver and judge our services "
                "from the start.</p>"
            ),
            heading("The ladder of co-production"),
            text(
                "<p>We use the ladder of co-production from Think Local Act Personal to be honest about how much "
                "say a role gives you. The lower rungs are about doing things <i>to</i> or <i>for</i> people: "
                "informing, consulting and engaging. The top rungs, co-design and co-production, are about doing "
                "things <i>with</i> people. Every role on this site tells you which rung it sits on.</p>"
            ),
            (
                "inset_text",
                {
                    "body": "<p>If a role only asks for your views, it will say so. We would rather be honest than tokenistic.</p>"
                },
            ),
            heading("You said, we did"),
            text(
                "<p>When people tell us something needs to change, we report back on what we did about it. "
                "For example, inpatients told us that days on the ward could be long and empty, so we created "
                "activity assistant volunteer roles.</p>"
            ),
        ),
    )
    add_link(home, about, "primary")

    statement = child_page(
        home,
        StandardPage,
        "accessibility-statement",
        title="Accessibility statement",
        introduction="How accessible this website is, how we test it, and how to ask for help or report a problem.",
        body=stream(
            text(
                "<p>This website is run by Riverside Mental Health NHS Foundation Trust. We want as many people as "
                "possible to be able to use it. For example, you should be able to:</p>"
                "<ul><li>change colours, contrast levels and fonts using the text size and contrast controls at the top "
                "of every page or your browser settings</li><li>zoom in up to 400% without the text spilling off the "
                "screen</li><li>get around the website using just a keyboard</li><li>get around the website using "
                "speech recognition software</li><li>listen to the website using a screen reader</li></ul>"
                "<p>We have also made the text as simple as possible to understand.</p>"
            ),
            heading("How accessible this website is"),
            text(
                "<p>We believe this website meets the Web Content Accessibility Guidelines (WCAG) version 2.2 at "
                "level AA. Some older documents, such as PDF reports, may not be fully accessible.</p>"
            ),
            heading("Feedback and contact information"),
            text(
                "<p>If you need information on this website in a different format, such as accessible PDF, large "
                "print, easy read, audio recording or braille, email accessibility@riverside.example or call "
                "0300 123 4567. We will reply within 5 working days.</p>"
            ),
            heading("Reporting accessibility problems with this website"),
            text(
                "<p>We are always looking to improve the accessibility of this website. If you find any problems "
                "not listed on this page or think we are not meeting accessibility requirements, email "
                "accessibility@riverside.example.</p>"
            ),
            heading("Enforcement procedure"),
            text(
                "<p>The Equality and Human Rights Commission (EHRC) is responsible for enforcing the Public Sector "
                "Bodies (Websites and Mobile Applications) (No. 2) Accessibility Regulations 2018. If you are not "
                "happy with how we respond to your complaint, contact the Equality Advisory and Support Service "
                "(EASS).</p>"
            ),
            heading("How we tested this website"),
            text(
                "<p>Every change to this website is checked automatically in a real browser with the axe "
                "accessibility engine, in every contrast mode and at the largest text size, and its HTML is "
                "validated. People also test it with a keyboard and a screen reader before major releases.</p>"
            ),
            heading("Preparation of this accessibility statement"),
            text("<p>This statement was prepared on 22 November 2026. It will be reviewed every year.</p>"),
        ),
    )
    privacy = child_page(
        home,
        StandardPage,
        "privacy-notice",
        title="Privacy notice",
        introduction="What we keep when you use this website, why, who sees it, how long we keep it and your rights.",
        body=stream(
            heading("Who we are"),
            text(
                "<p>Riverside Mental Health NHS Foundation Trust runs this website and decides how the information "
                "you give us is used. You can write to our data protection officer at dpo@riverside.example.</p>"
            ),
            heading("Reading the website"),
            text(
                "<p>We do not record who reads our pages. To stop people flooding our forms, we keep a scrambled "
                "version of your internet address for up to an hour after you send one. It cannot be turned back "
                "into the address and is never written to our records.</p>"
            ),
            heading("Page feedback"),
            text(
                "<p>If you answer 'Was this page useful?', we keep your answer, the page, its language and "
                "the time. Nothing else about you. If you add a comment, we keep it for 12 months and then delete "
                "it; please do not put your name or anything about your health in it. Our communications team "
                "reads the answers to improve the website.</p>"
            ),
            heading("The newsletter"),
            text(
                "<p>If you sign up, we keep your email address, the time you agreed, the time you confirmed and the "
                "language you used. We send you one email to check the address is yours. If you do not confirm "
                "within 30 days, we delete your address. Every email has a link to unsubscribe; 30 days after you "
                "unsubscribe we delete your address. Only our communications team can see the list. We do not "
                "give it to anyone else.</p>"
            ),
            heading("Sharing your story"),
            text(
                "<p>Your story may include information about your health or someone else's. The law calls this "
                "special category data, so we only keep it if you tick the box to give your explicit consent. "
                "Only the small stories team can read stories. They get an email saying a new story has arrived, "
                "but the email does not contain your story. We delete stories 12 months after you send them, and "
                "we never publish anything without checking with you first.</p>"
            ),
            heading("Saying you are interested in a role"),
            text(
                "<p>When you tell us you are interested in a role, we keep the details you give so the involvement "
                "team can contact you about it. Only that team can see them. We delete them automatically when "
                "they are no longer needed, at the latest 12 months after you send them.</p>"
            ),
            heading("Why we are allowed to use it"),
            text(
                "<p>Involving people in how services are run is part of our job as an NHS Trust (a public task). "
                "For the newsletter and for stories, we rely on your consent, and for stories that mention health "
                "we rely on your explicit consent. You can withdraw your consent at any time.</p>"
            ),
            heading("Your rights"),
            text(
                "<p>You can ask to see, correct or delete what we hold about you, or ask us to stop using it. "
                "Email dpo@riverside.example. If you are unhappy with how we handle your information, you can "
                "complain to the Information Commissioner's Office.</p>"
            ),
            heading("Cookies"),
            text("<p>Our cookies page explains the few small files this website may store on your device.</p>"),
        ),
    )
    cookies = child_page(
        home,
        StandardPage,
        "cookies",
        title="Cookies",
        introduction="The small files this website may store on your device, and why. Reading our pages sets none.",
        body=stream(
            text(
                "<p>Cookies are small files that websites put on your device. Reading this website sets no "
                "cookies at all. Sending a form, such as page feedback, the newsletter or your story, does not "
                "set one either.</p>"
            ),
            heading("When we store something"),
            text(
                "<p>We only store something when you ask us to:</p><ul><li>if you choose a text size or "
                "contrast, we remember it for a year so you do not have to choose again</li><li>if we ever use "
                "optional cookies, such as visitor statistics, we ask you first and remember your answer for a "
                "year</li></ul><p>People who work for the Trust and log in to edit the website also get cookies "
                "that keep them logged in.</p>"
            ),
            ("cookie_choices", {"heading": "Optional cookies and your choices"}),
            text("<p>We do not use cookies for advertising, and we do not sell information about you.</p>"),
        ),
    )
    for page in (statement, privacy, cookies):
        add_link(home, page, "footer")
