"""Listings behind the supervisor screens, and the `kuty incidents status / export-zip` and
`kuty blocklist` commands run as real subprocesses against a real SQLite database."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import zipfile
from datetime import date, timedelta
from pathlib import Path

import pytest
import sqlalchemy as sa
from sqlalchemy.orm import Session, sessionmaker

from db.models import AuditEvent, utcnow
from db.models_incidents import Incident, IncidentKind, IncidentStatus, MessageChannel
from desk.roles import Actor, PermissionDenied, Role
from desk.users import add_user
from incidents.blocklist import block_number, is_blocked, unblock_number
from incidents.config import IncidentsConfig, SmtpConfig
from incidents.inbox import list_failed_deliveries
from incidents.messages import list_messages, log_message
from incidents.notify import deliver_due
from incidents.service import (
    list_blocked_numbers,
    report_call_incident,
    report_message_incident,
    settle_incident,
)
from tests.unit.incidents.conftest import CALLER, T0, MakeCall

ROOT = Path(__file__).resolve().parents[3]
ADMIN = Actor("admin", Role.ADMIN, 5)


def _closed_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def test_failed_deliveries_list_the_error_and_next_retry(
    sessions: sessionmaker[Session], operator: Actor, supervisor: Actor, make_call: MakeCall,
    config: IncidentsConfig,
) -> None:  # fmt: skip
    call_id, _ = make_call(10.0)
    incident_id = report_call_incident(
        sessions, operator, call_id=call_id, kind=IncidentKind.ABUSE,
        pressed_at=T0 + timedelta(seconds=5), offset_s=5.0, config=config,
    )  # fmt: skip
    assert list_failed_deliveries(sessions, supervisor) == []  # queued, not yet failed
    smtp = SmtpConfig(host="127.0.0.1", port=_closed_port(), tls="plain", timeout_s=2)
    report = deliver_due(sessions, smtp, utcnow())
    assert report.failed and not report.sent
    [row] = list_failed_deliveries(sessions, supervisor)
    assert (row.incident_id, row.kind, row.recipient) == (
        incident_id,
        "abuse",
        "chief@kuty.example",
    )
    assert row.attempts == 1 and row.last_error and row.next_attempt_at is not None
    with pytest.raises(PermissionDenied):
        list_failed_deliveries(sessions, operator)


def test_messages_list_from_the_database_with_their_incident(
    sessions: sessionmaker[Session], operator: Actor, head: Actor, config: IncidentsConfig
) -> None:
    first = log_message(sessions, operator, channel=MessageChannel.EMAIL, sender="a@x.ua",
                        body="Добрий день", subject="Питання")  # fmt: skip
    second = log_message(sessions, operator, channel=MessageChannel.CHAT, sender="b", body="…")
    incident_id = report_message_incident(
        sessions, operator, message_id=first, kind=IncidentKind.ABUSE, config=config
    )
    rows = list_messages(sessions, operator)
    assert [m.id for m in rows] == [second, first]  # newest first
    assert (rows[1].incident_id, rows[1].incident_kind, rows[1].stopped) == (
        incident_id, "abuse", True,
    )  # fmt: skip
    assert (rows[0].incident_id, rows[0].subject, rows[0].stopped) == (None, None, False)
    with pytest.raises(PermissionDenied):
        list_messages(sessions, head)  # the head administrator does not handle contacts


def test_blocked_numbers_are_listed_until_lifted(
    sessions: sessionmaker[Session], operator: Actor, supervisor: Actor
) -> None:
    block_number(sessions, supervisor, CALLER, "погрози")
    [entry] = list_blocked_numbers(sessions, supervisor)
    assert (entry.number, entry.reason, entry.created_by) == (CALLER, "погрози", "supervisor:petro")
    assert unblock_number(sessions, supervisor, CALLER)
    assert list_blocked_numbers(sessions, supervisor) == []
    with pytest.raises(PermissionDenied):
        list_blocked_numbers(sessions, operator)


def kuty(data: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "KUTY_CONFIG": str(data.parent / "no-settings.toml")}
    return subprocess.run(
        [sys.executable, "-m", "seat.cli", *args, "--data-dir", str(data)],
        capture_output=True, text=True, timeout=120, env=env, cwd=ROOT,
    )  # fmt: skip


def test_cli_status_export_zip_and_blocklist(
    sessions: sessionmaker[Session], operator: Actor, make_call: MakeCall, tmp_path: Path
) -> None:
    data = tmp_path / "data"
    add_user(sessions, ADMIN, "marta", Role.SUPERVISOR, "Марта К.", "correct horse battery")
    add_user(sessions, ADMIN, "taras", Role.OPERATOR, "Тарас Б.", "correct horse battery")
    config = IncidentsConfig(packages_dir=tmp_path / "police")
    call_id, _ = make_call(30.0)
    incident_id = report_call_incident(
        sessions, operator, call_id=call_id, kind=IncidentKind.THREAT,
        pressed_at=T0 + timedelta(seconds=20), offset_s=20.0, config=config,
    )  # fmt: skip
    assert settle_incident(sessions, incident_id, config=config) is not None
    iid = str(incident_id)

    police = ("--police-date", "2026-03-03", "--police-ref", "ЄО 1234/26")
    done = kuty(data, "incidents", "status", iid, "--status", "handed_to_police", *police,
                "--as", "marta")  # fmt: skip
    assert done.returncode == 0, done.stderr
    with sessions() as s:
        inc = s.get(Incident, incident_id)
        assert inc is not None and inc.status is IncidentStatus.HANDED_TO_POLICE
        assert (inc.police_handed_at, inc.police_reference) == (date(2026, 3, 3), "ЄО 1234/26")
        audit = s.scalars(
            sa.select(AuditEvent).where(AuditEvent.kind == "incident_status_changed")
        ).one()
        assert (
            audit.actor == "supervisor:marta"
            and "ЄО 1234/26" in json.loads(audit.payload)["police_reference"]
        )
    for argv, reason in [
        (("--status", "handed_to_police", "--as", "marta"), "needs the date and the reference"),
        (("--status", "closed", "--as", "taras"), "may not"),
    ]:
        failed = kuty(data, "incidents", "status", iid, *argv)
        assert failed.returncode == 1 and reason in failed.stderr, failed.stderr

    out = tmp_path / "handover.zip"
    done = kuty(data, "incidents", "export-zip", iid, "--out", str(out), "--as", "marta")
    assert done.returncode == 0, done.stderr
    with zipfile.ZipFile(out) as zf:
        names = zf.namelist()
        custody = zf.read(f"incident-{iid}-threat/custody.log").decode()
    assert f"incident-{iid}-threat/SHA256SUMS" in names
    assert "\texported\tsupervisor:marta\t" in custody
    again = kuty(data, "incidents", "export-zip", iid, "--out", str(out), "--as", "marta")
    assert again.returncode == 1 and "already exists" in again.stderr

    done = kuty(data, "blocklist", "add", CALLER, "--reason", "погрози", "--incident", iid,
                "--as", "marta")  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert is_blocked(sessions, CALLER)
    listed = kuty(data, "blocklist", "list", "--json", "--as", "marta")
    [entry] = json.loads(listed.stdout)
    assert (entry["number"], entry["incident_id"]) == (CALLER, incident_id)
    denied = kuty(data, "blocklist", "add", "+380501112233", "--reason", "x", "--as", "taras")
    assert denied.returncode == 1 and "may not" in denied.stderr
    assert kuty(data, "blocklist", "remove", CALLER, "--as", "marta").returncode == 0
    assert not is_blocked(sessions, CALLER)
    gone = kuty(data, "blocklist", "remove", CALLER, "--as", "marta")
    assert gone.returncode == 1 and "is not blocked" in gone.stderr
