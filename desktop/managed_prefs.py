"""The machine-wide (managed) settings of each platform: the layer :class:`AppSettings` puts
over the user's settings, each value in it locked.

- **macOS**: the values a configuration profile (Jamf, Intune, Kandji…) forces on the bundle
  id's domain (``org.deptcal.DepartmentCalendar``), read with CoreFoundation's
  ``CFPreferencesCopyAppValue`` and counted only when ``CFPreferencesAppValueIsForced`` says
  so: a plain ``/Library/Preferences`` value is a default the user may override, not a lock.
  Keys are Qt's flat keys (``connection.region`` for ``connection/region``); a dictionary value
  is a group (``company_days_off`` = {date: name}).
- **Windows**: the Group Policy key the ADMX template writes,
  ``HKEY_LOCAL_MACHINE\\Software\\Policies\\deptcal\\Department Calendar``, then the older
  ``HKEY_LOCAL_MACHINE\\Software\\deptcal\\Department Calendar``: the first that has a key wins.
- **Linux** and others: Qt's system scope, ``/etc/xdg/deptcal/Department Calendar.conf``.

Each layer offers the reading half of ``QSettings`` (:class:`SettingsLayer`). macOS values are
asked of the system once per process (the GUI thread asks ``is_locked`` while building
dialogs), so a new profile shows from the next start.
"""

from __future__ import annotations

import ctypes
import functools
import getpass
import logging
import plistlib
import sys
import threading
from collections.abc import Callable, Iterable, Mapping
from ctypes import CFUNCTYPE, POINTER, c_char_p, c_long, c_ubyte, c_uint32, c_ulong, c_void_p
from pathlib import Path
from typing import Any, Protocol

from PySide6.QtCore import QSettings

log = logging.getLogger(__name__)


class SettingsLayer(Protocol):
    """The reading half of ``QSettings`` that the app uses on the machine-wide settings."""

    def contains(self, key: str, /) -> bool: ...
    def value(self, key: str, /) -> Any: ...
    def allKeys(self, /) -> list[str]: ...  # noqa: N802  (QSettings' names)
    def childKeys(self, /) -> list[str]: ...  # noqa: N802
    def childGroups(self, /) -> list[str]: ...  # noqa: N802
    def beginGroup(self, prefix: str, /) -> None: ...  # noqa: N802
    def endGroup(self, /) -> None: ...  # noqa: N802
    def group(self, /) -> str: ...
    def setFallbacksEnabled(self, b: bool, /) -> None: ...  # noqa: N802
    def sync(self, /) -> None: ...
    def fileName(self, /) -> str: ...  # noqa: N802


# --- Windows: the policy key first, then the older machine-wide key ------------------------------

POLICY_KEY = "HKEY_LOCAL_MACHINE\\Software\\Policies\\{organization}\\{application}"


class LayeredSettings:
    """Several settings read as one: a key's value comes from the first layer that has it."""

    def __init__(self, *layers: SettingsLayer) -> None:
        self.layers = layers

    def contains(self, key: str, /) -> bool:
        return any(layer.contains(key) for layer in self.layers)

    def value(self, key: str, /, defaultValue: Any = None) -> Any:  # noqa: N803
        for layer in self.layers:
            if layer.contains(key):
                return layer.value(key)
        return defaultValue

    def allKeys(self, /) -> list[str]:  # noqa: N802
        return _union(layer.allKeys() for layer in self.layers)

    def childKeys(self, /) -> list[str]:  # noqa: N802
        return _union(layer.childKeys() for layer in self.layers)

    def childGroups(self, /) -> list[str]:  # noqa: N802
        return _union(layer.childGroups() for layer in self.layers)

    def beginGroup(self, prefix: str, /) -> None:  # noqa: N802
        for layer in self.layers:
            layer.beginGroup(prefix)

    def endGroup(self, /) -> None:  # noqa: N802
        for layer in self.layers:
            layer.endGroup()

    def group(self, /) -> str:
        return self.layers[0].group() if self.layers else ""

    def setFallbacksEnabled(self, b: bool, /) -> None:  # noqa: N802
        for layer in self.layers:
            layer.setFallbacksEnabled(b)

    def sync(self, /) -> None:
        for layer in self.layers:
            layer.sync()

    def fileName(self, /) -> str:  # noqa: N802
        """Where the values come from, the winning location first (``; `` between them)."""
        return "; ".join(layer.fileName() for layer in self.layers)


def _union(lists: Iterable[list[str]]) -> list[str]:
    return list(dict.fromkeys(item for items in lists for item in items))


