"""KUTY-1.3 register and dossier: scope, contents, custody, status; open requests keep
their recordings from retention."""

from __future__ import annotations

import json
import subprocess
import threading
from datetime import UTC, date, datetime, timedelta

import pytest
import sqlalchemy as sa

import incidents.retention
from db.models_incidents import (
    Complaint,
    ComplaintCategory,
    ComplaintStatus,
    Incident,
    IncidentChannel,
    IncidentKind,
    IncidentStatus,
    Message,
    MessageChannel,
)
from db.models_records import AdminRequest, RequestStatus
from desk.roles import PermissionDenied
from recordings.dossier import fulfil_request
from recordings.export import ExportCancelled
from recordings.requests import (
    RequestScope,
    cancel_request,
    create_request,
    list_requests,
    recording_ids_in_open_requests,
    recording_in_open_request,
)
from tests.unit.recordings.test_export import T0, World, world  # noqa: F401

DAY = timedelta(days=1)


def _extras(w: World, call_id: str) -> None:
    with w.sessions.begin() as s:
        s.add(
            Message(
                channel=MessageChannel.EMAIL,
                sender="mama@example.com",
                subject="Черга",
                body="Добрий день",
                received_at=T0 + timedelta(hours=1),
                operator_id=1,
            )
        )
        s.add(
            Incident(
                kind=IncidentKind.ABUSE,
                channel=IncidentChannel.VOICE,
                call_id=call_id,
                pressed_at=T0,
                operator_name="Olena",
                status=IncidentStatus.OPEN,
            )
        )
        s.add(
            Complaint(
                complainant_name="Іван",
                about_call_id=call_id,
                text="грубо",
                received_at=T0,
                category=ComplaintCategory.SIMPLE,
                due_at=date(2026, 3, 17),
                status=ComplaintStatus.NEW,
            )
        )


def test_register_and_dossier(world: World) -> None:  # noqa: F811
    head = world.actors["head_admin"]
    in_scope, rec_in = world.call(2.0, number="+380501111111", key_phrase=(0.5, 1.0))
    _, rec_other_number = world.call(2.0, number="+380502222222")
    _, rec_old = world.call(2.0, number="+380501111111", ring_at=T0 - 10 * DAY)
    _extras(world, in_scope)
    scope = RequestScope(
        period_from=T0 - DAY,
        period_to=T0 + DAY,
        numbers=("+380501111111",),
        correspondence=True,
        verification_log=True,
        incidents=True,
        complaints=True,
        transcripts=True,
    )
    rid = create_request(
        world.sessions,
        head,
        requested_by="Департамент освіти",
        requester_office="м. Кути",
        scope=scope,
        due_at=date(2026, 3, 1),
    )
    assert recording_ids_in_open_requests_for(world) == {rec_in}
    [summary] = list_requests(world.sessions, head, today=date(2026, 3, 5))
    assert summary.status == "open" and summary.overdue
    folder = fulfil_request(world.sessions, head, rid, world.root / "dossiers")
    assert folder.name.startswith(f"request-{rid}-")
    out = subprocess.run(
        ["sha256sum", "-c", "SHA256SUMS"], cwd=folder, check=True, capture_output=True, text=True
    ).stdout
    assert f"recordings/{rec_in}/caller.wav: OK" in out
    assert not (folder / "recordings" / rec_other_number).exists()
    assert not (folder / "recordings" / rec_old).exists()
    manifest = json.loads((folder / "manifest.json").read_text("utf-8"))
    assert manifest["recording_ids"] == [rec_in] and manifest["rule"] == "KUTY-1.3"
    assert manifest["contents"]["transcripts"] == 0  # none made for this call yet
    assert json.loads((folder / "transcripts.json").read_text("utf-8")) == []
    rec_manifest = json.loads((folder / "recordings" / "manifest.json").read_text("utf-8"))
    assert rec_manifest["recordings"][0]["key_phrase_masked"] is False  # head hears it
    [msg] = (folder / "correspondence").iterdir()
    assert "Добрий день" in msg.read_text("utf-8")
    log = json.loads((folder / "verification_log.json").read_text("utf-8"))
    assert log and log[0]["key_phrase_start_s"] == 0.5
    assert not any("hash" in key for key in log[0])
    assert len(json.loads((folder / "incidents.json").read_text("utf-8"))) == 1
    assert len(json.loads((folder / "complaints.json").read_text("utf-8"))) == 1
    assert "\tcreated\thead_admin:head\t" in (folder / "custody.log").read_text("utf-8")
    with world.sessions.begin() as s:
        req = s.get(AdminRequest, rid)
        assert req is not None and req.status is RequestStatus.FULFILLED
        assert req.dossier_path == str(folder)
    assert "dossier_created" in world.audit_kinds()
    assert recording_ids_in_open_requests_for(world) == set()


def recording_ids_in_open_requests_for(w: World) -> set[str]:
    with w.sessions.begin() as s:
        return recording_ids_in_open_requests(s)


def test_open_request_keeps_recordings_until_cancelled(world: World) -> None:  # noqa: F811
    head = world.actors["head_admin"]
    _, rec = world.call(1.0, operator_id=1)
    _, other = world.call(1.0, operator_id=2)
    rid = create_request(
        world.sessions, head, requested_by="ДО", scope=RequestScope(operator_ids=(1,))
    )
    with world.sessions.begin() as s:
        assert recording_in_open_request(s, rec) and not recording_in_open_request(s, other)
    cancel_request(world.sessions, head, rid, "відкликано")
    with world.sessions.begin() as s:
        assert not recording_in_open_request(s, rec)


def test_retention_honours_open_requests(world: World) -> None:  # noqa: F811
    _, rec = world.call(1.0)
    create_request(
        world.sessions, world.actors["head_admin"], requested_by="ДО", scope=RequestScope()
    )
    report = incidents.retention.purge_expired(
        world.sessions, older_than_days=1, now=datetime(2027, 1, 1, tzinfo=UTC)
    )
    assert rec in report.kept_held and report.deleted == []


def test_cancelled_fulfilment_leaves_nothing(world: World) -> None:  # noqa: F811
    head = world.actors["head_admin"]
    world.call(1.0)
    rid = create_request(world.sessions, head, requested_by="ДО", scope=RequestScope())
    cancel = threading.Event()
    dest = world.root / "d"
    with pytest.raises(ExportCancelled):
        fulfil_request(
            world.sessions, head, rid, dest, progress=lambda *_: cancel.set(), cancel=cancel
        )
    assert list(dest.iterdir()) == []
    with world.sessions.begin() as s:
        assert s.scalar(sa.select(AdminRequest.status)) is RequestStatus.IN_PROGRESS


def test_only_head_admin_registers_and_fulfils(world: World) -> None:  # noqa: F811
    for role in ("operator", "supervisor", "admin"):
        with pytest.raises(PermissionDenied):
            create_request(
                world.sessions, world.actors[role], requested_by="x", scope=RequestScope()
            )
        with pytest.raises(PermissionDenied):
            fulfil_request(world.sessions, world.actors[role], 1, world.root / "d")
    with pytest.raises(ValueError, match="ask for something"):
        create_request(
            world.sessions,
            world.actors["head_admin"],
            requested_by="x",
            scope=RequestScope(recordings=False),
        )
