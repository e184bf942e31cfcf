"""The interface words visitors see, and our message catalogues for them.

``manage.py update_catalogues`` uses this instead of ``makemessages``: it
needs no GNU gettext, and it keeps to the words visitors see. Templates,
forms, views, emails and error messages are in; text that only editors see in
the admin (help text, panel headings, block labels, the names of page types
and settings) is left to English, like the rest of our admin text.

Admin templates (in an ``admin`` folder or extending ``wagtailadmin/``) are left out too.
Django's own ``templatize`` turns templates into Python, and ``ast`` finds the
``gettext`` family of calls in Python files.
"""

import ast
import re
from dataclasses import dataclass
from pathlib import Path

import polib
from django.conf import settings
from django.utils.translation.template import templatize

SOURCE_DIRS = ["hub", "home", "blog", "opportunities", "search", "templates"]
SKIP_PARTS = {"migrations", "tests", "static", "__pycache__", "management", "settings", "demo", "admin"}
# Files whose strings only editors see.
ADMIN_FILES = {
    "apps.py",
    "blocks.py",
    "wagtail_hooks.py",
    "demo.py",
    "factories.py",
    "admin.py",
    "admin_views.py",
    "panels.py",
}
# Keyword arguments whose strings only editors see, in models.py (in forms they are for visitors).
ADMIN_KEYWORDS = {"help_text", "heading", "description", "content", "verbose_name_plural", "group", "icon"}
# Classes whose field labels only editors see (pages, settings, snippets edited in the admin).
ADMIN_BASES = ("Page", "Setting", "Snippet", "Block", "Orderable", "Image", "Rendition", "Task", "ViewSet")

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

PLURAL_FORMS = {
    "pl": "nplurals=3; plural=(n==1 ? 0 : n%10>=2 && n%10<=4 && (n%100<10 || n%100>=20) ? 1 : 2);",
    "bn": "nplurals=2; plural=(n != 1);",
    "ar": "nplurals=6; plural=(n==0 ? 0 : n==1 ? 1 : n==2 ? 2 : n%100>=3 && n%100<=10 ? 3 : n%100>=11 ? 4 : 5);",
    "ur": "nplurals=2; plural=(n != 1);",
    "so": "nplurals=2; plural=(n != 1);",
    "pt": "nplurals=2; plural=(n != 1);",
}


@dataclass(frozen=True, order=True)
class Message:
    msgid: str
    context: str = ""
    plural: str = ""


def _name(func):
    if isinstance(func, ast.Name):
        return func.id
    if isinstance(func, ast.Attribute):
        return func.attr
    return None


def _constant(args, index):
    if index is None or index >= len(args) or not isinstance(args[index], ast.Constant):
        return ""
    return args[index].value if isinstance(args[index].value, str) else ""


