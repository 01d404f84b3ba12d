"""Reverting an accidental incident (issue 11: F12 beside F10): withdraw and reclassify.

Real SQLite, real WAV recordings and a real police package: nothing is deleted, the
package is kept and marked, whoever was told hears about it, everything is audited.
"""

from __future__ import annotations

import json
import subprocess
from datetime import datetime, timedelta

import pytest
import sqlalchemy as sa
from sqlalchemy.orm import Session, sessionmaker

from db import queries
from db.models import AuditEvent, Recording
from db.models_incidents import Incident, IncidentKind, IncidentStatus, Notification
from desk.errors import NotFound
from desk.roles import Actor, PermissionDenied
from incidents.config import IncidentsConfig
from incidents.service import (
    REVERT_WINDOW_S,
    IncidentRevertError,
    incidents_for_call,
    pending_notifications,
    reclassify_incident,
    report_call_incident,
    set_status,
    settle_incident,
    withdraw_incident,
)
from recordings.search import CallFilter, search_calls
from tests.unit.incidents.conftest import T0, MakeCall


def _threat(
    sessions: sessionmaker[Session], actor: Actor, config: IncidentsConfig, call_id: str
) -> tuple[int, datetime]:
    pressed = T0 + timedelta(minutes=int(call_id[-3:]), seconds=30)
    incident_id = report_call_incident(
        sessions, actor, call_id=call_id, kind=IncidentKind.THREAT, pressed_at=pressed,
        offset_s=30.0, config=config,
    )  # fmt: skip
    return incident_id, pressed


def _audit(sessions: sessionmaker[Session], kind: str) -> list[dict[str, object]]:
    with sessions() as s:
        rows = s.scalars(sa.select(AuditEvent.payload).where(AuditEvent.kind == kind)).all()
    return [json.loads(r) for r in rows]


def test_operator_withdraws_own_threat_in_the_window(
    sessions: sessionmaker[Session], operator: Actor, supervisor: Actor,
    config: IncidentsConfig, make_call: MakeCall,
) -> None:  # fmt: skip
    call_id, rec_id = make_call(40.0)
    incident_id, pressed = _threat(sessions, operator, config, call_id)
    package = settle_incident(sessions, incident_id, config=config)
    assert package is not None and package.is_dir()
    withdraw_incident(
        sessions, operator, incident_id, reason="  натиснула F12 замість F10 ",
        now=pressed + timedelta(minutes=3),
    )  # fmt: skip
    with sessions() as s:
        inc = s.get_one(Incident, incident_id)
        assert inc.status is IncidentStatus.WITHDRAWN and inc.kind is IncidentKind.THREAT
        assert inc.withdrawn_by == "operator:olena"
        assert inc.revert_reason == "натиснула F12 замість F10"
        assert s.get_one(Recording, rec_id).legal_hold  # evidence holds stay
        follow_ups = s.scalars(
            sa.select(Notification).where(Notification.alert_code == "incident_withdrawn")
        ).all()
        history = queries.list_calls(s)
        found = search_calls(s, CallFilter(incident_kind=IncidentKind.THREAT))
    # The package is kept, still verifies, and says it was withdrawn beside it.
    assert package.is_dir()
    check = subprocess.run(["sha256sum", "-c", "SHA256SUMS"], cwd=package, capture_output=True)
    assert check.returncode == 0
    mark = package.with_name(package.name + ".WITHDRAWN.txt")
    assert "натиснула F12 замість F10" in mark.read_text("utf-8")
    # Everyone told about the threat is told it was withdrawn, in-app and by e-mail.
    assert sorted((n.channel.value, n.recipient) for n in follow_ups) == [
        ("email", "chief@kuty.example"), ("in_app", "iryna"), ("in_app", "petro"),
    ]  # fmt: skip
    assert all(n.incident_id == incident_id for n in follow_ups)
    kinds = [n.kind for n in pending_notifications(sessions, supervisor)]
    assert kinds == ["threat", "incident_withdrawn"]
    # History and the browser no longer call it a threat.
    assert history[0].incident_kinds == ()
    assert found.rows == []
    [audit] = _audit(sessions, "incident_withdrawn")
    assert audit["follow_ups"] == 3 and audit["package_marked"] == str(mark)
    # The wrap-up pane finds it again, with who withdrew it and why.
    [summary] = incidents_for_call(sessions, operator, call_id)
    assert (summary.status, summary.withdrawn_by) == ("withdrawn", "operator:olena")
    assert summary.to_json_dict()["withdrawn_at"] == (pressed + timedelta(minutes=3)).isoformat()
    assert incidents_for_call(sessions, Actor("oksana", operator.role, 99), call_id) == []
    assert [i.id for i in incidents_for_call(sessions, supervisor, call_id)] == [incident_id]
    # A withdrawn threat never gets a package built later, and cannot be withdrawn twice.
    with pytest.raises(IncidentRevertError, match="already withdrawn"):
        withdraw_incident(sessions, supervisor, incident_id, reason="again")


