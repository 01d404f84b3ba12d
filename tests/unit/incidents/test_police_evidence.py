"""Police packages use recordings.evidence: sealed with the audit head (fault 9), and a
copied track that differs from its stored SHA-256 is audited and marked, still packaged
because the police need what there is (KUTY-3.2)."""

from __future__ import annotations

import json
from datetime import timedelta
from pathlib import Path

import sqlalchemy as sa
from sqlalchemy.orm import Session, sessionmaker

from db.audit import audit_head
from db.models import AuditEvent, Recording
from db.models_incidents import IncidentKind
from desk.roles import Actor
from incidents.config import IncidentsConfig
from incidents.service import report_call_incident, settle_incident
from tests.unit.incidents.conftest import T0, MakeCall


def _package(
    sessions: sessionmaker[Session], operator: Actor, config: IncidentsConfig, call_id: str
) -> Path:
    incident_id = report_call_incident(
        sessions, operator, call_id=call_id, kind=IncidentKind.THREAT,
        pressed_at=T0 + timedelta(minutes=1, seconds=20), offset_s=20.0, config=config,
    )  # fmt: skip
    path = settle_incident(sessions, incident_id, config=config)
    assert path is not None
    return path


def test_manifest_anchors_the_audit_head(
    sessions: sessionmaker[Session], operator: Actor, config: IncidentsConfig, make_call: MakeCall
) -> None:
    call_id, _ = make_call(30.0)
    package = _package(sessions, operator, config, call_id)
    manifest = json.loads((package / "manifest.json").read_text(encoding="utf-8"))
    with sessions.begin() as s:
        now = audit_head(s)
    anchored = manifest["audit_head"]
    assert 0 < anchored["count"] <= now.count and len(anchored["hash"]) == 64
    full = next(f for f in manifest["files"] if f["path"] == "recording/full_mixed.wav")
    assert "integrity" not in full  # an intact copy is not flagged


def test_changed_recording_is_packaged_but_audited_and_marked(
    sessions: sessionmaker[Session], operator: Actor, config: IncidentsConfig, make_call: MakeCall
) -> None:
    call_id, rec_id = make_call(30.0)
    with sessions.begin() as s:
        rec = s.get(Recording, rec_id)
        assert rec is not None and rec.caller_path
        path = rec.caller_path
    with open(path, "r+b") as f:  # changed after hang-up
        f.seek(4000)
        f.write(b"\x7f\x7f")
    package = _package(sessions, operator, config, call_id)
    manifest = json.loads((package / "manifest.json").read_text(encoding="utf-8"))
    full = next(f for f in manifest["files"] if f["path"] == "recording/full_mixed.wav")
    assert full["integrity"] == "mismatch" and full["sha256"] != full["recorded_sha256"]
    with sessions.begin() as s:
        rows = s.scalars(sa.select(AuditEvent).where(AuditEvent.kind == "integrity_mismatch"))
        payloads = [json.loads(r.payload) for r in rows]
    assert [p["context"] for p in payloads] == ["police_package"]
    assert payloads[0]["recording_id"] == rec_id
