"""Models for caller verification (KUTY-2.2) and the Service data it unlocks (KUTY-2.6).

Kept apart from `db.models` like `db.models_incidents`; `db.models` imports this module at
its end so `Base.metadata` (and Alembic) sees the tables. Decisions a newcomer may question:

- **Secrets in their own table** (`caller_secrets`): the Argon2id hash of the key phrase
  never rides along with an ordinary profile query (lists, cards, exports); only the
  verification store reads it. Plain phrases are never stored anywhere.
- **Normalised names in their own table** (`caller_name_keys`): `db.models.CallerProfile`
  is shared and holds display forms; the forms verification compares against
  (`verification.normalize.normalize_name`) and the re-import identity key live here,
  tagged with the normalisation version they were made with.
- **Locks as rows** (`profile_locks`), not columns: a lock, its end, who lifted it early
  and why are evidence a supervisor may be asked about, so each lock is kept as history.
  A lock is active while `unlocked_at` is NULL and `locked_until` is in the future.
- **Attempt candidates twice**: `verification_attempts.candidate_profile_ids` is the JSON
  snapshot a reviewer reads; `verification_attempt_profiles` is the same list as rows so
  "failures of profile X in the last 24 hours" is an indexed query on every backend.
- **`calls.verified_profile_id`** is attached to `db.models.Call` from here (the column
  belongs to this feature; migration 0003 adds it), so `Call.verified_profile_id` works
  in ORM queries once `db.models` is imported. Use `CALL_VERIFIED_PROFILE_ID` for typed
  Core access.
"""

from __future__ import annotations

import enum
from datetime import date, datetime

import sqlalchemy as sa
from sqlalchemy.orm import Mapped, mapped_column

from db.models import Base, BigIntPK, Call, _str_enum, utcnow

__all__ = [
    "CALL_VERIFIED_PROFILE_ID",
    "AttemptOutcome",
    "CallerNameKeys",
    "CallerSecret",
    "ProfileApplication",
    "ProfileLock",
    "VerificationAttempt",
    "VerificationAttemptProfile",
]

_PROFILE_FK = "caller_profiles.id"


class AttemptOutcome(enum.StrEnum):
    """Same values as `verification.states.AttemptResult` (db must not import verification)."""

    VERIFIED = "verified"
    FAILED = "failed"
    ABANDONED = "abandoned"


class CallerNameKeys(Base):
    """Normalised names of a profile: what answers are compared with, and the import key."""

    __tablename__ = "caller_name_keys"
    __table_args__ = (sa.Index("ix_caller_name_keys_names", "surname_norm", "first_name_norm"),)

    profile_id: Mapped[int] = mapped_column(
        sa.ForeignKey(_PROFILE_FK, ondelete="CASCADE"), primary_key=True
    )
    surname_norm: Mapped[str] = mapped_column(sa.String(256))
    first_name_norm: Mapped[str] = mapped_column(sa.String(256))
    patronymic_norm: Mapped[str] = mapped_column(sa.String(256), default="")
    normalization_version: Mapped[int] = mapped_column(sa.Integer)


class CallerSecret(Base):
    """The key phrase as an Argon2id hash of its normalised form, never the phrase."""

    __tablename__ = "caller_secrets"

    profile_id: Mapped[int] = mapped_column(
        sa.ForeignKey(_PROFILE_FK, ondelete="CASCADE"), primary_key=True
    )
    phrase_hash: Mapped[str] = mapped_column(sa.String(255))
    normalization_version: Mapped[int] = mapped_column(sa.Integer)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow)


class ProfileApplication(Base):
    """A kindergarten-queue application; shown only to its own verified owner (KUTY-2.6)."""

    __tablename__ = "applications"

    id: Mapped[int] = mapped_column(sa.Integer, primary_key=True)
    profile_id: Mapped[int] = mapped_column(
        sa.ForeignKey(_PROFILE_FK, ondelete="CASCADE"), index=True
    )
    number: Mapped[str] = mapped_column(sa.String(128))
    child_first_name: Mapped[str] = mapped_column(sa.String(128))
    status: Mapped[str] = mapped_column(sa.String(128))
    created: Mapped[date] = mapped_column(sa.Date)
    updated: Mapped[date] = mapped_column(sa.Date)
    kindergartens: Mapped[str] = mapped_column(sa.Text, default="[]")  # JSON array of names


class VerificationAttempt(Base):
    """One evaluated (or abandoned) attempt; never holds a typed answer or a phrase.

    `key_phrase_start_s`/`key_phrase_end_s` are offsets in the call's recording: the span
    playback and export mask for roles without `hear_key_phrase`.
    """

    __tablename__ = "verification_attempts"

    id: Mapped[int] = mapped_column(BigIntPK, primary_key=True, autoincrement=True)
    call_id: Mapped[str | None] = mapped_column(sa.ForeignKey("calls.id"), index=True)
    attempt_no: Mapped[int] = mapped_column(sa.Integer)
    candidate_profile_ids: Mapped[str] = mapped_column(sa.Text)  # JSON array of ids
    result: Mapped[AttemptOutcome] = mapped_column(_str_enum(AttemptOutcome, 16))
    matched_profile_id: Mapped[int | None] = mapped_column(sa.ForeignKey(_PROFILE_FK))
    operator_id: Mapped[int | None] = mapped_column(sa.ForeignKey("operators.id"))
    actor: Mapped[str] = mapped_column(sa.String(128))
    started_at: Mapped[datetime]
    ended_at: Mapped[datetime] = mapped_column(index=True)
    key_phrase_start_s: Mapped[float | None] = mapped_column(sa.Float)
    key_phrase_end_s: Mapped[float | None] = mapped_column(sa.Float)


class VerificationAttemptProfile(Base):
    """A candidate of an attempt, as a row: per-profile failure counts are indexed."""

    __tablename__ = "verification_attempt_profiles"

    attempt_id: Mapped[int] = mapped_column(
        BigIntPK,
        sa.ForeignKey("verification_attempts.id", ondelete="CASCADE"),
        primary_key=True,
        autoincrement=False,
    )
    profile_id: Mapped[int] = mapped_column(
        sa.ForeignKey(_PROFILE_FK), primary_key=True, index=True
    )


class ProfileLock(Base):
    """A per-profile lock after too many failures (KUTY policy: 5 in 24 h), with history."""

    __tablename__ = "profile_locks"

    id: Mapped[int] = mapped_column(sa.Integer, primary_key=True)
    profile_id: Mapped[int] = mapped_column(sa.ForeignKey(_PROFILE_FK), index=True)
    call_id: Mapped[str | None] = mapped_column(sa.String(36))
    locked_at: Mapped[datetime]
    locked_until: Mapped[datetime]
    unlocked_at: Mapped[datetime | None]
    unlocked_by: Mapped[str | None] = mapped_column(sa.String(128))
    unlock_reason: Mapped[str | None] = mapped_column(sa.Text)


def _attach_verified_profile_column() -> sa.Column[int]:
    table = Call.__table__
    assert isinstance(table, sa.Table)
    if "verified_profile_id" in table.c:  # re-imported module (importlib.reload in tests)
        return table.c.verified_profile_id
    column: sa.Column[int] = sa.Column(
        "verified_profile_id", sa.Integer, sa.ForeignKey(_PROFILE_FK), nullable=True
    )
    table.append_column(column)
    Call.__mapper__.add_property("verified_profile_id", column)
    return column


CALL_VERIFIED_PROFILE_ID: sa.Column[int] = _attach_verified_profile_column()
"""`calls.verified_profile_id`: the profile a VERIFIED call was verified as (else NULL)."""
