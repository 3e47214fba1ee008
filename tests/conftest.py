"""Every test gets fresh temp settings, data folders, keyring, fake AWS credentials and moto state.

Nothing here touches the real keyring, the user's settings or AWS.

The date is an input of the whole suite: ``DEPTCAL_TEST_TODAY=YYYY-MM-DD uv run pytest`` runs
every test with the clock moved to that day (``date.today()``, ``datetime.now()`` and
``time.time()`` all agree; the monotonic clock, which timers and timeouts use, is left alone).
Without the variable the suite runs on the real date. A test that must see the real clock (a
child process, which the move cannot reach) is marked ``@pytest.mark.real_clock("why")``.
Tests ask for the suite's day with the ``today`` fixture and never read the clock themselves.
"""

from __future__ import annotations

import gc
import os

os.environ["QT_QPA_PLATFORM"] = "offscreen"

from collections.abc import Iterator
from datetime import date, datetime, time
from pathlib import Path

import keyring
import pytest
import time_machine
from PySide6.QtCore import QCoreApplication, QSettings

from desktop.data.config import ConnectionSettings
from desktop.data.prompts import set_mfa_prompter
from desktop.data.secrets import SecretStore
from desktop.data.store import DynamoStore
from desktop.settings import AppSettings
from desktop.views.colors import install_colors
from tests.network_support import Authority, HttpsMotoServer, make_authority
from tests.sso_support import FakeSso, serve_fake_sso
from tests.support import MemoryKeyring, MotoServer

TODAY_VARIABLE = "DEPTCAL_TEST_TODAY"


def _suite_today() -> date | None:
    """The day the suite runs on, from ``DEPTCAL_TEST_TODAY``; None for the real date."""
    text = os.environ.get(TODAY_VARIABLE, "").strip()
    if not text:
        return None
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise pytest.UsageError(f"{TODAY_VARIABLE}={text!r} is not a date (YYYY-MM-DD)") from None


SUITE_TODAY = _suite_today()


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers",
        "real_clock(reason): the test sees the real clock even under DEPTCAL_TEST_TODAY",
    )


def pytest_report_header() -> str:
    if SUITE_TODAY is None:
        return f"today: the real date ({TODAY_VARIABLE} not set)"
    return f"today: {SUITE_TODAY.isoformat()} ({TODAY_VARIABLE})"


@pytest.fixture(autouse=True)
def suite_clock(request: pytest.FixtureRequest) -> Iterator[None]:
    """Move the clock to the suite's day (noon, local time), still ticking."""
    marker = request.node.get_closest_marker("real_clock")
    if marker is not None and not (marker.args and str(marker.args[0]).strip()):
        pytest.fail(
            "@pytest.mark.real_clock needs a reason: why must this test see the real clock?"
        )
    if SUITE_TODAY is None or marker is not None:
        yield
        return
    with time_machine.travel(datetime.combine(SUITE_TODAY, time(12, 0)).astimezone(), tick=True):
        yield


@pytest.fixture(autouse=True)
def time_style() -> Iterator[None]:
    """Each test starts with times written the 12-hour Korean way (a window sets its own)."""
    from desktop.views.formats import TimeStyle

    TimeStyle.set(False, "ko")
    yield
    TimeStyle.set(False, "ko")


@pytest.fixture(autouse=True)
def lunar_style() -> Iterator[None]:
    """Each test starts without lunar dates (a window sets its own: View ▸ Lunar dates)."""
    from desktop.views.lunar_text import LunarStyle

    LunarStyle.set(False)
    yield
    LunarStyle.set(False)


@pytest.fixture
def today(suite_clock: None) -> date:
    """The suite's today: ``DEPTCAL_TEST_TODAY`` or the real date."""
    return date.today()


_AWS_VARIABLES = (
    "AWS_PROFILE",
    "AWS_DEFAULT_PROFILE",
    "AWS_SESSION_TOKEN",
    "AWS_SECURITY_TOKEN",
    "AWS_ENDPOINT_URL",
    "AWS_ENDPOINT_URL_DYNAMODB",
    "AWS_REGION",
    "DEPARTMENTS_TABLE",
    "EVENTS_TABLE",
    # The network values the app resolves (a CI machine may set them).
    "AWS_CA_BUNDLE",
    "HTTPS_PROXY",
    "https_proxy",
)


