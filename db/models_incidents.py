"""Models for incident handling (KUTY-3.1..3.4), notifications, complaints (KUTY-1.2),
written correspondence and the blocklist (KZP-30-19, CSC-2.12).

Kept apart from `db.models` so that module stays readable; `db.models` imports this one at
its end, so `Base.metadata` (and therefore Alembic) always sees these tables. Enums follow
the same rule as in `db.models`: plain strings, no native ENUM types, no CHECKs.
"""

from __future__ import annotations

import enum
from datetime import date, datetime

import sqlalchemy as sa
from sqlalchemy.orm import Mapped, mapped_column

from db.models import Base, BigIntPK, _str_enum, utcnow

__all__ = [
    "BlockedNumber",
    "Complaint",
    "ComplaintCategory",
    "ComplaintLink",
    "ComplaintStatus",
    "Incident",
    "IncidentChannel",
    "IncidentKind",
    "IncidentRecording",
    "IncidentStatus",
    "Message",
    "MessageChannel",
    "Notification",
    "NotificationChannel",
]


class IncidentKind(enum.StrEnum):
    ABUSE = "abuse"  # KUTY-3.1 (voice), KUTY-3.3 (written)
    THREAT = "threat"  # KUTY-3.2 (voice), KUTY-3.4 (written)


class IncidentChannel(enum.StrEnum):
    VOICE = "voice"
    WRITTEN = "written"


class IncidentStatus(enum.StrEnum):
    OPEN = "open"
    REPORTED_TO_MANAGEMENT = "reported_to_management"
    HANDED_TO_POLICE = "handed_to_police"
    CLOSED = "closed"
    # Issue 11: filed by accident (F12 beside F10) and taken back within the revert window
    # by its operator or by a supervisor; the row, its holds and its package stay.
    WITHDRAWN = "withdrawn"


class NotificationChannel(enum.StrEnum):
    IN_APP = "in_app"
    EMAIL = "email"


class MessageChannel(enum.StrEnum):
    EMAIL = "email"
    CHAT = "chat"


class ComplaintCategory(enum.StrEnum):
    """Law of Ukraine "On Citizens' Appeals", art. 20 (see incidents.complaints)."""

    SIMPLE = "simple"  # needs no additional study: 15 days
    NEEDS_STUDY = "needs_study"  # one month
    EXTENDED = "extended"  # extended by the head: 45 days in total at most


class ComplaintStatus(enum.StrEnum):
    NEW = "new"
    IN_PROGRESS = "in_progress"
    ANSWERED = "answered"


class Message(Base):
    """A written contact (e-mail/chat) entered into the console (KUTY-1.1: kept as is)."""

    __tablename__ = "messages"
    __table_args__ = (
        # One message per mailbox UID: a second IMAP pass stores nothing twice.
        sa.Index("ix_messages_mailbox_uid", "mailbox", "uidvalidity", "uid", unique=True),
        # One message per exact bytes and direction: a duplicate delivery is the same one.
        sa.Index("ix_messages_raw_direction", "raw_sha256", "direction", unique=True),
    )

    id: Mapped[int] = mapped_column(sa.Integer, primary_key=True)
    channel: Mapped[MessageChannel] = mapped_column(_str_enum(MessageChannel, 16))
    sender: Mapped[str] = mapped_column(sa.String(320))
    subject: Mapped[str | None] = mapped_column(sa.String(998))
    headers: Mapped[str | None] = mapped_column(sa.Text)
    body: Mapped[str] = mapped_column(sa.Text)
    body_truncated: Mapped[bool] = mapped_column(sa.Boolean, default=False)
    received_at: Mapped[datetime] = mapped_column(index=True)
    stopped: Mapped[bool] = mapped_column(sa.Boolean, default=False)
    stopped_at: Mapped[datetime | None]
    operator_id: Mapped[int | None] = mapped_column(sa.ForeignKey("operators.id"))
    # Issue 12 (revision 0008): e-mail for real. NULL on rows typed in by hand before it.
    direction: Mapped[str | None] = mapped_column(sa.String(8))  # MessageDirection
    status: Mapped[str | None] = mapped_column(sa.String(16))  # MessageStatus
    raw_sha256: Mapped[str | None] = mapped_column(sa.ForeignKey("raw_messages.sha256"))
    rfc_message_id: Mapped[str | None] = mapped_column(sa.String(998), index=True)
    in_reply_to: Mapped[str | None] = mapped_column(sa.Text)
    references_header: Mapped[str | None] = mapped_column(sa.Text)
    from_address: Mapped[str | None] = mapped_column(sa.String(320), index=True)
    source: Mapped[str | None] = mapped_column(sa.String(64))  # "import", "imap", "smtp"
    mailbox: Mapped[str | None] = mapped_column(sa.String(255))
    uidvalidity: Mapped[int | None] = mapped_column(sa.BigInteger)
    uid: Mapped[int | None] = mapped_column(sa.BigInteger)
    case_id: Mapped[int | None] = mapped_column(sa.ForeignKey("cases.id"), index=True)


