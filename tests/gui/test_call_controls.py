"""The operator's call controls (issue 11), driven by protocol events through the bridge and
by clicking the real widgets: agent state bar, ring alert, call waiting, dial box and
call-back, DTMF keypad, transfer, declined calls, the card's recording light."""

from __future__ import annotations

import datetime as dt
from types import SimpleNamespace

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QLineEdit,
    QPushButton,
    QSystemTrayIcon,
    QToolButton,
)
from pytestqt.qtbot import QtBot

from console.agent_state_bar import AgentStateBar
from console.bridge import TelephonyBridge
from console.dial_box import TargetError, normalise_target
from console.main_window import MainWindow
from telephony import protocol as p
from tests.gui import events as ev

LEFT = Qt.MouseButton.LeftButton


@pytest.fixture(autouse=True)
def operator_screen(window: MainWindow) -> None:
    """The operator's screen (issue 11: everything fits 1366x768 at 100 %)."""
    window.resize(1366, 768)


def find(win: MainWindow, cls: type, name: str) -> object:
    found = win.findChild(cls, name)
    assert found is not None, name
    return found


def button(win: MainWindow, name: str) -> QPushButton:
    found = find(win, QPushButton, name)
    assert isinstance(found, QPushButton)
    return found


def label(win: MainWindow, name: str) -> QLabel:
    found = find(win, QLabel, name)
    assert isinstance(found, QLabel)
    return found


def line_edit(win: MainWindow, name: str) -> QLineEdit:
    found = find(win, QLineEdit, name)
    assert isinstance(found, QLineEdit)
    return found


def iso(seconds_ago: float) -> str:
    return (dt.datetime.now(dt.UTC) - dt.timedelta(seconds=seconds_ago)).isoformat()


def talking(bridge: TelephonyBridge, call_id: str = "c1", number: str = "+380501234567") -> None:
    bridge.dispatch(ev.incoming(call_id, number))
    for event in ev.answered(call_id):
        bridge.dispatch(event)


# ---------------------------------------------------------------------------- agent state


def test_state_bar_shows_only_engine_truth_and_click_sends_set_agent_state(
    qtbot: QtBot, window: MainWindow, bridge: TelephonyBridge, sent: list[p.Command]
) -> None:
    state = label(window, "agentStateLabel")
    assert state.text() == "State: not reported by the phone yet"
    bridge.dispatch(
        p.AgentStateChanged(state=p.AgentState.NOT_READY, since=iso(65), reason="lunch")
    )
    assert state.text() == "Not ready: Lunch 01:05"
    qtbot.mouseClick(button(window, "agentReadyButton"), LEFT)
    assert sent == [
        p.Command(p.CommandName.SET_AGENT_STATE, None, {"state": "ready", "reason": ""})
    ]
    # The click only asks: the bar still says what the engine said.
    assert state.text().startswith("Not ready: Lunch")
    bridge.dispatch(p.AgentStateChanged(state=p.AgentState.READY, since=iso(3)))
    assert state.text() == "Ready 00:03"
    assert state.property("agentState") == "ready"
    # Time in state ticks.
    qtbot.waitUntil(lambda: state.text() == "Ready 00:04", timeout=3000)


def test_not_ready_menu_lists_policy_reasons_in_words_and_sends_the_code(
    window: MainWindow, bridge: TelephonyBridge, sent: list[p.Command]
) -> None:
    bar = window.call_controls.state_bar
    bridge.dispatch(p.AgentStateChanged(state=p.AgentState.READY, since=iso(0)))
    texts = [a.text() for a in bar.reason_menu.actions()]
    assert texts == ["&1 Break", "&2 Lunch", "&3 Training", "&4 Other"]
    bar.reason_actions["training"].trigger()
    assert sent[-1] == p.Command(
        p.CommandName.SET_AGENT_STATE, None, {"state": "not_ready", "reason": "training"}
    )


