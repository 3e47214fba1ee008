"""What the uninstaller runs: ``--forget-credentials`` and ``--remove-user-data`` (``--force``)."""

from __future__ import annotations

import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest
from keyring.errors import KeyringError as BackendError
from PySide6.QtCore import QSettings, QStandardPaths

from desktop.app import main
from desktop.data.cache import Cache
from desktop.data.outbox import Outbox
from desktop.data.secrets import KEY_ID_ENTRY, SECRET_ENTRY, SERVICE, SecretStore
from desktop.domain.models import Event, new_id
from desktop.gui import cache_path
from desktop.settings import ORGANIZATION, AppSettings
from desktop.single_instance import SingleInstance
from desktop.startup_entry import LoginStart
from tests.support import MemoryKeyring

DAY = date(2031, 3, 12)
KEY_ID = "AKIAEXAMPLE123456789"
SECRET = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"


def _deptcal(*args: str) -> int:
    return main(list(args))


# --- --forget-credentials -----------------------------------------------------------------------


def test_forget_credentials_deletes_the_key_and_says_so(
    memory_keyring: MemoryKeyring, capsys: pytest.CaptureFixture[str]
) -> None:
    SecretStore(memory_keyring).save(KEY_ID, SECRET)
    memory_keyring.entries[("another-app", KEY_ID_ENTRY)] = "not ours"

    assert _deptcal("--forget-credentials") == 0

    assert (SERVICE, KEY_ID_ENTRY) not in memory_keyring.entries
    assert (SERVICE, SECRET_ENTRY) not in memory_keyring.entries
    assert memory_keyring.entries == {("another-app", KEY_ID_ENTRY): "not ours"}
    output = capsys.readouterr()
    assert "Deleted this user's access key from the keyring" in output.out
    assert SECRET not in output.out + output.err


def test_forget_credentials_deletes_the_proxys_password_too(
    memory_keyring: MemoryKeyring, capsys: pytest.CaptureFixture[str]
) -> None:
    SecretStore(memory_keyring).save_proxy("staff", SECRET)

    assert _deptcal("--forget-credentials") == 0

    assert memory_keyring.entries == {}
    output = capsys.readouterr()
    assert "Deleted the proxy's user name and password from the keyring" in output.out
    assert "access key" not in output.out  # none was stored
    assert SECRET not in output.out + output.err


def test_forget_credentials_deletes_every_part_of_a_temporary_keys_token(
    memory_keyring: MemoryKeyring, capsys: pytest.CaptureFixture[str]
) -> None:
    token = "IQoJb3JpZ2luX2Vj" * 250  # 4,000 characters: four keyring entries
    SecretStore(memory_keyring).save("ASIAEXAMPLE123456789", SECRET, token)
    # A token left alone (its key removed by hand) goes too.
    memory_keyring.delete_password(SERVICE, KEY_ID_ENTRY)
    memory_keyring.delete_password(SERVICE, SECRET_ENTRY)
    assert len(memory_keyring.entries) == 4

    assert _deptcal("--forget-credentials") == 0

    assert memory_keyring.entries == {}
    output = capsys.readouterr()
    assert "Deleted this user's access key from the keyring" in output.out
    assert token[:32] not in output.out + output.err


def test_forget_credentials_with_nothing_stored_succeeds(
    memory_keyring: MemoryKeyring, capsys: pytest.CaptureFixture[str]
) -> None:
    assert _deptcal("--forget-credentials") == 0
    assert "No access key was in the keyring" in capsys.readouterr().out


def test_forget_credentials_reports_a_keyring_that_refuses(
    memory_keyring: MemoryKeyring,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    SecretStore(memory_keyring).save(KEY_ID, SECRET)

    def locked(service: str, username: str) -> None:
        raise BackendError("the keyring is locked")

    monkeypatch.setattr(memory_keyring, "delete_password", locked)

    assert _deptcal("--forget-credentials") == 1

    out = capsys.readouterr().out
    assert out.startswith("deptcal: ")
    assert "Unlock it and try again" in out
    assert len(out.strip().splitlines()) == 1


# --- --remove-user-data ---------------------------------------------------------------------------


def _data_folder() -> Path:
    return Path(
        QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppLocalDataLocation)
    )


@pytest.fixture
def user_data(isolated_environment: Path) -> Path:
    """A user's data as the app leaves it: the cache, logs, a backup, settings and the .env;
    the names are those main() sets."""
    from PySide6.QtCore import QCoreApplication

    from desktop.settings import APPLICATION

    QCoreApplication.setOrganizationName(ORGANIZATION)
    QCoreApplication.setApplicationName(APPLICATION)
    cache = cache_path()
    cache.parent.mkdir(parents=True)
    Cache.open(cache, "source-a").close()
    (cache.parent / "logs").mkdir()
    (cache.parent / "logs" / "deptcal.log").write_text("a log line\n", encoding="utf-8")
    (cache.parent / "department-backups").mkdir()
    (cache.parent / "department-backups" / "개발팀.json").write_text("{}", encoding="utf-8")
    config = Path(
        QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppConfigLocation)
    )
    config.mkdir(parents=True)
    (config / ".env").write_text("AWS_REGION=ap-northeast-2\n", encoding="utf-8")
    settings = AppSettings().user
    settings.setValue("connection/region", "ap-northeast-2")
    settings.sync()
    assert Path(settings.fileName()).exists()
    return cache


