"""Store raw messages, thread them, and give each its case (issue 12, KUTY-1.1).

`store_mail` is the one door for a message into the database, whatever brought it
(`kuty messages import`, an IMAP pass, a reply sent over SMTP):

* The exact bytes go to `raw_messages` under their SHA-256 (immutable; equal bytes are one
  row). A message over the size limit keeps its first `message_max` bytes, is marked
  refused and raises a system alert to supervisors: nothing is lost silently.
* Idempotent: the same bytes (same direction) or the same mailbox UIDVALIDITY/UID again
  are the message already stored, so a re-run import or a repeated IMAP pass adds nothing.
* Threading: In-Reply-To, then References from the newest, onto the case of the earliest
  message with that Message-ID; a reply to a closed case opens a new one (the old one's
  outcome stays as it was closed, as in Zendesk's follow-ups). Else a new case gets a
  registration number from the policy's counter (`desk.wrapups.next_registration_number`,
  shared with wrap-ups so a number is never given twice).
* Mail from a blocked writer (KZP-30-19, CSC-2.12; the supervisor's "Block sender") is
  stored like any other (KUTY-1.1 keeps every message) but flagged: status `blocked`, no
  case, so it never opens one in the queue; `incidents.blocklist.list_blocked_mail` lists
  it for supervisors and it is audited as `mail_from_blocked_sender`.
* Audited (`mail_stored`) with ids and hashes only: the audit log is kept forever in
  clear, the addresses and text are personal data.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import sqlalchemy as sa
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, sessionmaker

from db.audit import append_audit
from db.models import utcnow
from db.models_incidents import Message, MessageChannel
from db.models_written import (
    Attachment,
    Case,
    CaseChannel,
    CaseStatus,
    MessageDirection,
    MessageStatus,
    RawMessage,
)
from desk.case_policy import numbered_on_arrival
from desk.errors import NotFound
from desk.gate import authorize
from desk.policy import Policy
from desk.roles import Actor, Permission
from desk.settings import Settings
from desk.wrapups import next_registration_number
from incidents.blocklist import is_blocked_in
from incidents.config import IncidentsConfig
from incidents.inbox import queue_system_alert
from incidents.mail_parse import MIB, MailLimits, ParsedMail, decode_text, parse_mail
from incidents.messages import BODY_MAX_BYTES, HEADERS_MAX_BYTES, clean_text

__all__ = [
    "MailRecord",
    "MailboxUid",
    "StoreResult",
    "list_mail",
    "mail_limits",
    "raw_message",
    "store_mail",
]

SOURCE_MAX = 64


def mail_limits(settings: Settings) -> MailLimits:
    """The size limits of `settings` (`mail_attachment_max_mb`, `mail_message_max_mb`)."""
    return MailLimits(
        attachment_max=settings.mail_attachment_max_mb * MIB,
        message_max=settings.mail_message_max_mb * MIB,
    )


@dataclass(frozen=True)
class MailboxUid:
    """Where an IMAP message came from: a UID is unique within (mailbox, UIDVALIDITY)."""

    mailbox: str
    uidvalidity: int
    uid: int


@dataclass(frozen=True)
class StoreResult:
    message_id: int
    case_id: int | None  # None only for mail from a blocked writer (`blocked`)
    registration_number: str | None
    raw_sha256: str
    created: bool  # False: this message was already stored (same bytes or same UID)
    new_case: bool
    refused: bool  # over the message size limit: kept cut, alert raised
    view: ParsedMail
    blocked: bool = False  # from a blocked writer: kept, flagged, on no case (issue 12)


@dataclass(frozen=True)
class MailRecord:
    """One stored message as `kuty messages list --json` prints it."""

    id: int
    case_id: int | None
    case: str | None  # the registration number (None if the policy gives none)
    direction: str
    channel: str
    sender: str
    subject: str | None
    received_at: datetime
    raw_sha256: str | None
    status: str | None

    def as_json(self) -> dict[str, object]:
        return {
            "id": self.id,
            "case": self.case if self.case is not None else self.case_id,
            "case_id": self.case_id,
            "direction": self.direction,
            "channel": self.channel,
            "from": self.sender,
            "subject": self.subject,
            "received_at": self.received_at.isoformat(),
            "raw_sha256": self.raw_sha256,
            "status": self.status,
        }


def _cap(text: str, limit: int) -> tuple[str, bool]:
    data = text.encode("utf-8")
    if len(data) <= limit:
        return text, False
    return data[:limit].decode("utf-8", errors="ignore"), True


def _header_block(raw: bytes) -> str:
    """The raw header block as text (for search and the police package, KUTY-3.4)."""
    end = raw.find(b"\r\n\r\n")
    if end < 0:
        end = raw.find(b"\n\n")
    head = raw[: end if end >= 0 else min(len(raw), HEADERS_MAX_BYTES)]
    return _cap(clean_text(decode_text(head[:HEADERS_MAX_BYTES])[0]), HEADERS_MAX_BYTES)[0]


def _keep_raw(session: Session, data: bytes, original_size: int) -> str:
    """Insert the bytes unless a row with their hash exists; returns the hash."""
    sha = hashlib.sha256(data).hexdigest()
    if session.get(RawMessage, sha) is not None:
        return sha
    try:
        with session.begin_nested():
            session.add(
                RawMessage(
                    sha256=sha,
                    size=len(data),
                    original_size=original_size,
                    truncated=len(data) < original_size,
                    data=data,
                    stored_at=utcnow(),
                )
            )
    except IntegrityError:
        pass  # another seat stored the same bytes between our SELECT and INSERT
    return sha


def _existing(
    session: Session, sha: str, direction: MessageDirection, where: MailboxUid | None
) -> Message | None:
    if where is not None:
        found = session.scalar(
            sa.select(Message).where(
                Message.mailbox == where.mailbox,
                Message.uidvalidity == where.uidvalidity,
                Message.uid == where.uid,
            )
        )
        if found is not None:
            return found
    return session.scalar(
        sa.select(Message)
        .where(Message.raw_sha256 == sha, Message.direction == direction.value)
        .order_by(Message.id)
        .limit(1)
    )


def _thread_case(session: Session, view: ParsedMail) -> Case | None:
    """The case of the earliest message this one answers (In-Reply-To, then References)."""
    wanted = [view.in_reply_to] if view.in_reply_to else []
    wanted += list(reversed(view.references))
    for message_id in dict.fromkeys(wanted):
        case_id = session.scalar(
            sa.select(Message.case_id)
            .where(Message.rfc_message_id == message_id[:998], Message.case_id.is_not(None))
            .order_by(Message.id)
            .limit(1)
        )
        if case_id is not None:
            return session.get(Case, case_id)
    return None


def _new_case(session: Session, policy: Policy, view: ParsedMail, now: datetime) -> Case:
    number = None
    if numbered_on_arrival(policy):  # EEP-13: an error case is numbered when categorised
        local_day = now.astimezone(ZoneInfo(policy.hours.time_zone)).date()
        number = next_registration_number(session, policy, local_day)
    case = Case(
        registration_number=number,
        policy=policy.name,
        status=CaseStatus.NEW,
        channel=CaseChannel.EMAIL,
        subject=clean_text(view.subject)[:998] or None,
        opened_at=now,
    )
    session.add(case)
    session.flush()
    return case


def _alert(session: Session, config: IncidentsConfig, code: str, text: str, seat: str) -> None:
    queue_system_alert(session, code, text, None, config, seat=seat)


def store_mail(
    sessions: sessionmaker[Session],
    actor: Actor,
    raw: bytes,
    *,
    policy: Policy,
    direction: MessageDirection = MessageDirection.IN,
    source: str = "import",
    mailbox: MailboxUid | None = None,
    limits: MailLimits | None = None,
    config: IncidentsConfig | None = None,
    received_at: datetime | None = None,
    case_id: int | None = None,
    seat: str = "",
    original_size: int | None = None,
    status: MessageStatus | None = None,
) -> StoreResult:
    """Store one message's exact bytes, thread it onto its case; audited (module docstring).

    `case_id` puts an outgoing reply on the case it answers; otherwise the headers decide.
    `config` says where supervisors' alerts go (None: in-app only). `original_size` is
    the message's real size when `raw` is only its first bytes (an IMAP partial fetch of
    a message over the limit).

    Raises:
        PermissionDenied: the actor does not handle contacts (audited).
        NotFound: `case_id` names no case.
    """
    authorize(sessions, actor, Permission.HANDLE_CALLS, action="store_mail", source=source)
    limits = limits or MailLimits()
    config = config or IncidentsConfig(packages_dir=Path())
    direction = MessageDirection(direction)
    raw = bytes(raw)
    view = parse_mail(raw, limits, original_size=original_size)
    full_size = max(len(raw), original_size or 0)
    refused = full_size > limits.message_max
    kept = raw[: limits.message_max]
    now = utcnow()
    try:
        return _store(sessions, actor, raw, kept, view, full_size, refused, policy=policy,
                      direction=direction, source=source, mailbox=mailbox, limits=limits,
                      config=config, received_at=received_at, case_id=case_id, seat=seat,
                      status=status, now=now)  # fmt: skip
    except IntegrityError:
        # Another seat stored the same bytes or UID between our lookup and our insert:
        # this transaction rolled back, and the next finds the other seat's message.
        return _store(sessions, actor, raw, kept, view, full_size, refused, policy=policy,
                      direction=direction, source=source, mailbox=mailbox, limits=limits,
                      config=config, received_at=received_at, case_id=case_id, seat=seat,
                      status=status, now=now)  # fmt: skip


def _store(
    sessions: sessionmaker[Session],
    actor: Actor,
    raw: bytes,
    kept: bytes,
    view: ParsedMail,
    full_size: int,
    refused: bool,
    *,
    policy: Policy,
    direction: MessageDirection,
    source: str,
    mailbox: MailboxUid | None,
    limits: MailLimits,
    config: IncidentsConfig,
    received_at: datetime | None,
    case_id: int | None,
    seat: str,
    status: MessageStatus | None,
    now: datetime,
) -> StoreResult:
    """One attempt of `store_mail` in one transaction."""
    with sessions.begin() as session:
        sha = hashlib.sha256(kept).hexdigest()
        found = _existing(session, sha, direction, mailbox)
        blocked_before = found is not None and found.status == MessageStatus.BLOCKED
        if found is not None and (found.case_id is not None or blocked_before):
            if mailbox is not None and found.uid is None:
                # The same bytes imported before they arrived over IMAP: remember the UID
                # so the next pass starts after it.
                found.mailbox, found.uidvalidity, found.uid = (
                    mailbox.mailbox, mailbox.uidvalidity, mailbox.uid,
                )  # fmt: skip
            had = session.get(Case, found.case_id) if found.case_id is not None else None
            return StoreResult(
                found.id, found.case_id, had.registration_number if had else None,
                found.raw_sha256 or sha, False, False, found.status == MessageStatus.REFUSED,
                view, blocked_before,
            )  # fmt: skip
        blocked = (
            direction == MessageDirection.IN
            and case_id is None
            and is_blocked_in(session, view.from_address)
        )
        case: Case | None = None
        new_case = False
        if blocked:
            pass  # kept and flagged, never on a case: it must not reach the queue
        elif case_id is not None:
            case = session.get(Case, case_id)
            if case is None:
                raise NotFound(f"case {case_id} does not exist")
        else:
            case = _thread_case(session, view)
        if not blocked:
            # A message onto a closed case opens a follow-up, unless the caller named it.
            new_case = case is None or (case_id is None and case.status == CaseStatus.CLOSED)
            if new_case:
                case = _new_case(session, policy, view, now)
            assert case is not None
            if direction == MessageDirection.IN and case.status == CaseStatus.WAITING:
                case.status = CaseStatus.OPEN  # the writer answered (EEP: 8 h clock stops)
        _keep_raw(session, kept, full_size)
        body, body_cut = _cap(clean_text(view.body), BODY_MAX_BYTES)
        if blocked:
            status = MessageStatus.BLOCKED
        elif refused:
            status = MessageStatus.REFUSED
        elif status is None:
            out = direction == MessageDirection.OUT
            status = MessageStatus.SENT if out else MessageStatus.NEW
        msg = Message(
            channel=MessageChannel.EMAIL,
            sender=clean_text(view.sender)[:320] or "?",
            subject=clean_text(view.subject)[:998] or None,
            headers=_header_block(kept),
            body=body,
            body_truncated=body_cut or refused,
            received_at=received_at or (view.date if source == "import" and view.date else now),
            stopped=False,
            operator_id=actor.operator_id,
            direction=direction.value,
            status=status.value,
            raw_sha256=sha,
            rfc_message_id=view.message_id[:998] if view.message_id else None,
            in_reply_to=view.in_reply_to,
            references_header=" ".join(view.references) or None,
            from_address=view.from_address or None,
            source=source[:SOURCE_MAX],
            mailbox=mailbox.mailbox[:255] if mailbox else None,
            uidvalidity=mailbox.uidvalidity if mailbox else None,
            uid=mailbox.uid if mailbox else None,
            case_id=case.id if case is not None else None,
        )
        session.add(msg)
        session.flush()
        for info in view.attachments:
            session.add(
                Attachment(
                    message_id=msg.id,
                    position=info.position,
                    filename=clean_text(info.filename)[:255] if info.filename else None,
                    content_type=info.content_type[:255],
                    size=info.size,
                    sha256=info.sha256,
                    stored=info.stored,
                    refused_reason=info.refused_reason,
                )
            )
        if refused:
            text = (
                f"message {msg.id} is {full_size} bytes, over the {limits.message_max // MIB} "
                f"MiB limit: its first {limits.message_max} bytes are kept"
            )
            _alert(session, config, "mail_too_large", text, seat)
        elif any(a.refused_reason == "over_attachment_limit" for a in view.attachments):
            text = f"message {msg.id} has an attachment over the {limits.attachment_max // MIB} MiB"
            _alert(session, config, "attachment_too_large", text + " limit", seat)
        if blocked:
            payload = {
                "message_id": msg.id,
                "raw_sha256": sha,
                "rules": list(policy.blocking.rules),
            }
            append_audit(session, "mail_from_blocked_sender", actor.label, payload)
        append_audit(
            session,
            "mail_stored",
            actor.label,
            {
                "message_id": msg.id,
                "case_id": case.id if case is not None else None,
                "registration_number": case.registration_number if case is not None else None,
                "new_case": new_case,
                "direction": direction.value,
                "source": source[:SOURCE_MAX],
                "raw_sha256": sha,
                "bytes": len(kept),
                "original_bytes": full_size,
                "refused": refused,
                "attachments": len(view.attachments),
            },
        )
        return StoreResult(
            msg.id, case.id if case is not None else None,
            case.registration_number if case is not None else None, sha, True, new_case,
            refused, view, blocked,
        )  # fmt: skip


def raw_message(sessions: sessionmaker[Session], actor: Actor, message_id: int) -> bytes:
    """The exact bytes stored for a message, checked against their hash on the way out.

    Raises:
        NotFound: no such message, or it has no raw bytes (typed in by hand).
        ValueError: the stored bytes do not match their hash (tampering below the triggers).
    """
    authorize(sessions, actor, Permission.HANDLE_CALLS, action="raw_message", message=message_id)
    with sessions.begin() as session:
        msg = session.get(Message, message_id)
        if msg is None or msg.raw_sha256 is None:
            raise NotFound(f"message {message_id} has no raw bytes stored")
        row = session.get(RawMessage, msg.raw_sha256)
        if row is None:
            raise NotFound(f"message {message_id}: raw bytes {msg.raw_sha256[:12]} missing")
        data = bytes(row.data)
    if hashlib.sha256(data).hexdigest() != msg.raw_sha256:
        raise ValueError(f"message {message_id}: stored bytes do not match their SHA-256")
    return data


def list_mail(
    sessions: sessionmaker[Session], actor: Actor, *, limit: int = 1000
) -> list[MailRecord]:
    """Stored messages in arrival order (the queue's order: KZP-30-9, CSC-2.4)."""
    authorize(sessions, actor, Permission.HANDLE_CALLS, action="list_mail")
    stmt = (
        sa.select(Message, Case.registration_number)
        .outerjoin(Case, Case.id == Message.case_id)
        .order_by(Message.received_at, Message.id)
        .limit(limit)
    )
    with sessions.begin() as session:
        return [
            MailRecord(
                id=m.id,
                case_id=m.case_id,
                case=number,
                direction=m.direction or MessageDirection.IN.value,
                channel=m.channel.value,
                sender=m.sender,
                subject=m.subject,
                received_at=m.received_at,
                raw_sha256=m.raw_sha256,
                status=m.status,
            )
            for m, number in session.execute(stmt).tuples()
        ]
