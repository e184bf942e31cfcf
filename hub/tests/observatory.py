"""Score response headers the way Mozilla's HTTP Observatory does.

The Observatory starts at 100, applies a modifier for each of its tests and
awards bonus points only when the score before bonuses is at least 90. This
module implements the tests that depend on response headers and cookies
(content-security-policy, cookies, cross-origin-resource-sharing,
redirection, referrer-policy, strict-transport-security, subresource-integrity
for same-origin scripts, x-content-type-options, x-frame-options), with the
modifiers published in the Observatory's scoring table. HSTS preloading is
scored 0 because it depends on the browsers' preload list, not the response.
"""

import re

UNSAFE = ("'unsafe-inline'", "'unsafe-eval'")


def parse_csp(header):
    directives = {}
    for part in header.split(";"):
        words = part.split()
        if words:
            directives.setdefault(words[0].lower(), words[1:])
    return directives


def csp_modifier(response):
    header = response.get("Content-Security-Policy")
    if not header:
        return "csp-not-implemented", -25
    csp = parse_csp(header)
    default = csp.get("default-src")
    scripts = csp.get("script-src", default)
    styles = csp.get("style-src", default)
    if scripts is None or any(source in (scripts or []) for source in UNSAFE + ("*", "http:", "https:", "data:")):
        return "csp-implemented-with-unsafe-inline", -20
    if "'unsafe-eval'" in (styles or []):
        return "csp-implemented-with-unsafe-eval", -10
    if "'unsafe-inline'" in (styles or []):
        return "csp-implemented-with-unsafe-inline-in-style-src-only", 0
    if default == ["'none'"]:
        return "csp-implemented-with-no-unsafe-default-src-none", 10
    return "csp-implemented-with-no-unsafe", 5


def cookies_modifier(response, https_hsts):
    cookies = list(response.cookies.values())
    if not cookies:
        return "cookies-not-found", 0
    if any(not cookie["secure"] for cookie in cookies):
        if https_hsts:
            return "cookies-without-secure-flag-but-protected-by-hsts", -5
        return "cookies-without-secure-flag", -20
    if any(not cookie["samesite"] for cookie in cookies):
        return "cookies-anticsrf-without-samesite-flag", -20
    if any(cookie["samesite"].lower() not in ("strict", "lax", "none") for cookie in cookies):
        return "cookies-samesite-flag-invalid", -20
    if any(not cookie["httponly"] for cookie in cookies if "session" in cookie.key):
        return "cookies-session-without-httponly-flag", -30
    return "cookies-secure-with-httponly-sessions-and-samesite", 5


def cors_modifier(response):
    if response.get("Access-Control-Allow-Origin") == "*":
        return "cross-origin-resource-sharing-implemented-with-public-access", 0
    if response.get("Access-Control-Allow-Origin"):
        return "cross-origin-resource-sharing-implemented-with-restricted-access", 0
    return "cross-origin-resource-sharing-not-implemented", 0


def redirection_modifier(http_response):
    location = http_response.get("Location", "")
    if http_response.status_code in (301, 302, 307, 308) and location.startswith("https://"):
        return "redirection-to-https", 0
    return "redirection-missing", -20


def referrer_modifier(response):
    policy = response.get("Referrer-Policy", "").split(",")[-1].strip().lower()
    if not policy:
        return "referrer-policy-not-implemented", 0
    if policy in ("no-referrer", "same-origin", "strict-origin", "strict-origin-when-cross-origin"):
        return "referrer-policy-private", 5
    if policy in ("origin", "origin-when-cross-origin", "unsafe-url", "no-referrer-when-downgrade"):
        return "referrer-policy-unsafe", -5
    return "referrer-policy-header-invalid", -5


def hsts_modifier(response):
    header = response.get("Strict-Transport-Security")
    if not header:
        return "hsts-not-implemented", -20
    match = re.search(r"max-age=(\d+)", header)
    if not match:
        return "hsts-header-invalid", -20
    if int(match.group(1)) < 15_768_000:
        return "hsts-implemented-max-age-less-than-six-months", -10
    return "hsts-implemented-max-age-at-least-six-months", 0


def sri_modifier(response):
    if not response.get("Content-Type", "").startswith("text/html"):
        return "sri-not-implemented-response-not-html", 0
    html = response.content.decode(errors="replace")
    sources = re.findall(r"<script[^>]*\ssrc=\"([^\"]+)\"", html)
    if not sources:
        return "sri-not-implemented-but-no-scripts-loaded", 0
    if all(source.startswith("/") and not source.startswith("//") for source in sources):
        return "sri-not-implemented-but-all-scripts-loaded-from-secure-origin", 0
    return "sri-not-implemented-and-external-scripts-not-loaded-securely", -50


def xcto_modifier(response):
    if response.get("X-Content-Type-Options", "").lower() == "nosniff":
        return "x-content-type-options-nosniff", 0
    return "x-content-type-options-not-implemented", -5


def xfo_modifier(response):
    csp = parse_csp(response.get("Content-Security-Policy", ""))
    if "frame-ancestors" in csp:
        return "x-frame-options-implemented-via-csp", 5
    if response.get("X-Frame-Options", "").upper() in ("DENY", "SAMEORIGIN"):
        return "x-frame-options-sameorigin-or-deny", 0
    return "x-frame-options-not-implemented", -20


def score(response, http_response):
    """The Observatory score of ``response`` (fetched over HTTPS) and the
    redirect the same URL gives over plain HTTP (``http_response``)."""
    hsts = hsts_modifier(response)
    results = [
        csp_modifier(response),
        cookies_modifier(response, https_hsts=hsts[1] >= 0),
        cors_modifier(response),
        redirection_modifier(http_response),
        referrer_modifier(response),
        hsts,
        sri_modifier(response),
        xcto_modifier(response),
        xfo_modifier(response),
    ]
    penalties = 100 + sum(value for _, value in results if value < 0)
    bonus = sum(value for _, value in results if value > 0) if penalties >= 90 else 0
    return penalties + bonus, dict(results)
