"""A TCP proxy that tests control, for putting network faults between botocore and moto.

``FaultProxy(host, port).start()`` listens on ``127.0.0.1`` (a free port) and forwards every
connection to ``host:port``. Its mode can change at any time, also while requests are in flight.
What each mode does, and what botocore (1.44, over plain HTTP to moto) then raises:

- ``heal()``: bytes pass through both ways.
- ``refuse()``: the listening socket is closed, so a connect gets ``ECONNREFUSED``
  (``EndpointConnectionError``); open connections are reset. Any other mode opens the SAME
  port again.
- ``stall()``: connections are accepted and the request read, but nothing is ever answered
  (``ReadTimeoutError`` after ``read_timeout``, per attempt).
- ``cut_after(n)``: the request is forwarded (the server acts on it), only the first ``n``
  bytes of the response come back, then the connection closes. Before a complete status line
  (``n`` < 17) botocore raises ``ConnectionClosedError``. Later cuts are NOT errors in botocore:
  a cut inside the headers ends them early and reads as a 200 with an empty body; a cut inside
  the body fails DynamoDB's CRC32 check, is retried, and after the last attempt the truncated
  body is parsed as an empty answer (see ``tests/data/test_fault_proxy.py``).
- ``slow(seconds)``: bytes pass through, ``seconds`` late for each chunk read.

``refuse`` closes the listening socket rather than accepting and resetting: a refused connect
is what a host that is up but not serving (or a firewall's reject) looks like, and botocore
reports it before sending anything, so nothing is ever half-written.

Changing to ``refuse``, ``stall`` or ``cut_after`` closes the connections already open (botocore
keeps idle connections in a pool and would otherwise reuse one that was opened while healthy);
``heal`` and ``slow`` keep working connections and close only stalled ones. Every socket has a
timeout, every thread is a daemon, and ``stop()`` ends them all; the proxy listens only on
127.0.0.1.
"""

from __future__ import annotations

import contextlib
import enum
import selectors
import socket
import struct
import threading
from types import TracebackType
from typing import Self

HOST = "127.0.0.1"
CHUNK = 64 * 1024
POLL_SECONDS = 0.05
JOIN_SECONDS = 2.0


class Mode(enum.Enum):
    PASS = "pass"
    REFUSE = "refuse"
    STALL = "stall"
    CUT = "cut"
    SLOW = "slow"


class _Link:
    """One accepted connection and the thread serving it."""

    def __init__(self, client: socket.socket, stalled: bool) -> None:
        self.client = client
        self.stalled = stalled
        self.killed = threading.Event()
        self.reset = False
        self.thread: threading.Thread | None = None

    def kill(self, *, reset: bool) -> None:
        """Make the serving thread close the connection now (and wake it up)."""
        self.reset = reset
        self.killed.set()
        with contextlib.suppress(OSError):
            self.client.shutdown(socket.SHUT_RD)  # wakes the thread's select()

    def join(self) -> None:
        if self.thread is not None and self.thread is not threading.current_thread():
            self.thread.join(JOIN_SECONDS)


