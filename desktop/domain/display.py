"""Text from the tables, made safe to show: plain, bidi-isolated, and of a sane length.

Anyone who can write to the shared tables (the web app's users, other tools) chooses these
strings, so the app never lets them act as anything but text:

- **Markup.** Qt renders a tooltip, and a label left on ``AutoText``, as rich text when the
  string looks like HTML, and then loads the local files its ``<img src>`` names (a
  ``/dev/zero`` there grows the client until it dies). :func:`tooltip` escapes its text
  into a fixed ``<p>`` wrapper, so whatever it holds is shown literally; labels showing
  table text are ``PlainText`` (``desktop.views.widgets.plain_label``).
- **Direction.** A U+202E RIGHT-TO-LEFT OVERRIDE in a title would mirror the rest of the
  sentence the app builds around it. :func:`isolated` wraps the text in U+2068 FIRST STRONG
  ISOLATE … U+2069 POP DIRECTIONAL ISOLATE, with any isolate the text opens or closes on its
  own balanced, so nothing leaks out of it.
- **Length.** A 10,000-character title is legal in the table; laying it out on the GUI
  thread takes half a second. :func:`elided` cuts it with "…" for display only: editors get
  the full text, and storage is never touched.

Nothing here imports Qt: the command line and the data layer may use it too.
"""

from __future__ import annotations

from html import escape

ELLIPSIS = "…"
# A line of table text as a label, list item, message or tooltip shows it: a title or a
# department name longer than this is cut (the table allows more; no screen shows it).
LINE_LIMIT = 300
# A whole tooltip or a longer text shown in a list (a description): a few paragraphs.
TEXT_LIMIT = 1000

FSI = "\u2068"  # FIRST STRONG ISOLATE
PDI = "\u2069"  # POP DIRECTIONAL ISOLATE
_ISOLATE_OPENERS = frozenset("\u2066\u2067\u2068")  # LRI, RLI, FSI


def elided(text: str, limit: int = LINE_LIMIT) -> str:
    """``text`` cut to at most ``limit`` characters, the last of them "…", when longer.

    A cut never splits a surrogate pair or leaves a combining mark without its base.
    """
    if len(text) <= limit:
        return text
    cut = max(limit - 1, 0)
    while cut > 0 and (_is_combining(text[cut]) or "\udc00" <= text[cut] <= "\udfff"):
        cut -= 1
    return text[:cut] + ELLIPSIS


def isolated(text: str, limit: int = LINE_LIMIT) -> str:
    """``text`` (elided) as one bidi isolate, for inserting into the app's own sentences.

    Isolates the text opens are closed before the final PDI; a PDI with no opener inside the
    text (which would close *our* isolate early) is dropped.
    """
    kept: list[str] = []
    depth = 0
    for char in elided(text, limit):
        if char in _ISOLATE_OPENERS:
            depth += 1
        elif char == PDI:
            if depth == 0:
                continue
            depth -= 1
        kept.append(char)
    return FSI + "".join(kept) + PDI * depth + PDI


def tooltip(text: str, limit: int = TEXT_LIMIT) -> str:
    """A tooltip that shows ``text`` literally (line breaks kept), whatever it contains.

    Qt decides per string whether a tooltip is rich text, so a plain string that happens to
    start with a tag is rendered. Escaped inside a fixed paragraph, the text cannot be.
    """
    return "<p style='white-space:pre-wrap'>" + escape(elided(text, limit)) + "</p>"


def _is_combining(char: str) -> bool:
    import unicodedata

    return unicodedata.combining(char) != 0
