"""Snippets (authors, categories) shown on a page, in the page's language where someone has translated them.

A translated page can still point at the English snippet: the editor chose
it before the snippet was translated, or Wagtail copied the page without its
snippets. The visitor then sees the snippet's Polish translation if there is
one, else the English one, which ``words_lang`` marks as English.
"""


def localised(snippets, page, select_related=()):
    """``snippets`` swapped for their translations into ``page``'s language, where they exist.

    Load the snippets with their ``locale`` (``select_related``) so templates
    can mark those left in another language without another query. No query
    is made when every snippet is already in the page's language.
    """
    snippets = list(snippets)
    # An alias shows the English page's words, so it keeps the English snippets.
    if page.alias_of_id:
        return snippets
    keys = {snippet.translation_key for snippet in snippets if snippet.locale_id != page.locale_id}
    if not keys:
        return snippets
    model = type(snippets[0])
    translations = {
        snippet.translation_key: snippet
        for snippet in model.objects.filter(translation_key__in=keys, locale_id=page.locale_id).select_related(
            "locale", *select_related
        )
    }
    return [translations.get(snippet.translation_key, snippet) for snippet in snippets]