def test_f2_toggles_not_ready_to_ready_and_opens_reasons_when_ready(
    qtbot: QtBot, window: MainWindow, bridge: TelephonyBridge, sent: list[p.Command]
) -> None:
    bar = window.call_controls.state_bar
    assert "F2" in button(window, "agentReadyButton").toolTip()
    bridge.dispatch(p.AgentStateChanged(state=p.AgentState.NOT_READY, since=iso(0), reason="break"))
    QTest.keyClick(window, Qt.Key.Key_F2)
    assert sent[-1].args == {"state": "ready", "reason": ""}
    bridge.dispatch(p.AgentStateChanged(state=p.AgentState.READY, since=iso(0)))
    QTest.keyClick(window, Qt.Key.Key_F2)
    qtbot.waitUntil(bar.reason_menu.isVisible, timeout=2000)
    QTest.keyClick(bar.reason_menu, Qt.Key.Key_2)  # the mnemonic picks "Lunch"
    assert sent[-1].args == {"state": "not_ready", "reason": "lunch"}


def test_after_call_work_counts_down_to_the_limit(
    window: MainWindow, bridge: TelephonyBridge, sent: list[p.Command]
) -> None:
    bridge.dispatch(
        p.AgentStateChanged(
            state=p.AgentState.AFTER_CALL_WORK,
            since=iso(10),
            call_id="c1",
            acw_limit_s=60,
            cause="call_ended",
        )
    )
    text = label(window, "agentStateLabel").text()
    assert text in {"After-call work: 00:50 left", "After-call work: 00:49 left"}
    assert not button(window, "agentReadyButton").isEnabled()
    QTest.keyClick(window, Qt.Key.Key_F2)  # F2 offers the reasons, never Ready, in ACW
    bar = window.call_controls.state_bar
    assert bar.reason_menu.isVisible()
    bar.reason_menu.hide()
    assert sent == []


def test_state_bar_forgets_the_state_when_the_engine_dies(
    window: MainWindow, bridge: TelephonyBridge
) -> None:
    bridge.dispatch(p.AgentStateChanged(state=p.AgentState.READY, since=iso(0)))
    bridge.engine_state.emit("died")
    assert label(window, "agentStateLabel").text() == "State: not reported by the phone yet"


def test_unknown_reason_code_is_shown_as_it_is() -> None:
    bar = AgentStateBar(("break", "smoking"))
    bar.on_agent_state(
        p.AgentStateChanged(state=p.AgentState.NOT_READY, since=iso(0), reason="smoking")
    )
    assert bar.state_label.text() == "Not ready: smoking 00:00"
    assert [a.text() for a in bar.reason_menu.actions()] == ["&1 Break", "&2 smoking"]


# ---------------------------------------------------------------------------- ring alert


def test_ringing_card_shows_ring_timer(
    qtbot: QtBot, window: MainWindow, bridge: TelephonyBridge
) -> None:
    bridge.dispatch(ev.incoming())
    state = label(window, "callState")
    assert state.text() == "Ringing 00:00"
    qtbot.waitUntil(lambda: state.text() == "Ringing 00:01", timeout=3000)


def test_incoming_call_raises_a_minimised_window_and_notifies(
    qtbot: QtBot, window: MainWindow, bridge: TelephonyBridge
) -> None:
    ring = window.call_controls.ring_alert
    bridge.dispatch(ev.incoming("c0"))  # visible window: no notification, just raised
    assert ring.notifications == []
    bridge.dispatch(ev.ended("c0", p.EndReason.MISSED))
    window.showMinimized()
    qtbot.waitUntil(window.isMinimized, timeout=2000)
    bridge.dispatch(ev.incoming())
    assert ring.notifications == [("Incoming call", "+380 50 123 4567 Олена")]
    assert not window.isMinimized()
    # No tray on the offscreen platform: the icon is created only where there is one.
    if not QSystemTrayIcon.isSystemTrayAvailable():
        assert ring.tray is None


# ---------------------------------------------------------------------------- call waiting