class Incident(Base):
    """One press of an incident button; prefilled so nothing depends on the later form."""

    __tablename__ = "incidents"

    id: Mapped[int] = mapped_column(sa.Integer, primary_key=True)
    kind: Mapped[IncidentKind] = mapped_column(_str_enum(IncidentKind, 16), index=True)
    channel: Mapped[IncidentChannel] = mapped_column(_str_enum(IncidentChannel, 16))
    call_id: Mapped[str | None] = mapped_column(sa.ForeignKey("calls.id"), index=True)
    message_id: Mapped[int | None] = mapped_column(sa.ForeignKey("messages.id"), index=True)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    pressed_at: Mapped[datetime]
    offset_s: Mapped[float | None] = mapped_column(sa.Float)
    caller_number: Mapped[str | None] = mapped_column(sa.String(16))
    profile_id: Mapped[int | None] = mapped_column(sa.ForeignKey("caller_profiles.id"))
    verification_state: Mapped[str | None] = mapped_column(sa.String(32))
    operator_id: Mapped[int | None] = mapped_column(sa.ForeignKey("operators.id"))
    operator_name: Mapped[str] = mapped_column(sa.String(255))
    note: Mapped[str | None] = mapped_column(sa.Text)
    status: Mapped[IncidentStatus] = mapped_column(_str_enum(IncidentStatus, 32), index=True)
    police_handed_at: Mapped[date | None] = mapped_column(sa.Date)
    police_reference: Mapped[str | None] = mapped_column(sa.String(128))
    package_path: Mapped[str | None] = mapped_column(sa.Text)
    # Issue 11: an accidental press is reverted, never deleted (audited, see
    # incidents.service.withdraw_incident / reclassify_incident).
    withdrawn_at: Mapped[datetime | None]
    withdrawn_by: Mapped[str | None] = mapped_column(sa.String(128))
    revert_reason: Mapped[str | None] = mapped_column(sa.Text)
    original_kind: Mapped[IncidentKind | None] = mapped_column(_str_enum(IncidentKind, 16))


class IncidentRecording(Base):
    """The recordings an incident rests on, with their hashes as known at the time."""

    __tablename__ = "incident_recordings"

    incident_id: Mapped[int] = mapped_column(sa.ForeignKey("incidents.id"), primary_key=True)
    recording_id: Mapped[str] = mapped_column(sa.ForeignKey("recordings.id"), primary_key=True)
    caller_sha256: Mapped[str | None] = mapped_column(sa.String(64))
    operator_sha256: Mapped[str | None] = mapped_column(sa.String(64))
    mixed_sha256: Mapped[str | None] = mapped_column(sa.String(64))


