"""System alerts in the supervisors' queue (issue 10, KUTY-1.1), next to incident notices.

A stalled recording is queued like an incident report: every active supervisor sees it in
the queue, acknowledges it with a note, and the acknowledgement is audited with the alert.
"""

from __future__ import annotations

import json

import pytest
import sqlalchemy as sa
from sqlalchemy.orm import Session, sessionmaker

from db.models import AuditEvent, OperatorRole
from db.models_incidents import IncidentKind
from desk.roles import Actor, PermissionDenied
from incidents.config import IncidentsConfig
from incidents.inbox import acknowledge_notification, pending_notifications, queue_system_alert
from incidents.service import report_call_incident
from tests.unit.incidents.conftest import T0, MakeCall

CALL = "0b6f7a0e-1111-4c3d-9e2f-00000000000b"
IRYNA = Actor("iryna", OperatorRole.SUPERVISOR, 3)


def test_supervisor_sees_and_acknowledges_a_system_alert(
    sessions: sessionmaker[Session], supervisor: Actor, operator: Actor,
    config: IncidentsConfig, make_call: MakeCall,
) -> None:  # fmt: skip
    call_id, _ = make_call(5.0)
    incident_id = report_call_incident(sessions, operator, call_id=call_id,
                                       kind=IncidentKind.ABUSE, pressed_at=T0, offset_s=1.0,
                                       config=config)  # fmt: skip
    with sessions.begin() as s:
        queued = queue_system_alert(s, "recording_stalled", "caller track stalled", CALL,
                                    config, seat="seat-1")  # fmt: skip
    assert queued == 3  # petro and iryna in-app, chief@ by e-mail

    incident_notice, alert = pending_notifications(sessions, supervisor)
    assert (incident_notice.incident_id, incident_notice.kind) == (incident_id, "abuse")
    assert incident_notice.alert_code is None
    assert (alert.incident_id, alert.kind, alert.alert_code) == (
        None, "recording_stalled", "recording_stalled",
    )  # fmt: skip
    assert (alert.call_id, alert.seat, alert.message) == (CALL, "seat-1", "caller track stalled")

    acknowledge_notification(sessions, supervisor, alert.id, "Звільнили місце на диску")
    assert [n.id for n in pending_notifications(sessions, supervisor)] == [incident_notice.id]
    assert len(pending_notifications(sessions, IRYNA)) == 2  # each supervisor acknowledges
    with pytest.raises(ValueError, match="already acknowledged"):
        acknowledge_notification(sessions, supervisor, alert.id, "ще раз")
    with sessions() as s:
        ack = s.scalars(
            sa.select(AuditEvent).where(AuditEvent.kind == "notification_acknowledged")
        ).one()
    assert ack.call_id == CALL
    assert json.loads(ack.payload) == {
        "notification_id": alert.id, "incident_id": None,
        "alert_code": "recording_stalled", "call_id": CALL,
    }  # fmt: skip


def test_repeated_alert_about_one_call_is_queued_once(
    sessions: sessionmaker[Session], config: IncidentsConfig, supervisor: Actor
) -> None:
    with sessions.begin() as s:
        first = queue_system_alert(s, "recording_stalled", "stalled 1.1 s", CALL, config)
    with sessions.begin() as s:
        again = queue_system_alert(s, "recording_stalled", "stalled 2.1 s", CALL, config)
        failed = queue_system_alert(s, "recording_failed", "cannot write", CALL, config)
    assert (first, again, failed) == (3, 0, 3)  # a different code is a different fact
    assert [n.kind for n in pending_notifications(sessions, supervisor)] == [
        "recording_stalled",
        "recording_failed",
    ]


def test_operators_cannot_read_the_supervisor_queue(
    sessions: sessionmaker[Session], config: IncidentsConfig, operator: Actor
) -> None:
    with sessions.begin() as s:
        queue_system_alert(s, "disk_space_low", "1 GB free", None, config)
    with pytest.raises(PermissionDenied):
        pending_notifications(sessions, operator)