# --- macOS: forced values of the bundle id's domain ---------------------------------------------


class ForcedValues(Protocol):
    """A preferences domain as seen by the reader: which names it may hold, and each forced
    value (``None`` when the name is not forced, whatever its value)."""

    def names(self) -> Iterable[str]: ...
    def forced(self, name: str) -> object | None: ...


class CachedForcedValues:
    """Each name asked of ``source`` once (thread-safe: workers read settings too)."""

    def __init__(self, source: ForcedValues) -> None:
        self._source = source
        self._lock = threading.Lock()
        self._names: list[str] | None = None
        self._values: dict[str, object | None] = {}

    def names(self) -> list[str]:
        with self._lock:
            if self._names is None:
                self._names = list(self._source.names())
            return list(self._names)

    def forced(self, name: str) -> object | None:
        with self._lock:
            if name not in self._values:
                self._values[name] = self._source.forced(name)
            return self._values[name]


# Qt's macOS key mapping (qsettings_mac.cpp): '/' ↔ '.', with '.' as a middle dot and back.
_MACIFY = str.maketrans({"/": ".", ".": "·", "·": "/"})
_QTIFY = str.maketrans({".": "/", "·": ".", "/": "·"})


def mac_name(key: str) -> str:
    """The preference name Qt writes for a settings key: ``connection.region``."""
    return key.translate(_MACIFY)


def qt_key(name: str) -> str:
    """The settings key of a preference name: ``connection/region``."""
    return name.translate(_QTIFY)


class ManagedPreferences:
    """The forced values of a macOS preferences domain, read like ``QSettings``.

    Read-only; one per :class:`AppSettings` (its group is its own), the values shared through
    ``source`` (a :class:`CachedForcedValues`). A key is found by its own name
    (``company_days_off.2026-12-11``) or inside a dictionary named by one of its groups
    (``company_days_off`` = {``2026-12-11``: name}).
    """

    def __init__(self, source: ForcedValues, location: str) -> None:
        self._source = source
        self._location = location
        self._groups: list[str] = []

    def _full(self, key: str) -> str:
        return "/".join([*self._groups, key.strip("/")]) if self._groups else key.strip("/")

    def _lookup(self, full: str) -> tuple[bool, object]:
        value = self._source.forced(mac_name(full))
        if value is not None and not isinstance(value, dict):
            return True, value
        parts = full.split("/")
        for cut in range(1, len(parts)):
            found = self._source.forced(mac_name("/".join(parts[:cut])))
            for part in parts[cut:]:
                if not isinstance(found, dict) or part not in found:
                    found = None
                    break
                found = found[part]
            if found is not None and not isinstance(found, dict):
                return True, found
        return False, None

    def _everything(self) -> dict[str, object]:
        """Every forced key (``group/name``) that the domain's names and the current group's
        dictionaries hold."""
        names = list(self._source.names())
        for depth in range(1, len(self._groups) + 1):
            names.append(mac_name("/".join(self._groups[:depth])))
        found: dict[str, object] = {}
        for name in names:
            _flatten(qt_key(name), self._source.forced(name), found)
        return found

    def _relative(self) -> list[str]:
        prefix = "/".join(self._groups) + "/" if self._groups else ""
        return [key.removeprefix(prefix) for key in self._everything() if key.startswith(prefix)]

    def contains(self, key: str, /) -> bool:
        return self._lookup(self._full(key))[0]

    def value(self, key: str, /, defaultValue: Any = None) -> Any:  # noqa: N803
        found, value = self._lookup(self._full(key))
        return value if found else defaultValue

    def allKeys(self, /) -> list[str]:  # noqa: N802
        return self._relative()

    def childKeys(self, /) -> list[str]:  # noqa: N802
        return [key for key in self._relative() if "/" not in key]

    def childGroups(self, /) -> list[str]:  # noqa: N802
        return list(dict.fromkeys(key.split("/")[0] for key in self._relative() if "/" in key))

    def beginGroup(self, prefix: str, /) -> None:  # noqa: N802
        self._groups.extend(part for part in prefix.split("/") if part)

    def endGroup(self, /) -> None:  # noqa: N802
        if self._groups:
            self._groups.pop()

    def group(self, /) -> str:
        return "/".join(self._groups)

    def setFallbacksEnabled(self, b: bool, /) -> None:  # noqa: N802
        """Nothing to fall back to: only the domain's forced values are read."""

    def sync(self, /) -> None:
        """Read once per process: a new profile shows from the next start."""

    def fileName(self, /) -> str:  # noqa: N802
        return self._location


