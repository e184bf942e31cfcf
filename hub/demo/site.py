"""Demo settings: the fictional Trust's identity, and the English menu."""

from wagtail.models import Site

from hub.models import FooterMenuLink, MainMenuLink, Menu, TrustIdentity


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
    Menu.objects.get_or_create(locale=home.locale)


def add_link(home, page, where, label=""):
    """Add ``page`` to the menu ("primary") or the footer ("footer") of ``home``'s language once."""
    menu, _created = Menu.objects.get_or_create(locale=home.locale)
    model = MainMenuLink if where == "primary" else FooterMenuLink
    links = model.objects.filter(menu=menu)
    if not links.filter(page=page).exists():
        model.objects.create(menu=menu, page=page, label=label, locale=home.locale, sort_order=links.count())
