"""Legal hold: deletion and retention refuse held recordings; so does the database."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest
import sqlalchemy as sa
from sqlalchemy.orm import Session, sessionmaker

from db.models import AuditEvent, Recording, utcnow
from db.models_incidents import IncidentKind
from desk.roles import Actor, PermissionDenied
from incidents.config import IncidentsConfig
from incidents.retention import RecordingHeld, delete_recording, purge_expired
from incidents.service import report_call_incident
from tests.unit.incidents.conftest import T0, MakeCall


def _hold(sessions, operator, config, call_id) -> None:
    report_call_incident(sessions, operator, call_id=call_id, kind=IncidentKind.ABUSE,
                         pressed_at=T0, offset_s=1.0, config=config)  # fmt: skip


def _path(sessions: sessionmaker[Session], rec_id: str) -> Path:
    with sessions.begin() as s:
        return Path(s.get_one(Recording, rec_id).caller_path or "")


def test_delete_refuses_held_and_deletes_free(
    sessions: sessionmaker[Session], operator: Actor, supervisor: Actor,
    config: IncidentsConfig, make_call: MakeCall,
) -> None:  # fmt: skip
    held_call, held = make_call(3.0)
    _, free = make_call(3.0)
    _hold(sessions, operator, config, held_call)
    with pytest.raises(PermissionDenied):
        delete_recording(sessions, operator, free, reason="x")
    with pytest.raises(RecordingHeld):
        delete_recording(sessions, supervisor, held, reason="cleanup")
    assert _path(sessions, held).is_file()
    free_path = _path(sessions, free)
    delete_recording(sessions, supervisor, free, reason="caller asked")
    assert not free_path.exists()
    with sessions.begin() as s:
        assert s.get(Recording, free) is None and s.get(Recording, held) is not None
        kinds = s.scalars(sa.select(AuditEvent.kind)).all()
    assert {"recording_delete_refused", "recording_deleted", "permission_denied"} <= set(kinds)


def test_purge_expired_keeps_held(
    sessions: sessionmaker[Session], operator: Actor, config: IncidentsConfig, make_call: MakeCall
) -> None:
    held_call, held = make_call(3.0)
    _, free = make_call(3.0)
    _hold(sessions, operator, config, held_call)
    report = purge_expired(sessions, older_than_days=30, now=T0 + timedelta(days=10))
    assert report.deleted == [] and report.kept_held == []  # nothing old enough yet
    report = purge_expired(sessions, older_than_days=30, now=utcnow() + timedelta(days=400))
    assert report.deleted == [free] and report.kept_held == [held] and report.errors == []
    assert _path(sessions, held).is_file()


def test_database_trigger_refuses_deleting_held_recording(
    sessions: sessionmaker[Session], operator: Actor, config: IncidentsConfig, make_call: MakeCall
) -> None:
    call_id, rec_id = make_call(3.0)
    _hold(sessions, operator, config, call_id)
    with pytest.raises(sa.exc.IntegrityError, match="legal hold"), sessions.begin() as s:
        s.execute(sa.text("DELETE FROM recordings WHERE id = :id"), {"id": rec_id})


def test_retention_job_deletes_expired_and_keeps_held(
    sessions: sessionmaker[Session], operator: Actor, config: IncidentsConfig, make_call: MakeCall
) -> None:
    """The scheduled job (every seat runs it) applies the same rules as purge_expired."""
    from incidents.retention import RetentionJob

    held_call, held = make_call(3.0)
    _, free = make_call(3.0)
    _hold(sessions, operator, config, held_call)
    free_file = _path(sessions, free)
    reports = []
    job = RetentionJob(sessions, 1095, clock=lambda: utcnow() + timedelta(days=1200),
                       on_report=reports.append)  # fmt: skip
    report = job.run_once()
    assert report.deleted == [free] and report.kept_held == [held]
    assert reports == [report]
    assert not free_file.exists() and _path(sessions, held).is_file()
    with sessions.begin() as s:
        assert s.get(Recording, free) is None and s.get(Recording, held) is not None
        tombstones = s.scalars(
            sa.select(AuditEvent).where(AuditEvent.kind == "recording_deleted")
        ).all()
    assert len(tombstones) == 1 and free in tombstones[0].payload


def test_retention_job_off_when_days_is_zero(sessions: sessionmaker[Session]) -> None:
    from incidents.retention import RetentionJob

    job = RetentionJob(sessions, 0)
    job.start()
    assert job._thread is None  # keep-forever policy: no deletions scheduled
    job.stop()


def test_kuty_recordings_purge_cli(
    sessions: sessionmaker[Session], operator: Actor, config: IncidentsConfig,
    make_call: MakeCall, tmp_path: Path,
) -> None:  # fmt: skip
    import json
    import subprocess
    import sys

    held_call, held = make_call(3.0)
    _, free = make_call(3.0)
    _hold(sessions, operator, config, held_call)
    root = Path(__file__).resolve().parents[3]

    def purge(*extra: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-m", "seat.cli", "recordings", "purge", "--data-dir",
             str(tmp_path / "data"), "--older-than-days", "1", *extra],
            cwd=root, capture_output=True, text=True, timeout=120, check=False,
        )  # fmt: skip

    refused = purge("--as", "olena")  # an operator may not delete recordings
    assert refused.returncode == 1 and "may not" in refused.stderr
    done = purge("--as", "admin")
    assert done.returncode == 0, done.stderr
    out = json.loads(done.stdout)
    assert out["deleted"] == [free] and out["kept"] == [held]
