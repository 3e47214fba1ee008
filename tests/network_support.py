"""Real TLS and a real proxy for the network tests: a CA of the test's own, moto over HTTPS
with a certificate that CA signed, and a small forward proxy that counts what passes.

Nothing here is mocked: botocore verifies the certificate (or fails to), and sends its
requests to the proxy as it would to an organisation's.
"""

from __future__ import annotations

import base64
import datetime
import http.client
import http.server
import ipaddress
import socketserver
import ssl
import threading
import urllib.parse
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID

HOST = "127.0.0.1"


@dataclass(frozen=True)
class Authority:
    """A CA's PEM file, and a server certificate and key it signed for 127.0.0.1."""

    ca_pem: Path
    server_pem: Path
    server_key: Path


def make_authority(folder: Path, name: str = "Inspecting Proxy Test Root") -> Authority:
    """A new CA (as an organisation's inspecting proxy has) and a server certificate."""
    # Fixed dates, not the clock's: the suite may run with the clock moved (conftest.py), and
    # OpenSSL checks validity against the real one.
    start = datetime.datetime(2020, 1, 1, tzinfo=datetime.UTC)
    end = datetime.datetime(2049, 12, 31, tzinfo=datetime.UTC)
    ca_key = ec.generate_private_key(ec.SECP256R1())
    ca_name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, name)])
    ca = (
        x509.CertificateBuilder()
        .subject_name(ca_name)
        .issuer_name(ca_name)
        .public_key(ca_key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(start)
        .not_valid_after(end)
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .add_extension(
            x509.KeyUsage(
                digital_signature=True,
                content_commitment=False,
                key_encipherment=False,
                data_encipherment=False,
                key_agreement=False,
                key_cert_sign=True,
                crl_sign=True,
                encipher_only=False,
                decipher_only=False,
            ),
            critical=True,
        )
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(ca_key.public_key()), False)
        .sign(ca_key, hashes.SHA256())
    )
    server_key = ec.generate_private_key(ec.SECP256R1())
    server = (
        x509.CertificateBuilder()
        .subject_name(x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, HOST)]))
        .issuer_name(ca_name)
        .public_key(server_key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(start)
        .not_valid_after(end)
        .add_extension(
            x509.SubjectAlternativeName(
                [x509.IPAddress(ipaddress.ip_address(HOST)), x509.DNSName("localhost")]
            ),
            critical=False,
        )
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        .add_extension(x509.ExtendedKeyUsage([x509.oid.ExtendedKeyUsageOID.SERVER_AUTH]), False)
        .add_extension(
            x509.AuthorityKeyIdentifier.from_issuer_public_key(ca_key.public_key()), False
        )
        .sign(ca_key, hashes.SHA256())
    )
    folder.mkdir(parents=True, exist_ok=True)
    authority = Authority(folder / "ca.pem", folder / "server.pem", folder / "server-key.pem")
    authority.ca_pem.write_bytes(ca.public_bytes(serialization.Encoding.PEM))
    authority.server_pem.write_bytes(server.public_bytes(serialization.Encoding.PEM))
    authority.server_key.write_bytes(
        server_key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
    )
    return authority


class HttpsMotoServer:
    """moto's app over HTTPS on 127.0.0.1 and a free port (the same state as the HTTP one)."""

    def __init__(self, authority: Authority) -> None:
        from moto.moto_server.werkzeug_app import (
            DomainDispatcherApplication,
            MotoRequestHandler,
            create_backend_app,
        )
        from werkzeug.serving import make_server

        context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        context.load_cert_chain(authority.server_pem, authority.server_key)
        self._server = make_server(
            HOST,
            0,
            DomainDispatcherApplication(create_backend_app),
            threaded=True,
            request_handler=MotoRequestHandler,
            ssl_context=context,
        )
        self.url = f"https://{HOST}:{self._server.server_port}"
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)
        self._thread.start()

    def stop(self) -> None:
        self._server.shutdown()
        self._server.server_close()
        self._thread.join(5)


class ForwardProxy:
    """An HTTP forward proxy on 127.0.0.1: takes absolute-URI requests, forwards them, counts
    them, and keeps the ``Proxy-Authorization`` it was sent (decoded) for the test to read."""

    def __init__(self) -> None:
        proxy = self
        self.requests: list[str] = []
        self.credentials: list[str] = []
        self._lock = threading.Lock()

        class Handler(http.server.BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def do_POST(self) -> None:
                proxy._forward(self)

            def log_message(self, format: str, *args: Any) -> None:
                pass  # quiet: the test reads the counts

        class Server(socketserver.ThreadingMixIn, http.server.HTTPServer):
            daemon_threads = True

        self._server = Server((HOST, 0), Handler)
        self.url = f"http://{HOST}:{self._server.server_port}"
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)
        self._thread.start()

    def _forward(self, handler: http.server.BaseHTTPRequestHandler) -> None:
        target = handler.path  # absolute: http://host:port/path
        auth = handler.headers.get("Proxy-Authorization", "")
        with self._lock:
            self.requests.append(target)
            if auth.startswith("Basic "):
                self.credentials.append(base64.b64decode(auth[6:]).decode())
        length = int(handler.headers.get("Content-Length") or 0)
        body = handler.rfile.read(length)
        split = urllib.parse.urlsplit(target)
        upstream = http.client.HTTPConnection(split.hostname, split.port, timeout=10)
        headers = {
            k: v for k, v in handler.headers.items() if k.lower() not in ("proxy-authorization",)
        }
        upstream.request("POST", split.path or "/", body, headers)
        answer = upstream.getresponse()
        data = answer.read()
        handler.send_response(answer.status)
        for key, value in answer.getheaders():
            if key.lower() not in ("transfer-encoding", "connection", "content-length"):
                handler.send_header(key, value)
        handler.send_header("Content-Length", str(len(data)))
        handler.end_headers()
        handler.wfile.write(data)
        upstream.close()

    def stop(self) -> None:
        self._server.shutdown()
        self._server.server_close()
        self._thread.join(5)
