"""Count every search, including those the page cache answers."""

from search.views import record


class SearchCountMiddleware:
    """Counts the searches the search view noted on its responses, and keeps search pages private.

    It sits just outside the page cache (``hub.cache.PageCacheMiddleware``):
    the view's note (``search_count``) is kept with a cached copy, so a
    search answered from the cache is counted as well. ``Cache-Control:
    private`` keeps search pages out of a CDN, which would answer without
    counting.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if not hasattr(response, "search_count"):
            return response
        if response.search_count is not None:
            words, found_anything = response.search_count
            record(words, found_anything=found_anything)
        response["Cache-Control"] = "private"
        return response
