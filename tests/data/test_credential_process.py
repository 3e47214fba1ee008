"""``credential_process`` profiles: no console window on Windows, real sign-ins, clear failures.

The helper programs are small Python scripts written into the test's AWS folder; the requests
go to the session's moto server (DynamoDB and STS).
"""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from desktop.data.config import ConnectionSettings, CredentialMode, Credentials
from desktop.data.credential_process import (
    CREATE_NO_WINDOW,
    ConsoleFreeProcessProvider,
    first_line,
)
from desktop.data.errors import CredentialsError
from desktop.data.store import DynamoStore
from desktop.workers.connection_check import run_checks

HELPER_KEY_ID = "AKIAHELPERPROCESS001"
HELPER_SECRET = "helper/secret/" + "x" * 26  # 40 characters, like a real one
ANSWER = {"Version": 1, "AccessKeyId": HELPER_KEY_ID, "SecretAccessKey": HELPER_SECRET}


class FakeProcess:
    def __init__(self, stdout: bytes, stderr: bytes = b"", returncode: int = 0) -> None:
        self._out = (stdout, stderr)
        self.returncode = returncode

    def communicate(self) -> tuple[bytes, bytes]:
        return self._out


class RecordingPopen:
    """A popen that starts nothing: it records its arguments and answers with ``ANSWER``."""

    def __init__(self) -> None:
        self.calls: list[tuple[Any, dict[str, Any]]] = []

    def __call__(self, args: Any, **kwargs: Any) -> FakeProcess:
        self.calls.append((args, kwargs))
        return FakeProcess(json.dumps(ANSWER).encode())


def provider(popen: RecordingPopen, command: str = "helper --for calendar") -> Any:
    config = {"profiles": {"calendar": {"credential_process": command}}}
    return ConsoleFreeProcessProvider("calendar", lambda: config, popen=popen)


