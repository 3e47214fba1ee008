"""Translation of user-visible text.

Source strings are English. ``tr`` goes through Qt's translators, so the same catalogue
(`resources/i18n/deptcal_ko.ts`) serves the window, the dialogs, the data layer's error
messages and the command line. Without an installed translator the English text is returned.

Qt is imported on the first call, not on import: the domain's rules (and the code that only
imports them) stay free of PySide6 until a message is actually shown.
"""

from __future__ import annotations


def tr(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """Translate ``text`` in ``context``; ``n`` selects a plural form where one exists."""
    from PySide6.QtCore import QCoreApplication

    return QCoreApplication.translate(context, text, disambiguation, n)
