"""Image renditions: which ones the templates use, and making them before a visitor asks.

Encoding an AVIF takes about half a second, so a page whose renditions were
made inside the request kept both app workers busy for tens of seconds.
``specs`` lists every rendition the templates ask for; ``signals`` makes
them when an image is saved or a page is published; the ``make_renditions``
command makes any that are missing (run it at deploy).
"""
