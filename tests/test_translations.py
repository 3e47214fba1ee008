"""The Korean catalogue: complete, compiled, and safe to ``.format()`` at run time."""

from __future__ import annotations

import importlib.util
import shutil
import string
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator

ROOT = Path(__file__).resolve().parent.parent
TS = ROOT / "resources" / "i18n" / "deptcal_ko.ts"
QM = TS.with_suffix(".qm")

# Every ``{name}`` the source strings use; a translation may use no other.
PLACEHOLDERS = (
    "title",
    "name",
    "endpoint",
    "profile",
    "action",
    "table",
    "region",
    "where",
    "status",
    "problems",
    "code",
    "limit",
    "id",
    "what",
    "date",
    "department",
    "time",
    "units",
    "path",
    "version",
    "count",
    "reason",
    "file",
    "collection",
    "at",
    "msg",
    "line",
    "col",
    "written",
    "skipped",
    "present",
)


def _script() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "deptcal_translations", ROOT / "scripts" / "translations.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    # Registered first: its dataclass looks its own module up while being created.
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


def _messages() -> Iterator[tuple[str, str, str, bool, str]]:
    """(context, source, comment, numerus, translation) for each message of the .ts."""
    for context in ET.parse(TS).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            numerus = message.get("numerus") == "yes"
            form = translation.find("numerusform")
            text = (form.text if numerus and form is not None else translation.text) or ""
            yield (
                name,
                message.findtext("source") or "",
                message.findtext("comment") or "",
                numerus,
                text,
            )


def _fields(text: str) -> set[str]:
    return {field for _, field, _, _ in string.Formatter().parse(text) if field is not None}


@pytest.fixture
def korean(qapp: QCoreApplication) -> Iterator[QTranslator]:
    translator = QTranslator()
    assert translator.load(str(QM))
    qapp.installTranslator(translator)
    yield translator
    qapp.removeTranslator(translator)


def test_every_string_is_translated(capsys: pytest.CaptureFixture[str]) -> None:
    assert _script().check() == 0, capsys.readouterr().out


def test_compiled_catalogue_is_up_to_date(tmp_path: Path) -> None:
    lrelease = shutil.which("pyside6-lrelease") or str(
        Path(sys.executable).parent / "pyside6-lrelease"
    )
    fresh = tmp_path / "deptcal_ko.qm"
    subprocess.run([lrelease, "-silent", str(TS), "-qm", str(fresh)], check=True)
    assert fresh.read_bytes() == QM.read_bytes(), "run: scripts/translations.py compile"


@pytest.mark.usefixtures("korean")
@pytest.mark.parametrize(
    ("context", "source", "n", "expected"),
    [
        ("MainWindow", "&File", -1, "파일(&F)"),
        ("MainWindow", "Today", -1, "오늘"),
        ("MainWindow", "Refresh", -1, "새로 고침"),
        ("MainWindow", "Previous month", -1, "이전 달"),
        ("MainWindow", "Next month", -1, "다음 달"),
        ("MainWindow", "Go to date…", -1, "날짜로 이동…"),
        ("EventDialog", "Save", -1, "저장"),
        ("EventDialog", "Cancel", -1, "취소"),
        ("MonthModel", "%n events", 3, "일정 3개"),
        ("MonthView", "+%n more", 2, "+2개 더 보기"),
    ],
)
def test_key_strings_are_korean(context: str, source: str, n: int, expected: str) -> None:
    assert QCoreApplication.translate(context, source, None, n) == expected


@pytest.mark.usefixtures("korean")
def test_translations_keep_placeholders_and_mnemonics() -> None:
    messages = list(_messages())
    assert len(messages) > 200
    for context, source, comment, numerus, text in messages:
        where = f"[{context}] {source!r}"
        n = 2 if numerus else -1
        translated = QCoreApplication.translate(context, source, comment or None, n)
        assert translated != source, where
        assert translated == (text.replace("%n", "2") if numerus else text), where
        assert _fields(text) == _fields(source), where
        assert ("%n" in text) == ("%n" in source), where
        assert text.count("&") == source.count("&"), where
        dummies = dict.fromkeys((*PLACEHOLDERS, *_fields(source)), 1)
        try:
            translated.format(**dummies)
        except (KeyError, IndexError, ValueError) as exc:
            pytest.fail(f"{where}: {exc!r}")