def test_call_waiting_answer_holds_current_then_switch_back(
    qtbot: QtBot, window: MainWindow, bridge: TelephonyBridge, sent: list[p.Command]
) -> None:
    talking(bridge, "c1", "+380501234567")
    strip = window.card.waiting_strip
    assert not strip.isVisible()
    waiting = ev.incoming("c2", "+380671234567", "Ігор")
    bridge.dispatch(p.CallIncoming(**{**waiting.__dict__, "waiting": True}))
    assert strip.isVisible()
    assert label(window, "waitingLabel").text() == "Second call: +380 67 123 4567 — ringing 00:00"
    assert label(window, "callerNumber").text() == "+380 50 123 4567"  # still the first caller
    qtbot.mouseClick(button(window, "waitingAnswerButton"), LEFT)
    assert sent[-1] == p.Command(p.CommandName.ANSWER, "c2", {"hold_others": True})
    # The engine holds c1 and answers c2: the card follows the engine.
    bridge.dispatch(p.CallMediaChanged(call_id="c1", on_hold=True, muted=False))
    for event in ev.answered("c2"):
        bridge.dispatch(event)
    assert not strip.isVisible()
    assert label(window, "callerNumber").text() == "+380 67 123 4567"
    assert window.card.held_strip.isVisible()
    assert label(window, "heldLabel").text() == "Also on the line: +380 50 123 4567 — on hold"
    sent.clear()
    qtbot.mouseClick(button(window, "switchCallButton"), LEFT)
    assert sent == [
        p.Command(p.CommandName.HOLD, "c2", {}),
        p.Command(p.CommandName.RESUME, "c1", {}),
    ]
    assert label(window, "callerNumber").text() == "+380 50 123 4567"


def test_f6_rejects_the_waiting_call_while_talking(
    window: MainWindow, bridge: TelephonyBridge, sent: list[p.Command]
) -> None:
    talking(bridge)
    bridge.dispatch(
        p.CallIncoming(**{**ev.incoming("c2", "+380671234567").__dict__, "waiting": True})
    )
    QTest.keyClick(window, Qt.Key.Key_F6)
    assert sent[-1] == p.Command(p.CommandName.REJECT, "c2", {})
    bridge.dispatch(ev.ended("c2", p.EndReason.REJECTED))
    assert not window.card.waiting_strip.isVisible()
    assert window.card.current is not None and window.card.current.call_id == "c1"


# ---------------------------------------------------------------------------- dial box


@pytest.mark.parametrize(
    ("typed", "e164", "shown"),
    [
        ("067 123 45 67", "+380671234567", "+380 67 123 4567"),
        ("+380 50 123-45-67", "+380501234567", "+380 50 123 4567"),
        ("0442345678", "+380442345678", "+380 44 234 5678"),
    ],
)
def test_numbers_are_normalised_to_e164(typed: str, e164: str, shown: str) -> None:
    target = normalise_target(typed, "UA")
    assert (target.value, target.shown) == (e164, shown)


def test_seat_names_and_sip_addresses_pass_as_typed() -> None:
    assert normalise_target("supervisor").value == "supervisor"
    assert normalise_target("sip:seat2@127.0.0.1:5070").value == "sip:seat2@127.0.0.1:5070"


@pytest.mark.parametrize(
    "typed", ["12", "067 12", "067 123", "1abc", "sip:", "sip:a b@host", "Іван", ""]
)
def test_bad_numbers_are_refused_with_one_line(typed: str) -> None:
    with pytest.raises(TargetError) as info:
        normalise_target(typed, "UA")
    assert "\n" not in str(info.value) and str(info.value)


