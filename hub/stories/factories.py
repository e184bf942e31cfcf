import wagtail_factories

from hub.stories.models import StoryFormPage


class StoryFormPageFactory(wagtail_factories.PageFactory):
    title = "Share your story"
    slug = "share-your-story"
    to_address = "stories@riverside.example"
    subject = "A new story"

    class Meta:
        model = StoryFormPage