class FaultProxy:
    """A controllable TCP proxy in front of ``target_host:target_port``."""

    def __init__(
        self,
        target_host: str,
        target_port: int,
        *,
        idle_timeout: float = 30.0,
        connect_timeout: float = 2.0,
    ) -> None:
        self.target = (target_host, target_port)
        self.idle_timeout = idle_timeout
        self.connect_timeout = connect_timeout
        self._lock = threading.Lock()
        self._mode = Mode.PASS
        self._cut_bytes = 0
        self._cuts_left: int | None = None
        self._delay = 0.0
        self._port = 0
        self._listener: socket.socket | None = None
        self._accept_thread: threading.Thread | None = None
        self._links: set[_Link] = set()
        self._connections = 0
        self._accepted = threading.Condition(self._lock)
        self._stopping = threading.Event()

    # --- life ---------------------------------------------------------------------------------

    def start(self) -> str:
        """Listen on 127.0.0.1 (a free port) and return the proxy's URL."""
        with self._lock:
            if self._listener is not None or self._port:
                raise RuntimeError("the proxy was already started")
            self._listen()
        return self.url

    @property
    def url(self) -> str:
        return f"http://{HOST}:{self._port}"

    @property
    def port(self) -> int:
        return self._port

    def stop(self) -> None:
        """Close the listening socket and every connection; end every thread."""
        self._stopping.set()
        with self._lock:
            listener, self._listener = self._listener, None
            accept_thread, self._accept_thread = self._accept_thread, None
            links = list(self._links)
        self._close_listener(listener)
        if accept_thread is not None:
            accept_thread.join(JOIN_SECONDS)
        self._kill(links, reset=False)

    def __enter__(self) -> Self:
        self.start()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.stop()

    # --- what tests look at -------------------------------------------------------------------

    @property
    def connections(self) -> int:
        """How many connections were accepted since the start."""
        with self._lock:
            return self._connections

    def wait_for_connections(self, count: int, timeout: float = 5.0) -> bool:
        """Wait until ``count`` connections were accepted in all; False on timeout."""
        with self._accepted:
            return self._accepted.wait_for(lambda: self._connections >= count, timeout)

    @property
    def mode(self) -> Mode:
        with self._lock:
            return self._mode

    # --- modes --------------------------------------------------------------------------------

    def heal(self) -> None:
        """Pass everything through."""
        self._set(Mode.PASS, kill_all=False)

    def refuse(self) -> None:
        """Refuse new connections (the port is closed) and reset the open ones."""
        with self._lock:
            self._mode = Mode.REFUSE
            listener, self._listener = self._listener, None
            accept_thread, self._accept_thread = self._accept_thread, None
            links = list(self._links)
        self._close_listener(listener)
        if accept_thread is not None:
            accept_thread.join(JOIN_SECONDS)
        self._kill(links, reset=True)

    def stall(self) -> None:
        """Accept connections and never answer; the open ones are closed."""
        self._set(Mode.STALL, kill_all=True)

    def cut_after(self, n_bytes: int, *, times: int | None = None) -> None:
        """Forward requests; send only the first ``n_bytes`` of each response, then close.

        With ``times``, only that many responses are cut; then the proxy heals by itself (a
        request whose answer is lost once, and whose retry gets through).
        """
        if n_bytes < 0:
            raise ValueError("n_bytes must be 0 or more")
        if times is not None and times < 1:
            raise ValueError("times must be 1 or more")
        self._set(Mode.CUT, kill_all=True, cut_bytes=n_bytes, cuts_left=times)

    def slow(self, delay_seconds: float) -> None:
        """Pass everything through, waiting ``delay_seconds`` before forwarding each chunk."""
        if delay_seconds < 0:
            raise ValueError("delay_seconds must be 0 or more")
        self._set(Mode.SLOW, kill_all=False, delay=delay_seconds)

    def _set(
        self,
        mode: Mode,
        *,
        kill_all: bool,
        cut_bytes: int = 0,
        cuts_left: int | None = None,
        delay: float = 0.0,
    ) -> None:
        with self._lock:
            if not self._port:
                raise RuntimeError("start the proxy first")
            self._mode = mode
            self._cut_bytes = cut_bytes
            self._cuts_left = cuts_left
            self._delay = delay
            if self._listener is None and not self._stopping.is_set():
                self._listen()  # after refuse(): the same port again
            doomed = [link for link in self._links if kill_all or link.stalled]
        self._kill(doomed, reset=False)

    # --- listening ----------------------------------------------------------------------------

    def _listen(self) -> None:
        """Open the listening socket (on the same port after the first time). Lock held."""
        listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        try:
            listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
            listener.bind((HOST, self._port))
            listener.listen(64)
            listener.settimeout(POLL_SECONDS)
        except OSError:
            listener.close()
            raise
        self._port = listener.getsockname()[1]
        self._listener = listener
        self._accept_thread = threading.Thread(
            target=self._accept_loop, args=(listener,), name="fault-proxy-accept", daemon=True
        )
        self._accept_thread.start()

    @staticmethod
    def _close_listener(listener: socket.socket | None) -> None:
        if listener is None:
            return
        # On Linux a thread blocked in accept() keeps a closed socket listening; shutdown
        # stops it at once. (Other systems may refuse shutdown on a listening socket.)
        with contextlib.suppress(OSError):
            listener.shutdown(socket.SHUT_RDWR)
        listener.close()

    def _accept_loop(self, listener: socket.socket) -> None:
        while not self._stopping.is_set():
            try:
                client, _ = listener.accept()
            except TimeoutError:
                continue
            except OSError:
                return  # closed by refuse() or stop()
            with self._lock:
                if listener is not self._listener or self._stopping.is_set():
                    client.close()
                    return
                self._connections += 1
                self._accepted.notify_all()
                link = _Link(client, stalled=self._mode is Mode.STALL)
                self._links.add(link)
                link.thread = threading.Thread(
                    target=self._serve, args=(link,), name="fault-proxy-link", daemon=True
                )
                link.thread.start()  # under the lock: a link in the set is always joinable

    def _kill(self, links: list[_Link], *, reset: bool) -> None:
        for link in links:
            link.kill(reset=reset)
        for link in links:
            link.join()

    # --- serving one connection ---------------------------------------------------------------

    def _serve(self, link: _Link) -> None:
        upstream: socket.socket | None = None
        try:
            link.client.settimeout(self.idle_timeout)
            if link.stalled:
                self._swallow(link)
                return
            upstream = socket.create_connection(self.target, timeout=self.connect_timeout)
            upstream.settimeout(self.idle_timeout)
            self._relay(link, upstream)
        except OSError:
            pass  # a peer went away: the connection ends, as it would on a real network
        finally:
            if link.reset:
                # Close with RST instead of FIN: the peer sees "connection reset".
                with contextlib.suppress(OSError):
                    link.client.setsockopt(
                        socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0)
                    )
            link.client.close()
            if upstream is not None:
                upstream.close()
            with self._lock:
                self._links.discard(link)

    def _swallow(self, link: _Link) -> None:
        """Read and drop what the client sends, answer nothing, until told to stop."""
        with selectors.DefaultSelector() as selector:
            selector.register(link.client, selectors.EVENT_READ)
            idle = 0.0
            while not self._stopping.is_set() and not link.killed.is_set():
                if not selector.select(POLL_SECONDS):
                    idle += POLL_SECONDS
                    if idle >= self.idle_timeout:
                        return
                    continue
                idle = 0.0
                if not link.client.recv(CHUNK):
                    return  # the client gave up

    def _relay(self, link: _Link, upstream: socket.socket) -> None:
        sent_back = 0
        with selectors.DefaultSelector() as selector:
            selector.register(link.client, selectors.EVENT_READ, upstream)
            selector.register(upstream, selectors.EVENT_READ, link.client)
            idle = 0.0
            while not self._stopping.is_set() and not link.killed.is_set():
                ready = selector.select(POLL_SECONDS)
                if not ready:
                    idle += POLL_SECONDS
                    if idle >= self.idle_timeout:
                        return
                    continue
                idle = 0.0
                for key, _ in ready:
                    source: socket.socket = key.fileobj  # type: ignore[assignment]
                    target: socket.socket = key.data
                    data = source.recv(CHUNK)
                    if not data or link.killed.is_set():
                        return
                    with self._lock:
                        mode, delay, cut = self._mode, self._delay, self._cut_bytes
                    if mode is Mode.SLOW and delay and self._wait(link, delay):
                        return
                    if mode is Mode.CUT and source is upstream:
                        allowed = cut - sent_back
                        if allowed > 0:
                            target.sendall(data[:allowed])
                            sent_back += min(allowed, len(data))
                        if sent_back >= cut:
                            self._count_cut()
                            return  # the rest of the response never arrives
                        continue
                    target.sendall(data)
                    if source is upstream:
                        sent_back += len(data)

    def _count_cut(self) -> None:
        with self._lock:
            if self._mode is Mode.CUT and self._cuts_left is not None:
                self._cuts_left -= 1
                if self._cuts_left <= 0:
                    self._mode = Mode.PASS

    def _wait(self, link: _Link, seconds: float) -> bool:
        """Wait ``seconds``; True if the proxy stopped or the link was killed meanwhile."""
        if link.killed.wait(seconds):
            return True
        return self._stopping.is_set()
