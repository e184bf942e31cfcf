"""Find the interface strings marked for translation, without GNU gettext.

``makemessages`` needs the gettext tools; the test that checks our
catalogues are complete must run on any machine, so it uses this: Django's
own ``templatize`` turns templates into Python, and ``ast`` finds the
``gettext`` family of calls in Python files.
"""

import ast
from pathlib import Path

from django.conf import settings
from django.utils.translation.template import templatize

SOURCE_DIRS = ["hub", "home", "blog", "opportunities", "search", "templates"]
SKIP_PARTS = {"migrations", "tests", "static", "__pycache__"}

# Function name → (index of msgctxt or None, index of msgid, index of plural or None).
CALLS = {
    "_": (None, 0, None),
    "gettext": (None, 0, None),
    "gettext_lazy": (None, 0, None),
    "gettext_noop": (None, 0, None),
    "ngettext": (None, 0, 1),
    "ngettext_lazy": (None, 0, 1),
    "pgettext": (0, 1, None),
    "pgettext_lazy": (0, 1, None),
    "npgettext": (0, 1, 2),
    "npgettext_lazy": (0, 1, 2),
}


def _name(func):
    if isinstance(func, ast.Name):
        return func.id
    if isinstance(func, ast.Attribute):
        return func.attr
    return None


def _constant(args, index):
    if index is None or index >= len(args) or not isinstance(args[index], ast.Constant):
        return None
    return args[index].value if isinstance(args[index].value, str) else None


def messages_in_python(source, filename="<string>"):
    """(msgctxt, msgid) pairs marked for translation in Python source."""
    found = set()
    for node in ast.walk(ast.parse(source, filename)):
        if isinstance(node, ast.Call) and _name(node.func) in CALLS:
            context_at, msgid_at, _plural_at = CALLS[_name(node.func)]
            msgid = _constant(node.args, msgid_at)
            if msgid:
                found.add((_constant(node.args, context_at) if context_at is not None else None, msgid))
    return found


def messages_in_template(source, filename="<template>"):
    return messages_in_python(templatize(source, origin=filename), filename)


def project_messages(base_dir=None):
    """Every (msgctxt, msgid) marked for translation in our apps and templates."""
    base_dir = Path(base_dir or settings.BASE_DIR)
    found = set()
    for folder in SOURCE_DIRS:
        for path in sorted((base_dir / folder).rglob("*")):
            if SKIP_PARTS & set(path.relative_to(base_dir).parts) or not path.is_file():
                continue
            if path.suffix == ".py":
                found |= messages_in_python(path.read_text(encoding="utf-8"), str(path))
            elif path.suffix in {".html", ".txt", ".xml"}:
                found |= messages_in_template(path.read_text(encoding="utf-8"), str(path))
    return found