def test_on_windows_the_helper_starts_without_a_console_window(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    popen = RecordingPopen()
    monkeypatch.setattr(sys, "platform", "win32")

    credentials = provider(popen).load()

    assert credentials.access_key == HELPER_KEY_ID
    [(args, kwargs)] = popen.calls
    assert args == ["helper", "--for", "calendar"]
    assert kwargs["creationflags"] & CREATE_NO_WINDOW == CREATE_NO_WINDOW
    assert kwargs["stdout"] == subprocess.PIPE  # botocore's own arguments are kept


@pytest.mark.parametrize("platform", ["darwin", "linux"])
def test_elsewhere_the_helper_starts_as_botocore_starts_it(
    platform: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    popen = RecordingPopen()
    monkeypatch.setattr(sys, "platform", platform)

    provider(popen).load()

    [(_, kwargs)] = popen.calls
    assert "creationflags" not in kwargs
    assert kwargs == {"stdout": subprocess.PIPE, "stderr": subprocess.PIPE}


# --- real helpers, real requests ------------------------------------------------------------------


def write_helper(folder: Path, name: str, body: str) -> str:
    """A helper script; returns the ``credential_process`` line that runs it."""
    script = folder / f"{name}.py"
    script.write_text(body, encoding="utf-8")
    return f'"{sys.executable}" "{script}"'


def printing(answer: dict[str, Any]) -> str:
    return f"import json\nprint(json.dumps({answer!r}))\n"


def write_config(home: Path, text: str) -> None:
    (home / "aws-config").write_text(text, encoding="utf-8")


def profile_settings(endpoint: str, profile: str) -> ConnectionSettings:
    return ConnectionSettings(
        endpoint_url=endpoint,
        credentials=Credentials(CredentialMode.PROFILE, profile),
        connect_timeout=2,
        read_timeout=5,
    )


def signing_key_ids(store: DynamoStore) -> list[str]:
    """The access key id of every request the store's client sends from now on."""
    seen: list[str] = []

    def record(request: Any, **_: Any) -> None:
        header = request.headers["Authorization"].decode()
        seen.append(header.split("Credential=", 1)[1].split("/", 1)[0])

    store.client.meta.events.register("before-send.dynamodb", record)
    return seen


def test_a_credential_process_profile_signs_real_queries(
    endpoint: str, isolated_environment: Path
) -> None:
    home = isolated_environment
    command = write_helper(home, "helper", printing(ANSWER))
    write_config(home, f"[profile calendar]\ncredential_process = {command}\n")
    store = DynamoStore(profile_settings(endpoint, "calendar"))
    store.create_tables(poll_seconds=0.01)
    keys = signing_key_ids(store)

    batch = store.events_between("dept-1", date(2026, 3, 1), date(2026, 3, 31))

    assert batch.events == []
    assert keys == [HELPER_KEY_ID]


def test_a_role_whose_source_profile_runs_a_helper_starts_it_the_same_way(
    endpoint: str, isolated_environment: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    home = isolated_environment
    command = write_helper(home, "helper", printing(ANSWER))
    write_config(
        home,
        f"[profile helper]\ncredential_process = {command}\n\n"
        "[profile calendar]\nrole_arn = arn:aws:iam::123456789012:role/calendar\n"
        "source_profile = helper\n",
    )
    monkeypatch.setenv("AWS_ENDPOINT_URL_STS", endpoint)
    started: list[Any] = []
    real_popen = subprocess.Popen

    def recording(args: Any, **kwargs: Any) -> Any:
        started.append(args)
        return real_popen(args, **kwargs)

    # botocore's own provider holds the original Popen; only the app's looks it up here.
    monkeypatch.setattr(subprocess, "Popen", recording)
    store = DynamoStore(profile_settings(endpoint, "calendar"))
    store.create_tables(poll_seconds=0.01)
    keys = signing_key_ids(store)

    store.events_between("dept-1", date(2026, 3, 1), date(2026, 3, 31))

    assert len(started) == 1
    assert started[0][-1].endswith("helper.py")
    assert keys and keys[0].startswith("ASIA")  # the role's session, from moto's STS
    assert keys[0] != HELPER_KEY_ID


def failure_of(endpoint: str, home: Path, body: str) -> CredentialsError:
    command = write_helper(home, "helper", body)
    write_config(home, f"[profile calendar]\ncredential_process = {command}\n")
    store = DynamoStore(profile_settings(endpoint, "calendar"))
    with pytest.raises(CredentialsError) as raised:
        store.connect()
    return raised.value


def test_a_failing_helper_says_which_profile_and_its_first_error_line(
    endpoint: str, isolated_environment: Path
) -> None:
    error = failure_of(
        endpoint,
        isolated_environment,
        "import sys\nsys.stderr.write('\\nsso-helper: the session for alice expired\\n"
        "Traceback follows\\n')\nsys.exit(3)\n",
    )

    assert error.code == "CredentialProcessFailed"
    assert "'calendar'" in str(error)
    assert "sso-helper: the session for alice expired" in str(error)
    assert "Traceback" not in str(error)
    assert "unexpected" not in str(error)


def test_a_silent_failure_gives_its_exit_code(endpoint: str, isolated_environment: Path) -> None:
    error = failure_of(endpoint, isolated_environment, "import sys\nsys.exit(7)\n")

    assert "exit code 7" in str(error)


def test_a_helper_printing_no_json_names_its_stderr_never_its_output(
    endpoint: str, isolated_environment: Path
) -> None:
    error = failure_of(
        endpoint,
        isolated_environment,
        "import sys\nsys.stderr.write('warning: the cache is read-only\\n')\n"
        f"print('AccessKeyId={HELPER_KEY_ID} Secret={HELPER_SECRET}')\n",
    )

    assert "warning: the cache is read-only" in str(error)
    for text in (str(error), error.details(), error.log_text()):
        assert HELPER_KEY_ID not in text
        assert HELPER_SECRET not in text


def test_an_answer_of_another_version_says_so_without_the_keys(
    endpoint: str, isolated_environment: Path
) -> None:
    error = failure_of(endpoint, isolated_environment, printing({**ANSWER, "Version": 2}))

    assert "Unsupported version '2'" in str(error)
    assert HELPER_SECRET not in str(error) + error.details()


def test_a_helper_that_cannot_start_is_named(endpoint: str, isolated_environment: Path) -> None:
    write_config(
        isolated_environment, "[profile calendar]\ncredential_process = no-such-helper --json\n"
    )
    store = DynamoStore(profile_settings(endpoint, "calendar"))

    with pytest.raises(CredentialsError) as raised:
        store.connect()

    assert "no-such-helper" in str(raised.value)
    assert "'calendar'" in str(raised.value)


def test_the_connection_test_shows_the_helpers_failure(
    endpoint: str, isolated_environment: Path
) -> None:
    command = write_helper(
        isolated_environment, "helper", "import sys\nsys.stderr.write('no badge\\n')\nsys.exit(1)"
    )
    write_config(isolated_environment, f"[profile calendar]\ncredential_process = {command}\n")

    report = run_checks(profile_settings(endpoint, "calendar"))

    [line] = report.lines
    assert not line.ok
    assert "no badge" in line.text
    assert "credential_process" in line.advice


def test_first_line_masks_what_looks_like_a_key() -> None:
    text = f"\n  denied for {HELPER_KEY_ID} with {HELPER_SECRET}  \nsecond line"

    assert first_line(text) == "denied for *** with ***"
    assert first_line("x" * 500).endswith("…")
    assert len(first_line("x" * 500)) == 200
