"""The operator's day through the real console window on real calls (issue 11).

The console's own engine process under QProcess, real callers (`telephony.simcall`, a
second pjsua2 process) on loopback, a real SQLite database; for the call-back a real
Kamailio (127.0.0.2) as the seat's registrar and a second seat (`kuty serve`) registered
for the caller's number. qtbot clicks the real widgets; waits keep the Qt loop running
(qtbot.waitUntil), because the engine's commands and events go through it.
"""

from __future__ import annotations

import dataclasses
import json
import logging
import os
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any, cast

import keyring
import pytest
import sqlalchemy as sa
from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QToolButton,
    QWidget,
)
from pytestqt.qtbot import QtBot
from sqlalchemy.orm import Session, selectinload, sessionmaker

from console.app import Console
from desk import secrets
from desk.settings import Settings
from seat.sip_accounts import save_accounts
from telephony import protocol as p
from telephony.accounts import AccountSpec

pytestmark = [pytest.mark.sip, pytest.mark.slow]

ROOT = Path(__file__).resolve().parents[2]
CALLER = "+380501234567"
SHOWN = "+380 50 123 4567"
RING_MS = 20_000
LEFT = Qt.MouseButton.LeftButton
# KUTY_SCREENS=/work/screens/issue11 keeps the screenshots (the PR note's); unset: none.
SCREENS = os.environ.get("KUTY_SCREENS", "")
SEAT_USER, SEAT_PASSWORD = "operator1", "Kuty-e2e-seat"
CALLER_PASSWORD = "Kuty-e2e-caller"


# ---------------------------------------------------------------------- fixtures


class Callers:
    """Real callers (simcall) dialling the console; each writes its JSON lines to a log."""

    def __init__(self, tmp_path: Path, to: str) -> None:
        self.tmp_path = tmp_path
        self.to = to
        self.procs: list[subprocess.Popen[bytes]] = []

    def start(self, duration: float = 20.0, extra: tuple[str, ...] = ()) -> int:
        index = len(self.procs)
        log = (self.tmp_path / f"caller-{index}.log").open("wb")
        proc = subprocess.Popen(
            [
                sys.executable, "-m", "telephony.simcall", "--to", self.to, "--from", CALLER,
                "--say", "Добрий день, я щодо черги в садочок", "--duration", str(duration),
                *extra,
            ],
            cwd=ROOT, stdout=log, stderr=subprocess.STDOUT,
            env={**os.environ, "PYTHONPATH": str(ROOT)},
        )  # fmt: skip
        log.close()
        self.procs.append(proc)
        return index

    def events(self, index: int) -> list[dict[str, Any]]:
        out = []
        path = self.tmp_path / f"caller-{index}.log"
        for line in path.read_text(errors="replace").splitlines():
            try:
                value = json.loads(line)
            except json.JSONDecodeError:
                continue
            if isinstance(value, dict):
                out.append(value)
        return out

    def got(self, index: int, event: str, **match: object) -> bool:
        return any(
            e.get("event") == event and all(e.get(k) == v for k, v in match.items())
            for e in self.events(index)
        )

    def log(self, index: int) -> str:
        return (self.tmp_path / f"caller-{index}.log").read_text(errors="replace")[-3000:]

    def reap(self) -> None:
        for proc in self.procs:
            if proc.poll() is None:
                proc.terminate()
                try:
                    proc.wait(10)
                except subprocess.TimeoutExpired:
                    proc.kill()
                    proc.wait()


@pytest.fixture
def callers(settings: Settings, tmp_path: Path) -> Iterator[Callers]:
    """Callers straight to the console's listening port (no registrar)."""
    group = Callers(tmp_path, f"sip:127.0.0.1:{settings.listen_port}")
    yield group
    group.reap()


# ---------------------------------------------------------------------- helpers


def find(console: Console, kind: type[QWidget], name: str) -> Any:
    found = console.window.findChild(kind, name)
    assert found is not None, name
    return found


def states(console: Console) -> list[p.AgentStateChanged]:
    """Every AgentStateChanged the engine sent from now on (appended as they arrive)."""
    seen: list[p.AgentStateChanged] = []
    console.bridge.agent_state_changed.connect(seen.append)
    return seen


