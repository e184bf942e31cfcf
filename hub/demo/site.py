"""Demo settings: the fictional Trust's identity."""

from wagtail.models import Site

from hub.models import FooterLink, Navigation, PrimaryLink, TrustIdentity


def build(home):
    site = Site.objects.get(root_page=home)
    identity = TrustIdentity.for_site(site)
    if not identity.address:
        identity.address = "Riverside House\n1 Mill Lane\nRiverside\nRV1 2AB"
        identity.phone = "0300 123 4567"
        identity.email = "involvement@riverside.example"
        identity.accessibility_email = "accessibility@riverside.example"
        identity.registration_lines = (
            "Riverside Mental Health NHS Foundation Trust is a fictional Trust used to demonstrate this website."
        )
        identity.save()
    Navigation.for_site(site)


def add_link(home, page, where):
    """Add ``page`` to the menu ("primary") or the footer ("footer") once."""
    navigation = Navigation.for_site(Site.objects.get(root_page=home))
    model = PrimaryLink if where == "primary" else FooterLink
    links = model.objects.filter(setting=navigation)
    if not links.filter(page=page).exists():
        model.objects.create(setting=navigation, page=page, sort_order=links.count())
