"""A chat message that came as SIP MESSAGE, stored like mail (issue 12, KUTY-1.1).

The engine takes a SIP MESSAGE only where the seat's policy has a chat channel
(telephony/sip_message.py) and hands over the request's exact bytes. Here they become:

* a `raw_messages` row under their SHA-256 (immutable, shared with mail: equal bytes are
  one row), so a threat by chat gets the same police package as one by mail (KUTY-3.4);
* a `messages` row, channel chat, direction in, status new, `from_address` the sender's
  SIP URI (lower-cased, parameters dropped) and the decoded text (the charset parameter,
  else the charset guesser; NUL and lone surrogates made visible, as in
  `incidents.messages`);
* on the sender's open chat case (any status but closed), else a new case with the
  policy's registration number, as mail gets one.

A writer on the blocklist (KZP-30-19, CSC-2.12: their SIP URI's `user@host` as an address,
or the user part as an E.164 number) is kept but flagged `blocked`, on no case, as mail is.

Idempotent by the bytes' hash: a retransmission, or the host replaying its journal after
a database outage, stores nothing twice. Runs inside the call log's transaction (the host
applies engine events there), so it takes a session, not a sessionmaker.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import logging
from dataclasses import dataclass
from datetime import datetime
from zoneinfo import ZoneInfo

import sqlalchemy as sa
from sqlalchemy.orm import Session

from db.audit import append_audit
from db.models import utcnow
from db.models_incidents import Message, MessageChannel
from db.models_written import Case, CaseChannel, CaseStatus, MessageDirection, MessageStatus
from desk.case_policy import numbered_on_arrival
from desk.policy import Policy
from desk.wrapups import next_registration_number
from incidents.blocklist import is_blocked_in
from incidents.mail_charsets import decode_text
from incidents.mailstore import _keep_raw
from incidents.messages import BODY_MAX_BYTES, HEADERS_MAX_BYTES, clean_text
from telephony import sip_sanity

log = logging.getLogger(__name__)

__all__ = ["ChatStored", "decode_raw", "sender_key", "store_sip_message"]


@dataclass(frozen=True)
class ChatStored:
    message_id: int
    case_id: int | None  # None: from a blocked writer
    raw_sha256: str
    created: bool
    new_case: bool
    blocked: bool


class ChatBytesError(ValueError):
    """The event's raw bytes are not base64 (a damaged journal line)."""


def decode_raw(raw_b64: str) -> bytes:
    try:
        return base64.b64decode(raw_b64.encode("ascii"), validate=True)
    except (binascii.Error, UnicodeEncodeError) as exc:
        raise ChatBytesError(f"the message's bytes are not base64: {exc}") from None


def sender_key(uri: str) -> str:
    """The SIP URI a case is joined by: scheme, user and host, lower-cased, without port or
    parameters (`sip:Anna@Host:5070;transport=udp` is `sip:anna@host`): a softphone puts
    whatever port it listens on this time into From, the writer is the same."""
    text = uri.strip().strip("<>").split(";")[0].split("?")[0].lower()
    scheme, colon, rest = text.partition(":")
    if not colon:
        return text[:320]
    user, at, hostport = rest.rpartition("@")
    if hostport.startswith("["):
        host = hostport.partition("]")[0] + "]"
    else:
        host = hostport.partition(":")[0]
    return f"{scheme}:{user}{at}{host}"[:320]


def _text_of(body: bytes, content_type: str) -> str:
    charset = sip_sanity.header_param(content_type, "charset") if content_type else None
    return decode_text(body, charset.strip('"') if charset else None)[0]


def _display(raw_from: str) -> str:
    """The From header as a person reads it: UTF-8 display names (latin-1 on the wire)."""
    try:
        text = raw_from.encode("latin-1").decode("utf-8")
    except (UnicodeEncodeError, UnicodeDecodeError):
        text = raw_from
    return " ".join(clean_text(text).split(";tag=")[0].split())


