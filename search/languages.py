"""Which PostgreSQL text-search configuration reads each language.

A page is indexed with its own language's configuration and a search uses
the visitor's, so "volunteering" finds "volunteer" in English and
"المتطوعين" finds "متطوع" in Arabic, and the words of one language are not
cut down by another language's rules.

- English and Arabic: PostgreSQL's own Snowball stemmers.
- Polish: ``hub_polish``, made by ``search/migrations/0003``: Debian's
  Polish Hunspell dictionary (package ``hunspell-pl``, made readable by
  PostgreSQL with ``pg_updatedicts``) and, for words it does not know or
  when the dictionary is not installed, ``unaccent`` and ``simple``
  (lower case, accents off, no stemming). docs/search.md explains how to
  install it.
- Bengali: ``simple``; PostgreSQL has no Bengali stemmer.

SQLite has one tokenizer for every language (FTS5's ``unicode61``: lower
case, no stemming); these apply to PostgreSQL only.
"""

from django.conf import settings

CONFIGS = {"en": "english", "ar": "arabic", "pl": "hub_polish", "bn": "simple"}
FALLBACK = "simple"


def config_for(language_code):
    """The text-search configuration for a language code such as ``pl`` or ``en-gb``."""
    code = (language_code or settings.LANGUAGE_CODE).lower()
    return CONFIGS.get(code, CONFIGS.get(code.split("-")[0], FALLBACK))
