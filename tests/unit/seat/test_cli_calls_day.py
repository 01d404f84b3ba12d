"""`kuty calls list` / `kuty calls missed` show the operator's day (issue 11): wrap-ups,
incidents, transfers, and the call-back list; run as a real subprocess on a real database."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

from db.models import Operator, OperatorRole
from db.session import close_database, open_database
from desk.policy import load_policy
from desk.roles import Actor, Role
from desk.wrapups import WrapUpInput, save_wrap_up
from incidents.config import IncidentsConfig
from seat.calllog import CallLog
from telephony import protocol
from telephony.protocol import EndReason

NOW = datetime.now(UTC).replace(microsecond=0)
ANSWERED, DECLINED = "f0000000-0000-4000-8000-000000000001", "f0000000-0000-4000-8000-000000000002"


def _kuty(data_dir: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("KUTY_")}
    return subprocess.run(
        [sys.executable, "-m", "seat.cli", *args, "--data-dir", str(data_dir)],
        capture_output=True, text=True, timeout=60, env=env, check=False,
    )  # fmt: skip


def _day(data_dir: Path) -> None:
    sessions = open_database(f"sqlite:///{data_dir / 'kuty.sqlite3'}")
    try:
        with sessions.begin() as s:
            s.add(
                Operator(id=1, username="olena", display_name="Олена", role=OperatorRole.OPERATOR)
            )
        log = CallLog(
            sessions, "seat-1", operator_id=1,
            incidents_config=IncidentsConfig(packages_dir=data_dir / "police"),
        )  # fmt: skip
        at = lambda s: (NOW - timedelta(minutes=30) + timedelta(seconds=s)).isoformat()  # noqa: E731
        for event in [
            protocol.CallIncoming(call_id=ANSWERED, remote_uri="sip:a@127.0.0.1",
                                  caller_number="+380441234567", display_name="", ring_at=at(0)),
            protocol.CallAnswered(call_id=ANSWERED, answer_at=at(2)),
            protocol.CallTransfer(call_id=ANSWERED, target="sip:202@127.0.0.1", kind="blind",
                                  status="completed", sip_code=200),
            protocol.CallEnded(call_id=ANSWERED, end_at=at(60), end_reason=EndReason.TRANSFERRED),
            protocol.CallDeclined(call_id=DECLINED, remote_uri="sip:b@127.0.0.1",
                                  caller_number="+380509998877", display_name="", ring_at=at(70),
                                  end_at=at(70.3), end_reason=EndReason.NOT_READY, sip_code=486),
        ]:  # fmt: skip
            log.apply(event)
        save_wrap_up(
            sessions, Actor("olena", Role.OPERATOR, 1), load_policy("kuty"),
            WrapUpInput(call_id=ANSWERED, category="registration", topic="Реєстрація",
                        callback_due=NOW + timedelta(hours=2)),
        )  # fmt: skip
    finally:
        close_database(sessions)


def test_calls_list_and_missed_print_the_working_day(tmp_path: Path) -> None:
    _day(tmp_path)
    listed = _kuty(tmp_path, "calls", "list", "--json")
    assert listed.returncode == 0, listed.stderr
    rows = {r["call_id"]: r for r in json.loads(listed.stdout)}
    answered = rows[ANSWERED]
    assert answered["end_reason"] == "transferred"
    assert answered["transfer_target"] == "sip:202@127.0.0.1"
    assert answered["wrap_up_status"] == "complete" and answered["category"] == "registration"
    assert answered["registration_number"].startswith("KUTY-")
    assert answered["callback_due"] == (NOW + timedelta(hours=2)).isoformat()
    assert answered["incident_kinds"] == []
    assert rows[DECLINED]["end_reason"] == "not_ready" and rows[DECLINED]["sip_code"] == 486

    text = _kuty(tmp_path, "calls", "list")
    assert text.returncode == 0, text.stderr
    line = next(x for x in text.stdout.splitlines() if "+380441234567" in x)
    assert "registration" in line and "-> sip:202@127.0.0.1" in line

    missed = _kuty(tmp_path, "calls", "missed", "--json", "--hours", "2")
    assert missed.returncode == 0, missed.stderr
    assert [r["call_id"] for r in json.loads(missed.stdout)] == [DECLINED]
    bad = _kuty(tmp_path, "calls", "missed", "--hours", "0")
    assert bad.returncode == 1 and bad.stderr.strip().count("\n") == 0
    assert "--hours must be at least 1" in bad.stderr and "Traceback" not in bad.stderr