@pytest.fixture(autouse=True)
def isolated_environment(
    tmp_path_factory: pytest.TempPathFactory,
    monkeypatch: pytest.MonkeyPatch,
    request: pytest.FixtureRequest,
) -> Iterator[Path]:
    """Fake AWS credentials, temp HOME/XDG folders, temp QSettings, in-memory keyring."""
    home = tmp_path_factory.mktemp("home")
    for name in _AWS_VARIABLES:
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("AWS_ACCESS_KEY_ID", "testing")
    monkeypatch.setenv("AWS_SECRET_ACCESS_KEY", "testing")
    monkeypatch.setenv("AWS_DEFAULT_REGION", "ap-northeast-2")
    monkeypatch.setenv("AWS_CONFIG_FILE", str(home / "aws-config"))
    monkeypatch.setenv("AWS_SHARED_CREDENTIALS_FILE", str(home / "aws-credentials"))
    monkeypatch.setenv("AWS_EC2_METADATA_DISABLED", "true")
    monkeypatch.setenv("HOME", str(home))
    for name in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"):
        monkeypatch.setenv(name, str(home / name.lower()))
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(home / "runtime"))
    (home / "runtime").mkdir(mode=0o700)
    monkeypatch.chdir(home)
    QCoreApplication.setOrganizationName("deptcal-tests")
    QCoreApplication.setApplicationName("Department Calendar")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    # Both formats: on Linux the app's NativeFormat is an INI file whose folder Qt resolves
    # once per process (from XDG_CONFIG_HOME), so without this one test's saved settings
    # would be the next one's.
    for settings_format in (QSettings.Format.IniFormat, QSettings.Format.NativeFormat):
        QSettings.setPath(settings_format, QSettings.Scope.UserScope, str(home / "user"))
        QSettings.setPath(settings_format, QSettings.Scope.SystemScope, str(home / "system"))
    previous = keyring.get_keyring()
    keyring.set_keyring(MemoryKeyring())
    install_colors(None)  # departments' colours: none taken yet
    yield home
    keyring.set_keyring(previous)
    set_mfa_prompter(None)  # a test's window asked for MFA codes; the next test's has none
    if "qtbot" in request.fixturenames:
        # A test's windows and dialogs are collected here, on the GUI thread: a collection
        # that a later test's worker thread happens to start must never finalise Qt objects.
        gc.collect()


@pytest.fixture
def memory_keyring() -> MemoryKeyring:
    backend = keyring.get_keyring()
    assert isinstance(backend, MemoryKeyring)
    return backend


@pytest.fixture
def secrets(memory_keyring: MemoryKeyring) -> SecretStore:
    return SecretStore(memory_keyring)


@pytest.fixture
def app_settings(isolated_environment: Path) -> AppSettings:
    home = isolated_environment
    return AppSettings(
        QSettings(str(home / "user.ini"), QSettings.Format.IniFormat),
        QSettings(str(home / "system.ini"), QSettings.Format.IniFormat),
    )


@pytest.fixture(scope="session")
def moto_server() -> Iterator[MotoServer]:
    server = MotoServer()
    yield server
    server.stop()


@pytest.fixture
def endpoint(moto_server: MotoServer) -> str:
    """A moto HTTP endpoint with empty state for this test."""
    moto_server.reset()
    return moto_server.url


@pytest.fixture
def connection(endpoint: str) -> ConnectionSettings:
    return ConnectionSettings(endpoint_url=endpoint, connect_timeout=2, read_timeout=5)


@pytest.fixture
def empty_store(connection: ConnectionSettings) -> DynamoStore:
    """A store on moto over HTTP, without tables."""
    return DynamoStore(connection)


@pytest.fixture
def store(empty_store: DynamoStore) -> DynamoStore:
    """A store on moto over HTTP, with the guide's tables."""
    empty_store.create_tables(poll_seconds=0.01)
    return empty_store


@pytest.fixture(scope="module")
def authority(tmp_path_factory: pytest.TempPathFactory) -> Authority:
    """A certificate authority of the test's own, and a server certificate it signed."""
    return make_authority(tmp_path_factory.mktemp("authority"))


@pytest.fixture(scope="module")
def https_server(authority: Authority) -> Iterator[HttpsMotoServer]:
    """moto over HTTPS with the authority's certificate (trusted by nothing by default)."""
    server = HttpsMotoServer(authority)
    yield server
    server.stop()


@pytest.fixture
def fake_sso(monkeypatch: pytest.MonkeyPatch) -> Iterator[FakeSso]:
    """A fake IAM Identity Center (sso-oidc and the SSO portal) where botocore sends them."""
    yield from serve_fake_sso(monkeypatch)
