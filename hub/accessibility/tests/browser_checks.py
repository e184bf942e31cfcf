"""Checks run inside the page by the accessibility suite (JavaScript evaluated by Playwright)."""

from axe_playwright_python.sync_playwright import Axe

from hub.accessibility.preferences import COOKIE_NAME

WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]

# WCAG 1.4.12 Text Spacing: the bookmarklet styles people use to test it.
TEXT_SPACING_CSS = """
* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; }
p { margin-block-end: 2em !important; }
"""


def add_text_spacing(page):
    """Apply TEXT_SPACING_CSS as a constructed style sheet, which the site's CSP allows."""
    page.evaluate(
        """(css) => {
          const sheet = new CSSStyleSheet();
          sheet.replaceSync(css);
          document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
        }""",
        TEXT_SPACING_CSS,
    )


# Elements that hide what overflows them and have more content than room.
# Visually hidden text (1px boxes) and scrolling boxes are fine.
CLIPPED_TEXT_JS = """
() => {
  const clipped = [];
  for (const el of document.body.querySelectorAll("*")) {
    const style = getComputedStyle(el);
    const hidesX = ["hidden", "clip"].includes(style.overflowX);
    const hidesY = ["hidden", "clip"].includes(style.overflowY);
    if (!(hidesX || hidesY) || !el.textContent.trim()) continue;
    if (el.clientWidth <= 1 || el.clientHeight <= 1) continue;
    if ((hidesX && el.scrollWidth > el.clientWidth + 1) || (hidesY && el.scrollHeight > el.clientHeight + 1)) {
      clipped.push(`${el.tagName.toLowerCase()}.${[...el.classList].join(".")}: ` +
        `${el.scrollWidth}x${el.scrollHeight} in ${el.clientWidth}x${el.clientHeight}`);
    }
  }
  return clipped;
}
"""

# Everything a keyboard user should reach, in document order, with how each
# looks when it does not have focus. A radio group is one Tab stop.
FOCUSABLE_JS = """
() => {
  const selector = 'a[href], button, input:not([type=hidden]), select, textarea, summary, iframe, '
    + '[tabindex]:not([tabindex="-1"])';
  const seenGroups = new Set();
  const items = [];
  for (const el of document.querySelectorAll(selector)) {
    if (el.disabled || el.tabIndex < 0 || el.closest("[inert], [hidden]") || !el.getClientRects().length) continue;
    const closed = el.closest("details:not([open])");
    if (closed && el !== closed.querySelector(":scope > summary")) continue;
    if (getComputedStyle(el).visibility === "hidden") continue;
    if (el.type === "radio") {
      const group = (el.form ? el.form.action : "") + el.name;
      const checked = el.form ? el.form.querySelector(`input[name="${el.name}"]:checked`) : null;
      if (seenGroups.has(group) || (checked && checked !== el)) continue;
      seenGroups.add(group);
    }
    el.dataset.a11yIndex = items.length;
    items.push(el.outerHTML.slice(0, 120));
  }
  window.__a11yLook = (el) => {
    const s = getComputedStyle(el);
    return [s.outlineStyle, s.outlineWidth, s.outlineColor, s.boxShadow, s.backgroundColor, s.color,
            s.textDecorationLine, s.textDecorationThickness, s.borderColor, s.clip, s.clipPath, s.position].join("|");
  };
  window.__a11yUnfocused = [...document.querySelectorAll("[data-a11y-index]")].map(window.__a11yLook);
  return items;
}
"""

FOCUSED_JS = """
() => {
  const el = document.activeElement;
  if (!el || el === document.body) return null;
  const index = el.dataset.a11yIndex === undefined ? -1 : Number(el.dataset.a11yIndex);
  return {index, html: el.outerHTML.slice(0, 120),
          changed: index === -1 || window.__a11yLook(el) !== window.__a11yUnfocused[index]};
}
"""


def set_mode(context, base_url, cookie_value):
    context.clear_cookies()
    if cookie_value:
        context.add_cookies([{"name": COOKIE_NAME, "value": cookie_value, "url": base_url}])


def axe_violations(page):
    results = Axe().run(page, options={"runOnly": {"type": "tag", "values": WCAG_TAGS}, "resultTypes": ["violations"]})
    return results.response["violations"], results.generate_report()


def show_error_state(page, selector, press="[type=submit]"):
    """Send the form empty, skipping the browser's own checks, to see the site's error messages.

    ``press`` picks the button that sends it (``None``: no button, as for the page feedback's Yes/No question).
    """
    with page.expect_navigation():
        page.evaluate(
            """([selector, press]) => {
              const form = document.querySelector(selector);
              form.noValidate = true;
              for (const field of form.elements) {
                if (field.type === "radio" || field.type === "checkbox") field.checked = false;
                else if (field.tagName === "TEXTAREA" || (field.tagName === "INPUT" && field.type !== "hidden")) {
                  field.value = "";
                }
                else if (field.tagName === "SELECT") field.selectedIndex = -1;
              }
              form.requestSubmit(press ? form.querySelector(press) : null);
            }""",
            [selector, press],
        )


