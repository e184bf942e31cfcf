"""What the header and footer link to: the menu, the footer links and the default call to action.

Built from the database when a template asks (``hub.templatetags.hub_tags``);
the header and footer keep the result in a template fragment cache
(``templates/includes/header.html``, ``footer.html``, see docs/caching.md).
"""
