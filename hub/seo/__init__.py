"""What the site tells search engines and other crawlers: ``robots.txt`` (the sitemap is Wagtail's)."""
