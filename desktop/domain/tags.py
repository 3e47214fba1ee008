"""Short tags that say whose an event is when several departments share the grid or the page.

A Korean name gives its first two syllables (개발팀 → 개발), an English name its initials
(Human Resources → HR; one word: its first two letters, Marketing → Ma). Tags are unique among
the departments given: two that would be the same grow by a character until they differ
(인사팀 and 인사기획팀 → 인사팀 and 인사기), and the same name twice is numbered.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping

_WORD_SPLIT = re.compile(r"[\s\-_/·.,&()]+")


def _is_letter_script(char: str) -> bool:
    """Latin, Greek or Cyrillic: names in these are shortened to initials."""
    try:
        name = unicodedata.name(char)
    except ValueError:
        return False
    return name.startswith(("LATIN", "GREEK", "CYRILLIC"))


def _candidates(name: str) -> list[str]:
    """The tags ``name`` can take, shortest first."""
    words = [w for w in _WORD_SPLIT.split(name.strip()) if w]
    if not words:
        return ["?"]
    compact = "".join(words)
    if not _is_letter_script(compact[0]) or len(words) == 1:
        # Hangul (and any other script), or one word: a growing prefix.
        first = compact[:2]
        if _is_letter_script(compact[0]):
            first = first[:1].upper() + first[1:]
        return [first] + [compact[:k] for k in range(3, len(compact) + 1)]
    initials = "".join(w[0] for w in words).upper()
    # Growing: the initials with more and more of the last word (HR → HRe → HRes …).
    head, last = initials[:-1], words[-1]
    return [initials] + [head + last[:1].upper() + last[1:k] for k in range(2, len(last) + 1)]


def department_tags(names: Mapping[str, str]) -> dict[str, str]:
    """A short tag for each department id in ``names`` (id → name), unique among them."""
    candidates = {d: _candidates(name) for d, name in names.items()}
    level = dict.fromkeys(names, 0)
    while True:
        tags = {d: candidates[d][level[d]] for d in names}
        holders: dict[str, list[str]] = {}
        for d, tag in tags.items():
            holders.setdefault(tag, []).append(d)
        clashes = [ids for ids in holders.values() if len(ids) > 1]
        grew = False
        for ids in clashes:
            for d in ids:
                if level[d] + 1 < len(candidates[d]):
                    level[d] += 1
                    grew = True
        if not grew:
            break
    # Names that cannot grow apart (the same name twice): numbered in the order given.
    seen: dict[str, int] = {}
    result: dict[str, str] = {}
    taken = set(tags.values())
    for d in names:
        tag = tags[d]
        count = seen.get(tag, 0) + 1
        seen[tag] = count
        if count > 1:
            number = count
            while f"{tag}{number}" in taken:
                number += 1
            tag = f"{tag}{number}"
            taken.add(tag)
        result[d] = tag
    return result