def _flatten(key: str, value: object, into: dict[str, object]) -> None:
    if value is None:
        return
    if isinstance(value, dict):
        for name, inner in value.items():
            _flatten(f"{key}/{name}", inner, into)
    else:
        into[key] = value


# The folder where macOS keeps the profiles' forced values (device-wide, then per user).
MANAGED_FOLDER = Path("/Library/Managed Preferences")


def managed_names(app_id: str, folder: Path = MANAGED_FOLDER, user: str | None = None) -> list[str]:
    """The names in the domain's managed-preferences files (CoreFoundation has no call that
    lists the forced names; each is then asked of CoreFoundation itself)."""
    if user is None:
        try:
            user = getpass.getuser()
        except (OSError, KeyError):
            user = ""
    paths = [folder / f"{app_id}.plist"]
    if user:
        paths.append(folder / user / f"{app_id}.plist")
    names: list[str] = []
    for path in paths:
        try:
            with path.open("rb") as file:
                content = plistlib.load(file)
        except FileNotFoundError:
            continue
        except (OSError, plistlib.InvalidFileException, ValueError) as error:
            log.info("The managed preferences in %s were not read: %s", path, error)
            continue
        if isinstance(content, dict):
            names.extend(str(name) for name in content)
    return list(dict.fromkeys(names))


# --- CoreFoundation through ctypes --------------------------------------------------------------

_UTF8 = 0x08000100  # kCFStringEncodingUTF8
_SINT64 = 4  # kCFNumberSInt64Type
_FLOAT64 = 6  # kCFNumberFloat64Type
_FRAMEWORK = "/System/Library/Frameworks/CoreFoundation.framework/CoreFoundation"

# name: (result, arguments…); CFTypeID is unsigned long, CFIndex long, Boolean unsigned char.
SIGNATURES: dict[str, tuple[Any, ...]] = {
    "CFRelease": (None, c_void_p),
    "CFGetTypeID": (c_ulong, c_void_p),
    "CFStringGetTypeID": (c_ulong,),
    "CFBooleanGetTypeID": (c_ulong,),
    "CFNumberGetTypeID": (c_ulong,),
    "CFArrayGetTypeID": (c_ulong,),
    "CFDictionaryGetTypeID": (c_ulong,),
    "CFStringCreateWithCString": (c_void_p, c_void_p, c_char_p, c_uint32),
    "CFStringGetLength": (c_long, c_void_p),
    "CFStringGetMaximumSizeForEncoding": (c_long, c_long, c_uint32),
    "CFStringGetCString": (c_ubyte, c_void_p, c_void_p, c_long, c_uint32),
    "CFBooleanGetValue": (c_ubyte, c_void_p),
    "CFNumberIsFloatType": (c_ubyte, c_void_p),
    "CFNumberGetValue": (c_ubyte, c_void_p, c_long, c_void_p),
    "CFArrayGetCount": (c_long, c_void_p),
    "CFArrayGetValueAtIndex": (c_void_p, c_void_p, c_long),
    "CFDictionaryGetCount": (c_long, c_void_p),
    "CFDictionaryGetKeysAndValues": (None, c_void_p, POINTER(c_void_p), POINTER(c_void_p)),
    "CFPreferencesCopyAppValue": (c_void_p, c_void_p, c_void_p),
    "CFPreferencesAppValueIsForced": (c_ubyte, c_void_p, c_void_p),
}


class CoreFoundation:
    """The CoreFoundation functions the reader calls, each with its C signature: bound to the
    framework on macOS (:meth:`load`), or to Python stand-ins (:meth:`with_functions`), so the
    conversions run through the same ctypes marshalling on any system."""

    def __init__(self, functions: Mapping[str, Callable[..., Any]]) -> None:
        self._functions = dict(functions)

    @classmethod
    def load(cls) -> CoreFoundation:
        library = ctypes.CDLL(_FRAMEWORK)
        return cls({name: CFUNCTYPE(*sig)((name, library)) for name, sig in SIGNATURES.items()})

    @classmethod
    def with_functions(cls, functions: Mapping[str, Callable[..., Any]]) -> CoreFoundation:
        # The prototypes stay referenced by the instance: ctypes frees a callback with its object.
        return cls({name: CFUNCTYPE(*sig)(functions[name]) for name, sig in SIGNATURES.items()})

    def __getattr__(self, name: str) -> Callable[..., Any]:
        try:
            return self._functions[name]
        except KeyError:
            raise AttributeError(name) from None


