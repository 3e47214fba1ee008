"""``credential_process`` helpers run without a console window, their failures in plain words.

A profile's ``credential_process`` is a program botocore starts (``subprocess.Popen``) for the
keys. On Windows a console program started from the windowed app opens a console window of
its own, which flashes on every start and every renewal. :func:`run_helpers_without_console`
puts :class:`ConsoleFreeProcessProvider` in the session's credential chain instead of
botocore's: the same provider, started with ``CREATE_NO_WINDOW`` on Windows (and nothing
extra elsewhere). Two places in botocore start such a helper, and both are covered:

- the profile's own ``credential_process`` (the chain's ``custom-process`` provider);
- a ``source_profile`` that an assume-role profile signs in with (its providers come from the
  assume-role provider's profile provider builder, whose process provider is replaced too;
  a chain of source profiles uses the same builder).

SSO, ``login``, web identity and ``credential_source`` start no program. A helper that fails,
cannot be started or prints no valid credentials raises :class:`CredentialsError` naming the
profile and the first line the program wrote to stderr, never what it printed on stdout (that
is where the keys would be).
"""

from __future__ import annotations

import logging
import re
import subprocess
import sys
import threading
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from botocore.credentials import ProcessProvider
from botocore.exceptions import CredentialRetrievalError, UnknownCredentialError

from desktop.data.errors import CredentialsError

if TYPE_CHECKING:
    import botocore.session

log = logging.getLogger(__name__)

# subprocess.CREATE_NO_WINDOW, which exists on Windows only: the child gets no console (its
# pipes still work), so no window opens. See Microsoft's "Process Creation Flags".
CREATE_NO_WINDOW = 0x08000000

_LONGEST_REASON = 200
# What looks like a key in a helper's message is masked all the same: an access key id, or a
# 40-character secret.
_KEY_LIKE = re.compile(r"\b(?:AKIA|ASIA)[A-Z0-9]{12,}\b|(?<![A-Za-z0-9/+=])[A-Za-z0-9/+=]{40}\b")

Popen = Callable[..., Any]


def without_console(kwargs: dict[str, Any]) -> dict[str, Any]:
    """``Popen`` keyword arguments that open no console window on Windows (unchanged elsewhere)."""
    if sys.platform == "win32":
        return {**kwargs, "creationflags": int(kwargs.get("creationflags", 0)) | CREATE_NO_WINDOW}
    return kwargs


class _Helper:
    """The helper's process as botocore uses it (``communicate``, ``returncode``), remembering
    what it wrote to stderr for the error message."""

    def __init__(self, process: Any) -> None:
        self._process = process
        self.stderr = b""

    def communicate(self, *args: Any, **kwargs: Any) -> tuple[bytes, bytes]:
        stdout, stderr = self._process.communicate(*args, **kwargs)
        self.stderr = stderr or b""
        return stdout, stderr

    @property
    def returncode(self) -> int | None:
        code: int | None = self._process.returncode
        return code


class ConsoleFreeProcessProvider(ProcessProvider):
    """botocore's ``credential_process`` provider, started without a console window.

    ``popen`` is looked up when the helper starts (``subprocess.Popen`` unless given), so the
    one place the program is started is :meth:`_start`.
    """

    def __init__(
        self,
        profile_name: str,
        load_config: Callable[[], dict[str, Any]],
        popen: Popen | None = None,
    ) -> None:
        super().__init__(profile_name, load_config, popen=self._start)
        self.profile_name = profile_name
        self._given_popen = popen
        self._last = threading.local()

    def _start(self, args: Any, **kwargs: Any) -> _Helper:
        popen = self._given_popen or subprocess.Popen
        try:
            process = popen(args, **without_console(kwargs))
        except OSError as exc:
            program = args[0] if isinstance(args, list | tuple) and args else str(args)
            raise CredentialsError.process_failed(
                self.profile_name, f"{program}: {exc.strerror or type(exc).__name__}"
            ) from None
        helper = _Helper(process)
        self._last.helper = helper
        return helper

    def _retrieve_credentials_using(self, credential_process: str) -> dict[str, Any]:
        # botocore's one step for both the first sign-in and each renewal (not in its stubs).
        self._last.helper = None
        try:
            found: dict[str, Any] = super()._retrieve_credentials_using(  # type: ignore[misc]
                credential_process
            )
        except CredentialsError:
            raise
        except CredentialRetrievalError as exc:
            raise self._failure(str(exc.kwargs.get("error_msg", ""))) from None
        except ValueError:  # stdout is not JSON (json.JSONDecodeError)
            raise self._failure("") from None
        return found

    def _failure(self, botocore_message: str) -> CredentialsError:
        helper: _Helper | None = getattr(self._last, "helper", None)
        stderr = helper.stderr.decode("utf-8", "replace") if helper is not None else ""
        code = helper.returncode if helper is not None else None
        reason = first_line(stderr)
        if not reason and code not in (None, 0):
            reason = f"exit code {code}"
        if not reason:
            # Exit 0: botocore's words for what is wrong with the answer (a missing key, an
            # unknown Version), or "no JSON"; never the answer itself.
            reason = first_line(botocore_message) or "the output is not the JSON credentials"
        log.warning(
            "credential_process of profile %s failed (exit %s): %s", self.profile_name, code, reason
        )
        return CredentialsError.process_failed(self.profile_name, reason)


def first_line(text: str) -> str:
    """The first non-empty line of a helper's message, shortened, anything key-like masked."""
    line = next((part.strip() for part in text.splitlines() if part.strip()), "")
    line = _KEY_LIKE.sub("***", line)
    return line if len(line) <= _LONGEST_REASON else line[: _LONGEST_REASON - 1] + "…"


def run_helpers_without_console(session: botocore.session.Session) -> None:
    """Put :class:`ConsoleFreeProcessProvider` wherever ``session``'s credential chain would
    start a ``credential_process`` helper (see the module's note). Call it after any other
    change to the chain (an assume-role provider replaced), on a worker."""
    resolver = session.get_component("credential_provider")
    profile = session.get_config_variable("profile") or "default"

    def load_config() -> dict[str, Any]:
        config: dict[str, Any] = session.full_config
        return config

    original = resolver.get_provider(ConsoleFreeProcessProvider.METHOD)
    if not isinstance(original, ConsoleFreeProcessProvider):
        resolver.insert_before(
            ConsoleFreeProcessProvider.METHOD, ConsoleFreeProcessProvider(profile, load_config)
        )
        resolver.providers.remove(original)
    try:
        assume_role = resolver.get_provider("assume-role")
    except UnknownCredentialError:
        return
    # botocore builds the source profile's chain with this builder on each assume-role sign-in.
    builder = getattr(assume_role, "_profile_provider_builder", None)
    if builder is None or not hasattr(builder, "_create_process_provider"):
        log.warning("botocore changed: a source profile's credential_process may show a console")
        return

    def create_process_provider(profile_name: str) -> ConsoleFreeProcessProvider:
        return ConsoleFreeProcessProvider(profile_name, load_config)

    builder._create_process_provider = create_process_provider


__all__ = [
    "CREATE_NO_WINDOW",
    "ConsoleFreeProcessProvider",
    "first_line",
    "run_helpers_without_console",
    "without_console",
]