class Notification(Base):
    """Outbox row: one per recipient and channel; never deleted, only marked sent/acked.

    A row is about an incident (KUTY-3.1..3.4) or about a system alert: a recording that
    stalled or failed, or a disk running out of space (KUTY-1.1 "every call is recorded" is
    management's problem as soon as it is at risk, not only the operator's). A system alert
    has no incident, so it carries what the notice needs: the code (screens translate by
    it), the Ukrainian subject fixed when queued, the engine's message (English, as logged),
    the call and the seat. The CHECK keeps a row from being about nothing.
    """

    __tablename__ = "notifications"
    __table_args__ = (
        sa.CheckConstraint(
            "incident_id IS NOT NULL OR alert_code IS NOT NULL", name="incident_or_alert"
        ),
    )

    id: Mapped[int] = mapped_column(sa.Integer, primary_key=True)
    incident_id: Mapped[int | None] = mapped_column(sa.ForeignKey("incidents.id"), index=True)
    alert_code: Mapped[str | None] = mapped_column(sa.String(64))
    subject: Mapped[str | None] = mapped_column(sa.String(300))
    body: Mapped[str | None] = mapped_column(sa.Text)
    call_id: Mapped[str | None] = mapped_column(sa.String(36))
    seat: Mapped[str | None] = mapped_column(sa.String(128))
    channel: Mapped[NotificationChannel] = mapped_column(_str_enum(NotificationChannel, 16))
    recipient: Mapped[str] = mapped_column(sa.String(320))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    attempts: Mapped[int] = mapped_column(sa.Integer, default=0)
    next_attempt_at: Mapped[datetime | None] = mapped_column(index=True)
    last_error: Mapped[str | None] = mapped_column(sa.Text)
    sent_at: Mapped[datetime | None]
    acknowledged_at: Mapped[datetime | None]
    acknowledged_by: Mapped[str | None] = mapped_column(sa.String(128))
    ack_note: Mapped[str | None] = mapped_column(sa.Text)


class Complaint(Base):
    """A complaint about the support desk to the head administrator (KUTY-1.2)."""

    __tablename__ = "complaints"

    id: Mapped[int] = mapped_column(sa.Integer, primary_key=True)
    complainant_name: Mapped[str] = mapped_column(sa.String(255))
    complainant_contact: Mapped[str | None] = mapped_column(sa.String(320))
    about_call_id: Mapped[str | None] = mapped_column(sa.ForeignKey("calls.id"))
    about_operator_id: Mapped[int | None] = mapped_column(sa.ForeignKey("operators.id"))
    text: Mapped[str] = mapped_column(sa.Text)
    received_at: Mapped[datetime]
    category: Mapped[ComplaintCategory] = mapped_column(_str_enum(ComplaintCategory, 16))
    due_at: Mapped[date] = mapped_column(sa.Date, index=True)
    status: Mapped[ComplaintStatus] = mapped_column(_str_enum(ComplaintStatus, 16))
    answered_at: Mapped[datetime | None]
    answer_note: Mapped[str | None] = mapped_column(sa.Text)


class ComplaintLink(Base):
    """A call and/or recording a complaint concerns; the complaint keeps it from purging."""

    __tablename__ = "complaint_links"

    id: Mapped[int] = mapped_column(sa.Integer, primary_key=True)
    complaint_id: Mapped[int] = mapped_column(sa.ForeignKey("complaints.id"), index=True)
    call_id: Mapped[str | None] = mapped_column(sa.ForeignKey("calls.id"))
    recording_id: Mapped[str | None] = mapped_column(sa.ForeignKey("recordings.id"))


class BlockedNumber(Base):
    """Blocklist entry (KZP-30-19, CSC-2.12); unblocking clears `active`, rows stay.

    `number` is an E.164 number or, since 0009, a lower-cased e-mail address (issue 12).
    """

    __tablename__ = "blocklist"

    id: Mapped[int] = mapped_column(BigIntPK, primary_key=True, autoincrement=True)
    number: Mapped[str] = mapped_column(sa.String(320), index=True)
    reason: Mapped[str] = mapped_column(sa.Text)
    incident_id: Mapped[int | None] = mapped_column(sa.ForeignKey("incidents.id"))
    created_by: Mapped[str] = mapped_column(sa.String(128))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    active: Mapped[bool] = mapped_column(sa.Boolean, default=True)
    removed_by: Mapped[str | None] = mapped_column(sa.String(128))
    removed_at: Mapped[datetime | None]
