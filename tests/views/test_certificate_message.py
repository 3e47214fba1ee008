"""A certificate the computer does not trust (TLS inspection): the saved calendar stays, with
the certificate message, and the window is not offline (retrying would not help)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from pytestqt.qtbot import QtBot

from desktop.data.config import ConnectionSettings
from desktop.data.store import DynamoStore
from tests.network_support import Authority, HttpsMotoServer
from tests.views.conftest import ENGLISH, Seeded, WindowFactory


def over_https(server: HttpsMotoServer, ca_bundle: Path | None = None) -> DynamoStore:
    return DynamoStore(
        ConnectionSettings(
            endpoint_url=server.url,
            ca_bundle=str(ca_bundle or ""),
            connect_timeout=2,
            read_timeout=5,
        )
    )


def test_an_untrusted_certificate_keeps_the_saved_month_and_is_not_offline(
    seeded: Seeded,
    make_window: WindowFactory,
    https_server: HttpsMotoServer,
    authority: Authority,
    qtbot: QtBot,
) -> None:
    trusted = over_https(https_server, authority.ca_pem)
    first = make_window(locale=ENGLISH, store_factory=lambda _s: trusted)
    saved = [e.event.title for e in first.model.entries_on(date(2026, 11, 3))]
    assert saved == ["코드 리뷰", "팀 회의"]
    first.close()

    # The next start meets the inspecting proxy's certificate, which nothing here trusts.
    untrusted = over_https(https_server)
    window = make_window(locale=ENGLISH, store_factory=lambda _s: untrusted, wait=False)

    qtbot.waitUntil(lambda: window.banner.kind == "error", timeout=15_000)
    text = window.banner.label.text()
    assert text.startswith("The calendar server's certificate is not trusted by this computer")
    assert "network/ca_bundle" in text
    assert "Offline" not in text
    assert window.connectivity.online
    assert window.state_label.text() != "Offline"
    assert [e.event.title for e in window.model.entries_on(date(2026, 11, 3))] == saved