def _open_case(session: Session, key: str) -> Case | None:
    case_id = session.scalar(
        sa.select(Message.case_id)
        .join(Case, Case.id == Message.case_id)
        .where(
            Message.from_address == key,
            Message.channel == MessageChannel.CHAT,
            Case.status != CaseStatus.CLOSED,
        )
        .order_by(Message.id.desc())
        .limit(1)
    )
    return session.get(Case, case_id) if case_id is not None else None


def _new_case(session: Session, policy: Policy, now: datetime) -> Case:
    number = None
    if numbered_on_arrival(policy):  # EEP-13: an error case is numbered when categorised
        local_day = now.astimezone(ZoneInfo(policy.hours.time_zone)).date()
        number = next_registration_number(session, policy, local_day)
    case = Case(registration_number=number, policy=policy.name, status=CaseStatus.NEW,
                channel=CaseChannel.CHAT, subject=None, opened_at=now)  # fmt: skip
    session.add(case)
    session.flush()
    return case


def _blocked(session: Session, key: str) -> bool:
    address = key.partition(":")[2]
    user = address.partition("@")[0]
    return is_blocked_in(session, address) or is_blocked_in(session, user)


def store_sip_message(
    session: Session,
    raw: bytes,
    *,
    policy: Policy,
    actor_label: str,
    source: str = "sip",
    received_at: datetime | None = None,
) -> ChatStored:
    """Store one SIP MESSAGE request's exact bytes as a chat message (module docstring).

    Raises:
        sip_sanity.SipSyntaxError: the bytes are not a request (the engine checked them
            already; a damaged journal line would be the reason).
    """
    sha = hashlib.sha256(raw).hexdigest()
    found = session.scalar(
        sa.select(Message).where(
            Message.raw_sha256 == sha, Message.direction == MessageDirection.IN.value
        )
    )
    if found is not None:
        return ChatStored(found.id, found.case_id, sha, False, False,
                          found.status == MessageStatus.BLOCKED.value)  # fmt: skip
    request = sip_sanity.parse_request(raw)
    raw_from = request.first("from") or ""
    key = sender_key(sip_sanity.uri_of(raw_from)) if raw_from else "?"
    now = utcnow()
    blocked = _blocked(session, key)
    case: Case | None = None
    new_case = False
    if not blocked:
        case = _open_case(session, key)
        if case is None:
            case, new_case = _new_case(session, policy, now), True
        elif case.status == CaseStatus.WAITING:
            case.status = CaseStatus.OPEN  # the writer answered (EEP: the 8 h clock stops)
    _keep_raw(session, raw, len(raw))
    text = clean_text(_text_of(request.body, request.first("content-type") or ""))
    body = text.encode("utf-8")[:BODY_MAX_BYTES].decode("utf-8", errors="ignore")
    head = clean_text(raw.partition(b"\r\n\r\n")[0].decode("latin-1"))[:HEADERS_MAX_BYTES]
    subject = request.first("subject")
    msg = Message(
        channel=MessageChannel.CHAT,
        sender=_display(raw_from)[:320] or key,
        subject=clean_text(subject)[:998] if subject else None,
        headers=head,
        body=body,
        body_truncated=len(body) < len(text),
        received_at=received_at or now,
        stopped=False,
        operator_id=None,
        direction=MessageDirection.IN.value,
        status=(MessageStatus.BLOCKED if blocked else MessageStatus.NEW).value,
        raw_sha256=sha,
        from_address=key,
        source=source[:64],
        case_id=case.id if case is not None else None,
    )
    session.add(msg)
    session.flush()
    if blocked:
        append_audit(session, "mail_from_blocked_sender", actor_label,
                     {"message_id": msg.id, "raw_sha256": sha, "channel": "chat"})  # fmt: skip
    append_audit(
        session,
        "chat_message_stored",
        actor_label,
        {
            "message_id": msg.id,
            "case_id": case.id if case is not None else None,
            "registration_number": case.registration_number if case is not None else None,
            "new_case": new_case,
            "raw_sha256": sha,
            "bytes": len(raw),
            "blocked_sender": blocked,
            "rule": "KUTY-1.1",
        },
    )
    return ChatStored(msg.id, case.id if case is not None else None, sha, True, new_case,
                      blocked)  # fmt: skip