def wait_state(
    qtbot: QtBot, seen: list[p.AgentStateChanged], state: p.AgentState, timeout: int = 10_000
) -> p.AgentStateChanged:
    """The first `state` after the engine's start report (which may arrive after the
    engine_ready the console fixture waited for)."""

    def found() -> list[p.AgentStateChanged]:
        return [e for e in seen if e.state == state and e.cause != "start"]

    qtbot.waitUntil(lambda: bool(found()), timeout=timeout)
    return found()[0]


def answer(qtbot: QtBot, console: Console, *, key: bool = False) -> str:
    """Wait for the ringing card, answer (F5 or the button), wait until talking."""
    button = find(console, QPushButton, "answerButton")
    qtbot.waitUntil(button.isEnabled, timeout=RING_MS)
    assert find(console, QLabel, "callerNumber").text() == SHOWN
    call = console.window.card.current
    assert call is not None
    with qtbot.waitSignal(console.bridge.call_answered, timeout=10_000):
        if key:
            QTest.keyClick(console.window, Qt.Key.Key_F5)
        else:
            qtbot.mouseClick(button, LEFT)
    qtbot.waitUntil(find(console, QLabel, "recordingIndicator").isVisible, timeout=10_000)
    return call.call_id


def hang_up(qtbot: QtBot, console: Console, call_id: str) -> None:
    with qtbot.waitSignal(
        console.bridge.call_ended, timeout=10_000, check_params_cb=lambda e: e.call_id == call_id
    ):
        qtbot.mouseClick(find(console, QPushButton, "hangupButton"), LEFT)


def type_text(widget: QWidget, text: str) -> None:
    """Type `text` as key events (QTest.keyClicks asserts on non-ASCII: Ukrainian here)."""
    for char in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, char))


def screenshot(console: Console, name: str) -> Path | None:
    """The real window as drawn (1366x768) into $KUTY_SCREENS/e2e-NAME.png, if set."""
    image = console.window.grab()
    assert (image.width(), image.height()) == (1366, 768), image.size()
    if not SCREENS:
        return None
    path = Path(SCREENS) / f"e2e-{name}.png"
    path.parent.mkdir(parents=True, exist_ok=True)
    assert image.save(str(path)), path
    return path


def wrap_ups(sessions: sessionmaker[Session]) -> list[Any]:
    from db.models_operator_day import WrapUp

    with sessions() as session:
        rows = list(session.scalars(sa.select(WrapUp).order_by(WrapUp.id)))
        session.expunge_all()
        return rows


def call_rows(sessions: sessionmaker[Session]) -> list[Any]:
    from db.models import Call

    with sessions() as session:
        query = sa.select(Call).options(selectinload(Call.recordings)).order_by(Call.ring_at)
        rows = list(session.scalars(query))
        session.expunge_all()
        return rows


# ---------------------------------------------------------------------- 1. not ready


@pytest.fixture
def keyring_file(tmp_path: Path) -> Iterator[Path]:
    before = keyring.get_keyring()
    path = tmp_path / "data" / "kuty-keyring.cfg"
    secrets.use_encrypted_file_backend(path, "master for tests")
    yield path
    keyring.set_keyring(before)


