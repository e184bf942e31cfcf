"""Everything about the people who edit the site.

- ``groups``: the editors' groups and the page sections champions may edit.
- ``permissions``: the helpers data migrations use to give groups their
  permissions (applied migrations import them: keep their names stable).
- ``guide``: the editor's guide in the admin, read from ``docs/editors.md``.
- ``tasks``: what each editor can do, for the dashboard, from their permissions.
- ``users``: Communications manage accounts within their grant (``apps`` plugs it in).
- ``bulk_actions``: listings offer only the bulk actions the editor may use.
- ``page_views``: a page's history and usage for whoever can see the page.
- ``outcomes``: review decisions say what happened.
- ``reviews`` and ``reminders``: page review dates and owners, and the daily emails.
"""
