"""Public holidays for the month grid, from the ``holidays`` library.

Korea's lunar holidays (설날, 추석), Buddha's Birthday and the substitute holidays (대체 휴일)
come from the library's calendar rules, so no table needs updating each year. Results are
cached per (country, year, language); everything here is free of Qt and safe to call from
worker threads (``functools.lru_cache`` is thread-safe, and each call builds its own
``holidays`` object).
"""

from __future__ import annotations

import importlib
import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from types import MappingProxyType
from typing import Any

import holidays

# Holiday names on one day are joined with this (the library itself uses "; ").
SEPARATOR = ", "

# A bare language (no territory in the locale name) whose country is plain enough to guess.
_LANGUAGE_COUNTRIES = {"ko": "KR", "ja": "JP"}


def holiday_names(country: str, years: Iterable[int], language: str = "") -> dict[date, str]:
    """The public holidays of ``country`` (ISO code, ``"KR"``) in ``years``, by date.

    ``language`` is a holiday-name language such as ``"ko"`` or ``"en_US"`` (a locale name
    such as ``"ko_KR"`` or ``"en"`` is matched to the closest supported one); an unsupported or
    empty language gives the library's default for the country (Korean for ``KR``). Several
    holidays on one day are joined with ``", "``. An empty or unknown country gives ``{}``.
    """
    code = country.strip().upper()
    if not code or code not in _supported_codes():
        return {}
    result: dict[date, str] = {}
    for year in sorted(set(years)):
        result.update(_year_holidays(code, year, _language_for(code, language)))
    return result


def country_for_locale(locale_name: str) -> str:
    """The holiday country for a locale name: ``"ko_KR"`` → ``"KR"``, unknown → ``""``.

    Accepts ``ko_KR``, ``ko-KR``, ``ko_KR.UTF-8``, ``zh_Hant_TW`` and a bare ``ko``.
    """
    name = re.split(r"[.@]", locale_name.strip(), maxsplit=1)[0]
    parts = [p for p in re.split(r"[_-]", name) if p]
    if not parts:
        return ""
    supported = _supported_codes()
    for part in reversed(parts[1:]):
        if len(part) == 2 and part.isalpha():
            code = part.upper()
            return code if code in supported else ""
    if len(parts) == 1:
        code = _LANGUAGE_COUNTRIES.get(parts[0].lower(), "")
        return code if code in supported else ""
    return ""


def supported_countries() -> list[tuple[str, str]]:
    """Every country the library knows, as (ISO code, English name), sorted by name."""
    return list(_countries())


def supported_languages(country: str) -> tuple[str, ...]:
    """The holiday-name languages the library has for ``country`` (``()`` when unknown)."""
    code = country.strip().upper()
    if code not in _supported_codes():
        return ()
    return _languages(code)[1]


@dataclass(frozen=True)
class HolidayData:
    """Which holiday data is built in: the library's version and how far its Korean data
    reaches (the last year with a holiday decreed for that year only, e.g. 임시공휴일)."""

    version: str
    korean_decreed_until: int | None


def holiday_data() -> HolidayData:
    """The ``holidays`` library's version and the last year of its Korean decreed holidays."""
    version = str(getattr(holidays, "__version__", "") or "")
    decreed: int | None = None
    try:
        from holidays.countries import south_korea

        years = [
            year
            for value in vars(south_korea).values()
            if isinstance(value, type)
            for year in getattr(value, "special_public_holidays", {}) or {}
            if isinstance(year, int)
        ]
        decreed = max(years) if years else None
    except ImportError:  # pragma: no cover - a library without Korea
        decreed = None
    return HolidayData(version, decreed)


def clear_cache() -> None:
    """Forget cached holidays (for tests, or after the library was upgraded in place)."""
    _year_holidays.cache_clear()


# --- internals --------------------------------------------------------------------------------


@lru_cache(maxsize=1)
def _supported_codes() -> frozenset[str]:
    # The registry is a plain table; ``list_supported_countries`` imports all 250 modules.
    try:
        from holidays import registry

        return frozenset(str(entry[1]) for entry in registry.COUNTRIES.values())
    except (ImportError, AttributeError, IndexError):  # pragma: no cover - a future layout
        return frozenset(holidays.list_supported_countries())


@lru_cache(maxsize=64)
def _languages(code: str) -> tuple[str, tuple[str, ...]]:
    """(default language, supported languages) of a country's holiday names."""
    calendar: Any = holidays.country_holidays(code, years=[])
    default = str(getattr(calendar, "default_language", "") or "")
    supported = tuple(str(lang) for lang in getattr(calendar, "supported_languages", ()) or ())
    return default, supported


def _language_for(code: str, language: str) -> str:
    """The supported language closest to ``language``, or ``""`` for the library default."""
    wanted = language.strip().replace("-", "_").split(".", 1)[0]
    if not wanted:
        return ""
    default, supported = _languages(code)
    by_lower = {lang.lower(): lang for lang in supported}
    if wanted.lower() in by_lower:
        return by_lower[wanted.lower()]
    base = wanted.split("_", 1)[0].lower()
    if default.lower().split("_", 1)[0] == base:
        return ""  # the default already is that language
    if base in by_lower:
        return by_lower[base]
    for lang in supported:
        if lang.lower().split("_", 1)[0] == base:
            return lang
    return ""


@lru_cache(maxsize=256)
def _year_holidays(code: str, year: int, language: str) -> MappingProxyType[date, str]:
    calendar = holidays.country_holidays(code, years=year, language=language or None)
    names: dict[date, str] = {}
    for day in sorted(calendar):
        labels: list[str] = []
        for label in calendar.get_list(day):
            if label and label not in labels:
                labels.append(label)
        names[day] = SEPARATOR.join(labels)
    return MappingProxyType(names)


@lru_cache(maxsize=1)
def _countries() -> tuple[tuple[str, str], ...]:
    from holidays import registry

    found: list[tuple[str, str]] = []
    for module_name, (class_name, code, *_rest) in registry.COUNTRIES.items():
        found.append((code, _country_name(module_name, class_name)))
    return tuple(sorted(found, key=lambda item: (item[1].casefold(), item[0])))


def _country_name(module_name: str, class_name: str) -> str:
    """The English name: the first line of the class docstring ("South Korea holidays.")."""
    try:
        module = importlib.import_module(f"holidays.countries.{module_name}")
        doc = (getattr(module, class_name).__doc__ or "").strip()
    except (ImportError, AttributeError):
        doc = ""
    first = doc.splitlines()[0].strip() if doc else ""
    if first.endswith(" holidays."):
        return first.removesuffix(" holidays.").removesuffix(" (the)").strip()
    # "SouthKorea" → "South Korea"
    return re.sub(r"(?<=[a-z])(?=[A-Z])", " ", class_name)
