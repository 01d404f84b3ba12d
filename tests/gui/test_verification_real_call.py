"""Caller verification on REAL calls in the real console window (KUTY-2.2, KUTY-2.6).

Nothing is faked: the console's engine process answers a real pjsua2 caller
(`python -m telephony.simcall --from +380501234567`), the operator clicks the real Answer
button and types the caller's answers with the keyboard, `CallVerification` runs with the
production Argon2 parameters on the console's database worker, and the outcome is saved
on the call row of a real SQLite call log. Profiles are imported with
`verification.store.import_profiles` (test hash parameters only for the import).
"""

from __future__ import annotations

import dataclasses
import os
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QLineEdit, QPushButton
from pytestqt.qtbot import QtBot
from sqlalchemy.orm import Session, sessionmaker

from console.app import Console, build_console, reconcile_now
from console.caller_card import CallerCard
from db.models import Call
from db.session import close_database
from desk.settings import Settings
from tests.gui.conftest import ENGINE_START_MS
from tests.gui.test_verification_panel import OPERATOR, seed_database, type_text

pytestmark = [pytest.mark.sip, pytest.mark.slow]

ROOT = Path(__file__).resolve().parents[2]
CALLER = "+380501234567"  # the Коваленко family phone: two profiles

RING_MS = 30_000
ARGON2_MS = 10_000


@pytest.fixture
def settings(settings: Settings) -> Settings:
    """Several calls in a row to one console: no after-call work between them (issue 11;
    the wrap-up pane's own tests cover the policy's limit)."""
    return dataclasses.replace(settings, acw_s=0)


@pytest.fixture
def sessions(settings: Settings, tmp_path: Path) -> Iterator[sessionmaker[Session]]:
    factory = seed_database(settings.database, tmp_path)
    yield factory
    close_database(factory)


@pytest.fixture
def console(qtbot: QtBot, settings: Settings, sessions: sessionmaker[Session]) -> Iterator[Console]:
    from seat.calllog import CallLog

    calllog = CallLog(sessions, settings.seat_name)
    reconcile_now(calllog, settings)
    wired = build_console(settings, calllog, sessions=sessions, actor=OPERATOR)
    qtbot.addWidget(wired.window)
    wired.window.show()
    qtbot.waitExposed(wired.window)
    with qtbot.waitSignal(wired.bridge.engine_ready, timeout=ENGINE_START_MS):
        wired.client.start()
    yield wired
    wired.close()


@pytest.fixture
def call_in(settings: Settings, tmp_path: Path) -> Iterator[Callable[[], None]]:
    """Start a real caller from the family phone; every caller is reaped at teardown."""
    callers: list[subprocess.Popen[bytes]] = []

    def start() -> None:
        log = (tmp_path / f"simcall-{len(callers)}.log").open("wb")
        command = [
            sys.executable, "-m", "telephony.simcall",
            "--to", f"sip:127.0.0.1:{settings.listen_port}",
            "--from", CALLER,
            "--say", "Коваленко Олена, мій кіт Мурчик",
            "--duration", "120",
        ]  # fmt: skip
        env = {**os.environ, "PYTHONPATH": str(ROOT)}
        callers.append(
            subprocess.Popen(command, cwd=ROOT, stdout=log, stderr=subprocess.STDOUT, env=env)
        )
        log.close()

    yield start
    for proc in callers:
        if proc.poll() is None:
            proc.terminate()
            try:
                proc.wait(10)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait()


