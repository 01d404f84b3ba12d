"""Call controls against a real engine and a real caller (issue 11): the keypad's tones reach
the caller as RFC 4733 events, the caller's tones show on the card, the dial box places a
real outgoing call. Nothing is faked: the console's own engine process, a second pjsua2
process (`telephony.simcall`) on loopback, the fixtures of test_real_calls."""

from __future__ import annotations

import json
import subprocess
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLabel, QLineEdit, QPushButton
from pytestqt.qtbot import QtBot

from console.app import Console
from tests.gui.test_real_calls import (  # noqa: F401 - fixtures
    answer_ringing_call,
    call_in,
    console,
    sessions,
    widget,
)
from tests.support.serve import ServeProcess

pytestmark = [pytest.mark.sip, pytest.mark.slow]

LEFT = Qt.MouseButton.LeftButton


def simcall_events(tmp_path: Path) -> list[dict[str, object]]:
    events = []
    for line in (tmp_path / "simcall-0.log").read_text(errors="replace").splitlines():
        try:
            value = json.loads(line)
        except json.JSONDecodeError:
            continue
        if isinstance(value, dict):
            events.append(value)
    return events


def test_keypad_tones_reach_the_caller_and_the_callers_tones_show_on_the_card(
    qtbot: QtBot,
    console: Console,  # noqa: F811
    call_in: Callable[..., subprocess.Popen[bytes]],  # noqa: F811
    tmp_path: Path,
) -> None:
    call_in(duration=20.0, extra=("--dtmf", "42"))
    call_id = answer_ringing_call(qtbot, console)
    received = widget(console, QLabel, "dtmfReceived")
    qtbot.waitUntil(lambda: received.text() == "Caller pressed: 4 2", timeout=10_000)

    QTest.keyClick(console.window, Qt.Key.Key_F4)
    pad = console.window.card.dtmf_pad
    assert pad.isVisible()
    qtbot.mouseClick(widget(console, QPushButton, "dtmfKey_7"), LEFT)
    QTest.keyClicks(pad, "#")
    assert widget(console, QLabel, "dtmfSent").text() == "7#"

    def caller_heard() -> list[object]:
        return [e["digit"] for e in simcall_events(tmp_path) if e.get("event") == "dtmf"]

    qtbot.waitUntil(lambda: caller_heard() == ["7", "#"], timeout=10_000)
    with qtbot.waitSignal(
        console.bridge.call_ended, timeout=10_000, check_params_cb=lambda e: e.call_id == call_id
    ):
        qtbot.mouseClick(widget(console, QPushButton, "hangupButton"), LEFT)
    assert not pad.isVisible()


def test_dial_box_places_a_real_call_and_the_keypad_sends_on_it(
    qtbot: QtBot,
    console: Console,  # noqa: F811
    tmp_path: Path,
) -> None:
    """Enter in the dial box sends DIAL; a second seat (`kuty serve`, auto-answer) picks
    up; the card shows the outgoing call talking; the callee gets the keypad's tones."""
    with ServeProcess(tmp_path / "peer", auto_answer=True) as peer:
        field = console.window.findChild(QLineEdit, "dialInput")
        assert field is not None
        target = peer.sip_uri
        QTest.keyClick(console.window, Qt.Key.Key_F3)
        qtbot.keyClicks(field, target)
        with qtbot.waitSignal(console.bridge.call_outgoing, timeout=10_000) as outgoing:
            QTest.keyClick(field, Qt.Key.Key_Return)
        assert outgoing.args is not None and outgoing.args[0].remote_uri == target
        assert widget(console, QLabel, "statusNotice").text() == f"Calling {target}…"
        assert widget(console, QLabel, "callerNumber").text() == target
        state = widget(console, QLabel, "callState")
        qtbot.waitUntil(lambda: state.text() == "Talking", timeout=20_000)
        since = peer.mark()
        qtbot.mouseClick(widget(console, QPushButton, "keypadButton"), LEFT)
        assert console.window.card.dtmf_pad.isVisible()
        qtbot.mouseClick(widget(console, QPushButton, "dtmfKey_9"), LEFT)
        # Wait with the Qt loop running: the command reaches the engine through QProcess,
        # whose writes go out from the event loop (peer.wait_for would block it).
        qtbot.waitUntil(
            lambda: [e["digit"] for e in peer.events[since:] if e["event"] == "dtmf"] == ["9"],
            timeout=10_000,
        )
        call_id = outgoing.args[0].call_id
        with qtbot.waitSignal(
            console.bridge.call_ended,
            timeout=10_000,
            check_params_cb=lambda e: e.call_id == call_id,
        ):
            qtbot.mouseClick(widget(console, QPushButton, "hangupButton"), LEFT)


