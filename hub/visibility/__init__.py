"""What a visitor may see, in every language.

Wagtail checks a page's own view restriction (password, login or groups) and
its ancestors' when the page is served, and follows an alias to its original.
It does not know that a page has other language versions: a restriction on
the English post left its Polish alias in every Polish listing, and a
translated page stayed public. The rule here closes that gap, once:

    A page is hidden when it, or one of its ancestors, is a language version
    of a restricted page (same translation key, the restricted page itself
    included), or an alias of one.

So restricting a page in any language hides every language version of it and
of its subtree, and aliases follow their original. ``rules.visible_q`` is
that rule as one SQL condition for listings, feeds, the sitemap, search,
menus and the language switcher; ``rules.restrictions_for`` gives the
restrictions that apply to one page when it is served, through
``pages.RestrictionsAcrossLanguagesMixin`` on every page type.

Listings hide restricted pages from everyone, members included: listings are
cached and shared, and a restricted page is reached by its link.
"""
