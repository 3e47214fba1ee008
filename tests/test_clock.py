"""The suite's date is one input (``DEPTCAL_TEST_TODAY``), seen the same way by every clock."""

from __future__ import annotations

import time
from datetime import date

import pytest

from desktop.domain.timestamps import now_utc
from tests.conftest import SUITE_TODAY


def test_every_wall_clock_agrees_on_the_suites_day(today: date) -> None:
    if SUITE_TODAY is not None:
        assert today == SUITE_TODAY
    local = time.localtime()
    assert date(local.tm_year, local.tm_mon, local.tm_mday) == today
    # The app's own clock (the documents' timestamps) is moved with it.
    assert abs(now_utc().timestamp() - time.time()) < 60


@pytest.mark.real_clock("checks that the marker leaves the real clock in place")
def test_a_marked_test_sees_the_real_clock(today: date) -> None:
    if SUITE_TODAY is not None and abs((SUITE_TODAY - today).days) > 1:
        assert today != SUITE_TODAY
