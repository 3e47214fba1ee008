"""Rules for the network settings: the CA bundle file and the proxy URL.

The client (:func:`desktop.data.door.build_client`) refuses what these refuse, before any
request, with the same words the settings would show next to the field. Each rule returns a
translated sentence, or ``""`` when the value is fine. A proxy URL may carry a password: only
:func:`masked_proxy` of it is ever shown or logged. The user's own proxy is saved without its
login (:func:`split_proxy_login`), which the keyring keeps and :func:`with_proxy_login` puts
back for the client. No Qt here.
"""

from __future__ import annotations

import re
import urllib.parse
from pathlib import Path

from desktop.i18n import tr

_CONTEXT = "NetworkRules"

PEM_CERTIFICATE = b"-----BEGIN CERTIFICATE-----"
# A CA bundle is small (certifi's, with every public root, is 290 kB); this reads any of them.
_LARGEST_BUNDLE = 16 * 1024 * 1024


def ca_bundle_problem(path: str) -> str:
    """What is wrong with a CA bundle file (it must hold a PEM certificate), or ``""``.

    Reads the file (a local file, a few kB): call it where file access may wait.
    """
    file = Path(path).expanduser()
    try:
        if not file.is_file():
            return tr(_CONTEXT, "The file {path} does not exist.").format(path=path)
        with file.open("rb") as stream:
            content = stream.read(_LARGEST_BUNDLE)
    except OSError as exc:
        return tr(_CONTEXT, "The file {path} cannot be read ({reason}).").format(
            path=path, reason=exc.strerror or type(exc).__name__
        )
    if PEM_CERTIFICATE not in content:
        return tr(
            _CONTEXT,
            "The file {path} holds no certificate in PEM form (text starting with "
            "“-----BEGIN CERTIFICATE-----”).",
        ).format(path=path)
    return ""


def proxy_problem(url: str) -> str:
    """What is wrong with a proxy URL (``http://host:port``, maybe with a user), or ``""``."""
    try:
        parts = urllib.parse.urlsplit(url.strip())
        _ = parts.port  # a port that is not a number raises here
    except ValueError:
        parts = None
    if parts is None or parts.scheme.lower() not in ("http", "https") or not parts.hostname:
        return tr(
            _CONTEXT,
            "Enter the proxy as an address starting with http:// or https://, with its host "
            "and port, e.g. http://proxy.example.com:8080.",
        )
    return ""


_USERINFO = re.compile(r"(?<=://)[^/@\s]*@")


def masked_proxy(url: str) -> str:
    """``url`` with any user name and password replaced by ``***`` (for logs and messages)."""
    return _USERINFO.sub("***@", url.strip())


def proxy_secrets(url: str) -> list[str]:
    """The parts of a proxy URL that must never be shown: its password (raw and decoded)."""
    try:
        parts = urllib.parse.urlsplit(url.strip())
    except ValueError:
        return []
    userinfo = parts.netloc.rpartition("@")[0] if "@" in parts.netloc else ""
    password = userinfo.partition(":")[2]
    if not password:
        return []
    return sorted({password, urllib.parse.unquote(password), userinfo}, key=len, reverse=True)


def split_proxy_login(url: str) -> tuple[str, str, str]:
    """``url`` without its ``user:password@``, and the user name and password (decoded).

    ``http://alice:s%40cret@proxy:8080`` → (``http://proxy:8080``, ``alice``, ``s@cret``);
    a URL without a login comes back as it is, with two empty strings.
    """
    scheme, separator, rest = url.partition("://")
    end = min((i for i in (rest.find(c) for c in "/?#") if i >= 0), default=len(rest))
    if not separator or "@" not in rest[:end]:
        return url, "", ""
    userinfo, _at, host = rest[:end].rpartition("@")
    user, _colon, password = userinfo.partition(":")
    bare = f"{scheme}://{host}{rest[end:]}"
    return bare, urllib.parse.unquote(user), urllib.parse.unquote(password)


def has_proxy_login(url: str) -> bool:
    """The URL carries a ``user@`` or ``user:password@`` of its own."""
    return split_proxy_login(url)[0] != url


def with_proxy_login(url: str, user: str, password: str) -> str:
    """``url`` with ``user:password@`` put in (percent-encoded, as the client decodes it);
    ``url`` as it is without a user name, or when it has a login of its own."""
    if not user or not url.strip() or has_proxy_login(url):
        return url
    scheme, separator, rest = url.strip().partition("://")
    if not separator:
        return url
    login = urllib.parse.quote(user, safe="")
    if password:
        login += ":" + urllib.parse.quote(password, safe="")
    return f"{scheme}://{login}@{rest}"
