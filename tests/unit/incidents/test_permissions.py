"""Permission matrix of the incident services, and the blocklist (KZP-30-19, CSC-2.12)."""

from __future__ import annotations

from dataclasses import replace

import pytest
import sqlalchemy as sa
from sqlalchemy.orm import Session, sessionmaker

from db.models import AuditEvent
from db.models_incidents import IncidentKind, IncidentStatus
from desk.roles import Actor, PermissionDenied
from incidents.blocklist import block_number, is_blocked, should_auto_reject, unblock_number
from incidents.config import IncidentsConfig
from incidents.service import (
    acknowledge_notification,
    list_incidents,
    pending_notifications,
    report_call_incident,
    set_status,
)
from tests.unit.incidents.conftest import CALLER, T0, MakeCall


def test_operator_may_file_but_not_manage(
    sessions: sessionmaker[Session], operator: Actor, supervisor: Actor,
    config: IncidentsConfig, make_call: MakeCall,
) -> None:  # fmt: skip
    call_id, _ = make_call(3.0)
    incident_id = report_call_incident(sessions, operator, call_id=call_id,
                                       kind=IncidentKind.ABUSE, pressed_at=T0, offset_s=1.0,
                                       config=config)  # fmt: skip
    denied = [
        lambda: list_incidents(sessions, operator),
        lambda: pending_notifications(sessions, operator),
        lambda: acknowledge_notification(sessions, operator, 1, "x"),
        lambda: set_status(sessions, operator, incident_id, IncidentStatus.CLOSED),
        lambda: block_number(sessions, operator, CALLER, "abuse"),
        lambda: unblock_number(sessions, operator, CALLER),
    ]
    for call in denied:
        with pytest.raises(PermissionDenied):
            call()
    with sessions.begin() as s:
        count = s.scalar(sa.select(sa.func.count()).where(AuditEvent.kind == "permission_denied"))
    assert count == len(denied)
    assert len(list_incidents(sessions, supervisor)) == 1


def test_blocklist_flags_and_auto_reject_only_by_policy(
    sessions: sessionmaker[Session], supervisor: Actor, config: IncidentsConfig
) -> None:
    assert not is_blocked(sessions, CALLER)
    entry = block_number(sessions, supervisor, CALLER, "погрози, інцидент")
    assert block_number(sessions, supervisor, CALLER, "again") == entry
    assert is_blocked(sessions, CALLER) and not is_blocked(sessions, "withheld")
    assert not should_auto_reject(sessions, CALLER, config)
    assert should_auto_reject(sessions, CALLER, replace(config, auto_reject_blocked=True))
    with pytest.raises(ValueError, match=r"E\.164"):
        block_number(sessions, supervisor, "withheld", "x")
    assert unblock_number(sessions, supervisor, CALLER)
    assert not unblock_number(sessions, supervisor, CALLER)
    assert not is_blocked(sessions, CALLER)
