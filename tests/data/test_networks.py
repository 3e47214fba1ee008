"""Networks: certificates the computer does not trust, the CA bundle and proxy settings, and
the computer's own certificate store (truststore), over real TLS and a real proxy."""

from __future__ import annotations

import logging
import os
import socket
import ssl
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop.data import trust
from desktop.data.config import ConnectionSettings
from desktop.data.errors import CertificateError, ConfigError, OfflineError
from desktop.data.store import DynamoStore
from desktop.workers.connection_check import run_checks
from tests.network_support import Authority, ForwardProxy, HttpsMotoServer, make_authority

ROOT = Path(__file__).resolve().parents[2]
SECRET = "pr0xy-S3cret"


@pytest.fixture
def https_endpoint(store: DynamoStore, https_server: HttpsMotoServer) -> str:
    """moto over HTTPS, with the guide's tables (made over HTTP: the same moto state)."""
    store.create_department("개발팀", "")
    return https_server.url


@pytest.fixture
def proxy() -> Iterator[ForwardProxy]:
    server = ForwardProxy()
    yield server
    server.stop()


@pytest.fixture(params=["python", "truststore"])
def trust_store(request: pytest.FixtureRequest) -> Iterator[str]:
    """Each test twice: with Python's own SSLContext, and with truststore put in place as the
    app does (then taken out again, for the tests after)."""
    if request.param == "python":
        yield "python"
        return
    import botocore.httpsession
    import urllib3.util.ssl_

    holders = [(ssl, ssl.SSLContext), (urllib3.util.ssl_, urllib3.util.ssl_.SSLContext)]
    holders.append((botocore.httpsession, botocore.httpsession.SSLContext))
    assert trust.install()
    try:
        yield "truststore"
    finally:
        for module, original in holders:
            module.SSLContext = original  # type: ignore[attr-defined]
        trust._installed = False


def https_store(endpoint: str, **network: str) -> DynamoStore:
    return DynamoStore(
        ConnectionSettings(endpoint_url=endpoint, connect_timeout=2, read_timeout=5, **network)
    )


def closed_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


# --- certificates -------------------------------------------------------------------------------


def test_an_untrusted_certificate_says_so_and_is_not_offline(
    https_endpoint: str, trust_store: str, caplog: pytest.LogCaptureFixture
) -> None:
    with pytest.raises(CertificateError) as raised:
        https_store(https_endpoint).list_departments()

    error = raised.value
    assert not isinstance(error, OfflineError)
    assert error.code == "CertificateNotTrusted"
    assert str(error).startswith("The calendar server's certificate is not trusted")
    assert "network/ca_bundle" in str(error)
    assert "Cannot reach" not in str(error)
    assert "CERTIFICATE_VERIFY_FAILED" in error.detail or "certificate" in error.detail.lower()
    assert "CertificateError: CertificateNotTrusted" in caplog.text


def test_the_ca_bundle_setting_makes_the_server_trusted(
    https_endpoint: str, authority: Authority, trust_store: str
) -> None:
    if trust_store == "truststore":
        import botocore.httpsession
        import truststore

        # What botocore builds its contexts with: truststore's, which adds the CA bundle that
        # botocore loads (load_verify_locations) to the system's authorities.
        assert botocore.httpsession.SSLContext is truststore.SSLContext
    store = https_store(https_endpoint, ca_bundle=str(authority.ca_pem))

    departments = store.list_departments()

    assert [d.name for d in departments.departments] == ["개발팀"]
    assert store.events_between(departments.departments[0].id, *_a_month()).events == []


def _a_month() -> tuple[object, object]:
    from datetime import date

    return date(2026, 11, 1), date(2026, 11, 30)


def test_another_authority_in_the_ca_bundle_does_not_make_it_trusted(
    https_endpoint: str, tmp_path: Path
) -> None:
    other = make_authority(tmp_path / "other", "Someone Else's Root")

    with pytest.raises(CertificateError):
        https_store(https_endpoint, ca_bundle=str(other.ca_pem)).list_departments()


@pytest.mark.parametrize("kind", ["missing", "no certificate"])
def test_a_ca_bundle_that_cannot_be_used_is_refused_before_any_request(
    kind: str, tmp_path: Path, proxy: ForwardProxy, endpoint: str
) -> None:
    bundle = tmp_path / "corporate-root.pem"
    if kind == "no certificate":
        bundle.write_text("not a certificate\n")
    store = https_store(endpoint, ca_bundle=str(bundle), proxy=proxy.url)

    with pytest.raises(ConfigError) as raised:
        store.list_departments()

    assert raised.value.code == "InvalidCaBundle"
    assert "network/ca_bundle" in str(raised.value)
    assert str(bundle) in str(raised.value)
    assert proxy.requests == []  # nothing was sent


