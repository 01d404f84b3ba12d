"""Models for written contacts (issue 12): raw messages, attachments and cases.

`raw_messages` holds the exact RFC 5322 bytes of every message, in and out, keyed by their
SHA-256: equal bytes are one row (dedup by hash), and the migration adds triggers refusing
UPDATE and DELETE, because the bytes are evidence (KUTY-1.1 keeps every written contact as
received; a threat's police package carries them, KUTY-3.4). The parsed view is never
stored as the truth: `messages` keeps what the queue needs to sort and search, and the
console re-parses the raw bytes for display.

A `Case` is what a contact belongs to (a call or a message): its registration number comes
from the policy's format and the same counter as wrap-ups (`desk.wrapups`), so a number is
never given twice across both. Enums are plain strings, as in `db.models`.
"""

from __future__ import annotations

import enum
from datetime import datetime

import sqlalchemy as sa
from sqlalchemy.orm import Mapped, mapped_column

from db.models import Base, _str_enum, utcnow

__all__ = [
    "Attachment",
    "Case",
    "CaseChannel",
    "CaseNote",
    "CaseStatus",
    "MailboxState",
    "MessageDirection",
    "MessageStatus",
    "RawMessage",
]

REGISTRATION_MAX = 64
CLOSE_REASON_MAX = 300


class MessageDirection(enum.StrEnum):
    IN = "in"
    OUT = "out"


class MessageStatus(enum.StrEnum):
    NEW = "new"  # arrived, nobody has answered yet
    ANSWERED = "answered"
    QUEUED = "queued"  # an outgoing reply stored, not yet accepted by the relay
    SENT = "sent"  # an outgoing reply that left
    FAILED = "failed"  # the relay refused it or could not be reached; kept, not sent
    REFUSED = "refused"  # over the size limit: raw bytes kept (up to the limit), not parsed
    BLOCKED = "blocked"  # from a blocked writer (KZP-30-19, CSC-2.12): kept, flagged, no case


class CaseStatus(enum.StrEnum):
    NEW = "new"
    OPEN = "open"
    WAITING = "waiting"  # for the writer's answer (EEP: 8 h, then closed)
    DEFERRED = "deferred"  # CSC-2.3: a complex weekend question waits for Monday (0010)
    CLOSED = "closed"


class CaseChannel(enum.StrEnum):
    EMAIL = "email"
    CHAT = "chat"
    VOICE = "voice"


class RawMessage(Base):
    """The exact bytes of one message; immutable (triggers), one row per distinct hash.

    `truncated` is set when the message was over the size limit and only its first
    `size` bytes are kept (`original_size` says how big it was).
    """

    __tablename__ = "raw_messages"

    sha256: Mapped[str] = mapped_column(sa.String(64), primary_key=True)
    size: Mapped[int] = mapped_column(sa.BigInteger)
    original_size: Mapped[int] = mapped_column(sa.BigInteger)
    truncated: Mapped[bool] = mapped_column(sa.Boolean, default=False)
    data: Mapped[bytes] = mapped_column(sa.LargeBinary)
    stored_at: Mapped[datetime] = mapped_column(default=utcnow)


class Case(Base):
    """A case: every contact (call or message) belongs to one (issue 12)."""

    __tablename__ = "cases"

    id: Mapped[int] = mapped_column(sa.Integer, primary_key=True)
    registration_number: Mapped[str | None] = mapped_column(
        sa.String(REGISTRATION_MAX), unique=True
    )
    policy: Mapped[str] = mapped_column(sa.String(32))
    status: Mapped[CaseStatus] = mapped_column(_str_enum(CaseStatus, 16), index=True)
    close_reason: Mapped[str | None] = mapped_column(sa.String(CLOSE_REASON_MAX))
    channel: Mapped[CaseChannel] = mapped_column(_str_enum(CaseChannel, 16))
    subject: Mapped[str | None] = mapped_column(sa.String(998))
    assignee_id: Mapped[int | None] = mapped_column(sa.ForeignKey("operators.id"))
    opened_at: Mapped[datetime] = mapped_column(default=utcnow, index=True)
    closed_at: Mapped[datetime | None]
    # Issue 12, migration 0010: what the policies time and sort by (all optional).
    sla_level: Mapped[str | None] = mapped_column(sa.String(32))  # EEP-3 "basic" / "vip"
    category: Mapped[str | None] = mapped_column(sa.String(64))  # the policy's category id
    reached_employee_at: Mapped[datetime | None]  # CSC-2.4: the answer clock starts here
    first_answered_at: Mapped[datetime | None]
    waiting_since: Mapped[datetime | None]  # EEP-15: 8 h of this closes the case
    deferred_until: Mapped[datetime | None]  # CSC-2.3: deferred to the next full day
    # Migration 0011: the writer's identification as the operator recorded it (EEP-11:
    # "identified" or "refused"; None: not recorded), when and by whom.
    identity_state: Mapped[str | None] = mapped_column(sa.String(16))
    identity_at: Mapped[datetime | None]
    identity_by: Mapped[int | None] = mapped_column(sa.Integer)  # an operator id (no FK: 0011)


class CaseNote(Base):
    """An internal note on a case: the desk's own text, never sent to the writer."""

    __tablename__ = "case_notes"

    id: Mapped[int] = mapped_column(sa.Integer, primary_key=True)
    case_id: Mapped[int] = mapped_column(sa.ForeignKey("cases.id"), index=True)
    author_id: Mapped[int | None] = mapped_column(sa.ForeignKey("operators.id"))
    text: Mapped[str] = mapped_column(sa.Text)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class Attachment(Base):
    """One attachment of a stored message, as listed by `incidents.mail_parse`.

    Its bytes are not copied: they are inside the raw message, from which the console
    extracts them on request. `stored` is False when the attachment was over the limit
    (or the message was cut at the message limit), so it cannot be saved.
    """

    __tablename__ = "message_attachments"

    id: Mapped[int] = mapped_column(sa.Integer, primary_key=True)
    message_id: Mapped[int] = mapped_column(sa.ForeignKey("messages.id"), index=True)
    position: Mapped[int] = mapped_column(sa.Integer)
    filename: Mapped[str | None] = mapped_column(sa.String(255))
    content_type: Mapped[str] = mapped_column(sa.String(255))
    size: Mapped[int] = mapped_column(sa.BigInteger)
    sha256: Mapped[str | None] = mapped_column(sa.String(64))
    stored: Mapped[bool] = mapped_column(sa.Boolean)
    refused_reason: Mapped[str | None] = mapped_column(sa.String(64))


class MailboxState(Base):
    """How far an IMAP mailbox has been read: the highest UID handled per UIDVALIDITY.

    The message rows carry their UID too; this row also covers UIDs that brought no new
    row (the same bytes delivered twice are one message), so they are not fetched again.
    """

    __tablename__ = "mailbox_states"

    mailbox: Mapped[str] = mapped_column(sa.String(255), primary_key=True)
    uidvalidity: Mapped[int] = mapped_column(sa.BigInteger, primary_key=True)
    last_uid: Mapped[int] = mapped_column(sa.BigInteger)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow)
