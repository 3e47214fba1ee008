"""The computer's own certificate store for the AWS connection (``truststore``).

botocore checks a server's certificate against certifi's list of public authorities, not the
computer's store. Behind a proxy that inspects secure connections (its root certificate is in
the Windows or macOS store, put there by IT) every request then fails. ``truststore`` makes
:class:`ssl.SSLContext` verify with the operating system instead (Windows CryptoAPI, macOS
Security framework, OpenSSL's default paths on Linux). A CA bundle that botocore loads into the
context (certifi's, or the ``network/ca_bundle`` setting) is trusted as well, on every
platform: truststore adds what ``load_verify_locations`` loaded to the system's anchors.

botocore binds ``SSLContext`` when ``botocore.httpsession`` is imported, so the class must be
swapped before that, or in that module too: :func:`install` does both, whatever was imported
first. Importing ``ssl`` and ``truststore`` costs about 30 ms, so the app does not do it on the
GUI thread at start-up: :func:`request` (from ``deptcal``'s ``main``) only asks for it, and
:func:`ensure` does it just before the first boto3 import, on a worker
(:func:`desktop.data.door.build_client`). Tests and tools that never call :func:`request` keep
Python's own behaviour.
"""

from __future__ import annotations

import logging
import sys
import threading

log = logging.getLogger(__name__)

_lock = threading.Lock()
_requested = False
_installed = False

# Modules that keep their own reference to ``ssl.SSLContext`` once imported.
_HOLDERS = ("urllib3.util.ssl_", "botocore.httpsession")


def request() -> None:
    """Use the computer's certificate store for every client made from now on (cheap)."""
    global _requested  # noqa: PLW0603  one switch for the process
    _requested = True


def ensure() -> None:
    """Install the computer's certificate store if :func:`request` asked for it."""
    if _requested and not _installed:
        install()


def install() -> bool:
    """Make :class:`ssl.SSLContext` (and botocore's and urllib3's copies) truststore's.

    Returns whether it is in place. Without truststore (a build that left it out) the
    connection keeps certifi's authorities and whatever ``network/ca_bundle`` adds.
    """
    global _installed  # noqa: PLW0603  one switch for the process
    with _lock:
        if _installed:
            return True
        try:
            import ssl

            import truststore
        except ImportError as exc:
            log.warning("The system certificate store is not used (%s)", exc)
            return False
        ssl.SSLContext = truststore.SSLContext  # type: ignore[misc,assignment]
        for name in _HOLDERS:
            module = sys.modules.get(name)
            if module is not None:
                module.SSLContext = truststore.SSLContext  # type: ignore[attr-defined]
        _installed = True
        log.debug("Certificates are checked against the system's certificate store")
        return True


def installed() -> bool:
    return _installed
