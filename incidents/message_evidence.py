"""A written threat's evidence for its police package (KUTY-3.4, issue 12).

The police need the message exactly as it reached the desk, not the console's parsed view:
the raw bytes from `raw_messages` (RFC 5322 for e-mail, the SIP request for a chat
message), checked against the SHA-256 they were stored under at the moment the package is
built, and every header listed so that someone without a mail client can read the
Received chain, Message-ID, From, Return-Path and Authentication-Results. The thread's
other messages are listed by hash, so the package shows what else the writer sent
without copying personal data the incident is not about.

A stored copy that no longer matches its hash is still packaged (the police need what
there is), but marked ``"integrity": "mismatch"`` and audited, as recordings are
(recordings.evidence).
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from datetime import datetime

import sqlalchemy as sa
from sqlalchemy.orm import Session

from db.models_incidents import Message, MessageChannel
from db.models_written import RawMessage
from incidents.mail_charsets import decode_text
from incidents.mail_parse import decode_header_value

__all__ = [
    "HeaderField",
    "RawEvidence",
    "ThreadEntry",
    "header_fields",
    "load_raw",
    "printable",
    "raw_file_name",
    "thread_entries",
]

HEADER_FIELDS_MAX = 500
"""A header block with more fields than this is listed up to here (the raw file has all)."""
VALUE_MAX = 8000
_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff]")


def printable(text: str) -> str:
    """Controls and lone surrogates shown as visible escapes: a PDF or a terminal must not
    swallow a byte of evidence silently, nor be driven by one."""
    return _CONTROL.sub(lambda m: f"\\x{ord(m.group()):02x}", text)


@dataclass(frozen=True)
class HeaderField:
    """One header as received: its name, its unfolded raw value, and readable text."""

    position: int  # 1-based, in the order the header block has them (Received: newest first)
    name: str
    raw: str
    text: str  # RFC 2047 decoded, 8-bit bytes read with the charset guesser


@dataclass(frozen=True)
class RawEvidence:
    data: bytes | None  # None: the message was typed in by hand (no raw bytes exist)
    stored_sha256: str | None  # what the message row says
    actual_sha256: str | None  # what the bytes hash to now
    size: int = 0
    original_size: int = 0
    truncated: bool = False

    @property
    def ok(self) -> bool:
        return self.data is not None and self.stored_sha256 == self.actual_sha256


@dataclass(frozen=True)
class ThreadEntry:
    message_id: int
    direction: str
    channel: str
    received_at: datetime
    raw_sha256: str | None
    rfc_message_id: str | None

    def as_json(self) -> dict[str, object]:
        return {
            "message_id": self.message_id,
            "direction": self.direction,
            "channel": self.channel,
            "received_at": self.received_at.isoformat(),
            "raw_sha256": self.raw_sha256,
            "rfc_message_id": self.rfc_message_id,
        }


def raw_file_name(channel: MessageChannel) -> str:
    """`.eml` for mail (opens in any mail program); a chat message's SIP request is text."""
    return "message/original.eml" if channel is MessageChannel.EMAIL else "message/original.sip"


def load_raw(session: Session, msg: Message) -> RawEvidence:
    """The message's stored bytes and both hashes (the row's and the bytes' own)."""
    if msg.raw_sha256 is None:
        return RawEvidence(None, None, None)
    row = session.get(RawMessage, msg.raw_sha256)
    if row is None:
        return RawEvidence(None, msg.raw_sha256, None)
    data = bytes(row.data)
    return RawEvidence(
        data, msg.raw_sha256, hashlib.sha256(data).hexdigest(), len(data),
        int(row.original_size), bool(row.truncated),
    )  # fmt: skip


def _header_block(raw: bytes) -> bytes:
    """Up to the first empty line (CRLF or bare LF); a SIP request's start line dropped."""
    match = re.search(rb"\r?\n\r?\n", raw)
    head = raw[: match.start()] if match else raw
    first, _, rest = head.partition(b"\n")
    if re.match(rb"^[A-Z]+ \S+ SIP/2\.0\r?$", first):
        return rest  # "MESSAGE sip:desk@... SIP/2.0": the request line is not a header
    return head


def header_fields(raw: bytes) -> list[HeaderField]:
    """Every header of `raw`, unfolded, in order; never raises (odd bytes are read, shown)."""
    fields: list[tuple[str, str]] = []
    for line in re.split(rb"\r?\n", _header_block(raw)):
        if not line.strip():
            continue
        text = decode_text(line)[0]
        if line[:1] in (b" ", b"\t") and fields:
            name, value = fields[-1]
            fields[-1] = (name, f"{value} {text.strip()}")
            continue
        name, colon, value = text.partition(":")
        if not colon or not name.strip() or " " in name.strip():
            fields.append(("(not a header)", text.strip()))
        else:
            fields.append((name.strip(), value.strip()))
        if len(fields) >= HEADER_FIELDS_MAX:
            break
    out = []
    for index, (name, value) in enumerate(fields, start=1):
        raw_value = value[:VALUE_MAX]
        decoded = decode_header_value(raw_value) if "=?" in raw_value else raw_value
        out.append(HeaderField(index, printable(name[:200]), printable(raw_value),
                               printable(decoded)))  # fmt: skip
    return out


def thread_entries(session: Session, msg: Message) -> list[ThreadEntry]:
    """The other messages on the same case, in arrival order (hashes, not content)."""
    if msg.case_id is None:
        return []
    rows = session.scalars(
        sa.select(Message)
        .where(Message.case_id == msg.case_id, Message.id != msg.id)
        .order_by(Message.received_at, Message.id)
    ).all()
    return [
        ThreadEntry(
            m.id,
            m.direction or "in",
            m.channel.value,
            m.received_at,
            m.raw_sha256,
            m.rfc_message_id,
        )
        for m in rows
    ]
