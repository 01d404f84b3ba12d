"""Incident buttons on real calls (KUTY-3.1, KUTY-3.2): real engine, real caller, real SMTP.

The console runs `telephony.engine_main` under its QProcess, `telephony.simcall` dials it
and prints JSON lines (we read its `disconnected` event: `by: remote` means it received
our BYE), incidents land in a real SQLite database, and e-mails reach an aiosmtpd server on
loopback. Nothing is faked.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import email
import hashlib
import json
import os
import socket
import subprocess
import sys
import threading
from collections.abc import Callable, Iterator
from email.message import Message as EmailMsg
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa
from aiosmtpd.controller import Controller
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton
from pytestqt.qtbot import QtBot
from sqlalchemy.orm import Session, sessionmaker

from console.app import Console
from db.models import Recording
from db.models_incidents import Incident, IncidentRecording, Notification
from desk.settings import Settings
from tests.gui.test_real_calls import CALLER, RING_MS, answer_ringing_call

pytestmark = [pytest.mark.sip, pytest.mark.slow]

ROOT = Path(__file__).resolve().parents[2]
CHIEF = "chief@kuty.example"


# ---------------------------------------------------------------------- shared helpers


def write_incidents_toml(data_dir: Path, smtp_port: int, **extra: Any) -> None:
    lines = [f'supervisor_emails = ["{CHIEF}"]']
    lines += [f"{key} = {json.dumps(value)}" for key, value in extra.items()]
    lines += ["[smtp]", 'host = "127.0.0.1"', f"port = {smtp_port}", 'tls = "plain"',
              'sender = "desk@kuty.example"', "timeout_s = 5"]  # fmt: skip
    (data_dir / "incidents.toml").write_text("\n".join(lines) + "\n", encoding="utf-8")


def free_tcp_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def sha256(path: str | Path) -> str:
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()


def incidents(sessions: sessionmaker[Session]) -> list[Incident]:
    with sessions() as s:
        return list(s.scalars(sa.select(Incident).order_by(Incident.id)))


def sha256sum_check(folder: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        ["sha256sum", "-c", "SHA256SUMS"], cwd=folder, capture_output=True, text=True
    )


class Inbox:
    """aiosmtpd handler keeping every message it accepts."""

    def __init__(self) -> None:
        self.messages: list[tuple[list[str], EmailMsg]] = []
        self.lock = threading.Lock()

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        with self.lock:
            self.messages.append(
                (list(envelope.rcpt_tos), email.message_from_bytes(envelope.content))
            )
        return "250 OK"


# ---------------------------------------------------------------------- fixtures


@pytest.fixture
def settings(settings: Settings) -> Settings:
    """Several calls in a row to one console: no after-call work between them (issue 11;
    the wrap-up pane's own tests cover the policy's limit)."""
    return dataclasses.replace(settings, acw_s=0)


@pytest.fixture
def smtp_port() -> int:
    return free_tcp_port()


@pytest.fixture
def inbox(smtp_port: int) -> Iterator[Inbox]:
    handler = Inbox()
    controller = Controller(handler, hostname="127.0.0.1", port=smtp_port)
    controller.start()
    yield handler
    controller.stop()


@pytest.fixture
def make_console(open_console: Callable[..., Console]) -> Callable[[], Console]:
    """The real console as Olena, built after the test wrote incidents.toml."""
    return lambda: open_console()


Caller = tuple[subprocess.Popen[bytes], Path]


@pytest.fixture
def call_in(settings: Settings, tmp_path: Path) -> Iterator[Callable[[], Caller]]:
    """A real caller whose JSON lines (stdout) go to a file we can read."""
    callers: list[subprocess.Popen[bytes]] = []

    def start() -> Caller:
        out = tmp_path / f"simcall-{len(callers)}.jsonl"
        with out.open("wb") as log:
            proc = subprocess.Popen(
                [sys.executable, "-m", "telephony.simcall",
                 "--to", f"sip:127.0.0.1:{settings.listen_port}", "--from", CALLER,
                 "--say", "Я вам зараз усе скажу", "--duration", "30"],
                cwd=ROOT, stdout=log, stderr=subprocess.DEVNULL,
                env={**os.environ, "PYTHONPATH": str(ROOT)},
            )  # fmt: skip
        callers.append(proc)
        return proc, out

    yield start
    for proc in callers:
        if proc.poll() is None:
            proc.terminate()
            try:
                proc.wait(10)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait()


def caller_events(out: Path) -> list[dict[str, Any]]:
    lines = out.read_text(encoding="utf-8").splitlines() if out.exists() else []
    return [json.loads(line) for line in lines if line.startswith("{")]


def wait_caller_got_bye(qtbot: QtBot, out: Path) -> dict[str, Any]:
    def got_bye() -> None:
        assert any(e["event"] == "disconnected" for e in caller_events(out))

    qtbot.waitUntil(got_bye, timeout=10_000)
    event = next(e for e in caller_events(out) if e["event"] == "disconnected")
    assert event["by"] == "remote", event  # the console hung up: the caller received BYE
    return event


def ring_and_answer(qtbot: QtBot, console: Console, call_in: Callable[[], Caller]) -> Caller:
    with qtbot.waitSignal(console.bridge.call_incoming, timeout=RING_MS):
        caller = call_in()
    answer_ringing_call(qtbot, console)
    return caller


def button(console: Console, name: str) -> QPushButton:
    found = console.window.findChild(QPushButton, name)
    assert found is not None, name
    return found


def wait_settled(qtbot: QtBot, sessions: sessionmaker[Session], incident_id: int) -> None:
    """The recording is final and its hashes are snapshotted into the incident."""

    def settled() -> None:
        with sessions() as s:
            links = s.scalars(
                sa.select(IncidentRecording).where(IncidentRecording.incident_id == incident_id)
            ).all()
            assert links and all(link.caller_sha256 for link in links)

    qtbot.waitUntil(settled, timeout=15_000)


# ---------------------------------------------------------------------- tests


def test_abuse_button_hangs_up_files_holds_hashes_and_emails(
    qtbot: QtBot,
    make_console: Callable[[], Console],
    call_in: Callable[[], Caller],
    sessions: sessionmaker[Session],
    settings: Settings,
    inbox: Inbox,
    smtp_port: int,
) -> None:
    write_incidents_toml(settings.data_dir, smtp_port)
    console = make_console()
    abuse = button(console, "abuseButton")
    assert not abuse.isEnabled()  # no call yet
    assert "KUTY-3.1" in abuse.toolTip() and "Ctrl+Shift+A" in abuse.toolTip()
    _proc, out = ring_and_answer(qtbot, console, call_in)
    call_id = console.window.card.current.call_id  # type: ignore[union-attr]
    assert abuse.isEnabled()

    before = dt.datetime.now(dt.UTC)
    qtbot.mouseClick(abuse, Qt.MouseButton.LeftButton)
    after = dt.datetime.now(dt.UTC)
    qtbot.mouseClick(abuse, Qt.MouseButton.LeftButton)  # a double click files once
    assert not abuse.isEnabled()
    wait_caller_got_bye(qtbot, out)

    qtbot.waitUntil(lambda: len(incidents(sessions)) == 1, timeout=10_000)
    inc = incidents(sessions)[0]
    wait_settled(qtbot, sessions, inc.id)
    assert inc.kind.value == "abuse" and inc.channel.value == "voice"
    assert inc.call_id == call_id
    assert inc.caller_number == CALLER
    assert inc.operator_id == 1 and inc.operator_name == "Олена Ш."
    assert before <= inc.pressed_at <= after
    assert inc.offset_s is not None and 0.0 < inc.offset_s < 30.0
    with sessions() as s:
        recs = s.scalars(sa.select(Recording).where(Recording.call_id == call_id)).all()
        links = {
            link.recording_id: link
            for link in s.scalars(
                sa.select(IncidentRecording).where(IncidentRecording.incident_id == inc.id)
            )
        }
        assert recs and {r.id for r in recs} == set(links)
        for rec in recs:
            assert rec.legal_hold  # exempt from deletion
            assert rec.caller_path and rec.operator_path
            assert links[rec.id].caller_sha256 == sha256(rec.caller_path)
            assert links[rec.id].operator_sha256 == sha256(rec.operator_path)
        in_app = s.scalars(
            sa.select(Notification).where(
                Notification.incident_id == inc.id, Notification.channel == "in_app"
            )
        ).all()
        assert [n.recipient for n in in_app] == ["petro"]

    qtbot.waitUntil(lambda: len(inbox.messages) == 1, timeout=20_000)
    rcpts, msg = inbox.messages[0]
    assert rcpts == [CHIEF]
    assert "KUTY-3.1" in str(msg["Subject"])

    # The incident's part is inline in the wrap-up pane (issue 11) and optional; saving it
    # adds the note.
    pane = console.window.wrapup
    assert pane is not None
    qtbot.waitUntil(
        lambda: pane.incident_form is not None and pane.incident_form.isVisible(), timeout=5000
    )
    form = pane.incident_form
    assert form is not None and not form.isWindow()
    form.note_edit.setPlainText("Лайка та крик")
    with qtbot.waitSignal(form.saved, timeout=5000):
        qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    assert incidents(sessions)[0].note == "Лайка та крик"
    assert len(incidents(sessions)) == 1


def test_threat_button_builds_a_verifiable_police_package(
    qtbot: QtBot,
    make_console: Callable[[], Console],
    call_in: Callable[[], Caller],
    sessions: sessionmaker[Session],
    settings: Settings,
    inbox: Inbox,
    smtp_port: int,
) -> None:
    write_incidents_toml(settings.data_dir, smtp_port)
    console = make_console()
    threat = button(console, "threatButton")
    assert "KUTY-3.2" in threat.toolTip() and "Ctrl+Shift+T" in threat.toolTip()
    _proc, out = ring_and_answer(qtbot, console, call_in)
    qtbot.mouseClick(threat, Qt.MouseButton.LeftButton)
    wait_caller_got_bye(qtbot, out)

    def packaged() -> None:
        found = incidents(sessions)
        assert len(found) == 1 and found[0].package_path

    qtbot.waitUntil(packaged, timeout=30_000)
    inc = incidents(sessions)[0]
    assert inc.kind.value == "threat"
    folder = Path(inc.package_path or "")
    assert (folder / "report.pdf").is_file()
    assert (folder / "recording" / "full_mixed.wav").is_file()
    check = sha256sum_check(folder)
    assert check.returncode == 0, check.stdout + check.stderr
    qtbot.waitUntil(lambda: len(inbox.messages) == 1, timeout=20_000)
    assert "KUTY-3.2" in str(inbox.messages[0][1]["Subject"])


def test_smtp_down_keeps_the_email_queued_and_the_buttons_working(
    qtbot: QtBot,
    make_console: Callable[[], Console],
    call_in: Callable[[], Caller],
    sessions: sessionmaker[Session],
    settings: Settings,
    smtp_port: int,
) -> None:
    write_incidents_toml(settings.data_dir, smtp_port)  # nothing listens on that port
    console = make_console()
    _proc, out = ring_and_answer(qtbot, console, call_in)
    qtbot.mouseClick(button(console, "abuseButton"), Qt.MouseButton.LeftButton)
    wait_caller_got_bye(qtbot, out)

    def failed_and_queued() -> None:
        with sessions() as s:
            rows = s.scalars(sa.select(Notification).where(Notification.channel == "email")).all()
            assert len(rows) == 1
            assert rows[0].attempts >= 1 and rows[0].sent_at is None
            assert rows[0].last_error and rows[0].next_attempt_at is not None

    qtbot.waitUntil(failed_and_queued, timeout=20_000)

    # The operator is not blocked: the next call's threat button still works at once.
    qtbot.waitUntil(lambda: console.window.card.current is None, timeout=10_000)
    _proc, out = ring_and_answer(qtbot, console, call_in)
    # The wrap-up pane of the first incident is open; the console keeps the keyboard.
    qtbot.waitUntil(console.window.isActiveWindow, timeout=5000)
    ctrl_shift = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    qtbot.keyClick(console.window, Qt.Key.Key_T, ctrl_shift)  # the shortcut, not the mouse
    wait_caller_got_bye(qtbot, out)
    qtbot.waitUntil(lambda: len(incidents(sessions)) == 2, timeout=10_000)
    assert incidents(sessions)[1].kind.value == "threat"
