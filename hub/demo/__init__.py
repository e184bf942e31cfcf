"""Helpers for building the demo site: pages, images and StreamField content.

Each app keeps its own demo content in ``<app>/demo.py`` with a ``build(home)``
function; ``load_demo_content`` calls them in order. Every helper here creates
a thing only when it is missing, so running the command twice changes nothing
and never overwrites what an editor has changed.
"""

import io
import json
import random

from django.core.files.images import ImageFile
from PIL import Image as PILImage
from PIL import ImageDraw

from hub.models import HubImage

PALETTES = [
    ("#005eb8", "#41b6e6", "#ffffff"),
    ("#007f3b", "#78be20", "#ffffff"),
    ("#330072", "#ae2573", "#ffffff"),
    ("#00a499", "#ffb81c", "#ffffff"),
    ("#003087", "#768692", "#ffffff"),
]


def stream(*blocks):
    """StreamField content from (block type, value) pairs, in raw JSON form."""
    return json.dumps([{"type": block_type, "value": value} for block_type, value in blocks])


def text(html):
    return ("rich_text", html)


def heading(words, level="h2"):
    return ("heading", {"text": words, "level": level})


def figure(image, alt, caption=""):
    """An image block with its own alt text, which translators translate with the page."""
    return ("image", {"image": {"image": image.pk, "decorative": False, "alt_text": alt}, "caption": caption})


def draw_picture(seed, width=1200, height=675):
    """An abstract, calm illustration drawn locally: overlapping circles and waves."""
    rng = random.Random(seed)  # noqa: S311 - decoration, not security
    dark, light, white = PALETTES[seed % len(PALETTES)]
    picture = PILImage.new("RGB", (width, height), light)
    draw = ImageDraw.Draw(picture)
    for band in range(6):
        top = int(height * (0.45 + band * 0.09))
        draw.rectangle([0, top, width, height], fill=dark if band % 2 else light)
    for _ in range(14):
        radius = rng.randint(40, 180)
        x, y = rng.randint(0, width), rng.randint(0, height)
        draw.ellipse([x - radius, y - radius, x + radius, y + radius], outline=white, width=6)
    buffer = io.BytesIO()
    picture.save(buffer, format="PNG", optimize=True)
    return buffer


def demo_image(title, alt, seed, draw=draw_picture, name=None):
    """The demo image with this title, drawn by ``draw(seed)`` and saved the first time it is asked for."""
    existing = HubImage.objects.filter(title=title).first()
    if existing:
        return existing
    image = HubImage(title=title, description=alt)
    image.file = ImageFile(draw(seed), name=name or f"demo-{seed}.png")
    image.full_clean()
    image.save()
    return image


def child_page(parent, model, slug, **fields):
    """The live child of ``parent`` with this slug, created and published if missing."""
    existing = parent.get_children().filter(slug=slug).first()
    if existing:
        return existing.specific
    page = model(slug=slug, **fields)
    parent.add_child(instance=page)
    page.save_revision().publish()
    return page
