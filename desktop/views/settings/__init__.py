"""The connection settings dialog and its parts."""

from __future__ import annotations

from desktop.views.settings.dialog import SettingsDialog
from desktop.views.settings.location import region_names
from desktop.views.settings.widgets import Checklist, lock_pixmap

__all__ = ["Checklist", "SettingsDialog", "lock_pixmap", "region_names"]
