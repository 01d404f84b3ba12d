"""Models for call transcripts: one row per transcription run, one row per version.

Kept apart from `db.models` like `db.models_records`; `db.models` imports this module at
its end so `Base.metadata` (and Alembic) see these tables.

Why two tables: the machine draft is evidence of what the engine heard and must never be
overwritten, while people correct it. Every save appends a `transcript_versions` row
(version 1 is the machine draft); nothing is ever updated in place. `transcripts` holds
only the facts of the run (which engine, which language, who started it, and the SHA-256
of the audio tracks it was made from), so the recordings dossier can list it as is.

Segments are one JSON array per version (start_s, end_s, speaker, text, confidence):
a transcript is always read and written whole, and both backends store text the same.
"""

from __future__ import annotations

from datetime import datetime

import sqlalchemy as sa
from sqlalchemy.orm import Mapped, mapped_column

from db.models import Base, BigIntPK, utcnow

__all__ = ["Transcript", "TranscriptVersion"]


class Transcript(Base):
    """One transcription of one recording (a recording may be transcribed again)."""

    __tablename__ = "transcripts"

    id: Mapped[int] = mapped_column(BigIntPK, primary_key=True, autoincrement=True)
    recording_id: Mapped[str] = mapped_column(sa.ForeignKey("recordings.id"), index=True)
    call_id: Mapped[str] = mapped_column(sa.ForeignKey("calls.id"), index=True)
    engine: Mapped[str] = mapped_column(sa.String(64))
    language: Mapped[str] = mapped_column(sa.String(16))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    created_by: Mapped[str] = mapped_column(sa.String(128))
    caller_sha256: Mapped[str | None] = mapped_column(sa.String(64))
    operator_sha256: Mapped[str | None] = mapped_column(sa.String(64))
    masked_spans: Mapped[str] = mapped_column(sa.Text, default="[]")
    """JSON [[start_s, end_s], ...]: key-phrase spans silenced before the engine ran."""


class TranscriptVersion(Base):
    """An immutable snapshot of a transcript's segments; version 1 is the machine draft."""

    __tablename__ = "transcript_versions"
    __table_args__ = (sa.UniqueConstraint("transcript_id", "version"),)

    id: Mapped[int] = mapped_column(BigIntPK, primary_key=True, autoincrement=True)
    transcript_id: Mapped[int] = mapped_column(
        sa.ForeignKey("transcripts.id", ondelete="CASCADE"), index=True
    )
    version: Mapped[int] = mapped_column(sa.Integer)
    author: Mapped[str] = mapped_column(sa.String(128))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    is_machine: Mapped[bool] = mapped_column(sa.Boolean, default=False)
    segments: Mapped[str] = mapped_column(sa.Text)
