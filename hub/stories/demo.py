"""Demo content: the share-your-story form, with its default questions."""

from hub.demo import child_page
from hub.demo.site import add_link
from hub.stories.models import StoryFormPage


def build(home):
    privacy = home.get_children().filter(slug="privacy-notice").first()
    page = child_page(
        home,
        StoryFormPage,
        "share-your-story",
        title="Share your story",
        introduction=(
            "<p>Your experience of our services, good or bad, can change them. Through our Patient and Carer "
            "Stories project, the stories people share are heard by the people who plan and run services.</p>"
            "<p>It takes about 10 minutes. You can stay anonymous, and we will never publish anything without "
            "checking with you first.</p>"
        ),
        thank_you_text=(
            "<p>A member of the stories team will read it within 2 weeks. If you told us how to contact you, "
            "they may get in touch to talk about it.</p><p>If you need help now, call NHS 111 and choose the "
            "mental health option.</p>"
        ),
        privacy_page=privacy,
        to_address="stories@riverside.example",
        subject="A new story has been shared",
    )
    # A main task: in the menu, so it is one tap away on every page.
    add_link(home, page, "primary")
