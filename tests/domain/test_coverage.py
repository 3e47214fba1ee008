"""Which months a range lacks, and what the saved months cover."""

from __future__ import annotations

from datetime import date

from desktop.domain.coverage import coverage, missing_months, months_between


def test_months_between_crosses_the_year() -> None:
    assert months_between(date(2026, 11, 20), date(2027, 2, 1)) == [
        date(2026, 11, 1),
        date(2026, 12, 1),
        date(2027, 1, 1),
        date(2027, 2, 1),
    ]


def test_missing_months_are_those_never_fetched_month_by_month() -> None:
    saved = {("a", date(2026, 1, 1)), ("b", date(2026, 2, 1))}
    assert missing_months(saved, ["a", "b", "a"], date(2026, 1, 5), date(2026, 2, 28)) == [
        ("b", date(2026, 1, 1)),
        ("a", date(2026, 2, 1)),
    ]


def test_coverage_counts_the_months_and_sees_gaps() -> None:
    saved = {("a", date(2025, 1, 1)), ("a", date(2025, 3, 1)), ("b", date(2025, 3, 1))}
    covered = coverage(saved, ["a", "b", "c"])
    assert (covered.first, covered.last, covered.months, covered.departments) == (
        date(2025, 1, 1),
        date(2025, 3, 1),
        2,
        3,
    )
    assert covered.span == 3 and covered.gaps
    nothing = coverage(saved, ["c"])
    assert nothing.first is None and nothing.span == 0 and not nothing.gaps
