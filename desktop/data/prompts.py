"""Asking the person at the computer for an MFA code, from a worker, without knowing who asks.

A profile with ``role_arn`` and ``mfa_serial`` signs in with a code from the MFA device.
botocore asks for it when the role's credentials are first needed or about to expire: on a
worker, in the middle of a request. The data layer never shows anything, so whoever runs it
installs a prompter here (:func:`set_mfa_prompter`): the window one that shows a dialog on
the GUI thread while the worker waits, the admin commands one that reads the terminal. Without
one, a profile that needs a code fails with a clear :class:`CredentialsError`.

:class:`MfaSignIn` is the part botocore calls (:mod:`desktop.data.aws_session` wires it in):
one sign-in at a time for the whole app (a second worker waits, then finds the first one's
role session in the cache), a code that is not six digits or that STS refuses asked again,
:data:`MFA_ATTEMPTS` times in all, and every failure of a prompter a :class:`StoreError`
(never an ``EOFError`` shown as "unexpected").
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from desktop.data.errors import CredentialsError, StoreError
from desktop.domain.connection_rules import mfa_code, mfa_code_problem

log = logging.getLogger(__name__)

MFA_ATTEMPTS = 3
_BOTOCORE_PROMPT = "Enter MFA code for "


@dataclass(frozen=True)
class MfaRequest:
    """One question for a code: which device, for which profile, and whether a code before
    it was refused (wrong, or expired by the time it arrived)."""

    serial: str  # the profile's mfa_serial: an ARN, or a hardware token's serial number
    profile: str
    attempt: int = 1
    refused: bool = False

    @property
    def device(self) -> str:
        """The device's name: the ARN's last part (``arn:aws:iam::1:mfa/kim`` is ``kim``)."""
        return self.serial.rsplit("/", 1)[-1] or self.serial


MfaPrompter = Callable[[MfaRequest], str]
"""Returns the code typed for a request, or raises (a :class:`StoreError` says why)."""


def no_prompter(request: MfaRequest) -> str:
    """The prompter when nobody installed one: the profile cannot be used here."""
    raise CredentialsError.mfa_needed(request.profile, request.device)


_prompter: MfaPrompter | None = None
# One sign-in at a time across every session of the app: a second one waits, then reuses the
# first one's role session from the cache instead of asking for another code.
_sign_in = threading.Lock()


def set_mfa_prompter(prompter: MfaPrompter | None) -> MfaPrompter | None:
    """Install who asks for MFA codes (``None``: nobody); returns the one installed before."""
    global _prompter
    previous, _prompter = _prompter, prompter
    return previous


def ask_mfa_code(request: MfaRequest) -> str:
    """The code the installed prompter returns; whatever goes wrong is a :class:`StoreError`."""
    prompter = _prompter or no_prompter
    try:
        return prompter(request)
    except StoreError:
        raise
    except (EOFError, KeyboardInterrupt) as exc:  # a terminal closed, or Ctrl+C
        raise CredentialsError.mfa_cancelled(request.profile, type(exc).__name__) from exc
    except Exception as exc:
        log.exception("The MFA prompter failed")
        raise CredentialsError.mfa_cancelled(request.profile, type(exc).__name__) from exc


class MfaSignIn:
    """botocore's MFA prompter and the refresher around its assume-role fetch, for one profile.

    botocore calls :meth:`prompt` in the middle of :meth:`refresh` (its ``AssumeRole`` needs
    the code); a refused code makes :meth:`refresh` try again with a new one.
    """

    def __init__(self, profile: str) -> None:
        self.profile = profile
        self._attempt = 1
        self._refused = False
        self._serial = ""
        self._detail = ""

    def refresh(self, fetch: Callable[[], dict[str, Any]]) -> dict[str, Any]:
        """The role's credentials from ``fetch`` (the cache first, else AssumeRole)."""
        with _sign_in:
            self._attempt, self._refused = 1, False
            while True:
                try:
                    return fetch()
                except Exception as exc:
                    if not _mfa_refused(exc):
                        raise
                    log.info("STS refused the MFA code (attempt %d): %s", self._attempt, exc)
                    self._next_attempt(str(exc))

    def prompt(self, text: str) -> str:
        """A six-digit code for botocore's prompt ``Enter MFA code for SERIAL: ``."""
        self._serial = text.removeprefix(_BOTOCORE_PROMPT).rstrip(": ") or text
        while True:
            request = MfaRequest(self._serial, self.profile, self._attempt, self._refused)
            code = ask_mfa_code(request)
            if not mfa_code_problem(code):
                return mfa_code(code)
            self._next_attempt("the code typed was not six digits")

    def _next_attempt(self, detail: str) -> None:
        if self._attempt >= MFA_ATTEMPTS:
            device = MfaRequest(self._serial, self.profile).device
            raise CredentialsError.mfa_refused(self.profile, device, detail)
        self._attempt += 1
        self._refused = True


def _mfa_refused(exc: BaseException) -> bool:
    """STS's answer to a wrong or expired code: AccessDenied, "MultiFactorAuthentication failed"."""
    response = getattr(exc, "response", None)
    if not isinstance(response, dict):
        return False
    error = response.get("Error", {})
    return error.get("Code") == "AccessDenied" and "MultiFactorAuthentication" in str(
        error.get("Message", "")
    )
