"""Personal data: how long it is kept (``retention``) and how it leaves the site (``exports``)."""
