"""Security headers that depend on who is asking: the Content Security Policy of each part of the site."""
