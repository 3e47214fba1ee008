"""Translation of user-visible text.

Source strings are English. ``tr`` goes through Qt's translators, so the same catalogue
(`resources/i18n/deptcal_ko.ts`) serves the window, the dialogs, the data layer's error
messages and the command line. Without an installed translator the English text is returned.

A string with a count (``%n``) is written in the plural ("%n changes not sent"); the English
catalogue (`resources/i18n/deptcal_en.ts`) holds its singular. The window installs it for the
English UI; where no catalogue has the string (the command line, which has no application
object to install one on, or a language without a catalogue) ``tr`` reads it directly, so
English never says "1 changes".

Qt is imported on the first call, not on import: the domain's rules (and the code that only
imports them) stay free of PySide6 until a message is actually shown.
"""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtCore import QTranslator


def tr(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """Translate ``text`` in ``context``; ``n`` selects a plural form where one exists."""
    from PySide6.QtCore import QCoreApplication

    translated = QCoreApplication.translate(context, text, disambiguation, n)
    if n >= 0 and translated == text.replace("%n", str(n)):
        english = _english().translate(context, text, disambiguation, n)
        if english:
            return english.replace("%n", str(n))
    return translated


@cache
def _english() -> QTranslator:
    """The English plural forms, loaded once and never installed (no application needed)."""
    from PySide6.QtCore import QTranslator

    from desktop.resources import resource_path

    translator = QTranslator()
    translator.load(str(resource_path("i18n", "deptcal_en.qm")))
    return translator
