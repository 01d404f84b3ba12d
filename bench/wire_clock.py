"""When SIP packets really crossed loopback: kernel timestamps from an AF_PACKET socket.

sipp's `-trace_msg` stamps a message when sipp *logs* it, after its `sendto` returned.
A callee that is woken by the INVITE and preempts sipp on the same core (as a softphone
whose loop runs with a short scheduler slice does, telephony/latency.py) then runs
before sipp has stamped its INVITE, and INVITE -> 180 comes out shorter than the
callee's own work (0.16 ms measured for ~0.8 ms of engine work); a callee that does not
preempt pays for sipp's logging instead. The kernel stamps each packet as it passes
the loopback device (SO_TIMESTAMPNS), independent of who runs
when, so peer_compare uses these when it may open a packet socket (root or
CAP_NET_RAW) and says which clock it used.
"""

from __future__ import annotations

import re
import select
import socket
import struct
import threading
from collections.abc import Callable

ETH_P_IP = 0x0800
PACKET_HOST = 0
PACKET_OUTGOING = 4
SO_TIMESTAMPNS = 35  # asm-generic/socket.h; SCM_TIMESTAMPNS has the same value
_CALL_ID = re.compile(rb"^(?:Call-ID|i)\s*:\s*(\S+)", re.M | re.I)
_CSEQ_INVITE = re.compile(rb"^CSeq\s*:\s*\d+\s+INVITE", re.M | re.I)

Record = Callable[[str, str, int, float], None]
"""(kind "invite" | "180" | "200", Call-ID, the callee's UDP port, µs since the epoch)."""


class WireClock:
    """Captures INVITEs and their 180/200 on `lo` in a thread while open."""

    def __init__(self) -> None:
        self.packets: list[tuple[str, str, int, float]] = []
        self._sock: socket.socket | None = None
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self.error = ""

    def __enter__(self) -> WireClock:
        try:
            sock = socket.socket(socket.AF_PACKET, socket.SOCK_DGRAM, socket.htons(ETH_P_IP))
            sock.bind(("lo", ETH_P_IP))
            sock.setsockopt(socket.SOL_SOCKET, SO_TIMESTAMPNS, 1)
        except (OSError, AttributeError) as exc:
            self.error = str(exc)
            return self
        self._sock = sock
        self._thread = threading.Thread(target=self._run, name="wire-clock", daemon=True)
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        if self._thread is not None:
            self._thread.join(5)
        if self._sock is not None:
            self._sock.close()

    @property
    def working(self) -> bool:
        return self._sock is not None

    def _run(self) -> None:
        assert self._sock is not None
        while not self._stop.is_set():
            ready, _, _ = select.select([self._sock], [], [], 0.2)
            if not ready:
                continue
            data, ancillary, _, address = self._sock.recvmsg(65535, 64)
            if address[2] not in (PACKET_HOST, PACKET_OUTGOING):
                continue  # (loopback delivers one copy, as HOST; `fill` keeps the first)
            stamp = next(
                (
                    struct.unpack("qq", value[:16])
                    for level, kind, value in ancillary
                    if level == socket.SOL_SOCKET and kind == SO_TIMESTAMPNS
                ),
                None,
            )
            if stamp is not None:
                self._packet(data, stamp[0] * 1e6 + stamp[1] / 1e3)

    def _packet(self, data: bytes, micros: float) -> None:
        if len(data) < 28 or data[9] != socket.IPPROTO_UDP:
            return
        header = (data[0] & 0x0F) * 4
        src_port, dst_port = struct.unpack("!HH", data[header : header + 4])
        payload = data[header + 8 :]
        if payload.startswith(b"INVITE "):
            kind, callee = "invite", dst_port
        elif payload.startswith((b"SIP/2.0 180 ", b"SIP/2.0 200 ")):
            if not _CSEQ_INVITE.search(payload):
                return
            kind, callee = payload[8:11].decode(), src_port
        else:
            return
        found = _CALL_ID.search(payload)
        if found is not None:
            self.packets.append((kind, found.group(1).decode("latin-1"), callee, micros))

    def fill(self, port: int, call_ids: set[str], invite: dict[str, float],
             ringing: dict[str, float], ok: dict[str, float]) -> None:  # fmt: skip
        """The first INVITE, 180 and 200 of these calls to the callee on `port`."""
        where = {"invite": invite, "180": ringing, "200": ok}
        for kind, call_id, callee, micros in list(self.packets):
            if callee == port and call_id in call_ids:
                where[kind].setdefault(call_id, micros)
