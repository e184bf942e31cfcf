"""What protects the public site from misuse, one module per safeguard.

- ``tokens``: the cookie-free signed token that lets public forms post without a CSRF cookie.
- ``forms``: ``ProtectedForm``, the token and honeypot every public form carries.
- ``ratelimit``: how many accepted submissions (or wrong guesses) a visitor may make, counted in the database.
- ``guessing``: limits on page passwords, admin sign-in and password resets.
- ``middleware``: the form-token check, and the request-body guard (size cap, no file parts outside the admin).
- ``hosts``: one short warning, not a traceback, for requests with a bad ``Host`` header.

To protect a new public form: subclass ``ProtectedForm`` (or mix it in), pass
``action=<the path it posts to>``, render ``{% include "includes/form_protection.html" %}``
inside the ``<form>``; in the view ask ``ratelimit.wait_seconds()`` before
anything is stored, show the form again with ``ratelimit.pause_form()`` when it
says to wait, and call ``ratelimit.record()`` once the submission is accepted.
docs/security.md describes each safeguard and its settings.
"""
