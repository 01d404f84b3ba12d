"""Waking the engine loop out of `libHandleEvents` from another thread (issue 15).

The loop blocks in pjsip's ioqueue until a packet arrives or pjsua's next timer is due,
so an idle seat costs no CPU. Work that arrives on other threads (a command from the
host's stdin reader, a finished recording, a header-patch result, a signal) must wake it.
pjsip only wakes for its own sockets, so the waker sends a datagram to the engine's own
SIP UDP transport, which is one of them: two CRLF pairs, the keep-alive "ping" of RFC
5626 section 3.5.1. pjsip's UDP transport drops datagrams of 32 bytes or less before
parsing (sip_transport_udp.c, MIN_SIZE), so this never reaches a pjsip module, sip_guard
or a log; it only makes the ioqueue poll return. The datagram goes from the engine to its
own bound address (loopback in every test), never onto another host.

No pjsua2 here: any thread may call `wake()`.
"""

from __future__ import annotations

import contextlib
import logging
import socket

log = logging.getLogger(__name__)

__all__ = ["Waker"]

PING = b"\r\n\r\n"


class Waker:
    """A non-blocking UDP socket connected to the engine's own SIP UDP transport."""

    def __init__(self, local_name: str) -> None:
        """`local_name`: the transport's "host:port" (``TransportInfo.localName``)."""
        host, _, port = local_name.rpartition(":")
        host = host.strip("[]")
        if host in ("0.0.0.0", ""):  # bound to every address: its loopback one is ours too
            host = "127.0.0.1"
        elif host == "::":
            host = "::1"
        family = socket.AF_INET6 if ":" in host else socket.AF_INET
        self._sock = socket.socket(family, socket.SOCK_DGRAM)
        self._sock.setblocking(False)
        self._sock.connect((host, int(port)))

    def fileno(self) -> int:
        """For `signal.set_wakeup_fd`: a signal then wakes the loop too."""
        return self._sock.fileno()

    def wake(self) -> None:
        """Make the loop's current (or next) `libHandleEvents` return; never blocks."""
        with contextlib.suppress(BlockingIOError, InterruptedError):
            try:
                self._sock.send(PING)
            except OSError as exc:  # e.g. ECONNREFUSED of an earlier datagram: harmless
                log.debug("wake: %s", exc)

    def close(self) -> None:
        self._sock.close()
