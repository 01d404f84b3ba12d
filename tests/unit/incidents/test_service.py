"""report_call_incident prefills everything in one transaction and holds the recordings."""

from __future__ import annotations

import json
import subprocess
from datetime import timedelta
from pathlib import Path

import pytest
import sqlalchemy as sa
from sqlalchemy.orm import Session, sessionmaker

from db.models import AuditEvent, CallerPhoneNumber, CallerProfile, Recording
from db.models_incidents import (
    Incident,
    IncidentKind,
    IncidentRecording,
    IncidentStatus,
    Notification,
)
from desk.roles import Actor
from incidents.config import IncidentsConfig
from incidents.police import EXCERPT_S
from incidents.service import (
    acknowledge_notification,
    list_incidents,
    on_recording_finished,
    pending_notifications,
    report_call_incident,
    save_incident_note,
    set_status,
    settle_incident,
)
from recordings.wavfile import read_info, sha256_file
from tests.unit.incidents.conftest import CALLER, T0, MakeCall


def _report(sessions, actor, config, call_id, kind, at_s: float = 80.0, offset=True) -> int:
    n = int(call_id[-3:])
    pressed = T0 + timedelta(minutes=n, seconds=at_s)
    return report_call_incident(
        sessions, actor, call_id=call_id, kind=kind, pressed_at=pressed,
        offset_s=at_s if offset else None, config=config,
    )  # fmt: skip


def test_abuse_prefills_holds_and_notifies(
    sessions: sessionmaker[Session], operator: Actor, config: IncidentsConfig, make_call: MakeCall
) -> None:
    call_id, rec_id = make_call(90.0)
    incident_id = _report(sessions, operator, config, call_id, IncidentKind.ABUSE, offset=False)
    with sessions.begin() as s:
        inc = s.get_one(Incident, incident_id)
        assert (inc.kind, inc.status, inc.caller_number) == ("abuse", "open", CALLER)
        assert (inc.operator_id, inc.operator_name) == (1, "Olena Ш.")
        assert inc.verification_state == "not_verified" and inc.profile_id is None
        assert inc.offset_s == pytest.approx(80.0)  # derived from the recording start
        rec = s.get_one(Recording, rec_id)
        assert rec.legal_hold
        link = s.get_one(IncidentRecording, (incident_id, rec_id))
        assert link.caller_sha256 == sha256_file(rec.caller_path or "") == rec.caller_sha256
        notes = s.scalars(sa.select(Notification).order_by(Notification.id)).all()
        assert [(n.channel, n.recipient) for n in notes] == [
            ("in_app", "petro"),
            ("in_app", "iryna"),
            ("email", "chief@kuty.example"),
        ]
        audit = s.scalars(sa.select(AuditEvent).where(AuditEvent.kind == "incident_reported")).one()
        assert json.loads(audit.payload)["rule"] == "KUTY-3.1" and audit.call_id == call_id
    assert settle_incident(sessions, incident_id, config=config) is None  # abuse: no package


def test_verified_caller_profile_is_prefilled(
    sessions: sessionmaker[Session], operator: Actor, config: IncidentsConfig, make_call: MakeCall
) -> None:
    call_id, _ = make_call(10.0, verification_state="verified")
    with sessions.begin() as s:
        s.add(CallerProfile(id=7, surname="Коваль", first_name="Ірина",
                            phone_numbers=[CallerPhoneNumber(e164=CALLER)]))  # fmt: skip
    incident_id = _report(sessions, operator, config, call_id, IncidentKind.ABUSE, 5.0)
    with sessions.begin() as s:
        assert s.get_one(Incident, incident_id).profile_id == 7


def test_unknown_call_writes_nothing(
    sessions: sessionmaker[Session], operator: Actor, config: IncidentsConfig
) -> None:
    with pytest.raises(LookupError):
        report_call_incident(sessions, operator, call_id="nope", kind=IncidentKind.ABUSE,
                             pressed_at=T0, offset_s=1.0, config=config)  # fmt: skip
    with sessions.begin() as s:
        assert s.scalar(sa.select(sa.func.count()).select_from(Incident)) == 0
        assert s.scalar(sa.select(sa.func.count()).select_from(Notification)) == 0


