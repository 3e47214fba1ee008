"""The licence texts the app ships, read for Help ▸ Licences (on a worker: no widgets here).

The app's MIT licence (LICENSE), Qt's notice and the LGPL v3 and GPL v3 texts, and the
third-party notices that scripts/third_party_notices.py writes, split into one section per
distribution. Everything is plain text from other projects: the dialog shows it as such.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from desktop.resources import license_path

APP_LICENSE = "LICENSE"
QT_NOTICE = "Qt-NOTICE.txt"
LGPL = "LGPL-3.0.txt"
GPL = "GPL-3.0.txt"
THIRD_PARTY = "THIRD-PARTY-NOTICES.txt"
FILES = (APP_LICENSE, QT_NOTICE, LGPL, GPL, THIRD_PARTY)

RULE = "-" * 78
# A section: a rule, "name version", its licence and URL lines, a rule, then its texts.
_SECTION = re.compile(rf"^{RULE}\n(\S+) (\S+)\n((?:.+\n)*?){RULE}\n", re.MULTILINE)


@dataclass(frozen=True)
class ThirdParty:
    """One distribution's notice: its name, version and licence, and the whole section."""

    name: str
    version: str
    license: str
    text: str


@dataclass(frozen=True)
class LicenseTexts:
    """The files' texts by file name (those found), the notices' sections, the files missing."""

    files: dict[str, str] = field(default_factory=dict)
    third_party: list[ThirdParty] = field(default_factory=list)
    missing: list[str] = field(default_factory=list)


def read_license_texts() -> LicenseTexts:
    """Read every licence file (about 170 KB); runs on a worker."""
    files: dict[str, str] = {}
    missing: list[str] = []
    for name in FILES:
        try:
            files[name] = license_path(name).read_text(encoding="utf-8")
        except OSError:
            missing.append(name)
    return LicenseTexts(files, third_party_sections(files.get(THIRD_PARTY, "")), missing)


def third_party_sections(notices: str) -> list[ThirdParty]:
    """The sections of THIRD-PARTY-NOTICES.txt, in its order."""
    matches = list(_SECTION.finditer(notices))
    ends = [match.start() for match in matches[1:]] + [len(notices)] * bool(matches)
    sections: list[ThirdParty] = []
    for match, end in zip(matches, ends, strict=True):
        fields = dict(line.split(": ", 1) for line in match.group(3).splitlines() if ": " in line)
        text = notices[match.start() : end]
        sections.append(
            ThirdParty(
                match.group(1), match.group(2), fields.get("License", ""), text.strip("-\n ")
            )
        )
    return sections
