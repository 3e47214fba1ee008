"""Which months a search or an export covers: the months saved per department, and those not.

Search and export read the offline cache, which holds only the months that were fetched. These
plain functions say which ones a range lacks (to fetch them first, or to name them) and how to
describe what was covered; nothing here imports Qt.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from desktop.domain.calendar import add_months, month_start

Saved = set[tuple[str, date]]  # (department id, first day of a fetched month)


def months_between(first: date, last: date) -> list[date]:
    """The first days of the months from ``first``'s to ``last``'s, both included."""
    months: list[date] = []
    month, end = month_start(first), month_start(last)
    while month <= end:
        months.append(month)
        month = add_months(month, 1)
    return months


def missing_months(
    saved: Saved, department_ids: Iterable[str], first: date, last: date
) -> list[tuple[str, date]]:
    """(department, month) pairs of the range that were never fetched: month by month, the
    departments in the order given."""
    ids = list(dict.fromkeys(department_ids))
    return [(d, m) for m in months_between(first, last) for d in ids if (d, m) not in saved]


@dataclass(frozen=True)
class Coverage:
    """The saved months of the departments searched: the first and last, and how many months
    in between hold at least one of them (``months`` < the span: there are gaps)."""

    first: date | None
    last: date | None
    months: int
    departments: int

    @property
    def span(self) -> int:
        """Calendar months from the first to the last saved (0 when nothing is saved)."""
        if self.first is None or self.last is None:
            return 0
        return (self.last.year - self.first.year) * 12 + self.last.month - self.first.month + 1

    @property
    def gaps(self) -> bool:
        return self.months < self.span


def coverage(saved: Saved, department_ids: Iterable[str]) -> Coverage:
    """What the saved months of ``department_ids`` cover."""
    ids = set(department_ids)
    months = sorted({m for d, m in saved if d in ids})
    return Coverage(
        months[0] if months else None, months[-1] if months else None, len(months), len(ids)
    )
