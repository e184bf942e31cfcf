"""How forms look on the public site: one NHS.UK frontend field template, used through Django's form renderer."""