def test_threat_while_recording_then_package_on_finish(
    sessions: sessionmaker[Session], operator: Actor, config: IncidentsConfig, make_call: MakeCall
) -> None:
    call_id, rec_id = make_call(90.0, finished=False)
    incident_id = _report(sessions, operator, config, call_id, IncidentKind.THREAT)
    with sessions.begin() as s:
        assert s.get_one(Recording, rec_id).legal_hold
        assert s.get_one(IncidentRecording, (incident_id, rec_id)).caller_sha256 is None
    assert settle_incident(sessions, incident_id, config=config) is None  # not final yet
    # The engine finishes the recording (as seat.calllog would write it).
    with sessions.begin() as s:
        rec = s.get_one(Recording, rec_id)
        rec.caller_path = str(Path(rec.directory) / "caller.wav")
        rec.caller_sha256 = sha256_file(rec.caller_path)
        rec.status, rec.finished_at, rec.duration_s = "complete", T0, 90.0  # type: ignore[assignment]
    [package] = on_recording_finished(sessions, rec_id, config=config)
    assert package == config.packages_dir / f"incident-{incident_id}-threat"
    with sessions.begin() as s:
        assert s.get_one(Incident, incident_id).package_path == str(package)
        link = s.get_one(IncidentRecording, (incident_id, rec_id))
        assert link.caller_sha256 == s.get_one(Recording, rec_id).caller_sha256
    # The excerpt is the 60 s ending at the press (80 s into a 90 s call).
    assert read_info(package / "recording" / "excerpt_60s.wav").duration_s == pytest.approx(
        EXCERPT_S, abs=0.05
    )
    assert on_recording_finished(sessions, rec_id, config=config) == [package]  # idempotent
    done = subprocess.run(["sha256sum", "-c", "SHA256SUMS"], cwd=package, capture_output=True)
    assert done.returncode == 0, done.stdout


def test_note_status_list_and_ack(
    sessions: sessionmaker[Session],
    operator: Actor,
    supervisor: Actor,
    config: IncidentsConfig,
    make_call: MakeCall,
) -> None:
    call_id, _ = make_call(10.0)
    incident_id = _report(sessions, operator, config, call_id, IncidentKind.ABUSE, 5.0)
    save_incident_note(sessions, operator, incident_id, "Лайка, крик, погрози не було")
    set_status(sessions, supervisor, incident_id, IncidentStatus.REPORTED_TO_MANAGEMENT)
    with pytest.raises(ValueError, match="reference"):
        set_status(sessions, supervisor, incident_id, IncidentStatus.HANDED_TO_POLICE)
    set_status(sessions, supervisor, incident_id, IncidentStatus.HANDED_TO_POLICE,
               police_handed_at=T0.date(), police_reference="ЄО-1234")  # fmt: skip
    [item] = list_incidents(sessions, supervisor, kind=IncidentKind.ABUSE)
    assert item.note == "Лайка, крик, погрози не було" and item.police_reference == "ЄО-1234"
    assert item.to_json_dict()["police_handed_at"] == "2026-03-02"
    assert list_incidents(sessions, supervisor, status=IncidentStatus.CLOSED) == []
    [pending] = pending_notifications(sessions, supervisor)
    assert pending.incident_id == incident_id and pending.kind == "abuse"
    acknowledge_notification(sessions, supervisor, pending.id, "Поговорив з оператором")
    assert pending_notifications(sessions, supervisor) == []
    with pytest.raises(ValueError, match="already"):
        acknowledge_notification(sessions, supervisor, pending.id, "again")
    other = Actor("iryna", supervisor.role, 3)
    assert len(pending_notifications(sessions, other)) == 1
    with pytest.raises(LookupError):  # not hers to acknowledge
        acknowledge_notification(sessions, other, pending.id, "x")