def test_blind_transfer_from_the_panel_moves_the_caller_to_another_seat(
    qtbot: QtBot,
    console: Console,  # noqa: F811
    call_in: Callable[..., subprocess.Popen[bytes]],  # noqa: F811
    tmp_path: Path,
) -> None:
    """F7, type the other seat's address, Blind transfer: the engine REFERs the caller
    (simcall follows it), the panel shows the progress in words and the card clears when
    the call has left this seat (ended `transferred`)."""
    with ServeProcess(tmp_path / "seat-b", auto_answer=True) as seat_b:
        since_b = seat_b.mark()
        call_in(duration=8.0, extra=("--follow-transfer",))
        call_id = answer_ringing_call(qtbot, console)
        QTest.keyClick(console.window, Qt.Key.Key_F7)
        field = console.window.findChild(QLineEdit, "transferInput")
        assert field is not None and console.window.card.transfer_panel.isVisible()
        qtbot.keyClicks(field, seat_b.sip_uri)
        status = widget(console, QLabel, "transferStatus")
        with qtbot.waitSignal(
            console.bridge.call_ended,
            timeout=20_000,
            check_params_cb=lambda e: e.call_id == call_id,
        ) as ended:
            qtbot.mouseClick(widget(console, QPushButton, "blindTransferButton"), LEFT)
        assert ended.args is not None
        assert ended.args[0].end_reason.value == "transferred", status.text()
        assert status.text() == "Transferred"
        assert console.window.card.current is None
        qtbot.waitUntil(
            lambda: any(e["event"] == "call_incoming" for e in seat_b.events[since_b:]),
            timeout=10_000,
        )


def test_attended_transfer_consult_then_complete_from_the_panel(
    qtbot: QtBot,
    console: Console,  # noqa: F811
    call_in: Callable[..., subprocess.Popen[bytes]],  # noqa: F811
    tmp_path: Path,
) -> None:
    """Consult first: the caller is held and the other seat called (the card says which
    call is the consultation); Complete transfer joins them and both our legs end."""
    with ServeProcess(tmp_path / "seat-b", auto_answer=True) as seat_b:
        call_in(duration=10.0, extra=("--follow-transfer",))
        call_id = answer_ringing_call(qtbot, console)
        QTest.keyClick(console.window, Qt.Key.Key_F7)
        field = console.window.findChild(QLineEdit, "transferInput")
        assert field is not None
        qtbot.keyClicks(field, seat_b.sip_uri)
        with qtbot.waitSignal(console.bridge.call_outgoing, timeout=10_000) as outgoing:
            qtbot.mouseClick(widget(console, QPushButton, "consultButton"), LEFT)
        assert outgoing.args is not None and outgoing.args[0].consult_for == call_id
        consult_id = outgoing.args[0].call_id
        state = widget(console, QLabel, "callState")
        qtbot.waitUntil(lambda: state.text() == "Talking", timeout=15_000)
        assert widget(console, QLabel, "consultLabel").text() == (
            "Consultation call — the caller +380 50 123 4567 is on hold"
        )
        complete = widget(console, QPushButton, "completeTransferButton")
        assert complete.isVisible() and complete.isEnabled()
        ended: list[str] = []
        console.bridge.call_ended.connect(lambda e: ended.append(e.call_id))
        qtbot.mouseClick(complete, LEFT)
        qtbot.waitUntil(lambda: {call_id, consult_id} <= set(ended), timeout=20_000)
        assert widget(console, QLabel, "transferStatus").text() == "Transferred"
        assert console.window.card.current is None
