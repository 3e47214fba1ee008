"""Keep the Qt Linguist catalogue in step with the source, and compile it.

    uv run python scripts/translations.py update   # add new strings to resources/i18n/*.ts
    uv run python scripts/translations.py compile  # .ts → .qm with pyside6-lrelease
    uv run python scripts/translations.py check    # fail if a string is new or untranslated

Two catalogues: Korean (every string) and English (only the strings with a count, ``%n``:
their singular and plural forms, "1 change not sent" / "2 changes not sent"; the source
strings are written in the plural and serve every other English text as they are).

Strings are found by reading every ``tr(context, text, …)`` call of ``desktop.i18n`` in the
source (pyside6-lupdate only knows ``self.tr`` and ``QCoreApplication.translate``). Existing
translations are kept; strings no longer in the source are marked obsolete.
"""

from __future__ import annotations

import ast
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCE = ROOT / "desktop"
CATALOGUES = {
    "ko_KR": ROOT / "resources" / "i18n" / "deptcal_ko.ts",
    "en_US": ROOT / "resources" / "i18n" / "deptcal_en.ts",
}
# Catalogues that hold only the strings with a count (the source language's plural forms).
NUMERUS_ONLY = {"en_US"}
# How many plural forms a language has (Qt's rules): English one/other, Korean one.
PLURAL_FORMS = {"ko_KR": 1, "en_US": 2}


@dataclass(frozen=True)
class Message:
    context: str
    source: str
    comment: str
    numerus: bool
    location: tuple[str, int]


def extract() -> list[Message]:
    found: dict[tuple[str, str, str], Message] = {}
    for path in sorted(SOURCE.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
        constants = {
            target.id: node.value.value
            for node in tree.body
            if isinstance(node, ast.Assign)
            and isinstance(node.value, ast.Constant)
            and isinstance(node.value.value, str)
            for target in node.targets
            if isinstance(target, ast.Name)
        }
        for node in ast.walk(tree):
            if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Name)):
                continue
            if node.func.id != "tr" or len(node.args) < 2:
                continue
            context, text = node.args[0], node.args[1]
            if isinstance(context, ast.Name) and context.id in constants:
                context = ast.Constant(constants[context.id])
            if not (isinstance(context, ast.Constant) and isinstance(text, ast.Constant)):
                raise SystemExit(f"{path}:{node.lineno}: tr() needs literal context and text")
            comment = ""
            if len(node.args) > 2 and isinstance(node.args[2], ast.Constant):
                comment = str(node.args[2].value or "")
            numerus = any(k.arg == "n" for k in node.keywords) or len(node.args) > 3
            key = (str(context.value), str(text.value), comment)
            if key not in found:
                location = (str(path.relative_to(ROOT)), node.lineno)
                found[key] = Message(key[0], key[1], comment, numerus, location)
    return list(found.values())


def _messages(language: str) -> list[Message]:
    messages = extract()
    if language in NUMERUS_ONLY:
        return [m for m in messages if m.numerus]
    return messages


def _existing(path: Path) -> dict[tuple[str, str, str], ET.Element]:
    if not path.exists():
        return {}
    result = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            key = (name, message.findtext("source") or "", message.findtext("comment") or "")
            translation = message.find("translation")
            if translation is not None:
                result[key] = translation
    return result


def update(language: str, path: Path) -> tuple[int, int]:
    """Write the catalogue; returns (messages, untranslated)."""
    old = _existing(path)
    root = ET.Element("TS", version="2.1", language=language, sourcelanguage="en_US")
    untranslated = 0
    messages = _messages(language)
    by_context: dict[str, list[Message]] = {}
    for message in messages:
        by_context.setdefault(message.context, []).append(message)
    for context_name in sorted(by_context):
        context = ET.SubElement(root, "context")
        ET.SubElement(context, "name").text = context_name
        for message in sorted(by_context[context_name], key=lambda m: m.source):
            element = ET.SubElement(context, "message")
            if message.numerus:
                element.set("numerus", "yes")
            filename, line = message.location
            ET.SubElement(element, "location", filename=f"../../{filename}", line=str(line))
            ET.SubElement(element, "source").text = message.source
            if message.comment:
                ET.SubElement(element, "comment").text = message.comment
            previous = old.get((context_name, message.source, message.comment))
            translation = ET.SubElement(element, "translation")
            if message.numerus:
                forms = _forms(previous, language, message.source)
                for form in forms:
                    ET.SubElement(translation, "numerusform").text = form
                complete = all(forms)
            else:
                translation.text = _translation_text(previous)
                complete = bool(translation.text)
            if not complete or (previous is not None and previous.get("type") == "unfinished"):
                translation.set("type", "unfinished")
                untranslated += 1
    ET.indent(root, space="    ")
    body = ET.tostring(root, encoding="unicode")
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8"
    )
    return len(messages), untranslated


def _forms(previous: ET.Element | None, language: str, source: str) -> list[str]:
    """The plural forms kept from ``previous``; a new English string starts with its plural."""
    count = PLURAL_FORMS.get(language, 1)
    if previous is None:
        kept: list[str] = []
    elif previous.find("numerusform") is not None:
        kept = [form.text or "" for form in previous.iter("numerusform")]
    else:
        kept = [previous.text or ""]
    if language in NUMERUS_ONLY and not kept:
        kept = ["", source]
    kept = (kept + [""] * count)[:count]
    return kept


def _translation_text(element: ET.Element | None) -> str:
    if element is None:
        return ""
    form = element.find("numerusform")
    if form is not None:
        return form.text or ""
    return element.text or ""


def compile_all() -> None:
    lrelease = shutil.which("pyside6-lrelease") or str(
        Path(sys.executable).parent / "pyside6-lrelease"
    )
    for path in CATALOGUES.values():
        subprocess.run(
            [lrelease, "-silent", str(path), "-qm", str(path.with_suffix(".qm"))], check=True
        )


def check() -> int:
    problems = 0
    for language, path in CATALOGUES.items():
        old = _existing(path)
        for message in _messages(language):
            previous = old.get((message.context, message.source, message.comment))
            if (
                previous is None
                or previous.get("type") == "unfinished"
                or not _translation_text(previous)
                or (message.numerus and not all(_forms(previous, language, message.source)))
            ):
                print(f"{language}: untranslated: [{message.context}] {message.source!r}")
                problems += 1
    return 1 if problems else 0


def main() -> int:
    command = sys.argv[1] if len(sys.argv) > 1 else "update"
    if command == "update":
        for language, path in CATALOGUES.items():
            total, missing = update(language, path)
            print(f"{path.name}: {total} strings, {missing} untranslated")
        return 0
    if command == "compile":
        compile_all()
        return 0
    if command == "check":
        return check()
    print(__doc__)
    return 2


if __name__ == "__main__":
    sys.exit(main())