def test_not_ready_caller_gets_busy_then_ready_and_the_missed_call_is_called_back(
    qtbot: QtBot,
    settings: Settings,
    sessions: sessionmaker[Session],
    open_console: Callable[[Settings], Console],
    keyring_file: Path,
    tmp_path: Path,
) -> None:
    """Not ready (lunch) → the caller, through Kamailio, gets 486 and the card never rings;
    the missed-calls badge counts it; Ready; "call back" on the missed entry dials the
    number through the registered account to the seat registered for it; recorded."""
    from tests.support.kamailio import KamailioServer, account_args
    from tests.support.serve import ServeProcess

    users = {SEAT_USER: SEAT_PASSWORD, CALLER: CALLER_PASSWORD}
    with (
        KamailioServer(users, workdir=tmp_path / "kamailio") as kamailio,
        ServeProcess(tmp_path / "callee", auto_answer=True, commands=True) as callee,
    ):
        since = callee.mark()
        # The caller's own phone, registered before the console exists (no Qt loop yet).
        args = account_args(kamailio.address, CALLER, CALLER_PASSWORD)
        callee.send("add_account", **cast(dict[str, Any], args))
        reg = callee.wait_for("registration", timeout=20, since=since)
        assert reg["state"] == "registered", f"{reg}\n{kamailio.log_tail()}"

        spec = AccountSpec.from_args(
            {"account_id": "desk", "registrar": kamailio.address, "user": SEAT_USER}
        )
        save_accounts([spec], settings.data_dir / "accounts.toml")
        secrets.set_secret("sip", "desk", SEAT_PASSWORD)
        console = open_console(dataclasses.replace(settings, acw_s=0))
        seen = states(console)
        light = find(console, QLabel, "registrationStatus")
        qtbot.waitUntil(lambda: light.text().startswith("Registered"), timeout=20_000)

        bar = console.window.findChild(QWidget, "agentStateBar")
        label = find(console, QLabel, "agentStateLabel")
        qtbot.waitUntil(lambda: label.text().startswith("Ready"), timeout=10_000)
        not_ready = find(console, QToolButton, "agentNotReadyButton")
        assert bar is not None and not_ready.isEnabled()
        menu = not_ready.menu()
        lunch = bar.reason_actions["lunch"]  # type: ignore[attr-defined]

        def pick_lunch() -> None:  # the menu runs its own loop: click in it from a timer
            assert menu.isVisible()
            qtbot.mouseClick(menu, LEFT, pos=menu.actionGeometry(lunch).center())

        QTimer.singleShot(300, pick_lunch)
        qtbot.mouseClick(not_ready, LEFT)  # opens the reasons menu (InstantPopup)
        event = wait_state(qtbot, seen, p.AgentState.NOT_READY)
        assert event.reason == "lunch" and event.cause == "command", event
        qtbot.waitUntil(lambda: label.text().startswith("Not ready: Lunch"), timeout=5000)
        screenshot(console, "1-not-ready")

        group = Callers(tmp_path, kamailio.uri(SEAT_USER))
        try:
            rang: list[object] = []
            console.bridge.call_incoming.connect(rang.append)
            index = group.start(duration=5.0)
            qtbot.waitUntil(lambda: group.got(index, "disconnected", code=486), timeout=15_000)
            assert rang == [], "the card rang while not ready"
            missed = find(console, QToolButton, "missedButton")
            qtbot.waitUntil(lambda: missed.text() == "Missed: 1", timeout=10_000)
            assert console.window.card.current is None

            def in_todays_calls() -> None:
                rows = console.window.history.row_texts()
                assert len(rows) == 1 and rows[0][2] == SHOWN, rows
                assert rows[0][4] == "Not ready", rows

            qtbot.waitUntil(in_todays_calls, timeout=10_000)
            screenshot(console, "1-missed")

            qtbot.mouseClick(find(console, QPushButton, "agentReadyButton"), LEFT)
            ready = wait_state(qtbot, seen, p.AgentState.READY)
            assert ready.cause == "command", ready
            entries = console.window.findChild(QWidget, "dialBox").entries()  # type: ignore[union-attr]
            assert len(entries) == 1 and SHOWN in entries[0].text(), [a.text() for a in entries]
            assert "you were not ready" in entries[0].text()
            since = callee.mark()
            with qtbot.waitSignal(console.bridge.call_outgoing, timeout=10_000) as outgoing:
                entries[0].trigger()
            assert outgoing.args is not None
            dialled = outgoing.args[0]
            assert dialled.remote_uri == f"sip:{CALLER}@{kamailio.address}", dialled
            state = find(console, QLabel, "callState")
            qtbot.waitUntil(lambda: state.text() == "Talking", timeout=20_000)
            qtbot.waitUntil(find(console, QLabel, "recordingIndicator").isVisible, timeout=10_000)
            qtbot.waitUntil(
                lambda: any(e["event"] == "call_incoming" for e in callee.events[since:]),
                timeout=5000,
            )
            qtbot.waitUntil(lambda: missed.text() == "Missed: 0", timeout=10_000)
            assert find(console, QLabel, "statusNotice").text() == ""  # no "Calling …" now
            screenshot(console, "1-call-back")
            hang_up(qtbot, console, dialled.call_id)
        finally:
            group.reap()

        def recorded_outgoing() -> None:
            rows = {r.id: r for r in call_rows(sessions)}
            row = rows[dialled.call_id]
            assert row.direction.value == "outgoing" and row.remote_number == CALLER
            assert row.recordings and all(r.status == "complete" for r in row.recordings), [
                r.status for r in row.recordings
            ]
            refused = [r for r in rows.values() if r.direction.value == "incoming"]
            assert [r.end_reason.value for r in refused] == ["not_ready"]

        qtbot.waitUntil(recorded_outgoing, timeout=15_000)


