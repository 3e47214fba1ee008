"""The words staff read: English plurals, Korean without particle placeholders, no jargon.

Messages with a count are written in the plural and take their singular from the English
catalogue; Korean sentences never leave the particle to the reader ("(으)로", "이(가)"); and
what staff read (the banner, the status bar, error dialogs, the event dialog) speaks of the
shared calendar and the calendar server, never of DynamoDB, tables or endpoints: Settings,
the admin commands and the log keep those.
"""

from __future__ import annotations

import importlib.util
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

import pytest
from PySide6.QtCore import QCoreApplication
from pytestqt.qtbot import QtBot

from desktop.data.errors import (
    NotConnectedError,
    OfflineError,
    SchemaMismatchError,
    ServiceError,
    StoreError,
    TableMissingError,
    TableNotReadyError,
    ThrottledError,
    ValidationFailed,
)
from desktop.gui import choose_locale, install_translations
from desktop.i18n import tr

ROOT = Path(__file__).resolve().parent.parent
I18N = ROOT / "resources" / "i18n"

# Where the technical words belong: the connection settings, their check, the admin commands.
TECHNICAL_CONTEXTS = {"SettingsDialog", "ConnectionCheck", "ConnectionRules", "Regions", "cli"}
TECHNICAL_CONTEXTS |= {"migrate", "NetworkRules"}
TECHNICAL_CONTEXTS |= {"LocalEndpoint"}  # the admins' DynamoDB Local warnings (settings, commands)
JARGON = re.compile(
    r"dynamodb|\btables?\b|endpoint|https?://[a-z0-9]|테이블|엔드포인트", re.IGNORECASE
)
PARTICLE_PLACEHOLDERS = ("(으)로", "이(가)", "을(를)", "은(는)", "와(과)")


def _script() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "deptcal_translations_words", ROOT / "scripts" / "translations.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


def _catalogue(name: str) -> Iterator[tuple[str, str, list[str]]]:
    """(context, source, translation forms) of each message of a .ts file."""
    for context in ET.parse(I18N / name).getroot().iter("context"):
        context_name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            forms = [form.text or "" for form in translation.iter("numerusform")]
            yield context_name, message.findtext("source") or "", forms or [translation.text or ""]


def test_no_source_string_leaves_the_plural_to_the_reader() -> None:
    written = [m for m in _script().extract() if "(s)" in m.source]
    assert written == []


@pytest.mark.parametrize(
    ("context", "source", "n", "expected"),
    [
        ("MainWindow", "%n changes not sent", 1, "1 change not sent"),
        ("MainWindow", "%n changes not sent", 2, "2 changes not sent"),
        ("MainWindow", "%n need your decision", 1, "1 needs your decision"),
        ("MainWindow", "Trying again in %n seconds.", 1, "Trying again in 1 second."),
        ("MonthModel", "%n events", 1, "1 event"),
        ("MonthModel", "%n events", 0, "0 events"),
        ("cli", "%n departments", 1, "1 department"),
    ],
)
def test_english_counts_are_singular_or_plural(
    qapp: QCoreApplication, context: str, source: str, n: int, expected: str
) -> None:
    # Without a catalogue installed (the command line) and with the window's English one.
    assert tr(context, source, n=n) == expected
    installed = install_translations(qapp, choose_locale("en"))  # type: ignore[arg-type]
    try:
        assert [t.language() for t in installed] == ["en_US"]
        assert tr(context, source, n=n) == expected
    finally:
        for translator in installed:
            qapp.removeTranslator(translator)


def test_every_count_has_both_english_forms() -> None:
    numerus = {(m.context, m.source) for m in _script().extract() if m.numerus}
    english = {(context, source): forms for context, source, forms in _catalogue("deptcal_en.ts")}
    assert set(english) == numerus
    for key, forms in english.items():
        assert len(forms) == 2 and all("%n" in form for form in forms), key
        assert forms[1] == key[1], key  # the plural is the source itself


def test_english_catalogue_is_compiled(tmp_path: Path) -> None:
    lrelease = shutil.which("pyside6-lrelease") or str(
        Path(sys.executable).parent / "pyside6-lrelease"
    )
    fresh = tmp_path / "deptcal_en.qm"
    subprocess.run(
        [lrelease, "-silent", str(I18N / "deptcal_en.ts"), "-qm", str(fresh)], check=True
    )
    assert fresh.read_bytes() == (I18N / "deptcal_en.qm").read_bytes()


def test_korean_sentences_have_no_particle_placeholders() -> None:
    found = [
        (context, forms)
        for context, _, forms in _catalogue("deptcal_ko.ts")
        if any(mark in form for form in forms for mark in PARTICLE_PLACEHOLDERS)
    ]
    assert found == []


def test_staff_messages_speak_of_the_shared_calendar() -> None:
    jargon = [
        (context, text)
        for context, source, forms in _catalogue("deptcal_ko.ts")
        if context not in TECHNICAL_CONTEXTS
        for text in (source, *forms)
        if JARGON.search(text)
    ]
    assert jargon == []


@pytest.mark.parametrize(
    "error",
    [
        OfflineError.build("https://dynamodb.ap-northeast-2.amazonaws.com", "timeout"),
        NotConnectedError.now(),
        TableMissingError.build("events", "ap-northeast-2"),
        TableNotReadyError.build("events", "CREATING"),
        SchemaMismatchError.build("events", ["no index department-date-index"]),
        ThrottledError.build("ProvisionedThroughputExceededException", "d"),
        ServiceError.build("InternalServerError", "d"),
        ValidationFailed.server("ValidationException: bad"),
    ],
    ids=lambda error: type(error).__name__,
)
def test_errors_keep_the_technical_part_for_the_details(error: StoreError) -> None:
    assert not JARGON.search(error.message), error.message
    assert error.details(), "the code, server or table stays available"
    assert error.details() in error.log_text()


def test_the_banner_offers_the_details_on_hover(qtbot: QtBot) -> None:
    from PySide6.QtWidgets import QWidget

    from desktop.views.banner import Banner

    window = QWidget()
    qtbot.addWidget(window)
    banner = Banner(window)
    error = TableMissingError.build("calendar-events", "ap-northeast-2")
    banner.show_message("error", error.message, details=error.details())

    assert "calendar-events" not in banner.label.text()
    assert "calendar-events" in banner.label.toolTip()
    assert banner.label.toolTip().startswith("<p")  # shown literally, never as markup