def _add_waiting_changes(cache_file: Path, count: int) -> None:
    with Cache.open(cache_file, "source-a") as cache:
        outbox = Outbox(cache)
        for number in range(count):
            outbox.record(None, Event(new_id(), "dept-1", DAY, f"회의 {number}"))


def test_remove_user_data_deletes_every_folder_and_the_settings(
    user_data: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = user_data.parent
    settings_file = Path(AppSettings().user.fileName())
    config = Path(
        QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppConfigLocation)
    )

    assert _deptcal("--remove-user-data") == 0

    assert not data.exists()
    assert not config.exists()
    assert not settings_file.exists()
    assert AppSettings().user.allKeys() == []
    out = capsys.readouterr().out
    assert f"Deleted the cached calendar, reminders, logs and department backups: {data}" in out
    assert f"Deleted the folder {config}" in out
    assert "Deleted the settings" in out


def test_remove_user_data_with_nothing_saved_says_so(
    isolated_environment: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert _deptcal("--remove-user-data") == 0
    assert "nothing to delete" in capsys.readouterr().out


def test_remove_user_data_refuses_while_changes_wait_to_be_sent(
    user_data: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _add_waiting_changes(user_data, 3)
    before = list(user_data.parent.rglob("*"))

    assert _deptcal("--remove-user-data") == 1

    assert all(path.exists() for path in before)
    with Cache.open(user_data, "source-a") as cache:
        assert len(Outbox(cache).entries()) == 3
    assert AppSettings().user.value("connection/region") == "ap-northeast-2"
    out = capsys.readouterr().out
    assert "3 changes made in this app were not sent to the shared calendar yet" in out
    assert "--force" in out
    assert "Nothing was deleted." in out


def test_remove_user_data_with_force_deletes_the_changes_too(
    user_data: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _add_waiting_changes(user_data, 1)

    assert _deptcal("--remove-user-data", "--force") == 0

    assert not user_data.parent.exists()
    assert "1 change not sent was deleted with it (--force)." in capsys.readouterr().out


def test_remove_user_data_refuses_an_unreadable_cache_without_force(
    user_data: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    for suffix in ("-wal", "-shm"):
        user_data.with_name(user_data.name + suffix).unlink(missing_ok=True)
    user_data.write_bytes(b"not a database, perhaps the outbox of a broken disk" * 100)

    assert _deptcal("--remove-user-data") == 1
    assert user_data.exists()
    assert "cannot be read" in capsys.readouterr().out

    assert _deptcal("--remove-user-data", "--force") == 0
    assert not user_data.exists()


def test_remove_user_data_refuses_while_the_window_is_open(
    user_data: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    window = SingleInstance(user_data.parent)
    assert window.claim() == "owner"
    try:
        assert _deptcal("--remove-user-data", "--force") == 1
    finally:
        window.release()
    assert user_data.exists()
    assert "Department Calendar is open" in capsys.readouterr().out


def test_remove_user_data_removes_the_start_at_login(
    user_data: Path, isolated_environment: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    login = LoginStart(platform="linux", home=isolated_environment, command=["/opt/deptcal"])
    login.enable()
    assert login.is_enabled()

    assert _deptcal("--remove-user-data") == 0

    assert not login.is_enabled()
    assert "Removed the start at login." in capsys.readouterr().out


def test_force_alone_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as stopped:
        _deptcal("--force")
    assert stopped.value.code == 2
    assert "--force goes with --remove-user-data" in capsys.readouterr().err


def test_the_options_run_without_a_window_and_without_boto3(user_data: Path) -> None:
    """A fresh interpreter, as the uninstaller starts it: neither a widget nor botocore loads."""
    script = (
        "import sys; from desktop.app import main; code = main(sys.argv[1:]); "
        "from PySide6.QtWidgets import QApplication; "
        "assert QApplication.instance() is None, 'an application object was made'; "
        "assert 'botocore' not in sys.modules, 'botocore was imported'; sys.exit(code)"
    )
    done = subprocess.run(
        [sys.executable, "-c", script, "--forget-credentials", "--remove-user-data"],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    assert not user_data.exists()
    assert "Deleted the cached calendar" in done.stdout


def test_nothing_outside_the_apps_folders_is_touched(user_data: Path) -> None:
    neighbour = user_data.parent.parent / "Another App"
    neighbour.mkdir()
    (neighbour / "keep.txt").write_text("mine", encoding="utf-8")
    other_settings = QSettings(QSettings.Format.NativeFormat, QSettings.Scope.UserScope, "x", "y")
    other_settings.setValue("kept", 1)
    other_settings.sync()

    assert _deptcal("--remove-user-data") == 0

    assert (neighbour / "keep.txt").read_text(encoding="utf-8") == "mine"
    assert QSettings(QSettings.Format.NativeFormat, QSettings.Scope.UserScope, "x", "y").value(
        "kept"
    ) in (1, "1")
