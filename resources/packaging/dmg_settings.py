"""dmgbuild settings for the macOS disk image: the app beside a link to Applications.

Run from the repository's top folder after ``uv run pyinstaller build.spec``::

    uvx dmgbuild -s resources/packaging/dmg_settings.py \\
        -D app="dist/Department Calendar.app" \\
        "Department Calendar" dist/DepartmentCalendar-0.1.0-macos.dmg

Staff open the image and drag the app onto Applications (their own ~/Applications works as
well: no administrator rights are needed).
"""

from __future__ import annotations

import os.path

# dmgbuild runs this file with ``defines`` (the -D options) among its globals.
defines: dict[str, str] = globals().get("defines") or {}

application = defines.get("app", "dist/Department Calendar.app")
appname = os.path.basename(application)

format = defines.get("format", "UDZO")  # zlib-compressed, readable by every supported macOS
filesystem = "HFS+"
size = None  # computed from the contents
files = [application]
symlinks = {"Applications": "/Applications"}
icon = defines.get("icon", "resources/icons/deptcal.icns")  # the volume's icon

default_view = "icon-view"
show_status_bar = False
show_tab_view = False
show_toolbar = False
show_pathbar = False
show_sidebar = False
window_rect = ((200, 160), (600, 340))
icon_size = 128
text_size = 13
icon_locations = {appname: (150, 160), "Applications": (450, 160)}
background = "builtin-arrow"