# ---------------------------------------------------------------------- 2. after-call work


def test_after_call_work_on_a_real_call_then_saved_and_ready_for_the_next(
    qtbot: QtBot,
    settings: Settings,
    sessions: sessionmaker[Session],
    open_console: Callable[[Settings], Console],
    callers: Callers,
    caplog: pytest.LogCaptureFixture,
) -> None:
    """F5 answers; hang-up puts the seat in after-call work with the policy's limit (120 s):
    countdown in the state bar, the wrap-up pane open, a second caller busy (486); Ctrl+S
    saves category + topic with a registration number; READY (command); the next rings."""
    console = open_console(settings)  # acw_s -1: the kuty policy's 120 s
    seen = states(console)
    first = callers.start(duration=20.0)
    call_id = answer(qtbot, console, key=True)
    qtbot.wait(1000)  # talk
    hang_up(qtbot, console, call_id)

    acw = wait_state(qtbot, seen, p.AgentState.AFTER_CALL_WORK)
    assert acw.acw_limit_s == 120 and acw.call_id == call_id and acw.cause == "call_ended", acw
    label = find(console, QLabel, "agentStateLabel")
    qtbot.waitUntil(lambda: label.text().startswith("After-call work: 0"), timeout=3000)
    assert "left" in label.text(), label.text()
    pane = console.window.findChild(QWidget, "wrapUpPane")
    assert pane is not None and pane.isVisible()
    assert find(console, QLabel, "wrapUpTitle").text() == f"After-call work: {SHOWN}"

    second = callers.start(duration=5.0)
    qtbot.waitUntil(lambda: callers.got(second, "disconnected", code=486), timeout=15_000)
    qtbot.waitUntil(lambda: callers.got(first, "disconnected", by="remote"), timeout=5000)
    missed = find(console, QToolButton, "missedButton")
    qtbot.waitUntil(lambda: missed.text() == "Missed: 1", timeout=10_000)
    assert find(console, QLabel, "wrapUpCountdown").text().startswith("Time left: 0")

    category = find(console, QComboBox, "wrapUpCategory")
    index = next(i for i in range(category.count()) if category.itemData(i))
    category.setCurrentIndex(index)  # the operator picks one (the combo box's own list)
    chosen = str(category.itemData(index))
    topic = find(console, QLineEdit, "wrapUpTopic")
    qtbot.mouseClick(topic, LEFT)
    type_text(topic, "Черга в садочок")
    screenshot(console, "2-after-call-work")
    seen.clear()
    QTest.keyClick(topic, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)

    ready = wait_state(qtbot, seen, p.AgentState.READY)
    assert ready.cause == "command", ready
    qtbot.waitUntil(lambda: find(console, QLabel, "wrapUpStatus").text() == "Wrap-up saved.")
    rows = wrap_ups(sessions)
    assert len(rows) == 1, rows
    row = rows[0]
    assert (row.call_id, row.category, row.topic, row.status) == (
        call_id, chosen, "Черга в садочок", "complete"
    )  # fmt: skip
    assert row.registration_number, "the kuty policy gives every wrap-up a number"
    assert find(console, QLineEdit, "wrapUpRegistrationNumber").text() == row.registration_number
    qtbot.waitUntil(lambda: label.text().startswith("Ready"), timeout=3000)

    third = callers.start(duration=5.0)
    answer_button = find(console, QPushButton, "answerButton")
    qtbot.waitUntil(answer_button.isEnabled, timeout=RING_MS)

    # Closing the console while it rings: the caller gets a final answer and the engine
    # exits cleanly (it aborted in pjsua_call_set_user_data: a Call outlived libDestroy).
    caplog.set_level(logging.INFO, logger="seat.supervisor")
    console.close()
    assert "engine exited with code 0 after shutdown" in caplog.text, caplog.text[-2000:]
    assert "crashed" not in caplog.text
    qtbot.waitUntil(lambda: callers.got(third, "disconnected"), timeout=10_000)


# ---------------------------------------------------------------------- 3. call waiting


