"""Demo Easy Read versions of the home page, the peer mentor role and the privacy notice.

The pictures are simple symbols drawn here (no downloads): one idea each,
dark lines on white, as Easy Read symbols are.
"""

import io

from PIL import Image as PILImage
from PIL import ImageDraw

from home.models import EasyReadPage
from hub.demo import child_page, demo_image

INK = "#005eb8"
SIZE = 400


def _person(draw, x, y, scale=1.0):
    r = 28 * scale
    draw.ellipse((x - r, y - r, x + r, y + r), outline=INK, width=10)
    draw.line((x, y + r, x, y + r + 90 * scale), fill=INK, width=12)
    draw.line((x - 50 * scale, y + r + 35 * scale, x + 50 * scale, y + r + 35 * scale), fill=INK, width=12)
    draw.line((x, y + r + 90 * scale, x - 40 * scale, y + r + 160 * scale), fill=INK, width=12)
    draw.line((x, y + r + 90 * scale, x + 40 * scale, y + r + 160 * scale), fill=INK, width=12)


def _symbol(kind):
    picture = PILImage.new("RGB", (SIZE, SIZE), "#ffffff")
    draw = ImageDraw.Draw(picture)
    if kind == "together":
        _person(draw, 130, 110)
        _person(draw, 270, 110)
        draw.line((180, 175, 220, 175), fill=INK, width=12)
    elif kind == "talk":
        _person(draw, 110, 150, 0.9)
        draw.rounded_rectangle((180, 60, 370, 190), radius=30, outline=INK, width=10)
        draw.polygon([(200, 185), (230, 185), (185, 230)], fill=INK)
    elif kind == "phone":
        draw.rounded_rectangle((140, 50, 260, 350), radius=24, outline=INK, width=12)
        draw.line((180, 300, 220, 300), fill=INK, width=12)
    elif kind == "money":
        draw.ellipse((80, 80, 320, 320), outline=INK, width=14)
        draw.line((170, 200, 250, 200), fill=INK, width=14)
        draw.arc((160, 110, 260, 210), 180, 0, fill=INK, width=14)
        draw.line((160, 160, 160, 270), fill=INK, width=14)
        draw.line((140, 270, 260, 270), fill=INK, width=14)
    elif kind == "lock":
        draw.rounded_rectangle((110, 180, 290, 340), radius=16, outline=INK, width=12)
        draw.arc((140, 70, 260, 250), 180, 0, fill=INK, width=12)
        draw.ellipse((185, 235, 215, 265), fill=INK)
    elif kind == "calendar":
        draw.rectangle((80, 100, 320, 320), outline=INK, width=12)
        draw.line((80, 160, 320, 160), fill=INK, width=12)
        for column in range(3):
            for row in range(2):
                x, y = 120 + column * 70, 195 + row * 60
                draw.rectangle((x, y, x + 35, y + 30), fill=INK)
    elif kind == "tick":
        draw.line((90, 210, 170, 290), fill=INK, width=24)
        draw.line((170, 290, 320, 110), fill=INK, width=24)
    buffer = io.BytesIO()
    picture.save(buffer, format="PNG")
    return buffer


def symbol_image(kind, alt):
    return demo_image(f"Easy Read symbol: {kind}", alt, kind, draw=_symbol, name=f"easy-read-{kind}.png")


def rows(*items):
    return [
        {"type": "row", "value": {"image": symbol_image(kind, alt).pk, "alt_text": alt, "text": words}}
        for kind, alt, words in items
    ]


def _easy_read(parent, standard, slug, title, items):
    if standard is None:
        return None
    return child_page(parent, EasyReadPage, slug, title=title, standard_version=standard, body=rows(*items))


def build(home):
    _easy_read(
        home,
        home,
        "easy-read",
        "Get involved: Easy Read",
        [
            (
                "together",
                "Two people standing side by side",
                "We want people who use our services to help us make them better.",
            ),
            ("talk", "A person talking", "You can tell us what works and what does not."),
            ("calendar", "A calendar", "You can come to an event or give an hour now and then."),
            ("money", "A pound coin", "Some roles are paid. We always pay your travel costs."),
            ("phone", "A mobile phone", "Call or email the involvement team if you want to talk first."),
        ],
    )
    role = home.get_descendants().filter(slug="peer-mentor").specific().first()
    _easy_read(
        home,
        role,
        "peer-mentor-easy-read",
        "Peer mentor: Easy Read",
        [
            (
                "together",
                "Two people standing side by side",
                "A peer mentor spends time with someone who is getting better.",
            ),
            ("talk", "A person talking", "You listen, and you share what helped you."),
            ("calendar", "A calendar", "It is about two hours a week."),
            ("tick", "A tick", "We give you training and someone to talk to."),
            ("phone", "A mobile phone", "Press the button on the role page to say you are interested."),
        ],
    )
    privacy = home.get_descendants().filter(slug="privacy-notice").specific().first()
    _easy_read(
        privacy or home,
        privacy,
        "easy-read",
        "Your information: Easy Read",
        [
            ("lock", "A padlock", "We keep the things you tell us safe."),
            ("together", "Two people standing side by side", "Only the team that needs your details can see them."),
            ("calendar", "A calendar", "We delete your details when we no longer need them."),
            ("talk", "A person talking", "You can ask us what we keep about you."),
            ("phone", "A mobile phone", "You can ask us to delete it at any time."),
        ],
    )
