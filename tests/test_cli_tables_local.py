"""``deptcal tables create``/``check`` on DynamoDB Local: the -sharedDb warning."""

from __future__ import annotations

import pytest

from desktop.app import main
from tests.test_cli_tables import closed_port


def test_create_and_check_on_a_local_server_warn_about_shared_db(
    endpoint: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["tables", "create", "--endpoint-url", endpoint]) == 0
    out = capsys.readouterr().out
    assert out.startswith("This looks like DynamoDB Local (or a local test server).")
    assert "Start DynamoDB Local with -sharedDb before creating the tables." in out
    assert "Created: departments, events." in out

    assert main(["tables", "check", "--endpoint-url", endpoint]) == 0
    out = capsys.readouterr().out
    assert "[ok  ] query department-date-index" in out
    assert "This is DynamoDB Local (or a local test server). Without -sharedDb" in out
    assert "If another PC created them" not in out


def test_missing_tables_on_a_local_server_hint_at_shared_db(
    endpoint: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["tables", "check", "--endpoint-url", endpoint]) == 1
    captured = capsys.readouterr()
    assert "If another PC created them, DynamoDB Local may run without -sharedDb" in captured.out
    assert len(captured.err.strip().splitlines()) == 1  # the error itself, as before


def test_an_unreachable_server_gets_no_warning(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["tables", "check", "--endpoint-url", f"http://127.0.0.1:{closed_port()}"]) == 1
    # Nothing was checked: whether it runs with -sharedDb is not the problem yet.
    assert "-sharedDb" not in capsys.readouterr().out
