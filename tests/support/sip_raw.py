"""Hand-made SIP over a raw UDP socket on 127.0.0.1, for tests of what the engine answers.

sipp and pjsua peers refuse to send the malformed or unusual requests these tests need
(two Call-IDs, a BYE with no dialog, an unknown method), so requests are written byte by
byte here and responses read back without a SIP stack in between.
"""

from __future__ import annotations

import socket
import time
import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from types import TracebackType

from telephony.sip_sanity import COMPACT, SipRequest, parse_request

HOST = "127.0.0.1"


@dataclass(frozen=True)
class Response:
    code: int
    reason: str
    headers: tuple[tuple[str, str], ...]  # lower-case long names
    raw: bytes

    def values(self, name: str) -> list[str]:
        return [v for k, v in self.headers if k == name.lower()]

    def first(self, name: str) -> str | None:
        found = self.values(name)
        return found[0] if found else None

    @property
    def cseq_method(self) -> str:
        return (self.first("cseq") or " ").split()[-1]


@dataclass(frozen=True)
class Received:
    """Anything the peer sent us: a response, or a request (e.g. a NOTIFY)."""

    raw: bytes
    response: Response | None
    request_method: str | None


def parse_response(data: bytes) -> Response:
    head = data.split(b"\r\n\r\n", 1)[0].decode("latin-1")
    lines = head.split("\r\n")
    version, code, reason = [*lines[0].split(" ", 2), ""][:3]
    if not version.startswith("SIP/2.0"):
        raise ValueError(f"not a response: {lines[0]!r}")
    headers: list[tuple[str, str]] = []
    for line in lines[1:]:
        if line[:1] in (" ", "\t") and headers:
            name, value = headers[-1]
            headers[-1] = (name, value + " " + line.strip())
            continue
        name, _, value = line.partition(":")
        key = name.strip().lower()
        headers.append((COMPACT.get(key, key), value.strip()))
    return Response(int(code), reason, tuple(headers), data)


def new_id() -> str:
    return uuid.uuid4().hex[:16]


def build_request(
    method: str,
    port: int,
    local_port: int,
    *,
    call_id: str | None = None,
    branch: str | None = None,
    cseq: int = 1,
    cseq_method: str | None = None,
    from_tag: str | None = "ft",
    to_tag: str | None = None,
    extra: Sequence[str] = (),
    body: bytes = b"",
    user: str = "operator",
    host: str = HOST,
) -> bytes:
    """A well-formed request from 127.0.0.1:`local_port` to the engine at `port`."""
    uri = f"sip:{user}@{host}:{port}"
    lines = [
        f"{method} {uri} SIP/2.0",
        f"Via: SIP/2.0/UDP {HOST}:{local_port};rport;branch=z9hG4bK{branch or new_id()}",
        "Max-Forwards: 70",
        f"From: <sip:tester@{HOST}:{local_port}>" + (f";tag={from_tag}" if from_tag else ""),
        f"To: <{uri}>" + (f";tag={to_tag}" if to_tag else ""),
        f"Call-ID: {call_id or new_id()}@{HOST}",
        f"CSeq: {cseq} {cseq_method or method}",
        f"Contact: <sip:tester@{HOST}:{local_port}>",
        *extra,
        f"Content-Length: {len(body)}",
    ]
    return ("\r\n".join(lines) + "\r\n\r\n").encode("latin-1") + body


def sdp(local_port: int) -> bytes:
    """A loopback G.711 offer (no media is actually sent)."""
    media = local_port + 2
    return (
        "v=0\r\no=tester 1 1 IN IP4 127.0.0.1\r\ns=-\r\nc=IN IP4 127.0.0.1\r\nt=0 0\r\n"
        f"m=audio {media} RTP/AVP 0\r\na=rtpmap:0 PCMU/8000\r\n"
    ).encode()


def _dialog_copy(req: SipRequest, method: str, to: str | None = None) -> bytes:
    """CANCEL or ACK for the INVITE `req` (RFC 3261 9.1, 17.1.1.3): same Request-URI,
    top Via, From, Call-ID and CSeq number; To from the response for an ACK."""
    via = req.values("via")[0].split(",")[0]
    number = (req.first("cseq") or "1").split()[0]
    lines = [
        f"{method} {req.uri} SIP/2.0",
        f"Via: {via}",
        "Max-Forwards: 70",
        f"From: {req.first('from')}",
        f"To: {to or req.first('to')}",
        f"Call-ID: {req.first('call-id')}",
        f"CSeq: {number} {method}",
        "Content-Length: 0",
    ]
    return ("\r\n".join(lines) + "\r\n\r\n").encode("latin-1")


def cancel_for(invite: bytes) -> bytes:
    return _dialog_copy(parse_request(invite), "CANCEL")


def ack_for(invite: bytes, response: Response) -> bytes:
    return _dialog_copy(parse_request(invite), "ACK", to=response.first("to"))


class SipSocket:
    """A UDP socket on 127.0.0.1 that sends to the engine and collects what comes back."""

    def __init__(self, port: int) -> None:
        self.port = port
        self.sock = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
        self.sock.bind((HOST, 0))
        self.local_port: int = self.sock.getsockname()[1]
        self.received: list[Received] = []

    def __enter__(self) -> SipSocket:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.sock.close()

    def send(self, data: bytes) -> None:
        self.sock.sendto(data, (HOST, self.port))

    def _read(self, timeout: float) -> Received | None:
        self.sock.settimeout(max(timeout, 0.001))
        try:
            data = self.sock.recv(65535)
        except TimeoutError:
            return None
        if data.startswith(b"SIP/2.0"):
            item = Received(data, parse_response(data), None)
        else:
            item = Received(data, None, data.split(b" ", 1)[0].decode("latin-1"))
        self.received.append(item)
        return item

    def wait_response(
        self, predicate: Callable[[Response], bool] | None = None, timeout: float = 1.0
    ) -> Response | None:
        """The first new response (matching `predicate`) within `timeout` s, or None."""
        deadline = time.monotonic() + timeout
        while (remaining := deadline - time.monotonic()) > 0:
            item = self._read(remaining)
            if item is None:
                break
            if item.response is not None and (predicate is None or predicate(item.response)):
                return item.response
        return None

    def seen_or_wait(
        self, predicate: Callable[[Response], bool], timeout: float = 1.0
    ) -> Response | None:
        """Like `wait_response`, but a matching response already read (while waiting for
        another one: several calls on one socket) counts too."""
        for item in self.received:
            if item.response is not None and predicate(item.response):
                return item.response
        return self.wait_response(predicate, timeout)

    def final(self, data: bytes, timeout: float = 1.0) -> Response | None:
        """Send `data` and wait for its final (>= 200) response."""
        self.send(data)
        return self.wait_response(lambda r: r.code >= 200, timeout)

    def requests_within(self, timeout: float) -> list[str]:
        """Methods of requests the engine sent us within `timeout` s (e.g. NOTIFY)."""
        deadline = time.monotonic() + timeout
        while (remaining := deadline - time.monotonic()) > 0:
            if self._read(remaining) is None:
                break
        return [r.request_method for r in self.received if r.request_method]
