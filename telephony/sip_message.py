"""SIP MESSAGE (RFC 3428) as a written contact, where the seat's policy has a chat channel.

Issue 12: a seat whose policy offers "chat" (KZP) takes a SIP MESSAGE from an allowed
source as a chat message; every other seat refuses it (405, as since issue 10). The front
module of `telephony.sip_guard` (before pjsua, so pjsua never answers 200 and throws the
text away) hands the request's exact bytes here; `ChatInbox.receive` says what to answer
and, for a message worth keeping, emits `protocol.MessageReceived` carrying those bytes
(base64), which the host stores like mail: raw bytes with their SHA-256, a `messages` row,
a case opened or joined by the sender's URI (incidents/sip_messages.py).

What is answered:

* 200 for a text message (any `text/*`; a missing Content-Type is read as text/plain,
  RFC 3428 says it is required, so it is logged in one line, not refused);
* 200 and nothing kept for `application/im-iscomposing+xml` (RFC 3994: "is typing"
  notices are not correspondence);
* 413 above `max_body` bytes of body (default 64 KiB; pjsip's own packet buffer,
  PJSIP_MAX_PKT_LEN, may drop a larger request before it reaches us);
* 415 for other media types (an image, CPIM), 400 for an empty body or one that fails
  the same sanity checks as an INVITE (`telephony.sip_sanity`).

Retransmissions of a request (the same bytes, answered statelessly) are answered again but
emitted once; the host's storage is idempotent by hash anyway.

Pure Python, no pjsua2: the unit tests call it with bytes directly.
"""

from __future__ import annotations

import base64
import hashlib
import logging
import re
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime

from telephony import protocol as p
from telephony import sip_sanity

log = logging.getLogger(__name__)

__all__ = ["BODY_MAX", "ChatInbox", "MessageVerdict", "judge_message"]

BODY_MAX = 64 * 1024
TYPING = "application/im-iscomposing+xml"
RECENT_MAX = 256
_LENGTH = re.compile(rb"(?im)^(?:content-length|l)[ \t]*:[ \t]*(\d{1,12})[ \t]*\r?$")


@dataclass(frozen=True)
class MessageVerdict:
    """What to answer a MESSAGE with; `keep`: it is correspondence, store it."""

    code: int
    phrase: str
    why: str
    keep: bool = False
    from_uri: str = ""
    to_uri: str = ""
    sip_call_id: str = ""
    content_type: str = ""


def _declared_length(data: bytes) -> int | None:
    head = re.split(rb"\r?\n\r?\n", data, maxsplit=1)[0]
    found = _LENGTH.search(head)
    return int(found.group(1)) if found else None


def judge_message(
    data: bytes, *, max_body: int = BODY_MAX, datagram: bool = True, buffer: int = 0
) -> MessageVerdict:
    """The answer `data` (a whole MESSAGE request as received) deserves; never raises.

    `buffer`: the size of pjsip's receive buffer (PJSIP_MAX_PKT_LEN), 0 unknown. A
    datagram that filled it and is shorter than its Content-Length was cut by pjsip, not
    malformed by its sender: too large for this seat (413), not a bad request (400).
    """
    declared = _declared_length(data)
    if declared is not None and declared > max_body:
        why = f"declared body of {declared} bytes is over the {max_body} byte limit"
        return MessageVerdict(413, "Request Entity Too Large", why)
    cut = datagram and buffer > 0 and len(data) >= buffer - 1
    if cut and declared is not None and len(sip_sanity.split_body(data)) < declared:
        why = f"over the {buffer} byte SIP packet buffer (body of {declared} bytes)"
        return MessageVerdict(413, "Request Entity Too Large", why)
    insane = sip_sanity.check_request(data, datagram=datagram)
    if insane is not None:
        return MessageVerdict(insane.code, insane.reason, f"sanity: {insane.reason}")
    request = sip_sanity.parse_request(data)
    if len(request.body) > max_body:
        why = f"body of {len(request.body)} bytes is over the {max_body} byte limit"
        return MessageVerdict(413, "Request Entity Too Large", why)
    try:
        sender = sip_sanity.uri_of(request.first("from") or "")
        to = sip_sanity.uri_of(request.first("to") or "")
    except sip_sanity.SipSyntaxError as exc:
        return MessageVerdict(400, exc.reason, f"sanity: {exc.reason}")
    ctype = request.first("content-type")
    media = (ctype or "text/plain").split(";")[0].strip().lower()
    if media == TYPING:
        return MessageVerdict(200, "OK", "typing notice (RFC 3994): nothing to keep")
    if not media.startswith("text/"):
        return MessageVerdict(415, "Unsupported Media Type", f"content type {media[:60]!r}")
    if not request.body.strip():
        return MessageVerdict(400, "Empty Message", "a MESSAGE with no text")
    return MessageVerdict(
        200, "OK", "" if ctype else "no Content-Type: read as text/plain",
        keep=True, from_uri=sender[:300], to_uri=to[:300],
        sip_call_id=(request.first("call-id") or "")[:200],
        content_type=(ctype or "")[:200],
    )  # fmt: skip


class ChatInbox:
    """The engine's side of chat over SIP MESSAGE: judge, answer, emit once per request."""

    def __init__(
        self, emit: Callable[[p.Event], None], *, max_body: int = BODY_MAX, buffer: int = 0
    ) -> None:
        self._emit = emit
        self.max_body = max_body
        self.buffer = buffer  # pjsip's packet buffer (the guard sets it when installed)
        self._recent: OrderedDict[str, None] = OrderedDict()

    def receive(self, data: bytes, source: str, *, datagram: bool = True) -> MessageVerdict:
        """Judge one MESSAGE from `source` ("host:port"); emits MessageReceived if kept."""
        verdict = judge_message(data, max_body=self.max_body, datagram=datagram, buffer=self.buffer)
        if verdict.why and verdict.code < 300:
            log.info("SIP MESSAGE from %s: %s", source, verdict.why)  # the one line
        if not verdict.keep:
            return verdict
        digest = hashlib.sha256(data).hexdigest()
        if digest in self._recent:
            return verdict  # a retransmission: answered again, reported once
        self._recent[digest] = None
        while len(self._recent) > RECENT_MAX:
            self._recent.popitem(last=False)
        self._emit(
            p.MessageReceived(
                source=source[:100],
                from_uri=verdict.from_uri,
                to_uri=verdict.to_uri,
                sip_call_id=verdict.sip_call_id,
                content_type=verdict.content_type,
                size=len(data),
                raw_b64=base64.b64encode(data).decode("ascii"),
                received_at=datetime.now(UTC).isoformat(timespec="milliseconds"),
            )
        )
        return verdict