def test_dial_box_previews_and_enter_dials(
    qtbot: QtBot, window: MainWindow, sent: list[p.Command]
) -> None:
    field = line_edit(window, "dialInput")
    QTest.keyClick(window, Qt.Key.Key_F3)
    qtbot.waitUntil(lambda: window.focusWidget() is field, timeout=2000)
    qtbot.keyClicks(field, "067 123 45 67")
    assert label(window, "dialPreview").text() == "+380 67 123 4567"
    QTest.keyClick(field, Qt.Key.Key_Return)
    assert sent == [p.Command(p.CommandName.DIAL, None, {"uri": "+380671234567"})]
    assert label(window, "statusNotice").text() == "Calling +380 67 123 4567…"


def test_dial_box_bad_number_gives_one_line_and_dials_nothing(
    qtbot: QtBot, window: MainWindow, sent: list[p.Command]
) -> None:
    field = line_edit(window, "dialInput")
    qtbot.keyClicks(field, "067 12")
    qtbot.mouseClick(button(window, "dialButton"), LEFT)
    assert sent == []
    assert label(window, "dialPreview").text() == ("Not a valid phone number: check the digits.")


def test_call_back_slot_dials_in_one_action(window: MainWindow, sent: list[p.Command]) -> None:
    window.call_controls.dial_box.call_back("+380671234567")
    assert sent == [p.Command(p.CommandName.DIAL, None, {"uri": "+380671234567"})]
    assert line_edit(window, "dialInput").text() == "+380 67 123 4567"


def test_declined_call_goes_to_status_bar_and_missed_list_and_calls_back(
    window: MainWindow, bridge: TelephonyBridge, sent: list[p.Command]
) -> None:
    bridge.dispatch(
        p.CallDeclined(
            call_id="d1",
            remote_uri="sip:+380501234567@127.0.0.1",
            caller_number="+380501234567",
            display_name="",
            ring_at=ev.NOW,
            end_at=ev.NOW,
            end_reason=p.EndReason.NOT_READY,
            sip_code=486,
        )
    )
    assert label(window, "statusNotice").text() == (
        "Missed call from +380 50 123 4567: you were not ready"
    )
    assert window.card.current is None  # never a ringing card
    missed = find(window, QToolButton, "missedButton")
    assert isinstance(missed, QToolButton) and missed.text() == "Missed: 1"
    entries = window.call_controls.dial_box.entries()
    assert len(entries) == 1 and entries[0].text().startswith("+380 50 123 4567")
    assert entries[0].text().endswith("you were not ready")
    entries[0].trigger()
    assert sent == [p.Command(p.CommandName.DIAL, None, {"uri": "+380501234567"})]


def test_call_back_of_a_wrap_up_is_marked_done_once_answered(
    window: MainWindow, bridge: TelephonyBridge, sent: list[p.Command]
) -> None:
    box = window.call_controls.dial_box
    done: list[tuple[int, str | None]] = []
    box._mark_done = lambda w, c: done.append((w, c))
    wrap_up = SimpleNamespace(
        id=7,
        callback_number="+380671234567",
        callback_due=dt.datetime(2024, 5, 6, 12, 0, tzinfo=dt.UTC),
        topic="Довідка",
    )
    box.set_lists([], [wrap_up])
    assert find(window, QToolButton, "missedButton").text() == "Missed: 0 · Call back: 1"  # type: ignore[attr-defined]
    entries = box.entries()
    assert len(entries) == 1 and "+380 67 123 4567" in entries[0].text()
    entries[0].trigger()
    assert sent == [p.Command(p.CommandName.DIAL, None, {"uri": "+380671234567"})]
    bridge.dispatch(
        p.CallOutgoing(
            call_id="o1",
            remote_uri="sip:+380671234567@127.0.0.1",
            callee_number="+380671234567",
            ring_at=ev.NOW,
        )
    )
    assert done == []  # not before the callee answers
    bridge.dispatch(p.CallAnswered(call_id="o1", answer_at=ev.NOW))
    assert done == [(7, "o1")]


# ---------------------------------------------------------------------------- DTMF


