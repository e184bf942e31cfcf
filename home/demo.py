"""Demo content for the home page and the standard pages."""

from django.conf import settings

from home.models import StandardPage
from hub.demo import child_page, demo_image, heading, stream, text
from hub.demo.site import add_link
from hub.privacy.retention import period_in_words, stated_periods


def build(home):
    if not home.introduction:
        home.hero_image = demo_image(
            "Circles of colour",
            "Blue and white circles overlapping above gentle waves, an illustration of people joining together.",
            seed=1,
        )
        home.hero_image_alt_text = "An illustration of blue and white circles joining together above gentle waves."
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
    add_link(home, about, "primary", label="About co-production")

    statement = child_page(
        home,
        StandardPage,
        "accessibility-statement",
        title="Accessibility statement",
        introduction="How easy this website is to use if you have a disability, what we test, what is not right yet, and how to ask for help or complain.",
        body=stream(
            text(
                "<p>Riverside Mental Health NHS Foundation Trust runs this website. We want as many people as possible "
                "to be able to use it. That means you should be able to:</p>"
                "<ul><li>make the text bigger, or change the colours to high contrast, dark or yellow on black, with the "
                "“Text size and contrast” controls at the top of every page</li>"
                "<li>zoom in up to 400% without text spilling off the screen or needing to scroll sideways</li>"
                "<li>use the whole website with just a keyboard</li>"
                "<li>use the website with speech recognition software</li>"
                "<li>listen to the website with a screen reader, such as NVDA, JAWS or VoiceOver</li>"
                "<li>use the website without JavaScript: the text size and contrast controls still work</li></ul>"
                "<p>We have written the text in plain words. If your device asks for more contrast, dark colours or "
                "less movement, the website follows it unless you choose otherwise.</p>"
                "<p>AbilityNet has advice on making your device easier to use if you have a disability.</p>"
            ),
            heading("How accessible this website is"),
            text(
                "<p>Most of this website works well with assistive technology. We know some parts are not yet "
                "fully accessible:</p>"
                "<ul><li>some older PDF reports are hard to read with a screen reader</li>"
                "<li>videos are hosted by YouTube or Vimeo; some older videos have automatic captions only</li>"
                "<li>pages in languages other than English are translated by people, so a new page may appear in "
                "English first</li></ul>"
            ),
            heading("Asking for information in another format"),
            text(
                "<p>If you need something on this website in a different format, such as an accessible PDF, large "
                "print, easy read, an audio recording or braille, email accessibility@riverside.example or call "
                "0300 123 4567 (Monday to Friday, 9am to 5pm). Tell us the web address of the page and the format "
                "you need. We will reply within 5 working days.</p>"
            ),
            heading("Reporting accessibility problems with this website"),
            text(
                "<p>We are always trying to make this website easier to use. If you find a problem that is not "
                "listed on this page, or you think we are not meeting the accessibility rules, email "
                "accessibility@riverside.example. Please tell us the page and what went wrong. We will reply within "
                "5 working days and tell you what we will do about it.</p>"
            ),
            heading("Enforcement procedure"),
            text(
                "<p>The Equality and Human Rights Commission (EHRC) is responsible for enforcing the Public Sector "
                "Bodies (Websites and Mobile Applications) (No. 2) Accessibility Regulations 2018 (the accessibility "
                "regulations). If you are not happy with how we respond to your complaint, contact the Equality "
                "Advisory and Support Service (EASS). If you live in Northern Ireland, contact the Equality "
                "Commission for Northern Ireland (ECNI).</p>"
            ),
            heading("Technical information about this website’s accessibility"),
            text(
                "<p>Riverside Mental Health NHS Foundation Trust is committed to making its website accessible, "
                "in line with the accessibility regulations.</p>"
            ),
            heading("Compliance status", level="h3"),
            text(
                "<p>This website is partially compliant with the Web Content Accessibility Guidelines (WCAG) "
                "version 2.2 AA standard, because of the problems listed below.</p>"
            ),
            heading("Content that is not accessible", level="h3"),
            text(
                "<p><b>Not meeting the accessibility regulations.</b> Some older PDF reports have no headings or "
                "tags, so screen reader users cannot move around them easily. This fails WCAG 2.2 success criterion "
                "1.3.1 (info and relationships). When we publish a new report we also publish it as a web page, and "
                "we are replacing the older PDFs by the end of next year.</p>"
                "<p><b>Content outside the scope of the regulations.</b> Videos published before 23 September 2020 "
                "do not need captions under the regulations. We will still add captions if you ask us.</p>"
            ),
            heading("How we tested this website"),
            text(
                "<p>Every change to this website is checked automatically before it goes live. A real web browser "
                "visits one page of every kind, the search page, every form and its error messages, and the "
                "“page not found” page. It does this in every contrast setting and at the largest text size, and "
                "checks them with the axe accessibility engine against WCAG 2.2 AA. It also checks that pages do "
                "not scroll sideways on a narrow phone screen, that text is not cut off when spacing is increased, "
                "that every link and button can be reached with the Tab key and shows where you are, and that the "
                "HTML code is valid.</p>"
                "<p>Automatic checks only find some problems. Before each major release, people test the website "
                "with a keyboard, with screen readers (NVDA with Firefox, VoiceOver on an iPhone), with screen "
                "magnification and with speech recognition. People who use our services take part in this testing "
                "and are paid for their time.</p>"
            ),
            heading("What we are doing to improve accessibility"),
            text(
                "<p>We are replacing older PDF reports with web pages and adding human-checked captions to older "
                "videos. We review this statement when we make big changes to the website.</p>"
            ),
            heading("Preparation of this accessibility statement"),
            text(
                "<p>This statement was prepared on 22 November 2026. It was last reviewed on 22 November 2026.</p>"
                "<p>The website was last tested on 22 November 2026 by the Trust’s digital team, using the automated "
                "checks and the manual tests described above.</p>"
            ),
        ),
    )
    kept_for = period_in_words(settings.PERSONAL_DATA_RETENTION_DAYS)
    unconfirmed_for = period_in_words(settings.NEWSLETTER_UNCONFIRMED_RETENTION_DAYS)
    unsubscribed_for = period_in_words(settings.NEWSLETTER_UNSUBSCRIBED_RETENTION_DAYS)
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
                f"the time. Nothing else about you. If you add a comment, we keep it for {kept_for} and then "
                "delete it; please do not put your name or anything about your health in it. Our communications "
                "team reads the answers to improve the website.</p>"
            ),
            heading("The newsletter"),
            text(
                "<p>If you sign up, we keep your email address, the time you agreed, the time you confirmed and the "
                "language you used. We send you one email to check the address is yours. If you do not confirm "
                f"within {unconfirmed_for}, we delete your address. Every email has a link to unsubscribe; "
                f"{unsubscribed_for} after you unsubscribe we delete your address. Only our communications team "
                "can see the list. We do not give it to anyone else.</p>"
            ),
            heading("Sharing your story"),
            text(
                "<p>Your story may include information about your health or someone else's. The law calls this "
                "special category data, so we only keep it if you tick the box to give your explicit consent. "
                "Only the small stories team can read stories. They get an email saying a new story has arrived, "
                f"but the email does not contain your story. We delete stories {kept_for} after you send them, and "
                "we never publish anything without checking with you first.</p>"
            ),
            heading("Saying you are interested in a role"),
            text(
                "<p>When you tell us you are interested in a role, we keep the details you give so the involvement "
                "team can contact you about it. Only that team can see them. We delete them automatically when "
                f"they are no longer needed, at the latest {kept_for} after you send them.</p>"
            ),
            heading("Booking a place at an event"),
            text(
                "<p>When you book a place, we keep your name, how to contact you and anything you tell us that "
                "would help you take part, such as a BSL interpreter or a quiet space. Only the involvement team "
                "can see your booking; they use it to arrange the event and to send you a reminder two days "
                f"before. We delete it automatically {kept_for} after you book, once the event is over.</p>"
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
    cookie_periods = stated_periods()
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
            heading("Text size and contrast"),
            text(
                "<p>When you choose a text size or contrast with the controls at the top of the page, we save "
                "your choice in a cookie called <b>hub_display</b>, so you do not have to choose again on every "
                "page. It holds only your choice, such as “large text, high contrast”, and nothing about who you "
                f"are. It lasts for {cookie_periods['preferences_cookie']}, and it is never sent to other websites.</p>"
                "<p>To remove it, choose “Reset” in the text size and contrast controls, or clear cookies in your "
                "browser.</p>"
            ),
            heading("When we store something"),
            text(
                "<p>We only store something when you ask us to:</p><ul><li>if you choose a text size or "
                f"contrast, we remember it for {cookie_periods['preferences_cookie']} so you do not have to choose "
                "again</li><li>if we ever use optional cookies, such as visitor statistics, we ask you first and "
                f"remember your answer for {cookie_periods['consent_cookie']}</li></ul><p>People who work for the "
                "Trust and log in to edit the website also get cookies "
                "that keep them logged in.</p>"
            ),
            ("cookie_choices", {"heading": "Optional cookies and your choices"}),
            text("<p>We do not use cookies for advertising, and we do not sell information about you.</p>"),
        ),
    )
    for page in (statement, privacy, cookies):
        add_link(home, page, "footer")
