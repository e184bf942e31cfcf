"""Demo content: the share-your-story form, with its default questions."""

from blog.models import BlogPage
from hub.demo import child_page
from hub.demo.site import add_link
from hub.stories.models import StoryFormPage
from opportunities.models import OpportunityPage


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
    link_from_where_stories_are_promised(home, page)


def link_from_where_stories_are_promised(home, page):
    """The home page, the storyteller role and the stories post each lead to the form (once, as an editor would)."""
    home = home.specific
    if not any(
        block.block_type == "action_link" and block.value["page"] and block.value["page"].pk == page.pk
        for block in home.body
    ):
        home.body.append(("action_link", {"text": "Share your story", "page": page, "url": ""}))
        home.save_revision().publish()
    post = BlogPage.objects.filter(slug="patient-and-carer-stories-reach-the-board", locale=home.locale).first()
    if post is not None and post.call_to_action_id is None:
        post.call_to_action = page
        post.call_to_action_text = "Share your story"
        post.save_revision().publish()
    role = OpportunityPage.objects.filter(slug="storyteller", locale=home.locale).first()
    link = f'<a linktype="page" id="{page.pk}">'
    if role is not None and link not in role.what_you_do:
        role.what_you_do += (
            f"<p>Would you rather write it yourself? {link}Share your story</a> with our online form.</p>"
        )
        role.save_revision().publish()