# Each element FOCUSABLE_JS found, given focus in turn by script: does its look change?
# Run after one Tab press, so the browser treats these as keyboard focus (":focus-visible").
FOCUS_LOOKS_JS = """
() => {
  const problems = [];
  for (const el of document.querySelectorAll("[data-a11y-index]")) {
    el.focus({preventScroll: true});
    if (document.activeElement !== el) {
      problems.push(`cannot take focus: ${el.outerHTML.slice(0, 120)}`);
    } else if (window.__a11yLook(el) === window.__a11yUnfocused[Number(el.dataset.a11yIndex)]) {
      problems.push(`no visible focus indicator on ${el.outerHTML.slice(0, 120)}`);
    }
  }
  return problems;
}
"""


def focus_look_problems(page):
    """Every element a keyboard user can reach changes its look when focused (the order is not checked)."""
    page.evaluate(FOCUSABLE_JS)
    page.keyboard.press("Tab")
    return page.evaluate(FOCUS_LOOKS_JS)


def keyboard_problems(page, max_extra=5):
    """Tab through a freshly loaded page.

    Reports elements never reached, reached out of order, or with no visible change when focused.
    """
    expected = page.evaluate(FOCUSABLE_JS)
    problems = []
    reached = []
    for _ in range(len(expected) + max_extra):
        page.keyboard.press("Tab")
        focused = page.evaluate(FOCUSED_JS)
        if focused is None or (reached and focused["index"] != -1 and focused["index"] <= reached[-1]):
            break
        if not focused["changed"]:
            problems.append(f"no visible focus indicator on {focused['html']}")
        if focused["index"] != -1:
            reached.append(focused["index"])
    if reached != sorted(reached):
        problems.append(f"Tab order is not the reading order: {reached}")
    missing = sorted(set(range(len(expected))) - set(reached))
    problems.extend(f"never reached with Tab: {expected[index]}" for index in missing)
    return problems


# The box that shows an element's state (radios and checkboxes draw theirs on
# the label, so their whole item), before and while focused (the skip link
# only appears with focus); and the element's own box while focused (a radio's
# or checkbox's input covers its drawn circle or square).
FOCUS_BOX_JS = """
(selector) => {
  const el = document.querySelector(selector);
  if (!el) return null;
  const shown = el.closest(".nhsuk-radios__item, .nhsuk-checkboxes__item") || el;
  const details = el.closest("details");
  if (details && el.tagName !== "SUMMARY") details.open = true;
  shown.scrollIntoView({block: "center"});
  document.activeElement.blur();
  const boxes = [shown.getBoundingClientRect()];
  el.focus({preventScroll: true});
  boxes.push(shown.getBoundingClientRect());
  const own = el.getBoundingClientRect();
  el.blur();
  const left = Math.min(...boxes.map(b => b.left)), top = Math.min(...boxes.map(b => b.top));
  const right = Math.max(...boxes.map(b => b.right)), bottom = Math.max(...boxes.map(b => b.bottom));
  return {x: left, y: top, width: right - left, height: bottom - top, perimeter: 2 * (own.width + own.height)};
}
"""

# How far apart two pixels' colours must be to count as a visible change
# (the largest difference of the red, green and blue values, out of 255).
VISIBLE_CHANGE = 48
FOCUS_MARGIN = 12


def changed_pixels(before, after):
    """How many pixels differ visibly between two PNG screenshots of the same size."""
    from io import BytesIO

    from PIL import Image, ImageChops

    first, second = (Image.open(BytesIO(png)).convert("RGB") for png in (before, after))
    red, green, blue = ImageChops.difference(first, second).split()
    largest = ImageChops.lighter(ImageChops.lighter(red, green), blue)
    return largest.point(lambda value: 255 if value >= VISIBLE_CHANGE else 0).histogram()[255]


def focus_change(page, selector):
    """Screenshots of an element's box (plus a margin) unfocused and focused, and what changed.

    Returns ``(changed, needed)``: the count of visibly changed pixels, and the
    perimeter of the focused element, the least a focus indicator one pixel
    wide all the way round would change. ``None`` when the page has no such element.
    """
    box = page.evaluate(FOCUS_BOX_JS, selector)
    if box is None:
        return None
    viewport = page.viewport_size
    left, top = max(0, box["x"] - FOCUS_MARGIN), max(0, box["y"] - FOCUS_MARGIN)
    clip = {
        "x": left,
        "y": top,
        "width": min(viewport["width"], box["x"] + box["width"] + FOCUS_MARGIN) - left,
        "height": min(viewport["height"], box["y"] + box["height"] + FOCUS_MARGIN) - top,
    }
    unfocused = page.screenshot(clip=clip, animations="disabled")
    page.evaluate("(selector) => document.querySelector(selector).focus({preventScroll: true})", selector)
    focused = page.screenshot(clip=clip, animations="disabled")
    page.evaluate("() => document.activeElement.blur()")
    return changed_pixels(unfocused, focused), round(box["perimeter"])
