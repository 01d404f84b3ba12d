"""Typed SQLAlchemy models shared by the embedded SQLite seat and the PostgreSQL call centre.

Everything here must mean the same on both backends, so enums are stored as plain strings
(no native PostgreSQL ENUM types to migrate), UUIDs as 36-character strings, and every
timestamp goes through `UTCDateTime` so Python code only ever sees aware UTC datetimes,
whatever the driver hands back.
"""

from __future__ import annotations

import enum
from datetime import UTC, datetime
from typing import Any, ClassVar

import sqlalchemy as sa
from sqlalchemy.engine import Dialect
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

from db.enums import CallDirection, EndReason, RecordingStatus

# Stable constraint names: batch migrations on SQLite recreate tables and must be able to
# name the constraints they drop, and PostgreSQL gets the same names as SQLite.
NAMING_CONVENTION: dict[str, str] = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

GENESIS_HASH = "0" * 64
"""prev_hash of the first audit row: there is nothing before it to point to."""

REMOTE_URI_MAX = 2000
"""A raw SIP URI is attacker-controlled; keep enough to investigate, not 100 KB of junk."""

TRANSFER_TARGET_MAX = 255
"""A transfer target is a number or a SIP URI the operator chose (another seat)."""


class OperatorRole(enum.StrEnum):
    OPERATOR = "operator"
    SUPERVISOR = "supervisor"
    HEAD_ADMIN = "head_admin"
    ADMIN = "admin"


def utcnow() -> datetime:
    return datetime.now(UTC)


class UTCDateTime(sa.TypeDecorator[datetime]):
    """A timestamp that is always aware UTC in Python.

    SQLite has no time zone type, so values are stored as UTC wall time and given their
    zone back on load; PostgreSQL stores `timestamptz`. Naive datetimes are refused on the
    way in because guessing their zone is how evidence timestamps end up an hour off.
    """

    impl = sa.DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None or value.utcoffset() is None:
            raise ValueError(f"naive datetime {value!r}: pass an aware UTC datetime")
        value = value.astimezone(UTC)
        return value.replace(tzinfo=None) if dialect.name == "sqlite" else value

    def process_result_value(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            return value.replace(tzinfo=UTC)
        return value.astimezone(UTC)


def _str_enum(cls: type[enum.StrEnum], length: int = 32) -> sa.Enum:
    """Enum stored as VARCHAR without a CHECK, so adding a value needs no table rebuild."""
    return sa.Enum(
        cls,
        native_enum=False,
        create_constraint=False,
        length=length,
        values_callable=lambda members: [m.value for m in members],
        validate_strings=True,
    )


# SQLite only auto-increments an "INTEGER PRIMARY KEY"; BIGINT is right for PostgreSQL.
BigIntPK = sa.BigInteger().with_variant(sa.Integer(), "sqlite")


class Base(DeclarativeBase):
    metadata = sa.MetaData(naming_convention=NAMING_CONVENTION)
    type_annotation_map: ClassVar[dict[Any, Any]] = {datetime: UTCDateTime()}


class Operator(Base):
    __tablename__ = "operators"

    id: Mapped[int] = mapped_column(sa.Integer, primary_key=True)
    username: Mapped[str] = mapped_column(sa.String(64), unique=True)
    display_name: Mapped[str] = mapped_column(sa.String(255))
    role: Mapped[OperatorRole] = mapped_column(_str_enum(OperatorRole))
    active: Mapped[bool] = mapped_column(sa.Boolean, default=True)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class CallerProfile(Base):
    __tablename__ = "caller_profiles"

    id: Mapped[int] = mapped_column(sa.Integer, primary_key=True)
    surname: Mapped[str] = mapped_column(sa.String(128))
    first_name: Mapped[str] = mapped_column(sa.String(128))
    patronymic: Mapped[str | None] = mapped_column(sa.String(128))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)

    phone_numbers: Mapped[list[CallerPhoneNumber]] = relationship(
        back_populates="profile", cascade="all, delete-orphan"
    )


class CallerPhoneNumber(Base):
    """A number may belong to several profiles (a family phone), hence no unique on e164."""

    __tablename__ = "caller_phone_numbers"
    __table_args__ = (sa.UniqueConstraint("profile_id", "e164"),)

    id: Mapped[int] = mapped_column(sa.Integer, primary_key=True)
    profile_id: Mapped[int] = mapped_column(sa.ForeignKey("caller_profiles.id", ondelete="CASCADE"))
    e164: Mapped[str] = mapped_column(sa.String(16), index=True)

    profile: Mapped[CallerProfile] = relationship(back_populates="phone_numbers")


