"""How CSS, JavaScript and fonts are stored and named for production (see ``storage``)."""
