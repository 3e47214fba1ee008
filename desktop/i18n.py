"""Translation of user-visible text.

Source strings are English. ``tr`` goes through Qt's translators, so the same catalogue
(`resources/i18n/deptcal_ko.ts`) serves the window, the dialogs, the data layer's error
messages and the command line. Without an installed translator the English text is returned.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def tr(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """Translate ``text`` in ``context``; ``n`` selects a plural form where one exists."""
    return QCoreApplication.translate(context, text, disambiguation, n)
