"""incidents/cli.py functions called with parsed Namespaces (seat.cli hooks them in later)."""

from __future__ import annotations

import argparse
import json
from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy.orm import Session, sessionmaker

from db.models_incidents import IncidentKind
from desk.errors import UserFacingError
from desk.roles import Actor
from incidents.cli import add_commands
from incidents.config import IncidentsConfigError, load_config
from incidents.service import report_call_incident
from tests.unit.incidents.conftest import CALLER, T0, MakeCall


def _parse(*argv: str) -> argparse.Namespace:
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--data-dir", type=Path, default=None)
    ap = argparse.ArgumentParser(prog="kuty", parents=[common])
    add_commands(ap.add_subparsers(dest="command", required=True), common)
    return ap.parse_args(list(argv))


def _run(*argv: str) -> int:
    args = _parse(*argv)
    return int(args.func(args))


def test_list_and_package(
    sessions: sessionmaker[Session], operator: Actor, make_call: MakeCall,
    tmp_path: Path, capsys: pytest.CaptureFixture[str],
) -> None:  # fmt: skip
    data = tmp_path / "data"
    config = load_config(data)
    assert config.packages_dir == data / "police-packages"
    call_id, _ = make_call(30.0)
    incident_id = report_call_incident(
        sessions, operator, call_id=call_id, kind=IncidentKind.THREAT,
        pressed_at=T0 + timedelta(seconds=20), offset_s=20.0, config=config,
    )  # fmt: skip
    assert _run("incidents", "list", "--data-dir", str(data), "--as", "petro", "--json") == 0
    [item] = json.loads(capsys.readouterr().out)
    assert item["id"] == incident_id and item["caller_number"] == CALLER
    out = tmp_path / "out"
    assert _run("incidents", "package", str(incident_id), "--out", str(out),
                "--data-dir", str(data), "--as", "petro") == 0  # fmt: skip
    assert (out / f"incident-{incident_id}-threat" / "report.pdf").is_file()
    for argv, reason in [
        (("incidents", "list", "--as", "olena"), "may not view_incidents"),
        (("incidents", "list", "--as", "ghost"), "no active user 'ghost'"),
        (("incidents", "list"), "--as USERNAME is required"),
        (("incidents", "package", "999", "--out", str(out), "--as", "petro"), "does not exist"),
    ]:
        with pytest.raises(UserFacingError, match=reason):  # main() prints it as one line
            _run(*argv, "--data-dir", str(data))


def test_complaints_add_list_and_notify_now(
    sessions: sessionmaker[Session], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = str(tmp_path / "data")
    assert _run("complaints", "add", "--data-dir", data, "--as", "head", "--name", "Марія",
                "--text", "Скарга", "--received", "2026-03-02T10:00:00+02:00",
                "--category", "simple") == 0  # fmt: skip
    assert _run("complaints", "list", "--data-dir", data, "--as", "head", "--json") == 0
    out = capsys.readouterr().out
    [item] = json.loads(out[out.index("[") :])
    assert item["due_at"] == "2026-03-17" and item["overdue"] is True
    assert _run("incidents", "notify-now", "--data-dir", data) == 0  # nothing due


def test_config_file_is_validated(tmp_path: Path) -> None:
    (tmp_path / "incidents.toml").write_text(
        'supervisor_emails = ["a@b.c"]\nauto_reject_blocked = true\n'
        '[smtp]\nhost = "mail"\ntls = "tls"\nusername = "desk"\n',
        encoding="utf-8",
    )
    config = load_config(tmp_path)
    assert config.supervisor_emails == ("a@b.c",) and config.auto_reject_blocked
    assert (config.smtp.port, config.smtp.tls) == (465, "tls")
    (tmp_path / "incidents.toml").write_text('smtp_password = "x"\n', encoding="utf-8")
    with pytest.raises(IncidentsConfigError, match="smtp_password"):
        load_config(tmp_path)