def test_keypad_sends_clicked_and_typed_digits_and_shows_received(
    qtbot: QtBot, window: MainWindow, bridge: TelephonyBridge, sent: list[p.Command]
) -> None:
    keypad = button(window, "keypadButton")
    assert not keypad.isEnabled()  # no call, no tones
    talking(bridge)
    QTest.keyClick(window, Qt.Key.Key_F4)
    pad = window.card.dtmf_pad
    assert pad.isVisible()
    sent.clear()
    qtbot.mouseClick(button(window, "dtmfKey_5"), LEFT)
    qtbot.mouseClick(button(window, "dtmfKey_hash"), LEFT)
    QTest.keyClicks(pad, "1*")
    assert [c.args["digits"] for c in sent] == ["5", "#", "1", "*"]
    assert all(c.cmd == p.CommandName.DTMF and c.call_id == "c1" for c in sent)
    assert label(window, "dtmfSent").text() == "5#1*"
    bridge.dispatch(p.Dtmf(call_id="c1", digit="4"))
    bridge.dispatch(p.Dtmf(call_id="c1", digit="2"))
    assert label(window, "dtmfReceived").text() == "Caller pressed: 4 2"
    bridge.dispatch(ev.ended())
    assert not pad.isVisible()


# ---------------------------------------------------------------------------- transfer


def test_blind_transfer_sends_transfer_and_shows_progress(
    qtbot: QtBot, window: MainWindow, bridge: TelephonyBridge, sent: list[p.Command]
) -> None:
    talking(bridge)
    QTest.keyClick(window, Qt.Key.Key_F7)
    panel = window.card.transfer_panel
    assert panel.isVisible()
    qtbot.keyClicks(line_edit(window, "transferInput"), "044 234 56 78")
    assert label(window, "transferPreview").text() == "+380 44 234 5678"
    sent.clear()
    qtbot.mouseClick(button(window, "blindTransferButton"), LEFT)
    assert sent == [p.Command(p.CommandName.TRANSFER, "c1", {"target": "+380442345678"})]
    status = label(window, "transferStatus")
    for s, code, text in [
        ("trying", 0, "Transferring…"),
        ("failed", 404, "Could not transfer: 404"),
    ]:
        bridge.dispatch(
            p.CallTransfer(
                call_id="c1",
                target="sip:+380442345678@127.0.0.1",
                kind="blind",
                status=s,
                sip_code=code,
            )
        )
        assert status.text() == text
    bridge.dispatch(
        p.CallTransfer(call_id="c1", target="sip:x@127.0.0.1", kind="blind", status="completed")
    )
    assert status.text() == "Transferred"
    bridge.dispatch(ev.ended("c1", p.EndReason.TRANSFERRED))
    assert status.text() == "Transferred"  # still readable after the call left
    bridge.dispatch(ev.incoming("c5"))
    assert status.text() == "" and not window.card.transfer_panel.isVisible()


def test_attended_transfer_consult_then_complete_or_cancel(
    qtbot: QtBot, window: MainWindow, bridge: TelephonyBridge, sent: list[p.Command]
) -> None:
    talking(bridge)
    button(window, "transferButton").click()
    qtbot.keyClicks(line_edit(window, "transferInput"), "sip:supervisor@127.0.0.1")
    complete = button(window, "completeTransferButton")
    assert not complete.isVisible()
    sent.clear()
    qtbot.mouseClick(button(window, "consultButton"), LEFT)
    assert sent == [p.Command(p.CommandName.CONSULT, "c1", {"target": "sip:supervisor@127.0.0.1"})]
    bridge.dispatch(p.CallMediaChanged(call_id="c1", on_hold=True, muted=False))
    bridge.dispatch(
        p.CallOutgoing(
            call_id="k1",
            remote_uri="sip:supervisor@127.0.0.1",
            callee_number=None,
            ring_at=ev.NOW,
            consult_for="c1",
        )
    )
    for event in ev.answered("k1"):
        bridge.dispatch(event)
    assert label(window, "callerNumber").text() == "sip:supervisor@127.0.0.1"
    assert label(window, "consultLabel").text() == (
        "Consultation call — the caller +380 50 123 4567 is on hold"
    )
    assert label(window, "heldLabel").text() == (
        "Also on the line: +380 50 123 4567 (caller being transferred) — on hold"
    )
    assert complete.isVisible() and complete.isEnabled()
    assert not button(window, "blindTransferButton").isEnabled()
    sent.clear()
    qtbot.mouseClick(button(window, "cancelTransferButton"), LEFT)
    assert sent == [
        p.Command(p.CommandName.HANGUP, "k1", {}),
        p.Command(p.CommandName.RESUME, "c1", {}),
    ]
    sent.clear()
    qtbot.mouseClick(complete, LEFT)
    assert sent == [p.Command(p.CommandName.COMPLETE_TRANSFER, "c1", {"consult_call_id": "k1"})]


