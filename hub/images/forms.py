"""The image upload form: when it comes back with an error, it says to choose the file again.

A browser never refills a file field (it cannot: a page may not pick files
from the visitor's disk), so when an upload is refused for a missing alt
text, the title and alt text typed so far come back but the file does not.
Rather than leave an empty file field without a word, the form says so next
to it. (The multiple-upload screen, Wagtail's default "Add images", stores
the file first and keeps it whatever the error.)
"""

from django.utils.translation import gettext_lazy as _
from wagtail.images.forms import BaseImageForm

CHOOSE_FILE_AGAIN = _(
    "Your file was not saved because of the problem below. Choose the file again, then save: "
    "everything else you typed is still here."
)


class HubImageForm(BaseImageForm):
    def full_clean(self):
        # After the model's own checks (the alt text is checked in HubImage.clean).
        super().full_clean()
        problems = self.errors if self.is_bound else {}
        if self.files.get("file") and any(name != "file" for name in problems):
            self.add_error("file", CHOOSE_FILE_AGAIN)