def test_the_window_and_who_may_revert(
    sessions: sessionmaker[Session], operator: Actor, supervisor: Actor, head: Actor,
    config: IncidentsConfig, make_call: MakeCall,
) -> None:  # fmt: skip
    call_id, _ = make_call(40.0)
    incident_id, pressed = _threat(sessions, operator, config, call_id)
    late = pressed + timedelta(seconds=REVERT_WINDOW_S + 1)
    with pytest.raises(IncidentRevertError, match="older than 15 minutes; ask a supervisor"):
        withdraw_incident(sessions, operator, incident_id, reason="oops", now=late)
    other = Actor("oksana", operator.role, 99)
    with pytest.raises(IncidentRevertError, match="filed by another operator"):
        withdraw_incident(sessions, other, incident_id, reason="oops", now=pressed)
    with pytest.raises(IncidentRevertError, match="a reason is required"):
        withdraw_incident(sessions, operator, incident_id, reason=" \n ", now=pressed)
    with pytest.raises(PermissionDenied):
        withdraw_incident(sessions, head, incident_id, reason="oops", now=pressed)
    with pytest.raises(NotFound):
        withdraw_incident(sessions, supervisor, 999, reason="oops")
    with sessions() as s:
        assert s.get_one(Incident, incident_id).status is IncidentStatus.OPEN
    assert _audit(sessions, "incident_withdrawn") == []
    # A supervisor may still revert it after the window.
    withdraw_incident(sessions, supervisor, incident_id, reason="помилка оператора", now=late)
    with sessions() as s:
        assert s.get_one(Incident, incident_id).status is IncidentStatus.WITHDRAWN


def test_handed_to_police_cannot_be_reverted(
    sessions: sessionmaker[Session], operator: Actor, supervisor: Actor,
    config: IncidentsConfig, make_call: MakeCall,
) -> None:  # fmt: skip
    call_id, _ = make_call(40.0)
    incident_id, pressed = _threat(sessions, operator, config, call_id)
    set_status(
        sessions, supervisor, incident_id, IncidentStatus.HANDED_TO_POLICE,
        police_handed_at=T0.date(), police_reference="ЄО-123",
    )  # fmt: skip
    with pytest.raises(IncidentRevertError, match="handed to the police"):
        withdraw_incident(sessions, supervisor, incident_id, reason="x", now=pressed)


def test_reclassify_threat_as_abuse(
    sessions: sessionmaker[Session], operator: Actor, config: IncidentsConfig,
    make_call: MakeCall,
) -> None:  # fmt: skip
    call_id, _ = make_call(40.0)
    incident_id, pressed = _threat(sessions, operator, config, call_id)
    package = settle_incident(sessions, incident_id, config=config)
    assert package is not None
    reclassify_incident(
        sessions, operator, incident_id, kind=IncidentKind.ABUSE,
        reason="лайка, але без погроз", now=pressed + timedelta(minutes=1),
    )  # fmt: skip
    with sessions() as s:
        inc = s.get_one(Incident, incident_id)
        assert (inc.kind, inc.original_kind, inc.status) == (
            IncidentKind.ABUSE, IncidentKind.THREAT, IncidentStatus.OPEN,
        )  # fmt: skip
        assert queries.list_calls(s)[0].incident_kinds == ("abuse",)
    [summary] = incidents_for_call(sessions, operator, call_id)
    assert (summary.kind, summary.original_kind) == ("abuse", "threat")
    with sessions() as s:
        follow_ups = s.scalars(
            sa.select(Notification.recipient).where(
                Notification.alert_code == "incident_reclassified"
            )
        ).all()
    assert package.is_dir() and package.with_name(package.name + ".WITHDRAWN.txt").is_file()
    assert sorted(follow_ups) == ["chief@kuty.example", "iryna", "petro"]
    [audit] = _audit(sessions, "incident_reclassified")
    assert (audit["from"], audit["to"], audit["rule"]) == ("threat", "abuse", "KUTY-3.1")
    with pytest.raises(IncidentRevertError, match="only a threat can be reclassified"):
        reclassify_incident(
            sessions, operator, incident_id, kind=IncidentKind.THREAT, reason="x",
            now=pressed + timedelta(minutes=2),
        )  # fmt: skip


def test_withdrawn_before_the_recording_is_final_builds_no_package(
    sessions: sessionmaker[Session], operator: Actor, config: IncidentsConfig,
    make_call: MakeCall,
) -> None:  # fmt: skip
    call_id, _ = make_call(40.0, finished=False)
    incident_id, pressed = _threat(sessions, operator, config, call_id)
    withdraw_incident(sessions, operator, incident_id, reason="F12", now=pressed)
    with sessions.begin() as s:
        rec = s.scalars(sa.select(Recording).where(Recording.call_id == call_id)).one()
        rec.status = rec.status.COMPLETE
    assert settle_incident(sessions, incident_id, config=config) is None
    assert not config.packages_dir.exists() or not any(config.packages_dir.iterdir())
    [audit] = _audit(sessions, "incident_withdrawn")
    assert audit["package_marked"] is None
