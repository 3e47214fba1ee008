"""Company days off: which entries count, and how their names join the public holidays'."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QSettings

from desktop.days_off_settings import days_off, own_days_off, save_own_days_off
from desktop.domain.days_off import DayOff, names_by_day, parse_entries, with_days_off
from desktop.settings import AppSettings

DECEMBER = (date(2026, 12, 1), date(2026, 12, 31))


def test_bad_entries_are_skipped_with_the_reason() -> None:
    days, problems = parse_entries(
        [
            ("2026-12-11", "창립기념일"),
            ("2026-02-30", "없는 날"),  # impossible date
            ("12/31/2026", "전사 휴무"),  # not YYYY-MM-DD
            ("2026-12-24", ""),  # no name
            ("2026-12-23", "가" * 10_000),  # far too long
            ("2026-12-22", "<img src=/dev/zero>"),  # markup
            ("2026-12-21", "줄\n바꿈"),  # two lines
            ("2026-12-11", "두 번째"),  # the same day again
            ("2026-12-31", ["전사 휴무", "종무식"]),  # an INI value with a comma
        ],
        managed=True,
    )
    assert days == [
        DayOff(date(2026, 12, 11), "창립기념일", True),
        DayOff(date(2026, 12, 31), "전사 휴무, 종무식", True),
    ]
    assert len(problems) == 7
    assert all(len(p) < 200 for p in problems)  # the 10,000 characters are not repeated


def test_a_day_off_is_named_after_the_public_holiday_of_its_day() -> None:
    public = {date(2026, 12, 25): "기독탄신일"}
    company = names_by_day(
        [
            DayOff(date(2026, 12, 25), "회사 송년회"),
            DayOff(date(2026, 12, 25), "기독탄신일"),  # an extra holiday the library has
            DayOff(date(2027, 1, 2), "신년 휴무"),  # outside the range
        ],
        *DECEMBER,
    )
    assert with_days_off(public, company) == {date(2026, 12, 25): "기독탄신일, 회사 송년회"}


def test_the_administrators_and_the_users_days_are_read_from_their_settings(
    app_settings: AppSettings, caplog: pytest.LogCaptureFixture
) -> None:
    system = app_settings.system
    system.setValue("company_days_off/2026-12-11", "창립기념일")
    system.setValue("company_days_off/2026-12-32", "잘못된 날")
    save_own_days_off(app_settings, [DayOff(date(2026, 12, 24), "개인 휴가")])

    assert days_off(app_settings) == [
        DayOff(date(2026, 12, 11), "창립기념일", True),
        DayOff(date(2026, 12, 24), "개인 휴가", False),
    ]
    assert "2026-12-32" in caplog.text  # logged, not raised

    # Saved to the file: a new settings object reads them back.
    reread = AppSettings(
        QSettings(app_settings.user.fileName(), QSettings.Format.IniFormat),
        QSettings(system.fileName(), QSettings.Format.IniFormat),
    )
    assert own_days_off(reread) == [DayOff(date(2026, 12, 24), "개인 휴가")]


def test_an_ini_file_as_it_deploys_them(tmp_path: object, app_settings: AppSettings) -> None:
    path = app_settings.system.fileName()
    app_settings.system.sync()
    with open(path, "w", encoding="utf-8") as file:
        file.write(
            "[company_days_off]\n2026-12-11=창립기념일\n2026-12-31=전사 휴무\n"
            "2026-10-05=임시공휴일\n"
        )
    settings = AppSettings(
        QSettings(app_settings.user.fileName(), QSettings.Format.IniFormat),
        QSettings(path, QSettings.Format.IniFormat),
    )
    assert [(d.day.isoformat(), d.name, d.managed) for d in days_off(settings)] == [
        ("2026-10-05", "임시공휴일", True),
        ("2026-12-11", "창립기념일", True),
        ("2026-12-31", "전사 휴무", True),
    ]