def test_call_waiting_answer_holds_the_first_and_switch_back(
    qtbot: QtBot,
    settings: Settings,
    open_console: Callable[[Settings], Console],
    callers: Callers,
) -> None:
    """Talking to caller 1, caller 2 shows in the waiting strip; answering it holds
    caller 1 (a real hold re-INVITE: simcall says "held"); the held strip shows caller 1;
    Switch to it holds caller 2 and resumes caller 1."""
    console = open_console(dataclasses.replace(settings, acw_s=0))
    first = callers.start(duration=25.0)
    call_1 = answer(qtbot, console)

    second = callers.start(duration=25.0)
    strip = find(console, QWidget, "waitingStrip")
    qtbot.waitUntil(strip.isVisible, timeout=RING_MS)
    assert SHOWN in find(console, QLabel, "waitingLabel").text()
    card = console.window.card
    assert card.current is not None and card.current.call_id == call_1
    screenshot(console, "3-waiting")

    with qtbot.waitSignal(console.bridge.call_answered, timeout=10_000) as answered:
        qtbot.mouseClick(find(console, QPushButton, "waitingAnswerButton"), LEFT)
    assert answered.args is not None
    call_2 = answered.args[0].call_id
    assert call_2 != call_1
    qtbot.waitUntil(lambda: callers.got(first, "held"), timeout=10_000)
    assert not callers.got(second, "held")
    held = find(console, QWidget, "heldStrip")
    qtbot.waitUntil(held.isVisible, timeout=5000)
    held_label = find(console, QLabel, "heldLabel")
    qtbot.waitUntil(
        lambda: held_label.text() == f"Also on the line: {SHOWN} — on hold", timeout=5000
    )
    assert not strip.isVisible()
    qtbot.waitUntil(lambda: card.current is not None and card.current.call_id == call_2)
    screenshot(console, "3-held")

    qtbot.mouseClick(find(console, QPushButton, "switchCallButton"), LEFT)
    qtbot.waitUntil(lambda: callers.got(second, "held"), timeout=10_000)
    qtbot.waitUntil(lambda: card.current is not None and card.current.call_id == call_1)
    call_state = find(console, QLabel, "callState")
    qtbot.waitUntil(lambda: call_state.text() == "Talking", timeout=5000)
    assert held.isVisible()
    qtbot.waitUntil(
        lambda: held_label.text() == f"Also on the line: {SHOWN} — on hold", timeout=5000
    )
    assert not find(console, QPushButton, "holdButton").isChecked()  # caller 1 talks again
    hang_up(qtbot, console, call_1)
    hang_up(qtbot, console, call_2)


# ---------------------------------------------------------------------- 4. incomplete save


def test_short_acw_limit_returns_to_ready_and_saves_the_topic_as_incomplete(
    qtbot: QtBot,
    settings: Settings,
    sessions: sessionmaker[Session],
    open_console: Callable[[Settings], Console],
    callers: Callers,
) -> None:
    """acw_s=3: only a topic typed, no category; the engine goes READY by itself (cause
    acw_limit) and the pane saves the wrap-up incomplete, topic kept; exactly one row."""
    console = open_console(dataclasses.replace(settings, acw_s=3))
    seen = states(console)
    callers.start(duration=20.0)
    call_id = answer(qtbot, console)
    hang_up(qtbot, console, call_id)
    acw = wait_state(qtbot, seen, p.AgentState.AFTER_CALL_WORK)
    assert acw.acw_limit_s == 3, acw
    topic = find(console, QLineEdit, "wrapUpTopic")
    qtbot.mouseClick(topic, LEFT)
    type_text(topic, "Довідка")

    ready = wait_state(qtbot, seen, p.AgentState.READY, timeout=10_000)
    assert ready.cause == "acw_limit", ready
    status = find(console, QLabel, "wrapUpStatus")
    qtbot.waitUntil(
        lambda: status.text() == "Saved as incomplete: the time for wrap-up ran out.",
        timeout=5000,
    )
    qtbot.wait(500)  # a second save (pane timer and engine both) would land by now
    rows = wrap_ups(sessions)
    assert [(r.call_id, r.topic, r.status) for r in rows] == [(call_id, "Довідка", "incomplete")]
    assert not [e for e in seen if e.cause == "command"], seen
