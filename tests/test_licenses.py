"""The licence texts the app ships: its own, Qt's, and a notice for every runtime dependency."""

from __future__ import annotations

import re
from importlib import metadata
from pathlib import Path

from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

ROOT = Path(__file__).resolve().parent.parent
LICENSES = ROOT / "resources" / "licenses"
NOTICES = LICENSES / "THIRD-PARTY-NOTICES.txt"
RULE = "-" * 78


def shipped_distributions(name: str = "deptcal") -> dict[str, str]:
    """The distributions the app needs at run time on this machine (its requirements, theirs,
    and so on; no extras, no development group), by canonical name → installed version."""
    found: dict[str, str] = {}
    pending = [name]
    while pending:
        distribution = metadata.distribution(pending.pop())
        for text in distribution.requires or []:
            requirement = Requirement(text)
            if requirement.marker is not None and not requirement.marker.evaluate({"extra": ""}):
                continue  # another platform's, or an extra's
            key = canonicalize_name(requirement.name)
            if key not in found:
                found[key] = metadata.version(requirement.name)
                pending.append(requirement.name)
    return found


def noticed() -> dict[str, tuple[str, str]]:
    """The notices' packages: canonical name → (version, the section's text)."""
    text = NOTICES.read_text(encoding="utf-8")
    # Each section: a rule, "name version", its licence and URL lines, a rule, the texts.
    heading = re.compile(rf"^{RULE}\n(\S+) (\S+)\n(?:.+\n)*?{RULE}\n", re.MULTILINE)
    matches = list(heading.finditer(text))
    found: dict[str, tuple[str, str]] = {}
    for match, following in zip(matches, [*matches[1:], None], strict=True):
        body = text[match.start() : following.start() if following else None]
        found[canonicalize_name(match.group(1))] = (match.group(2), body)
    return found


def section(name: str) -> str:
    return noticed()[canonicalize_name(name)][1]


def test_every_shipped_distribution_has_a_notice() -> None:
    """A new dependency without a notice fails here: run scripts/third_party_notices.py."""
    shipped = shipped_distributions()
    assert {"boto3", "botocore", "pyside6-essentials", "shiboken6", "keyring"} <= set(shipped)
    assert "moto" not in shipped and "pytest" not in shipped  # development only
    missing = sorted(set(shipped) - set(noticed()))
    assert missing == [], f"no notice for {missing}: run scripts/third_party_notices.py"


def test_each_notice_has_a_licence_text() -> None:
    assert "Apache License" in section("boto3")
    assert "Version 2.0, January 2004" in section("botocore")
    # Both of cryptography's licences, not only the file that names them.
    cryptography = section("cryptography")
    assert "LICENSE.APACHE" in cryptography and "Redistribution and use" in cryptography
    assert "Qt-NOTICE.txt" in section("PySide6_Essentials")
    for name in noticed():
        assert len(section(name)) > 300, name


def test_the_apps_own_licence_is_mit() -> None:
    text = (ROOT / "LICENSE").read_text(encoding="utf-8")
    assert text.startswith("MIT License\n")
    assert "Department Calendar contributors" in text
    assert metadata.metadata("deptcal")["License-Expression"] == "MIT"


def test_qt_is_shipped_with_the_lgpl_and_gpl_and_where_its_source_is() -> None:
    lgpl = (LICENSES / "LGPL-3.0.txt").read_text(encoding="utf-8")
    gpl = (LICENSES / "GPL-3.0.txt").read_text(encoding="utf-8")
    assert lgpl.split()[:7] == ["GNU", "LESSER", "GENERAL", "PUBLIC", "LICENSE", "Version", "3,"]
    assert gpl.split()[:6] == ["GNU", "GENERAL", "PUBLIC", "LICENSE", "Version", "3,"]
    assert "END OF TERMS AND CONDITIONS" in gpl
    notice = (LICENSES / "Qt-NOTICE.txt").read_text(encoding="utf-8")
    assert "GNU Lesser General Public License version 3" in notice
    assert "download.qt.io" in notice and "code.qt.io" in notice
    assert "linked dynamically" in notice