class CFPreferences:
    """One preferences domain's forced values, read with CoreFoundation (macOS)."""

    def __init__(
        self, cf: CoreFoundation, app_id: str, names: Callable[[], Iterable[str]] = lambda: ()
    ) -> None:
        self.cf = cf
        self.app_id = app_id
        self._names = names
        self._types = {
            cf.CFStringGetTypeID(): self._string,
            cf.CFBooleanGetTypeID(): self._boolean,
            cf.CFNumberGetTypeID(): self._number,
            cf.CFArrayGetTypeID(): self._array,
            cf.CFDictionaryGetTypeID(): self._dictionary,
        }

    def names(self) -> Iterable[str]:
        return self._names()

    def forced(self, name: str) -> object | None:
        cf = self.cf
        key = cf.CFStringCreateWithCString(None, name.encode(), _UTF8)
        app = cf.CFStringCreateWithCString(None, self.app_id.encode(), _UTF8)
        try:
            if not cf.CFPreferencesAppValueIsForced(key, app):
                return None
            ref = cf.CFPreferencesCopyAppValue(key, app)
            if not ref:
                return None
            try:
                return self.python(ref)
            finally:
                cf.CFRelease(ref)
        finally:
            cf.CFRelease(app)
            cf.CFRelease(key)

    def python(self, ref: int) -> object | None:
        """A property list value as Python: str, bool, int, float, list or dict (else None)."""
        convert = self._types.get(self.cf.CFGetTypeID(ref))
        if convert is None:
            log.info("A managed preference of an unsupported type (a date or data) was skipped")
            return None
        return convert(ref)

    def _string(self, ref: int) -> str:
        cf = self.cf
        size = cf.CFStringGetMaximumSizeForEncoding(cf.CFStringGetLength(ref), _UTF8) + 1
        buffer = ctypes.create_string_buffer(size)
        if not cf.CFStringGetCString(ref, buffer, size, _UTF8):
            return ""
        return buffer.value.decode("utf-8")

    def _boolean(self, ref: int) -> bool:
        return bool(self.cf.CFBooleanGetValue(ref))

    def _number(self, ref: int) -> int | float:
        cf = self.cf
        if cf.CFNumberIsFloatType(ref):
            real = ctypes.c_double()
            cf.CFNumberGetValue(ref, _FLOAT64, ctypes.byref(real))
            return real.value
        whole = ctypes.c_int64()
        cf.CFNumberGetValue(ref, _SINT64, ctypes.byref(whole))
        return whole.value

    def _array(self, ref: int) -> list[object]:
        cf = self.cf
        items = (cf.CFArrayGetValueAtIndex(ref, i) for i in range(cf.CFArrayGetCount(ref)))
        return [value for value in map(self.python, items) if value is not None]

    def _dictionary(self, ref: int) -> dict[str, object]:
        cf = self.cf
        count = cf.CFDictionaryGetCount(ref)
        keys = (c_void_p * count)()
        values = (c_void_p * count)()
        cf.CFDictionaryGetKeysAndValues(ref, keys, values)
        result: dict[str, object] = {}
        for key, value in zip(keys, values, strict=True):
            name = self.python(key) if key else None
            converted = self.python(value) if value else None
            if isinstance(name, str) and converted is not None:
                result[name] = converted
        return result


class _NoValues:
    def names(self) -> Iterable[str]:
        return ()

    def forced(self, name: str) -> object | None:
        return None


@functools.cache
def _mac_values(app_id: str) -> CachedForcedValues:
    """The domain's forced values, shared by every settings object of the process."""
    try:
        cf = CoreFoundation.load()
    except OSError as error:
        log.warning("CoreFoundation did not load; managed preferences are not read: %s", error)
        return CachedForcedValues(_NoValues())
    return CachedForcedValues(CFPreferences(cf, app_id, lambda: managed_names(app_id)))


def platform_layer(
    organization: str, application: str, bundle_id: str, platform: str = sys.platform
) -> SettingsLayer:
    """The machine-wide settings where this platform's administrators put them."""
    if platform == "darwin":
        return ManagedPreferences(_mac_values(bundle_id), f"managed preferences: {bundle_id}")
    system = QSettings(
        QSettings.Format.NativeFormat, QSettings.Scope.SystemScope, organization, application
    )
    if platform == "win32":
        policies = QSettings(
            POLICY_KEY.format(organization=organization, application=application),
            QSettings.Format.NativeFormat,
        )
        return LayeredSettings(policies, system)
    return system
