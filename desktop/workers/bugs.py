"""Known errors versus bugs: which failures are expected, and the one place the rest go.

Expected failures (the app's own error types, ``OSError``, ``sqlite3.Error`` and the cache's
errors) become a short message with a way forward, where they happen. Anything else is a bug
(qutebrowser's KnownError/BugError): :class:`BugReporter` logs it with its traceback and hands
it to its listeners, whatever thread it happened on. The window subscribes a dialog with a
copyable report (``desktop/views/bug_dialog.py``); tests subscribe a list.

Qt-free: listeners are plain callables, called on the thread that reports.
"""

from __future__ import annotations

import logging
import re
import sqlite3
import sys
import threading
import traceback
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from types import TracebackType

from desktop.data.errors import StoreError
from desktop.i18n import tr

log = logging.getLogger(__name__)

HIDDEN = "[hidden]"

# AWS access key ids (long-term AKIA…, temporary ASIA…) and the long base64 runs of secrets
# and session tokens: mixed case with a digit, 40 characters or more, no dots or underscores
# (so file paths and identifiers in a traceback stay readable).
_KEY_ID = re.compile(r"\b(?:AKIA|ASIA|AGPA|AIDA|AROA|ANPA|ANVA|AIPA)[A-Z0-9]{12,}\b")
_LONG_RUN = re.compile(r"(?<![A-Za-z0-9/+=])[A-Za-z0-9/+=]{40,}(?![A-Za-z0-9/+=])")


def is_expected(error: BaseException) -> bool:
    """A failure the app plans for: shown as a message, not reported as a bug."""
    from desktop.data.cache import CacheError  # not at import: start-up imports this early

    return isinstance(error, StoreError | CacheError | OSError | sqlite3.Error)


def _looks_secret(run: str) -> bool:
    kinds = (str.isupper, str.islower, str.isdigit)
    return all(any(kind(c) for c in run) for kind in kinds)


@dataclass(frozen=True)
class Bug:
    """An unexpected exception and what was running when it happened."""

    error: BaseException
    where: str

    @property
    def kind(self) -> type[BaseException]:
        return type(self.error)

    @property
    def traceback(self) -> TracebackType | None:
        return self.error.__traceback__

    def signature(self) -> tuple[str, str, int]:
        """The exception type and the innermost frame: the same bug repeated has the same one."""
        tb = self.traceback
        while tb is not None and tb.tb_next is not None:
            tb = tb.tb_next
        if tb is None:
            return (self.kind.__name__, "", 0)
        return (self.kind.__name__, tb.tb_frame.f_code.co_filename, tb.tb_lineno)


BugListener = Callable[[Bug], None]


class BugReporter:
    """Logs each bug with its traceback and hands it to the listeners (from any thread).

    ``hide`` registers values that must never appear in a report (the access key and secret
    the app is using); :meth:`scrub` removes them and anything shaped like an AWS key.
    """

    def __init__(self) -> None:
        self._listeners: list[BugListener] = []
        self._hidden: set[str] = set()
        self._lock = threading.Lock()

    def subscribe(self, listener: BugListener) -> None:
        with self._lock:
            self._listeners.append(listener)

    def unsubscribe(self, listener: BugListener) -> None:
        with self._lock:
            if listener in self._listeners:
                self._listeners.remove(listener)

    def hide(self, *values: str) -> None:
        """Never show these in a report or the log.

        Values under 8 characters are ignored: hiding them would blank ordinary words.
        """
        with self._lock:
            self._hidden.update(v for v in values if len(v) >= 8)

    def scrub(self, text: str) -> str:
        with self._lock:
            hidden = sorted(self._hidden, key=len, reverse=True)
        for value in hidden:
            text = text.replace(value, HIDDEN)
        text = _KEY_ID.sub(HIDDEN, text)
        return _LONG_RUN.sub(lambda m: HIDDEN if _looks_secret(m.group()) else m.group(), text)

    def report(self, error: BaseException, where: str) -> Bug:
        """Log ``error`` as a bug (its traceback, scrubbed) and tell the listeners."""
        bug = Bug(error, where)
        details = "".join(traceback.format_exception(error)).rstrip()
        log.error("Unexpected error in %s\n%s", where, self.scrub(details))
        with self._lock:
            listeners = list(self._listeners)
        for listener in listeners:
            try:
                listener(bug)
            except Exception:
                log.exception("Could not show a bug report")
        return bug

    @contextmanager
    def carrying_on(self, what: str) -> Iterator[None]:
        """Run a step whose failure must not stop the work around it.

        An expected failure is logged as ``what``; a bug is also reported.
        """
        try:
            yield
        except Exception as error:
            if is_expected(error):
                log.exception(what)
            else:
                self.report(error, what)

    # --- hooks for sys.excepthook and threading.excepthook ---------------------------------------

    def excepthook(
        self, kind: type[BaseException], error: BaseException, tb: TracebackType | None
    ) -> None:
        """For ``sys.excepthook``: an exception nobody caught on the GUI thread (in a slot)."""
        if error.__traceback__ is None:
            error = error.with_traceback(tb)
        with self._lock:
            heard = bool(self._listeners)
        if not heard:  # no window yet (or any more): say it where Python would
            sys.__excepthook__(kind, error, tb)
        self.report(error, "the window")

    def thread_hook(self, args: threading.ExceptHookArgs) -> None:
        """For ``threading.excepthook``: an exception that ended a Python thread."""
        if args.exc_value is None or issubclass(args.exc_type, SystemExit):
            return
        name = args.thread.name if args.thread is not None else "a thread"
        self.report(args.exc_value, f"the thread {name}")


def install_hooks(bugs: BugReporter) -> None:
    """Route uncaught exceptions, in slots and in Python threads, to ``bugs``."""
    sys.excepthook = bugs.excepthook
    threading.excepthook = bugs.thread_hook


class UnexpectedError(StoreError):
    """A bug reached code that shows messages: it says so, and the report has the detail."""

    @classmethod
    def of(cls, error: BaseException) -> UnexpectedError:
        name = type(error).__name__
        return cls(
            tr(
                "Bugs",
                "Department Calendar ran into an unexpected problem ({error}). Please send "
                "the report that opened to your administrator.",
            ).format(error=name),
            code="Bug",
            detail=name,
        )