# ---------------------------------------------------------------------------- recording light


def test_card_shows_rec_beside_the_timer_while_recording(
    window: MainWindow, bridge: TelephonyBridge
) -> None:
    talking(bridge)
    rec = label(window, "cardRecordingIndicator")
    assert not rec.isVisible()
    bridge.dispatch(ev.recording_started())
    assert rec.isVisible() and rec.text() == "● REC"
    bridge.dispatch(p.Alert(code="recording_stalled", message="", call_id="c1"))
    assert rec.text() == "⚠ REC STOPPED"
    bridge.dispatch(ev.ended())
    assert not rec.isVisible()


def test_every_call_control_names_its_shortcut(window: MainWindow) -> None:
    names = {
        "agentReadyButton": "F2",
        "keypadButton": "F4",
        "transferButton": "F7",
        "waitingAnswerButton": "F5",
        "waitingRejectButton": "F6",
    }
    for name, key in names.items():
        assert key in button(window, name).toolTip(), name
    assert "F3" in line_edit(window, "dialInput").toolTip()
    assert "F2" in find(window, QToolButton, "agentNotReadyButton").toolTip()  # type: ignore[attr-defined]
    assert QApplication.instance() is not None


def test_call_controls_speak_ukrainian(qapp: QApplication, qtbot: QtBot) -> None:
    """The operator's default language: the state, the ring timer, a bad number's error,
    the reasons, the waiting strip and the transfer outcome, all in Ukrainian."""
    from console.i18n import install_translator, remove_translators

    installed = install_translator(qapp, "uk")
    try:
        bridge = TelephonyBridge()
        sent: list[p.Command] = []
        win = MainWindow(bridge, sent.append)
        qtbot.addWidget(win)
        bar = win.call_controls.state_bar
        bridge.dispatch(
            p.AgentStateChanged(state=p.AgentState.NOT_READY, since=iso(5), reason="lunch")
        )
        assert label(win, "agentStateLabel").text() == "Не готовий: Обід 00:05"
        assert [a.text() for a in bar.reason_menu.actions()] == [
            "&1 Перерва",
            "&2 Обід",
            "&3 Навчання",
            "&4 Інше",
        ]
        win.call_controls.dial_box.target_edit.edit.setText("067 12")
        win.call_controls.dial_box.target_edit.submit()
        assert label(win, "dialPreview").text() == "Неправильний номер: перевірте цифри."
        bridge.dispatch(ev.incoming())
        assert label(win, "callState").text() == "Дзвонить 00:00"
        for event in ev.answered():
            bridge.dispatch(event)
        waiting = ev.incoming("c2", "+380671234567")
        bridge.dispatch(p.CallIncoming(**{**waiting.__dict__, "waiting": True}))
        assert label(win, "waitingLabel").text() == (
            "Другий дзвінок: +380 67 123 4567 — дзвонить 00:00"
        )
        bridge.dispatch(
            p.CallTransfer(
                call_id="c1", target="sip:x@127.0.0.1", kind="blind", status="failed", sip_code=404
            )
        )
        assert label(win, "transferStatus").text() == "Не вдалося перевести: 404"
    finally:
        remove_translators(qapp, installed)