class Operator:
    """What the operator does and sees in the console window."""

    def __init__(self, qtbot: QtBot, console: Console) -> None:
        self.qtbot = qtbot
        self.console = console
        self.window = console.window

    def find(self, kind: type[Any], name: str) -> Any:
        found = self.window.findChild(kind, name)
        assert found is not None, name
        return found

    def state(self) -> str:
        return str(self.find(QLabel, "verificationState").text())

    def message(self) -> str:
        return str(self.find(QLabel, "verificationMessage").text())

    def take_call(self, call_in: Callable[[], None]) -> str:
        """A real call rings; the operator reads the hint and clicks Answer."""
        bridge = self.console.bridge
        with self.qtbot.waitSignal(bridge.call_incoming, timeout=RING_MS) as ringing:
            call_in()
        assert ringing.args is not None
        call_id = str(ringing.args[0].call_id)
        hint = self.find(QLabel, "callerProfiles")
        self.qtbot.waitUntil(lambda: hint.text() == "2 profiles for this number")
        answer = self.find(QPushButton, "answerButton")
        self.qtbot.waitUntil(answer.isEnabled, timeout=RING_MS)
        with self.qtbot.waitSignal(bridge.call_answered, timeout=10_000):
            self.qtbot.mouseClick(answer, Qt.MouseButton.LeftButton)
        recording = self.find(QLabel, "recordingIndicator")
        self.qtbot.waitUntil(recording.isVisible, timeout=5000)
        start = self.find(QPushButton, "startVerificationButton")
        self.qtbot.waitUntil(start.isEnabled)
        self.window.activateWindow()
        self.qtbot.waitUntil(self.window.isActiveWindow)
        modifiers = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
        self.qtbot.keyClick(self.window, Qt.Key.Key_V, modifiers)
        self.qtbot.waitUntil(lambda: self.state() == "Verification: surname", timeout=ARGON2_MS)
        return call_id

    def answer_questions(self, surname: str, first_name: str, phrase: str) -> None:
        """Type what the caller says, Enter after each answer, wait for the outcome."""
        for name, text in (
            ("surnameField", surname),
            ("firstNameField", first_name),
            ("keyPhraseField", phrase),
        ):
            field = self.find(QLineEdit, name)
            self.qtbot.waitUntil(field.hasFocus)  # Enter moved the focus here
            type_text(field, text)
            self.qtbot.keyClick(field, Qt.Key.Key_Return)
        assert self.find(QLineEdit, "keyPhraseField").text() == ""
        panel = self.window.verification_panel
        assert panel is not None
        self.qtbot.waitUntil(lambda: not panel.busy, timeout=ARGON2_MS)

    def hang_up(self, call_id: str) -> None:
        with self.qtbot.waitSignal(
            self.console.bridge.call_ended,
            timeout=10_000,
            check_params_cb=lambda e: e.call_id == call_id,
        ):
            self.qtbot.mouseClick(self.find(QPushButton, "hangupButton"), Qt.MouseButton.LeftButton)


def call_state(sessions: sessionmaker[Session], call_id: str) -> str | None:
    with sessions() as s:
        return s.scalar(sa.select(Call.verification_state).where(Call.id == call_id))


def test_operator_verifies_a_real_caller_by_typing_and_the_card_unlocks(
    qtbot: QtBot,
    console: Console,
    sessions: sessionmaker[Session],
    call_in: Callable[[], None],
) -> None:
    operator = Operator(qtbot, console)
    card = operator.find(CallerCard, "callerCard")
    call_id = operator.take_call(call_in)
    assert card.mode_label.text() == "General consultation mode"

    operator.answer_questions("Коваленко", "олена", "Мій кіт  Мурчик")
    assert operator.state() == "VERIFIED"
    qtbot.waitUntil(lambda: card.profile_label.text() == "Коваленко Олена Петрівна")
    assert card.application_rows() == [
        ["Z-1", "Марійка", "у черзі", "10.01.2025 / 01.02.2025", "Сонечко, Казка"]
    ]  # not Петро's application on the same phone (KUTY-2.6)
    qtbot.waitUntil(lambda: call_state(sessions, call_id) == "verified")

    operator.hang_up(call_id)
    assert card.mode_label.text() == "No caller" and card.application_rows() == []


def test_wrong_answers_on_real_calls_stay_unverified_then_lock_the_profile(
    qtbot: QtBot,
    console: Console,
    sessions: sessionmaker[Session],
    call_in: Callable[[], None],
) -> None:
    operator = Operator(qtbot, console)
    card = operator.find(CallerCard, "callerCard")
    call_id = operator.take_call(call_in)
    operator.answer_questions("Коваленко", "Олена", "мій пес Бровко")  # wrong phrase
    wrong_phrase = (operator.state(), operator.message())
    assert wrong_phrase[0] == "Verification: surname"
    assert "the answers do not match" in wrong_phrase[1]
    assert card.mode_label.text() == "General consultation mode"
    operator.answer_questions("Коваль", "Олена", "мій кіт Мурчик")  # wrong surname
    assert (operator.state(), operator.message()) == wrong_phrase
    operator.answer_questions("Коваленко", "Олена", "мій кіт")  # third failure
    assert operator.state() == "NOT VERIFIED"
    assert "no attempts left" in operator.message()
    assert card.application_rows() == []
    qtbot.waitUntil(lambda: call_state(sessions, call_id) == "not_verified")
    operator.hang_up(call_id)

    # The same caller again: two more failures make five in 24 hours (KUTY policy).
    call_id = operator.take_call(call_in)
    operator.answer_questions("Коваленко", "Олена", "не пам'ятаю")
    assert operator.state() == "Verification: surname"
    operator.answer_questions("Коваленко", "Олена", "не пам'ятаю")
    assert operator.state() == "LOCKED"
    assert "locked until" in operator.message() and "Tell the caller" in operator.message()
    qtbot.waitUntil(lambda: call_state(sessions, call_id) == "locked")
    operator.hang_up(call_id)

    # Ringing again, the card says so before anyone answers.
    with qtbot.waitSignal(console.bridge.call_incoming, timeout=RING_MS):
        call_in()
    hint = operator.find(QLabel, "callerProfiles")
    qtbot.waitUntil(lambda: "locked after failed verifications" in hint.text())
