"""Models for sign-in credentials, the head administrator's request register (KUTY-1.3)
and the indexes the recordings browser needs on a million calls.

Kept apart from `db.models` like `db.models_incidents`; `db.models` imports this module at
its end so `Base.metadata` (and Alembic) see these tables.

Credentials live in their own 1:1 table rather than as columns of `operators`: listing or
joining operators never loads a password hash, and the account directory (who exists, with
which role) stays separate from the secret that proves it.
"""

from __future__ import annotations

import enum
from datetime import date, datetime

import sqlalchemy as sa
from sqlalchemy.orm import Mapped, mapped_column

from db.models import Base, Call, Recording, _str_enum, utcnow

__all__ = ["AdminRequest", "OperatorCredential", "RequestStatus"]


class RequestStatus(enum.StrEnum):
    OPEN = "open"
    IN_PROGRESS = "in_progress"
    FULFILLED = "fulfilled"
    CANCELLED = "cancelled"


OPEN_STATUSES = (RequestStatus.OPEN, RequestStatus.IN_PROGRESS)
"""Requests in these states keep their recordings from the retention job (KUTY-1.3)."""


class OperatorCredential(Base):
    """Argon2id hash and lockout state of one operator account (see `desk.users`)."""

    __tablename__ = "operator_credentials"

    operator_id: Mapped[int] = mapped_column(sa.ForeignKey("operators.id"), primary_key=True)
    password_hash: Mapped[str] = mapped_column(sa.String(255))
    failed_logins: Mapped[int] = mapped_column(sa.Integer, default=0)
    locked_until: Mapped[datetime | None]
    last_login_at: Mapped[datetime | None]
    password_changed_at: Mapped[datetime] = mapped_column(default=utcnow)


class AdminRequest(Base):
    """One demand of the head administrator for recordings and correspondence (KUTY-1.3).

    The scope (period, numbers, operators) is stored, not the matching ids, so calls that
    arrive for the period after registration are covered too; numbers and operator ids are
    JSON lists because both backends store them as plain text the same way.
    """

    __tablename__ = "admin_requests"

    id: Mapped[int] = mapped_column(sa.Integer, primary_key=True)
    requested_by: Mapped[str] = mapped_column(sa.String(255))
    requester_office: Mapped[str | None] = mapped_column(sa.String(255))
    requested_at: Mapped[datetime]
    received_by: Mapped[str] = mapped_column(sa.String(128))
    reference: Mapped[str | None] = mapped_column(sa.String(128))
    period_from: Mapped[datetime | None]
    period_to: Mapped[datetime | None]
    numbers: Mapped[str] = mapped_column(sa.Text, default="[]")
    operator_ids: Mapped[str] = mapped_column(sa.Text, default="[]")
    want_recordings: Mapped[bool] = mapped_column(sa.Boolean, default=True)
    want_correspondence: Mapped[bool] = mapped_column(sa.Boolean, default=False)
    want_transcripts: Mapped[bool] = mapped_column(sa.Boolean, default=False)
    want_verification_log: Mapped[bool] = mapped_column(sa.Boolean, default=False)
    want_incidents: Mapped[bool] = mapped_column(sa.Boolean, default=False)
    want_complaints: Mapped[bool] = mapped_column(sa.Boolean, default=False)
    due_at: Mapped[date | None] = mapped_column(sa.Date)
    status: Mapped[RequestStatus] = mapped_column(_str_enum(RequestStatus, 16), index=True)
    note: Mapped[str | None] = mapped_column(sa.Text)
    fulfilled_at: Mapped[datetime | None]
    fulfilled_by: Mapped[str | None] = mapped_column(sa.String(128))
    dossier_path: Mapped[str | None] = mapped_column(sa.Text)


# Recordings browser (recordings.search): every filter is "<column> = ? ORDER BY ring_at
# DESC, id DESC LIMIT n" with a keyset cursor, so each equality column gets a composite
# index ending in (ring_at, id) and a page is an index range scan, not a sort of 1M rows.
# Incident and complaint filters are semi-joins through 0002's indexes (incidents.kind) or
# over tables that stay small; indexes on them cannot be declared here because importing
# db.models_incidents from this module would be circular (db.models imports both).
sa.Index("ix_calls_ring_at_id", Call.ring_at, Call.id)
sa.Index("ix_calls_remote_number_ring_at", Call.remote_number, Call.ring_at, Call.id)
sa.Index("ix_calls_operator_id_ring_at", Call.operator_id, Call.ring_at, Call.id)
sa.Index("ix_calls_verification_state_ring_at", Call.verification_state, Call.ring_at, Call.id)
sa.Index("ix_recordings_legal_hold_call_id", Recording.legal_hold, Recording.call_id)