class _Finder(ast.NodeVisitor):
    """Collects gettext calls, skipping those that only editors see."""

    def __init__(self, public_only, skip_keywords):
        self.public_only = public_only
        self.skip_keywords = skip_keywords
        self.found = set()
        self.skip = set()

    def visit_ClassDef(self, node):
        bases = [_name(base) or "" for base in node.bases]
        if self.public_only and node.name == "Meta":
            self._skip_tree(node)
        elif self.public_only and any(base.endswith(ADMIN_BASES) for base in bases):
            # Field definitions are for editors; methods (labels, messages) may be for visitors.
            for statement in node.body:
                if not isinstance(statement, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
                    self._skip_tree(statement, keep_choices=True)
        self.generic_visit(node)

    def visit_keyword(self, node):
        if self.public_only and self.skip_keywords and node.arg in ADMIN_KEYWORDS:
            self._skip_tree(node.value)
        self.generic_visit(node)

    def _skip_tree(self, node, keep_choices=False):
        keep = set()
        if keep_choices:
            for child in ast.walk(node):
                if isinstance(child, ast.keyword) and child.arg == "choices":
                    keep |= {id(grandchild) for grandchild in ast.walk(child.value)}
                if isinstance(child, ast.Raise):
                    keep |= {id(grandchild) for grandchild in ast.walk(child)}
        self.skip |= {id(child) for child in ast.walk(node) if id(child) not in keep}

    def visit_Call(self, node):
        name = _name(node.func)
        if name in CALLS and id(node) not in self.skip:
            context_at, msgid_at, plural_at = CALLS[name]
            msgid = _constant(node.args, msgid_at)
            if msgid:
                self.found.add(Message(msgid, _constant(node.args, context_at), _constant(node.args, plural_at)))
        self.generic_visit(node)


def messages_in_python(source, filename="models.py", public_only=True):
    finder = _Finder(public_only, skip_keywords=Path(filename).name == "models.py")
    finder.visit(ast.parse(source, filename))
    return finder.found


TEMPLATE_CALL = re.compile(r"(?<![\w.])(npgettext|pgettext|ngettext|gettext|_)\(")
TEMPLATE_LITERAL = re.compile(r"""\s*(u?(?:'(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*"))\s*,?""")


def messages_in_template(source, filename="<template>"):
    """``templatize`` output is for xgettext, not Python: read its gettext calls one by one."""
    found = set()
    text = templatize(source, origin=filename)
    for call in TEMPLATE_CALL.finditer(text):
        literals, position = [], call.end()
        while match := TEMPLATE_LITERAL.match(text, position):
            literals.append(ast.literal_eval(match.group(1)))
            position = match.end()
        context_at, msgid_at, plural_at = CALLS[call.group(1)]
        literals += [""] * 3
        found.add(
            Message(
                literals[msgid_at],
                literals[context_at] if context_at is not None else "",
                literals[plural_at] if plural_at is not None else "",
            )
        )
    return found


def visitor_messages(base_dir=None):
    """Every message visitors can see, from our apps and templates."""
    base_dir = Path(base_dir or settings.BASE_DIR)
    found = set()
    for folder in SOURCE_DIRS:
        for path in sorted((base_dir / folder).rglob("*")):
            parts = set(path.relative_to(base_dir).parts)
            if SKIP_PARTS & parts or not path.is_file():
                continue
            if path.suffix == ".py" and path.name not in ADMIN_FILES:
                found |= messages_in_python(path.read_text(encoding="utf-8"), str(path))
            elif path.suffix in {".html", ".txt"}:
                source = path.read_text(encoding="utf-8")
                if '{% extends "wagtailadmin/' not in source:
                    found |= messages_in_template(source, str(path))
    return {message for message in found if message.msgid}


def catalogue_path(language_code, base_dir=None):
    return Path(base_dir or settings.BASE_DIR) / "locale" / language_code / "LC_MESSAGES" / "django.po"


def _key(entry):
    return Message(entry.msgid, entry.msgctxt or "", entry.msgid_plural or "")


def update_catalogue(language_code, messages, base_dir=None):
    """Bring one language's ``.po`` up to date with ``messages`` and compile its ``.mo``.

    Translations are kept; a message no longer used is kept as obsolete (so
    it comes back translated if the words return) and left out of the ``.mo``.
    Returns the messages that still need translating.
    """
    path = catalogue_path(language_code, base_dir)
    path.parent.mkdir(parents=True, exist_ok=True)
    old = polib.pofile(str(path)) if path.exists() else polib.POFile()
    known = {_key(entry): entry for entry in old}
    po = polib.POFile(wrapwidth=0)
    po.metadata = {
        "Project-Id-Version": "riverside-get-involved",
        "Language": language_code,
        "MIME-Version": "1.0",
        "Content-Type": "text/plain; charset=UTF-8",
        "Content-Transfer-Encoding": "8bit",
        "Plural-Forms": PLURAL_FORMS.get(language_code, "nplurals=2; plural=(n != 1);"),
    }
    missing = []
    for message in sorted(messages):
        entry = known.pop(message, None)
        if entry is None:
            entry = polib.POEntry(msgid=message.msgid, msgctxt=message.context or None, msgstr="")
            if message.plural:
                entry.msgid_plural = message.plural
                entry.msgstr_plural = dict.fromkeys(range(_nplurals(po)), "")
        entry.obsolete = False
        entry.occurrences = []
        po.append(entry)
        if not is_translated(entry):
            missing.append(message)
    for entry in known.values():
        if is_translated(entry):
            entry.obsolete = True
            po.append(entry)
    po.save(str(path))
    po.save_as_mofile(str(path.with_suffix(".mo")))
    return missing


def _nplurals(po):
    return int(po.metadata["Plural-Forms"].split("nplurals=")[1].split(";")[0])


def is_translated(entry):
    if "fuzzy" in entry.flags:
        return False
    if entry.msgid_plural:
        return bool(entry.msgstr_plural) and all(entry.msgstr_plural.values())
    return bool(entry.msgstr)
