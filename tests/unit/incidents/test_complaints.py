"""Complaints register (KUTY-1.2) and deadlines by the Law "On Citizens' Appeals", art. 20."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from sqlalchemy.orm import Session, sessionmaker

from db.models_incidents import ComplaintCategory as C
from db.models_incidents import ComplaintStatus
from desk.roles import Actor, PermissionDenied
from incidents.complaints import (
    add_complaint,
    answer_complaint,
    link_complaint,
    linked_calls,
    list_complaints,
    response_deadline,
    set_complaint_status,
)
from incidents.retention import RecordingHeld, delete_recording
from tests.unit.incidents.conftest import CALLER, MakeCall


@pytest.mark.parametrize(
    ("received", "category", "due"),
    [
        (date(2026, 3, 2), C.SIMPLE, date(2026, 3, 17)),
        (date(2026, 3, 2), C.NEEDS_STUDY, date(2026, 4, 2)),
        (date(2026, 1, 31), C.NEEDS_STUDY, date(2026, 2, 28)),
        (date(2026, 12, 15), C.NEEDS_STUDY, date(2027, 1, 15)),
        (date(2026, 3, 2), C.EXTENDED, date(2026, 4, 16)),
    ],
)
def test_response_deadline(received: date, category: C, due: date) -> None:
    assert response_deadline(received, category) == due
    assert (due - received).days <= 45


def test_register_link_answer_and_overdue(
    sessions: sessionmaker[Session], operator: Actor, supervisor: Actor, head: Actor,
    make_call: MakeCall,
) -> None:  # fmt: skip
    call_id, rec_id = make_call(3.0)
    # 22:30 UTC on 1 March is already 2 March in Kyiv: the term counts from the Kyiv day.
    received = datetime(2026, 3, 1, 22, 30, tzinfo=UTC)
    with pytest.raises(PermissionDenied):
        add_complaint(sessions, operator, complainant_name="x", text="x", received_at=received)
    cid = add_complaint(
        sessions, head, complainant_name="Марія Гуцул", complainant_contact="+380501112233",
        text="Оператор був неввічливий", received_at=received, category=C.SIMPLE,
        about_call_id=call_id, about_operator_id=1,
    )  # fmt: skip
    link_complaint(sessions, supervisor, cid, recording_id=rec_id)
    with pytest.raises(RecordingHeld):  # a complaint keeps its recording
        delete_recording(sessions, supervisor, rec_id, reason="cleanup")
    [item] = list_complaints(sessions, head, today=date(2026, 3, 17))
    assert item.due_at == date(2026, 3, 17) and not item.overdue
    assert item.links == ((call_id, None), (None, rec_id))
    assert list_complaints(sessions, head, today=date(2026, 3, 18))[0].overdue
    set_complaint_status(sessions, head, cid, ComplaintStatus.IN_PROGRESS, category=C.EXTENDED)
    [item] = list_complaints(sessions, head, today=date(2026, 3, 18))
    assert item.due_at == date(2026, 4, 16) and not item.overdue
    answer_complaint(sessions, head, cid, "Відповідь надіслано")
    [item] = list_complaints(sessions, head, today=date(2026, 6, 1))
    assert item.status == "answered" and not item.overdue
    assert item.to_json_dict()["due_at"] == "2026-04-16"


def test_linked_calls_name_the_time_and_number_for_viewers_only(
    sessions: sessionmaker[Session], operator: Actor, head: Actor, make_call: MakeCall
) -> None:
    """The register shows a call by its ring time and number (issue 13)."""
    call_id, _rec = make_call(3.0)
    found = linked_calls(sessions, head, [call_id, "no-such-call", ""])
    assert list(found) == [call_id]
    ring, number = found[call_id]
    assert number == CALLER and ring.tzinfo is not None
    assert linked_calls(sessions, head, []) == {}
    with pytest.raises(PermissionDenied):
        linked_calls(sessions, operator, [call_id])
