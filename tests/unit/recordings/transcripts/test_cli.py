"""`kuty transcripts make|show|export` run as a user would: `python -m seat.cli` in a subprocess.

A real SQLite database in a private data dir, accounts made with passwords through
desk.users, a recording of real English espeak-ng speech (tests/support/recording_fixture)
and the real PocketSphinx engine; refusals must be one line on stderr, never a traceback.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass, replace
from pathlib import Path

import pytest
import sqlalchemy as sa
from sqlalchemy.orm import Session, sessionmaker

from db.models import AuditEvent
from db.session import close_database, open_database
from desk.roles import Actor, Role
from desk.settings import load_settings
from desk.users import add_user
from recordings.transcripts.service import read_transcript, save_edit
from tests.support.recording_fixture import REC_ID, record_dialogue, run_tool

ROOT = Path(__file__).resolve().parents[4]


@dataclass
class Desk:
    data: Path
    sessions: sessionmaker[Session]
    env: dict[str, str]
    supervisor: Actor

    def kuty(self, *argv: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-m", "seat.cli", *argv, "--data-dir", str(self.data)],
            cwd=ROOT,
            env=self.env,
            capture_output=True,
            text=True,
            timeout=240,
        )

    def audit_kinds(self) -> list[str]:
        with self.sessions.begin() as s:
            return list(s.scalars(sa.select(AuditEvent.kind).order_by(AuditEvent.id)))


@pytest.fixture
def desk(tmp_path: Path) -> Iterator[Desk]:
    data = tmp_path / "data"
    data.mkdir()
    no_config = tmp_path / "no-settings.toml"
    settings = load_settings(data_dir=data, config_file=no_config, env={})
    sessions = open_database(settings.database)
    admin_id = add_user(sessions, None, "admin", Role.ADMIN, "Адмін", "admin-password-1")
    admin = Actor("admin", Role.ADMIN, admin_id)
    sup_id = add_user(sessions, admin, "petro", Role.SUPERVISOR, "Петро К.", "petro-password-1")
    op_id = add_user(sessions, admin, "olena", Role.OPERATOR, "Олена Ш.", "olena-password-1")
    record_dialogue(sessions, data, operator_id=op_id)
    env = {k: v for k, v in os.environ.items() if not k.startswith("KUTY_")}
    env["KUTY_CONFIG"] = str(no_config)
    yield Desk(data, sessions, env, Actor("petro", Role.SUPERVISOR, sup_id))
    close_database(sessions)


def test_make_show_and_export(desk: Desk, tmp_path: Path) -> None:
    made = desk.kuty("transcripts", "make", REC_ID, "--engine", "pocketsphinx", "--as", "petro")
    assert made.returncode == 0, made.stderr
    fields = dict(part.split("=") for part in made.stdout.split())
    tid, count = int(fields["transcript_id"]), int(fields["segments"])
    assert count >= 2

    shown = desk.kuty("transcripts", "show", str(tid), "--as", "petro")
    assert shown.returncode == 0, shown.stderr
    assert "Абонент:" in shown.stdout and "Оператор:" in shown.stdout
    assert "address" in shown.stdout
    assert len(shown.stdout.splitlines()) == count + 1  # header + one line per segment

    draft = read_transcript(desk.sessions, desk.supervisor, tid)
    edited = [replace(draft.segments[0], text="Змінено"), *draft.segments[1:]]
    assert save_edit(desk.sessions, desk.supervisor, tid, edited) == 2
    as_json = desk.kuty("transcripts", "show", str(tid), "--json", "--as", "petro")
    data = json.loads(as_json.stdout)
    assert data["version"] == 2 and not data["is_machine"]
    assert data["segments"][0]["text"] == "Змінено"
    assert {s["speaker"] for s in data["segments"]} == {"caller", "operator"}
    v1 = desk.kuty("transcripts", "show", str(tid), "--version", "1", "--json", "--as", "petro")
    machine = json.loads(v1.stdout)
    assert machine["is_machine"] and machine["segments"][0]["text"] == draft.segments[0].text

    pdf, docx = tmp_path / "t.pdf", tmp_path / "t.docx"
    for fmt, out in (("pdf", pdf), ("docx", docx)):
        done = desk.kuty(
            "transcripts", "export", str(tid), "--format", fmt, "--out", str(out), "--as", "petro"
        )
        assert done.returncode == 0, done.stderr
        assert done.stdout.strip() == str(out)
    text = run_tool(["pdftotext", str(pdf), "-"])
    assert "Стенограма" in text and "Змінено" in text
    with zipfile.ZipFile(docx) as z:
        assert "Стенограма" in z.read("word/document.xml").decode("utf-8")
    kinds = desk.audit_kinds()
    assert kinds.count("transcript_exported") == 2 and "transcript_created" in kinds


def _one_line_error(result: subprocess.CompletedProcess[str], *needles: str) -> None:
    assert result.returncode == 1, result.stdout
    assert "Traceback" not in result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    for needle in needles:
        assert needle in lines[0], lines[0]


def test_refusals_are_one_line(desk: Desk, tmp_path: Path) -> None:
    _one_line_error(
        desk.kuty("transcripts", "make", REC_ID, "--as", "olena"), "may not play_recording"
    )
    _one_line_error(desk.kuty("transcripts", "make", REC_ID), "--as USERNAME is required")
    _one_line_error(desk.kuty("transcripts", "show", "999", "--as", "petro"), "does not exist")
    whisper = ["--engine", "faster-whisper", "--model-dir", str(tmp_path / "no-model")]
    _one_line_error(
        desk.kuty("transcripts", "make", REC_ID, *whisper, "--as", "petro"),
        "No faster-whisper model",
        "ct2-transformers-converter",
        "transcription_model_dir",
    )
    export = ["--format", "pdf", "--out", str(tmp_path / "x.pdf")]
    _one_line_error(
        desk.kuty("transcripts", "export", "999", *export, "--as", "olena"),
        "may not export_recording",
    )
    kinds = desk.audit_kinds()
    assert "transcript_created" not in kinds and "permission_denied" in kinds
    assert not (tmp_path / "x.pdf").exists()


def test_queued_transcripts_of_a_request_are_listed_and_made(desk: Desk) -> None:
    """KUTY-1.3: registering a request for transcripts queues its calls; `kuty transcripts
    queued --run` makes them with the real engine, and the queue is then empty."""
    from datetime import timedelta

    from recordings.requests import RequestScope, create_request
    from tests.support.recording_fixture import T0

    admin = Actor("admin", Role.ADMIN, 1)
    head_id = add_user(desk.sessions, admin, "hanna", Role.HEAD_ADMIN, "Ганна Б.", "hanna-pw-1234")
    head = Actor("hanna", Role.HEAD_ADMIN, head_id)
    scope = RequestScope(period_from=T0 - timedelta(days=1), period_to=T0 + timedelta(days=1),
                         transcripts=True)  # fmt: skip
    create_request(desk.sessions, head, requested_by="Департамент освіти", scope=scope)
    listed = desk.kuty("transcripts", "queued", "--as", "hanna")
    assert listed.returncode == 0, listed.stderr
    assert listed.stdout == f"{REC_ID}\tqueued\n"
    made = desk.kuty("transcripts", "queued", "--run", "--engine", "pocketsphinx", "--as", "hanna")
    assert made.returncode == 0, made.stderr
    assert made.stdout == f"{REC_ID}\tincluded\n"
    assert desk.kuty("transcripts", "queued", "--as", "hanna").stdout == ""
    assert desk.audit_kinds().count("transcript_created") == 1
