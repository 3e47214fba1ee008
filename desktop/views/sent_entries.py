"""What each view of the window was sent last, and what those entries were made of.

The month controller (:mod:`desktop.views.month_controller`) arranges the shown view's entries
from the months in memory. A view keeps its model while another view is shown, so switching
back to it from unchanged months needs neither a new arrangement (a crowded year is 36,000
entries) nor a new model: :class:`SentEntries` says so. Nothing here imports widgets.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtGui import QColor

    from desktop.views.month_model import DayEntry
    from desktop.workers.months import DayLists, Sources

# The looks of the entries: each department's name, colour and tag, and the outbox's marks.
type Looks = tuple[dict[str, tuple[str, QColor, str]], dict[tuple[str, str], str]]


class Inputs:
    """What one arrangement was made of: its days, each month's list of events and the looks.

    The memory never changes a month's list in place (a change makes a new list), so the same
    list objects hold the same events; the lists themselves are kept, not their ``id()``s,
    which a freed list could pass on to a new one."""

    __slots__ = ("first", "last", "lists", "looks")

    def __init__(self, first: date, last: date, sources: Sources, looks: Looks) -> None:
        self.first, self.last, self.looks = first, last, looks
        self.lists = [(d, tuple(months)) for d, months in sources]

    def same(self, other: Inputs) -> bool:
        if (self.first, self.last) != (other.first, other.last):
            return False
        if [(d, len(m)) for d, m in self.lists] != [(d, len(m)) for d, m in other.lists]:
            return False
        for (_d, months), (_d2, others) in zip(self.lists, other.lists, strict=True):
            if any(a is not b for a, b in zip(months, others, strict=True)):
                return False
        return self.looks == other.looks


class SentEntries:
    """Per view (any hashable: the view's kind), the entries it was sent last and their
    :class:`Inputs`; :attr:`viewer` is the view the entries go to now."""

    def __init__(self) -> None:
        self.viewer: object = None
        self._sent: dict[object, tuple[Inputs, DayLists[DayEntry]]] = {}

    def switch(self, viewer: object, first: date, last: date) -> DayLists[DayEntry] | None:
        """The entries go to ``viewer`` now, about ``first`` to ``last``: what it shows of
        those days (None: nothing, or it was about other days)."""
        self.viewer = viewer
        sent = self._sent.get(viewer)
        if sent is not None and (sent[0].first, sent[0].last) == (first, last):
            return sent[1]
        self._sent.pop(viewer, None)
        return None

    def shows(self, inputs: Inputs, painted: DayLists[DayEntry] | None) -> bool:
        """The shown view shows ``painted``, made of the very same ``inputs``."""
        sent = self._sent.get(self.viewer)
        return sent is not None and sent[1] is painted and sent[0].same(inputs)

    def record(self, viewer: object, inputs: Inputs, entries: DayLists[DayEntry]) -> None:
        """``viewer`` shows ``entries``, made of ``inputs``."""
        self._sent[viewer] = (inputs, entries)

    def clear(self) -> None:
        """Every view is emptied or made again."""
        self._sent.clear()
