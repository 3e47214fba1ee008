"""A cheaper form of a check PySide6 makes on every module imported after it.

PySide6 (``shibokensupport.feature``, for its ``from __feature__ import …`` switches) asks of
each newly imported module whether its source mentions "PySide6", through
``inspect.getsource``: tokenizing every file into ``linecache``. At start-up that is about a
tenth of the app's own import time on the GUI thread. :func:`speed_up_feature_check` gives it
the same answer from the file's bytes; where that does not apply (no ``.py`` file, a frozen
app, another PySide6 that has no such check) PySide6's own check stays.
"""

from __future__ import annotations

import sys
from types import ModuleType


def speed_up_feature_check() -> bool:
    """Make PySide6's "does this module use PySide6?" read the file once (after PySide6 is
    imported); ``True`` if it now does."""
    feature = sys.modules.get("shibokensupport.feature")
    original = getattr(feature, "_mod_uses_pyside", None)
    if feature is None or original is None or getattr(original, "from_bytes", False):
        return False

    def uses_pyside(module: ModuleType) -> bool:
        path = getattr(module, "__file__", None)
        if not isinstance(path, str) or not path.endswith(".py"):
            return bool(original(module))
        try:
            with open(path, "rb") as source:
                return b"PySide6" in source.read()
        except OSError:
            return bool(original(module))

    uses_pyside.from_bytes = True  # type: ignore[attr-defined]
    uses_pyside.original = original  # type: ignore[attr-defined]
    feature._mod_uses_pyside = uses_pyside  # type: ignore[attr-defined]
    return True