class Call(Base):
    """One SIP call as the engine saw it; the id is the engine's call uuid.

    `direction` is nullable only because a call can be rebuilt from a partial sidecar after
    a crash, and an unknown direction must not be recorded as a guess.
    """

    __tablename__ = "calls"

    id: Mapped[str] = mapped_column(sa.String(36), primary_key=True)
    direction: Mapped[CallDirection | None] = mapped_column(_str_enum(CallDirection, 16))
    remote_number: Mapped[str | None] = mapped_column(sa.String(16), index=True)
    remote_uri: Mapped[str | None] = mapped_column(sa.Text)
    display_name: Mapped[str | None] = mapped_column(sa.String(255))
    ring_at: Mapped[datetime] = mapped_column(index=True)
    answer_at: Mapped[datetime | None]
    end_at: Mapped[datetime | None]
    end_reason: Mapped[EndReason | None] = mapped_column(_str_enum(EndReason))
    sip_code: Mapped[int | None] = mapped_column(sa.Integer)
    operator_id: Mapped[int | None] = mapped_column(sa.ForeignKey("operators.id"))
    seat: Mapped[str] = mapped_column(sa.String(128))
    verification_state: Mapped[str | None] = mapped_column(sa.String(32))
    # Issue 11: where the call went when it left this seat (EndReason.TRANSFERRED), as the
    # engine's CallTransfer reported it; kind is "blind" or "attended".
    transfer_target: Mapped[str | None] = mapped_column(sa.String(TRANSFER_TARGET_MAX))
    transfer_kind: Mapped[str | None] = mapped_column(sa.String(16))
    # Issue 12, migration 0011: the case the call belongs to (joined by the operator, or the
    # voice case its wrap-up opened; `desk.wrapups`). Every contact belongs to a case.
    case_id: Mapped[int | None] = mapped_column(sa.ForeignKey("cases.id"), index=True)

    recordings: Mapped[list[Recording]] = relationship(
        back_populates="call", order_by="Recording.started_at"
    )


class Recording(Base):
    """The audio files of a call. A call normally has one; a restart after a failure adds one.

    Paths and hashes are nullable because a recording row is created when the tracks open
    and may be rebuilt from a partial sidecar; a row with status `complete` has them all.
    `gaps`/`missing_s` are what the engine reported when it finished the files (KUTY-1.1):
    an `incomplete` recording names its missing intervals; NULL while recording and on rows
    written before revision 0006.
    """

    __tablename__ = "recordings"

    id: Mapped[str] = mapped_column(sa.String(36), primary_key=True)
    call_id: Mapped[str] = mapped_column(sa.ForeignKey("calls.id"), index=True)
    directory: Mapped[str] = mapped_column(sa.Text)
    caller_path: Mapped[str | None] = mapped_column(sa.Text)
    operator_path: Mapped[str | None] = mapped_column(sa.Text)
    mixed_path: Mapped[str | None] = mapped_column(sa.Text)
    duration_s: Mapped[float | None] = mapped_column(sa.Float)
    sample_rate: Mapped[int | None] = mapped_column(sa.Integer)
    caller_sha256: Mapped[str | None] = mapped_column(sa.String(64))
    operator_sha256: Mapped[str | None] = mapped_column(sa.String(64))
    mixed_sha256: Mapped[str | None] = mapped_column(sa.String(64))
    status: Mapped[RecordingStatus] = mapped_column(_str_enum(RecordingStatus, 16))
    started_at: Mapped[datetime]
    finished_at: Mapped[datetime | None]
    legal_hold: Mapped[bool] = mapped_column(sa.Boolean, default=False)
    # KUTY-1.1 "every call is recorded": when audio is lost (a full disk) the recording is
    # `incomplete` and says which seconds are missing, so nobody takes it for the whole call.
    gaps: Mapped[str | None] = mapped_column(sa.Text)  # JSON [{"track","from_s","to_s"}]
    missing_s: Mapped[float | None] = mapped_column(sa.Float)

    call: Mapped[Call] = relationship(back_populates="recordings")


class AuditEvent(Base):
    """Append-only, hash-chained log; see `db.audit` for how rows are written and checked.

    The migration adds triggers refusing UPDATE and DELETE, so an honest code path cannot
    break the chain; a hostile one with file access can, and `verify_audit_chain` finds it.
    """

    __tablename__ = "audit_events"

    id: Mapped[int] = mapped_column(BigIntPK, primary_key=True, autoincrement=True)
    at: Mapped[datetime]
    kind: Mapped[str] = mapped_column(sa.String(64), index=True)
    actor: Mapped[str] = mapped_column(sa.String(128))
    call_id: Mapped[str | None] = mapped_column(sa.String(36), index=True)
    payload: Mapped[str] = mapped_column(sa.Text)
    prev_hash: Mapped[str] = mapped_column(sa.String(64))
    row_hash: Mapped[str] = mapped_column(sa.String(64))


from db import models_incidents as models_incidents  # noqa: E402  (tables join Base.metadata)
from db import models_operator_day as models_operator_day  # noqa: E402
from db import models_records as models_records  # noqa: E402  (tables join Base.metadata)
from db import models_transcripts as models_transcripts  # noqa: E402
from db import models_verification as models_verification  # noqa: E402
from db import models_written as models_written  # noqa: E402  (tables join Base.metadata)
