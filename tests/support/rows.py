"""Database rows for a finished, recorded call, as the engine host would have written them.

Tests that need "a call with its recording" on disk and in the database (browser,
export, transcripts) share this instead of each spelling out the same rows.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

import sqlalchemy as sa
from sqlalchemy.orm import Session

from db.models import Call, Recording
from recordings.wavfile import sha256_file
from telephony.protocol import CallDirection, RecordingStatus


def add_recorded_call(
    session: Session,
    *,
    call_id: str,
    recording_id: str,
    directory: Path,
    paths: dict[str, Path | None],
    seconds: float,
    ring: datetime,
    number: str | None,
    operator_id: int | None,
    verification_state: str | None = "verified",
    key_phrase: tuple[float, float] | None = None,
    answer_after_s: float = 2.0,
) -> None:
    """Insert the Call and its Recording (hashes of the real files) and, when given, the
    verification attempt that marks the key-phrase span (KUTY-2.2 masking)."""
    answer = ring + timedelta(seconds=answer_after_s)
    session.add(
        Call(
            id=call_id,
            direction=CallDirection.INCOMING,
            remote_number=number,
            ring_at=ring,
            answer_at=answer,
            end_at=answer + timedelta(seconds=seconds),
            operator_id=operator_id,
            seat="seat-1",
            verification_state=verification_state,
        )
    )
    session.flush()
    session.add(
        Recording(
            id=recording_id,
            call_id=call_id,
            directory=str(directory),
            **{f"{t}_path": str(p) if p else None for t, p in paths.items()},
            **{f"{t}_sha256": sha256_file(p) if p else None for t, p in paths.items()},
            duration_s=seconds,
            sample_rate=16000,
            status=RecordingStatus.COMPLETE,
            started_at=answer,
            finished_at=answer + timedelta(seconds=seconds),
            legal_hold=False,
        )
    )
    if key_phrase is None:
        return
    session.flush()
    session.execute(
        sa.text(
            "INSERT INTO verification_attempts (call_id, attempt_no, candidate_profile_ids, "
            "result, actor, started_at, ended_at, key_phrase_start_s, key_phrase_end_s) "
            "VALUES (:c, 1, '[]', 'verified', 'operator:olena', :t, :t, :a, :b)"
        ),
        {
            "c": call_id,
            "t": ring.strftime("%Y-%m-%d %H:%M:%S.%f"),
            "a": key_phrase[0],
            "b": key_phrase[1],
        },
    )
