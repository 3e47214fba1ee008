"""Read a Query page's JSON body an item at a time, so the window is never kept waiting.

``json.loads`` is C code that holds the interpreter's lock (the GIL) from the first byte to the
last. A Query page is up to 1 MB of items (1.7 MB of JSON): 33–46 ms on a 2-core office PC,
during which the window's thread cannot run a line of Python, so a worker reading a big month
froze the grid for that long however the window sliced its own work. :func:`loads_by_item`
gives the same result as ``json.loads`` for such a body, but parses the elements of its
top-level arrays one by one (each still in C, with ``JSONDecoder.raw_decode``): between two
items the lock can change hands, and the longest hold is one item's parse.
"""

from __future__ import annotations

import json
from typing import Any

_DECODER = json.JSONDecoder()
_SPACE = " \t\n\r"


def _skip(text: str, at: int) -> int:
    while at < len(text) and text[at] in _SPACE:
        at += 1
    return at


def _expect(text: str, at: int, char: str) -> int:
    at = _skip(text, at)
    if at >= len(text) or text[at] != char:
        raise ValueError(f"expected {char!r} at {at}")
    return at + 1


def _array(text: str, at: int) -> tuple[list[Any], int]:
    """The array starting at ``text[at] == "["``, an element per ``raw_decode``."""
    items: list[Any] = []
    at = _skip(text, at + 1)
    if at < len(text) and text[at] == "]":
        return items, at + 1
    decode = _DECODER.raw_decode
    append = items.append
    while True:
        value, at = decode(text, _skip(text, at))
        append(value)
        at = _skip(text, at)
        if at < len(text) and text[at] == ",":
            at += 1
            continue
        return items, _expect(text, at, "]")


def loads_by_item(body: bytes | str) -> Any:
    """``json.loads(body)``, but a top-level object's array values are parsed an element at a
    time (see the module's text). Anything else is left to ``json.loads``; malformed JSON
    raises ``ValueError`` as ``json.loads`` does."""
    text = body.decode("utf-8") if isinstance(body, bytes | bytearray) else body
    at = _skip(text, 0)
    if at >= len(text) or text[at] != "{":
        return json.loads(text)
    result: dict[str, Any] = {}
    at = _skip(text, at + 1)
    if at < len(text) and text[at] == "}":
        at += 1
    else:
        while True:
            key, at = _DECODER.raw_decode(text, _skip(text, at))
            if not isinstance(key, str):
                raise ValueError(f"an object's key is not a string at {at}")
            at = _skip(text, _expect(text, at, ":"))
            if at < len(text) and text[at] == "[":
                result[key], at = _array(text, at)
            else:
                result[key], at = _DECODER.raw_decode(text, at)
            at = _skip(text, at)
            if at < len(text) and text[at] == ",":
                at += 1
                continue
            at = _expect(text, at, "}")
            break
    if _skip(text, at) != len(text):
        raise ValueError(f"extra data at {at}")
    return result
