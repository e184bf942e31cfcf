"""Everything about the people who edit the site.

- ``groups``: the editors' groups and the page sections champions may edit.
- ``permissions``: the helpers data migrations use to give groups their
  permissions (applied migrations import them: keep their names stable).
- ``guide``: the editor's guide in the admin, read from ``docs/editors.md``.
"""
