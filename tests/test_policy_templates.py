"""The administrators' templates (resources/policy): the Group Policy ADMX with its English and
Korean ADML, and the macOS configuration profile and preference file. Windows and macOS cannot
run here: these check that the files are well-formed and name only settings the app reads, in
the types it reads them."""

from __future__ import annotations

import importlib
import pkgutil
import plistlib
import re
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

import pytest

import desktop
from desktop.data.config import CredentialMode
from desktop.days_off_settings import GROUP
from desktop.domain.days_off import parse_entries
from desktop.domain.reminders import CHOICES, encode
from desktop.managed_prefs import POLICY_KEY, mac_name
from desktop.settings import APPLICATION, BUNDLE_ID, ORGANIZATION, Setting, _convert

POLICY = Path(__file__).parent.parent / "resources" / "policy"
ADMX = POLICY / "windows" / "deptcal.admx"
ADML = {"en-US": POLICY / "windows" / "en-US" / "deptcal.adml"}
ADML["ko-KR"] = POLICY / "windows" / "ko-KR" / "deptcal.adml"
PROFILE = POLICY / "macos" / f"{BUNDLE_ID}.mobileconfig"
PREFERENCE_FILE = POLICY / "macos" / f"{BUNDLE_ID}.plist"

NS = {"p": "http://schemas.microsoft.com/GroupPolicy/2006/07/PolicyDefinitions"}
BASE = POLICY_KEY.format(organization=ORGANIZATION, application=APPLICATION).removeprefix(
    "HKEY_LOCAL_MACHINE\\"
)
HANGUL = re.compile("[가-힣]")

# The values the app understands for the settings offered as a choice.
CHOICE_VALUES: dict[str, set[str]] = {
    "credentials/mode": {mode.value for mode in CredentialMode},
    "ui/language": {"ko", "en"},
    "reminders/timed": {encode(choice) for choice in CHOICES},
    "reminders/all_day": {encode(choice) for choice in CHOICES},
    "tray/on_close": {"tray", "quit"},
    "view/lunar_dates": {"on", "off"},
    "view/hour24": {"24", "12"},
    "calendar/first_weekday": {str(day) for day in range(8)},
}


def every_setting() -> dict[str, Setting]:
    """Every ``Setting`` the app declares, wherever its module is."""
    found: dict[str, Setting] = {}
    for module in pkgutil.walk_packages(desktop.__path__, "desktop."):
        if module.name.endswith("__main__"):
            continue
        for value in vars(importlib.import_module(module.name)).values():
            if isinstance(value, Setting):
                found[value.key] = value
    return found


SETTINGS = every_setting()


def admx() -> ET.Element:
    return ET.parse(ADMX).getroot()


def policies() -> list[ET.Element]:
    return admx().findall("p:policies/p:policy", NS)


def policy_values() -> dict[str, tuple[ET.Element, ET.Element]]:
    """Each registry value a policy writes, as its settings key: (policy, element)."""
    found: dict[str, tuple[ET.Element, ET.Element]] = {}
    for policy in policies():
        key = policy.get("key", "")
        if policy.get("valueName"):
            found[registry_setting(key, policy.get("valueName", ""))] = (policy, policy)
        for element in policy.findall("p:elements/*", NS):
            if element.get("valueName"):
                name = element.get("valueName", "")
                found[registry_setting(element.get("key", key), name)] = (policy, element)
    return found


def registry_setting(key: str, value_name: str) -> str:
    assert key.startswith(BASE + "\\"), key
    return key.removeprefix(BASE + "\\").replace("\\", "/") + "/" + value_name


# --- Group Policy ---------------------------------------------------------------------------------


def test_the_admx_and_adml_are_policy_definitions() -> None:
    assert admx().tag == f"{{{NS['p']}}}policyDefinitions"
    for path in ADML.values():
        assert ET.parse(path).getroot().tag == f"{{{NS['p']}}}policyDefinitionResources"


@pytest.mark.parametrize("language", sorted(ADML))
def test_every_reference_resolves(language: str) -> None:
    text = ADMX.read_text(encoding="utf-8")
    resources = ET.parse(ADML[language]).getroot()
    strings = {s.get("id") for s in resources.findall("p:resources/p:stringTable/p:string", NS)}
    presentations = {
        p.get("id"): p
        for p in resources.findall("p:resources/p:presentationTable/p:presentation", NS)
    }
    referenced = set(re.findall(r"\$\(string\.([^)]+)\)", text))
    assert referenced
    assert referenced <= strings, referenced - strings
    used = set(re.findall(r"\$\(presentation\.([^)]+)\)", text))
    assert used <= set(presentations), used - set(presentations)
    # Each presentation's controls point at elements of its policy.
    for policy in policies():
        reference = policy.get("presentation")
        if reference is None:
            assert policy.find("p:elements", NS) is None, policy.get("name")
            continue
        elements = {e.get("id") for e in policy.findall("p:elements/*", NS)}
        controls = {c.get("refId") for c in presentations[reference[15:-1]]}
        assert controls == elements, policy.get("name")


