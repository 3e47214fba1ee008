"""When changes that could not be sent are tried again, and the words that say why they wait.

Sending stops at the first change the table does not take for a reason that says nothing
about the change (throttling, a server error, no network, expired credentials) or that could
not be recorded on this computer (a full disk). The app then tries again by itself with
backoff, whether or not reads succeed meanwhile, and says why the changes wait until they are
sent. Qt-free: the service schedules the tries; tests pass a faster :class:`Backoff`.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import datetime

from desktop.data.errors import OfflineError, ServiceError, StoreError, ThrottledError
from desktop.i18n import tr

FIRST_SECONDS = 5.0
MOST_SECONDS = 300.0

_CONTEXT = "SendRetry"


class Backoff:
    """Delays that double from ``first`` to at most ``most`` seconds; :meth:`reset` after a
    success."""

    def __init__(self, first: float = FIRST_SECONDS, most: float = MOST_SECONDS) -> None:
        self.first = first
        self.most = most
        self._attempt = 0

    def next_delay(self) -> float:
        delay = min(self.first * 2.0 ** min(self._attempt, 32), self.most)
        self._attempt += 1
        return delay

    def reset(self) -> None:
        self._attempt = 0


def is_local(error: BaseException) -> bool:
    """The failure was this computer's (the cache file: a full disk, no permission)."""
    from desktop.data.cache import CacheError  # not at import: start-up imports this early

    return isinstance(error, CacheError | sqlite3.Error | OSError)


def wait_reason(error: BaseException) -> str:
    """Why changes wait, in a sentence (with what to do, where the user can do something)."""
    if isinstance(error, ThrottledError):
        return tr(_CONTEXT, "The calendar server is busy.")
    if isinstance(error, OfflineError):
        return tr(_CONTEXT, "The calendar server cannot be reached.")
    if isinstance(error, ServiceError):
        return tr(_CONTEXT, "The calendar server reported an error ({code}).").format(
            code=error.code
        )
    if isinstance(error, StoreError):
        return error.message  # credentials, a missing table…: the message says what to do
    if is_local(error):
        return tr(
            _CONTEXT,
            "The result could not be recorded on this computer ({reason}). Free some disk "
            "space or check the permissions of the app's data folder.",
        ).format(reason=str(error) or type(error).__name__)
    return tr(_CONTEXT, "An unexpected error stopped sending ({reason}); see the log.").format(
        reason=type(error).__name__
    )


@dataclass(frozen=True)
class SendWait:
    """Changes wait to be sent: why, and when the next try is (UTC)."""

    error: BaseException
    retry_at: datetime

    @property
    def reason(self) -> str:
        return wait_reason(self.error)