def test_the_connection_check_names_the_certificate_problem(https_endpoint: str) -> None:
    settings = ConnectionSettings(endpoint_url=https_endpoint, connect_timeout=2, read_timeout=5)

    report = run_checks(settings)

    assert len(report.lines) == 1
    line = report.lines[0]
    assert not line.ok
    assert line.text == f"The certificate of {https_endpoint} is not trusted by this computer."
    assert "CA bundle" in line.advice
    assert "network/ca_bundle" in line.advice


# --- the proxy ------------------------------------------------------------------------------


def test_requests_go_through_the_proxy_setting(
    store: DynamoStore, endpoint: str, proxy: ForwardProxy
) -> None:
    store.create_department("영업팀", "")
    proxied = DynamoStore(ConnectionSettings(endpoint_url=endpoint, proxy=proxy.url))

    names = [d.name for d in proxied.list_departments().departments]

    assert names == ["영업팀"]
    assert proxy.requests
    assert all(url.startswith(endpoint) for url in proxy.requests)


def test_the_proxys_password_is_sent_to_it_and_shown_nowhere(
    store: DynamoStore, endpoint: str, proxy: ForwardProxy, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG, logger="desktop")
    with_user = proxy.url.replace("http://", f"http://staff:{SECRET}@")
    proxied = DynamoStore(ConnectionSettings(endpoint_url=endpoint, proxy=with_user))

    proxied.list_departments()

    assert proxy.credentials and set(proxy.credentials) == {f"staff:{SECRET}"}
    assert "Requests go through the proxy http://***@127.0.0.1" in caplog.text
    assert SECRET not in caplog.text
    assert SECRET not in repr(proxied.settings)


def test_an_unreachable_proxy_is_offline_and_its_password_is_not_in_the_error(
    endpoint: str, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    address = f"http://staff:{SECRET}@127.0.0.1:{closed_port()}"
    proxied = DynamoStore(
        ConnectionSettings(endpoint_url=endpoint, proxy=address, connect_timeout=1, max_attempts=1)
    )

    with pytest.raises(OfflineError) as raised:
        proxied.list_departments()

    error = raised.value
    for text in (str(error), error.detail, error.log_text(), error.details(), caplog.text):
        assert SECRET not in text


def test_a_proxy_that_is_not_a_url_is_refused_without_its_password(endpoint: str) -> None:
    proxied = DynamoStore(
        ConnectionSettings(endpoint_url=endpoint, proxy=f"socks5://staff:{SECRET}@proxy:1080")
    )

    with pytest.raises(ConfigError) as raised:
        proxied.list_departments()

    assert raised.value.code == "InvalidProxy"
    assert "network/proxy" in str(raised.value)
    assert SECRET not in str(raised.value) + raised.value.log_text()
    assert "socks5://***@proxy:1080" in raised.value.detail


def test_no_proxy_leaves_the_endpoint_out(
    store: DynamoStore, endpoint: str, proxy: ForwardProxy, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("NO_PROXY", "127.0.0.1")
    proxied = DynamoStore(ConnectionSettings(endpoint_url=endpoint, proxy=proxy.url))

    proxied.list_departments()

    assert proxy.requests == []


# --- the computer's certificate store, as the app starts ------------------------------------------


def deptcal(*args: str, trusted: Path) -> subprocess.CompletedProcess[str]:
    """``deptcal ARGS`` in a child process whose system certificate store is ``trusted`` (on
    Linux, truststore verifies with OpenSSL's default paths, which SSL_CERT_FILE names)."""
    env = {**os.environ, "PYTHONPATH": str(ROOT), "SSL_CERT_FILE": str(trusted)}
    env.pop("SSL_CERT_DIR", None)
    return subprocess.run(
        [sys.executable, "-m", "desktop", *args],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )


@pytest.mark.skipif(sys.platform != "linux", reason="SSL_CERT_FILE is the system store on Linux")
def test_the_app_trusts_what_the_computer_trusts(
    https_endpoint: str, authority: Authority, tmp_path: Path
) -> None:
    # botocore alone uses certifi's authorities, not the computer's: it refuses the server.
    env = {**os.environ, "SSL_CERT_FILE": str(authority.ca_pem)}
    alone = subprocess.run(
        [
            sys.executable,
            "-c",
            f"import boto3; boto3.client('dynamodb', endpoint_url={https_endpoint!r})"
            ".list_tables()",
        ],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert alone.returncode != 0
    assert "CERTIFICATE_VERIFY_FAILED" in alone.stderr

    trusted = deptcal("tables", "check", "--endpoint-url", https_endpoint, trusted=authority.ca_pem)

    assert trusted.returncode == 0, trusted.stderr
    assert "[ok  ] table departments" in trusted.stdout

    other = make_authority(tmp_path / "other", "Someone Else's Root")
    refused = deptcal("tables", "check", "--endpoint-url", https_endpoint, trusted=other.ca_pem)

    assert refused.returncode != 0
    assert "deptcal: The calendar server's certificate is not trusted" in refused.stderr
    assert "network/ca_bundle" in refused.stderr