def test_the_korean_strings_are_korean() -> None:
    def table(language: str) -> dict[str | None, str]:
        root = ET.parse(ADML[language]).getroot()
        return {
            s.get("id"): s.text or ""
            for s in root.findall("p:resources/p:stringTable/p:string", NS)
        }

    english, korean = table("en-US"), table("ko-KR")
    assert set(english) == set(korean)
    for name, text in korean.items():
        assert HANGUL.search(text), name
        assert text != english[name], name


def test_every_policy_value_is_a_setting_the_app_reads() -> None:
    values = policy_values()
    assert set(values) <= set(SETTINGS), set(values) - set(SETTINGS)
    for key in (
        "connection/region",
        "connection/departments_table",
        "connection/events_table",
        "connection/endpoint_url",
        "credentials/mode",
        "credentials/profile",
        "network/ca_bundle",
        "network/proxy",
        "admin/departments",
        "access/read_only",
    ):
        assert key in values, key


def test_policy_values_have_the_settings_types() -> None:
    for key, (policy, element) in policy_values().items():
        setting = SETTINGS[key]
        tag = element.tag.split("}")[1]
        if setting.type is bool:
            assert tag == "policy", key
            enabled = policy.find("p:enabledValue/p:decimal", NS)
            disabled = policy.find("p:disabledValue/p:decimal", NS)
            assert enabled is not None and disabled is not None, key
            # Registry DWORDs read back as numbers: 1 and 0 must read as on and off.
            assert _convert(setting, int(enabled.get("value", ""))) is True
            assert _convert(setting, int(disabled.get("value", ""))) is False
        elif setting.type is int:
            assert tag in ("decimal", "enum"), key
        elif setting.type is list:
            assert tag == "multiText", key  # REG_MULTI_SZ: a list in Qt
        else:
            assert setting.type is str
            assert tag in ("text", "enum"), key
        if tag == "enum":
            items = element.findall("p:item/p:value/*", NS)
            offered = {item.get("value") or item.text or "" for item in items}
            assert offered <= CHOICE_VALUES[key], (key, offered)


def test_the_company_days_off_policy_is_a_list_of_date_and_name() -> None:
    lists = admx().findall("p:policies/p:policy/p:elements/p:list", NS)
    assert len(lists) == 1
    assert lists[0].get("key") == f"{BASE}\\{GROUP}"
    assert lists[0].get("explicitValue") == "true"  # the admin types the date and the name


# --- macOS --------------------------------------------------------------------------------------


def load(path: Path) -> dict[str, Any]:
    with path.open("rb") as file:
        content = plistlib.load(file)
    assert isinstance(content, dict)
    return content


def settings_payload() -> dict[str, Any]:
    payloads = load(PROFILE)["PayloadContent"]
    assert len(payloads) == 1
    payload = payloads[0]
    assert isinstance(payload, dict)
    return payload


def preference_keys(content: dict[str, Any]) -> dict[str, Any]:
    return {name: value for name, value in content.items() if not name.startswith("Payload")}


def test_the_profile_is_a_configuration_with_unique_payload_uuids() -> None:
    profile = load(PROFILE)
    assert profile["PayloadType"] == "Configuration"
    assert profile["PayloadScope"] == "System"
    uuids = [profile["PayloadUUID"], *(p["PayloadUUID"] for p in profile["PayloadContent"])]
    assert len(set(uuids)) == len(uuids)
    identifiers = [profile["PayloadIdentifier"]]
    identifiers += [p["PayloadIdentifier"] for p in profile["PayloadContent"]]
    assert len(set(identifiers)) == len(identifiers)
    for uuid in uuids:
        assert re.fullmatch(r"[0-9A-F]{8}(-[0-9A-F]{4}){3}-[0-9A-F]{12}", uuid)
    payload = settings_payload()
    assert payload["PayloadType"] == BUNDLE_ID  # the domain the app reads
    assert payload["PayloadVersion"] == 1


@pytest.mark.parametrize("path", [PROFILE, PREFERENCE_FILE], ids=lambda p: p.suffix)
def test_every_profile_key_is_a_setting_in_its_type(path: Path) -> None:
    content = settings_payload() if path == PROFILE else load(path)
    keys = preference_keys(content)
    by_name = {mac_name(key): setting for key, setting in SETTINGS.items()}
    for name, value in keys.items():
        if name == GROUP:
            continue
        assert name in by_name, name
        setting = by_name[name]
        assert isinstance(value, setting.type), name
        if setting.key in CHOICE_VALUES:
            assert str(value) in CHOICE_VALUES[setting.key], name


def test_the_profile_covers_what_the_group_policy_does() -> None:
    names = set(preference_keys(settings_payload()))
    assert names == {mac_name(key) for key in policy_values()} | {GROUP}
    assert names == set(load(PREFERENCE_FILE))


def test_the_sample_days_off_are_valid() -> None:
    days = settings_payload()[GROUP]
    found, problems = parse_entries(list(days.items()), managed=True)
    assert not problems
    assert [d.name for d in found] == ["창립기념일", "전사 휴무"]


def test_the_samples_hold_no_secrets() -> None:
    names = [*preference_keys(settings_payload()), *load(PREFERENCE_FILE), *policy_values()]
    for name in names:
        assert not re.search("secret|password|access_key|token", name, re.IGNORECASE), name
    for path in (PROFILE, PREFERENCE_FILE, ADMX):
        assert not re.search("AKIA[0-9A-Z]{16}", path.read_text(encoding="utf-8")), path.name
