"""The window driven by protocol events through the bridge, as the engine client drives it."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QPushButton
from pytestqt.qtbot import QtBot

from console.bridge import TelephonyBridge
from console.main_window import MainWindow
from console.tasks import ALERT_KEY, DbWorker
from desk.errors import UserFacingError
from desk.roles import Actor, Permission, PermissionDenied, Role
from telephony import protocol as p
from tests.gui import events as ev


def button(win: MainWindow, name: str) -> QPushButton:
    found = win.findChild(QPushButton, name)
    assert found is not None, name
    return found


def label(win: MainWindow, name: str) -> QLabel:
    found = win.findChild(QLabel, name)
    assert found is not None, name
    return found


def enabled(win: MainWindow) -> dict[str, bool]:
    names = ("answerButton", "rejectButton", "hangupButton", "holdButton", "muteButton")
    return {n: button(win, n).isEnabled() for n in names}


def test_idle_window_offers_no_call_actions(window: MainWindow) -> None:
    assert not any(enabled(window).values())
    assert label(window, "callTimer").text() == "00:00"
    assert not label(window, "recordingIndicator").isVisible()
    assert not window.alert_banner.isVisible()


def test_ringing_card_shows_number_name_and_answer_sends_command(
    qtbot: QtBot, window: MainWindow, bridge: TelephonyBridge, sent: list[p.Command]
) -> None:
    bridge.dispatch(ev.incoming())
    assert label(window, "callerNumber").text() == "+380 50 123 4567"
    assert label(window, "callerName").text() == "Олена"
    assert enabled(window) == {
        "answerButton": True,
        "rejectButton": True,
        "hangupButton": False,
        "holdButton": False,
        "muteButton": False,
    }
    qtbot.mouseClick(button(window, "answerButton"), Qt.MouseButton.LeftButton)
    assert sent == [p.Command(p.CommandName.ANSWER, "c1")]


def test_incoming_call_in_early_state_is_still_answerable(
    window: MainWindow, bridge: TelephonyBridge
) -> None:
    bridge.dispatch(ev.incoming())
    bridge.dispatch(p.CallStateChanged(call_id="c1", state=p.CallState.EARLY, sip_code=180))
    assert enabled(window)["answerButton"]
    assert enabled(window)["rejectButton"]
    assert not enabled(window)["hangupButton"]


def test_withheld_number_is_named_as_such(window: MainWindow, bridge: TelephonyBridge) -> None:
    bridge.dispatch(ev.incoming(number=p.WITHHELD, name=""))
    assert label(window, "callerNumber").text() == "Withheld"


def test_reject_sends_reject(
    qtbot: QtBot, window: MainWindow, bridge: TelephonyBridge, sent: list[p.Command]
) -> None:
    bridge.dispatch(ev.incoming())
    qtbot.mouseClick(button(window, "rejectButton"), Qt.MouseButton.LeftButton)
    assert sent == [p.Command(p.CommandName.REJECT, "c1")]


def test_talking_runs_timer_and_enables_hold_mute_hangup(
    qtbot: QtBot, window: MainWindow, bridge: TelephonyBridge, sent: list[p.Command]
) -> None:
    bridge.dispatch(ev.incoming())
    for event in ev.answered():
        bridge.dispatch(event)
    assert enabled(window) == {
        "answerButton": False,
        "rejectButton": False,
        "hangupButton": True,
        "holdButton": True,
        "muteButton": True,
    }
    timer = label(window, "callTimer")
    qtbot.waitUntil(lambda: timer.text() != "00:00", timeout=2500)
    assert timer.text() == "00:01"

    qtbot.mouseClick(button(window, "holdButton"), Qt.MouseButton.LeftButton)
    assert sent[-1] == p.Command(p.CommandName.HOLD, "c1")
    assert not button(window, "holdButton").isChecked()  # only the engine's word counts
    bridge.dispatch(p.CallMediaChanged(call_id="c1", on_hold=True, muted=False))
    assert button(window, "holdButton").text() == "Resume"
    assert button(window, "holdButton").isChecked()
    qtbot.mouseClick(button(window, "holdButton"), Qt.MouseButton.LeftButton)
    assert sent[-1] == p.Command(p.CommandName.RESUME, "c1")

    qtbot.mouseClick(button(window, "muteButton"), Qt.MouseButton.LeftButton)
    assert sent[-1] == p.Command(p.CommandName.MUTE, "c1", {"on": True})
    bridge.dispatch(p.CallMediaChanged(call_id="c1", on_hold=False, muted=True))
    assert button(window, "muteButton").text() == "Unmute"

    qtbot.mouseClick(button(window, "hangupButton"), Qt.MouseButton.LeftButton)
    assert sent[-1] == p.Command(p.CommandName.HANGUP, "c1")
    bridge.dispatch(ev.ended())
    assert not any(enabled(window).values())
    assert timer.text() == "00:00"


def test_recording_indicator_follows_the_recording(
    window: MainWindow, bridge: TelephonyBridge
) -> None:
    indicator = label(window, "recordingIndicator")
    bridge.dispatch(ev.incoming())
    for event in ev.answered():
        bridge.dispatch(event)
    bridge.dispatch(ev.recording_started())
    assert indicator.isVisible()
    assert "●" in indicator.text()
    bridge.dispatch(ev.recording_finished())
    assert not indicator.isVisible()
    bridge.dispatch(ev.recording_started(rec="r2"))
    bridge.dispatch(ev.ended())
    assert not indicator.isVisible()


def test_a_stalled_recording_shows_in_words_during_the_call(
    qtbot: QtBot, window: MainWindow, bridge: TelephonyBridge
) -> None:
    """Issue 10 fault 2: the indicator must not keep saying ● REC while audio is lost."""
    indicator = label(window, "recordingIndicator")
    bridge.dispatch(ev.incoming())
    for event in ev.answered():
        bridge.dispatch(event)
    bridge.dispatch(ev.recording_started())
    bridge.dispatch(p.Alert(code="recording_stalled", message="caller stopped", call_id="c1"))
    assert indicator.isVisible() and indicator.text() == "⚠ REC STOPPED"
    assert indicator.accessibleName() == "⚠ REC STOPPED"  # not colour alone
    assert "being lost" in indicator.toolTip()
    assert "RECORDING STOPPED" in window.alert_banner.label.text()
    assert "caller stopped" not in window.alert_banner.label.text()  # words, not the engine's
    assert button(window, "hangupButton").isEnabled()

    bridge.dispatch(p.Alert(code="recording_resumed", message="grows again", call_id="c1"))
    assert indicator.text() == "● REC"
    assert "missing part is marked" in window.statusBar().currentMessage()
    bridge.dispatch(p.Alert(code="recording_stalled", message="again", call_id="c1"))
    bridge.dispatch(ev.ended())
    assert not indicator.isVisible()
    bridge.dispatch(ev.recording_started(call_id="c2", rec="r2"))
    assert indicator.text() == "● REC"  # the next call starts clean
    qtbot.mouseClick(window.alert_banner.dismiss_button, Qt.MouseButton.LeftButton)


def test_recording_failure_is_a_loud_banner_not_a_modal(
    qtbot: QtBot, window: MainWindow, bridge: TelephonyBridge
) -> None:
    bridge.dispatch(ev.incoming())
    for event in ev.answered():
        bridge.dispatch(event)
    bridge.dispatch(ev.recording_started())
    bridge.dispatch(p.Alert(code="recording_failed", message="disk full", call_id="c1"))
    banner = window.alert_banner
    assert banner.isVisible()
    assert "RECORDING FAILED" in banner.label.text()
    assert not label(window, "recordingIndicator").isVisible()
    assert button(window, "hangupButton").isEnabled()  # the operator can still act
    qtbot.mouseClick(banner.dismiss_button, Qt.MouseButton.LeftButton)
    assert not banner.isVisible()


@pytest.mark.parametrize(
    ("code", "words"),
    [
        ("no_ringer_device", "calls ring only in the headset"),
        ("not_recorded", "could not be recorded (KUTY-1.1)"),
    ],
)
def test_issue_11_alerts_are_in_words(
    window: MainWindow, bridge: TelephonyBridge, code: str, words: str
) -> None:
    bridge.dispatch(p.Alert(code=code, message="engine English", call_id="c1"))
    assert words in window.alert_banner.label.text()
    assert "engine English" not in window.alert_banner.label.text()


def test_unknown_alert_shows_engine_message(window: MainWindow, bridge: TelephonyBridge) -> None:
    bridge.dispatch(p.Alert(code="something_new", message="codec trouble"))
    assert "codec trouble" in window.alert_banner.label.text()


def test_engine_status_and_headset(window: MainWindow, bridge: TelephonyBridge) -> None:
    status = label(window, "engineStatus")
    bridge.engine_state.emit("starting")
    assert "starting" in status.text()
    bridge.dispatch(ev.ready())
    bridge.engine_state.emit("ready")
    assert status.text() == "Phone: ready"
    assert "127.0.0.1:5062" in label(window, "listenAddress").text()
    assert "Jabra" in label(window, "audioDevice").text()
    assert not window.alert_banner.isVisible()


def test_the_engine_status_names_pjsip_and_openssl(
    window: MainWindow, bridge: TelephonyBridge
) -> None:
    """Issue 14: the status bar's tooltip says which TLS library the SIP engine links."""
    import dataclasses

    status = label(window, "engineStatus")
    bridge.dispatch(dataclasses.replace(ev.ready(), pjsip="2.16", openssl="OpenSSL 3.0.19"))
    assert status.toolTip() == "PJSIP 2.16; TLS: OpenSSL 3.0.19"
    bridge.dispatch(ev.ready())  # an engine without OpenSSL says so, not an empty tip
    assert "SIP over TLS is unavailable" in status.toolTip()


def test_missing_headset_warns(window: MainWindow, bridge: TelephonyBridge) -> None:
    bridge.dispatch(ev.ready(audio_device=None))
    assert "No headset" in label(window, "audioDevice").text()
    assert "headset" in window.alert_banner.label.text()


def test_engine_death_banner_clears_on_restart(window: MainWindow, bridge: TelephonyBridge) -> None:
    bridge.dispatch(ev.incoming())
    for event in ev.answered():
        bridge.dispatch(event)
    bridge.dispatch(ev.recording_started())
    bridge.engine_died.emit("engine crashed (signal 9)")
    bridge.engine_state.emit("died")
    assert "signal 9" in window.alert_banner.label.text()
    assert not label(window, "recordingIndicator").isVisible()
    assert label(window, "engineStatus").property("engineState") == "died"
    bridge.dispatch(ev.ended(reason=p.EndReason.INTERRUPTED))
    bridge.engine_restarted.emit()
    assert not window.alert_banner.isVisible()


@dataclass
class Summary:
    id: int
    direction: str
    remote_number: str | None
    display_name: str
    ring_at: dt.datetime
    answer_at: dt.datetime | None
    end_at: dt.datetime | None
    end_reason: str | None
    duration_s: float | None
    recording_status: str | None = None


def test_history_refreshes_after_a_call_ends(
    qtbot: QtBot, bridge: TelephonyBridge, worker: DbWorker, sent: list[p.Command]
) -> None:
    calls: list[Summary] = []
    days: list[dt.date] = []

    def source(day: dt.date) -> list[Any]:
        days.append(day)
        return list(calls)

    win = MainWindow(bridge, sent.append, worker=worker, history_source=source)
    qtbot.addWidget(win)
    qtbot.waitUntil(lambda: days == [dt.date.today()])
    assert win.history.row_texts() == []
    ring = dt.datetime(2024, 5, 6, 9, 15, tzinfo=dt.UTC)
    calls.append(
        Summary(
            1,
            "incoming",
            "+380501234567",
            "Олена",
            ring,
            ring,
            ring,
            "local_hangup",
            65.0,
            "complete",
        )
    )
    calls.append(Summary(2, "incoming", p.WITHHELD, "", ring, None, ring, "missed", None))
    bridge.dispatch(ev.incoming())
    bridge.dispatch(ev.ended())
    qtbot.waitUntil(lambda: len(win.history.row_texts()) == 2)
    first, second = win.history.row_texts()
    local = ring.astimezone().strftime("%H:%M:%S")
    assert first == [
        local,
        "Incoming",
        "+380 50 123 4567",
        "01:05",
        "Operator hung up",
        "Recorded",
        "—",
        "",  # no wrap-up category
        "",  # no registration number
    ]
    assert second[2] == "Withheld"
    assert second[4] == "Missed"


def test_buttons_have_headset_shortcuts_in_tooltips(window: MainWindow) -> None:
    assert "F5" in button(window, "answerButton").toolTip()
    assert "Ctrl+Return" in button(window, "answerButton").toolTip()
    assert "F6" in button(window, "rejectButton").toolTip()
    assert "F8" in button(window, "hangupButton").toolTip()
    assert "F9" in button(window, "holdButton").toolTip()
    assert "F10" in button(window, "muteButton").toolTip()


@pytest.mark.parametrize(
    ("key", "modifier", "expected"),
    [
        (Qt.Key.Key_F5, Qt.KeyboardModifier.NoModifier, p.CommandName.ANSWER),
        (Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier, p.CommandName.ANSWER),
        (Qt.Key.Key_F6, Qt.KeyboardModifier.NoModifier, p.CommandName.REJECT),
    ],
)
def test_shortcut_keys_act_on_the_ringing_call(
    qtbot: QtBot,
    window: MainWindow,
    bridge: TelephonyBridge,
    sent: list[p.Command],
    key: Qt.Key,
    modifier: Qt.KeyboardModifier,
    expected: p.CommandName,
) -> None:
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window, Qt.Key.Key_F8)  # nothing to hang up: disabled, nothing sent
    assert sent == []
    bridge.dispatch(ev.incoming())
    qtbot.keyClick(window, key, modifier)
    assert sent == [p.Command(expected, "c1")]


def test_a_failed_call_log_write_is_a_banner_in_plain_words(
    qtbot: QtBot,
    bridge: TelephonyBridge,
    worker: DbWorker,
    sent: list[p.Command],
    caplog: pytest.LogCaptureFixture,
) -> None:
    """The engine client's writes take `call_log_failed`: the desk must know calls may go
    unlogged, but the operator reads no SQL or errno text; the log keeps the traceback."""
    win = MainWindow(bridge, sent.append, worker=worker)
    qtbot.addWidget(win)
    win.show()

    def broken() -> None:
        raise OSError("disk I/O error")

    with qtbot.waitSignal(worker.alert):
        worker.submit(broken, label="apply call_ended").failure(worker.call_log_failed)
    text = win.alert_banner.label.text()
    assert "database_failed" in win.alert_banner.alerts
    assert "The call log could not be saved" in text and "details are in the log" in text
    assert "disk I/O error" not in text and "OSError" not in text
    [record] = [r for r in caplog.records if "apply call_ended" in r.getMessage()]
    assert record.exc_info is not None  # the traceback went to the log
    qtbot.mouseClick(win.alert_banner.dismiss_button, Qt.MouseButton.LeftButton)
    assert not win.alert_banner.isVisible()


@pytest.mark.parametrize(
    ("error", "shown"),
    [
        (OSError("disk I/O error"), "An unexpected error occurred"),
        (UserFacingError("The archive folder is full.", code="archive_full"), "folder is full"),
        (PermissionDenied(Actor("olena", Role.OPERATOR), Permission.READ_AUDIT), "permission"),
    ],
)
def test_a_job_without_a_failure_callback_raises_a_one_line_alert(
    qtbot: QtBot,
    bridge: TelephonyBridge,
    worker: DbWorker,
    sent: list[p.Command],
    error: Exception,
    shown: str,
) -> None:
    """The default failure: a UserFacingError in the user's words (its code's text when
    the console has one), anything else a generic line, never the exception's text."""
    win = MainWindow(bridge, sent.append, worker=worker)
    qtbot.addWidget(win)
    win.show()

    def broken() -> None:
        raise error

    job = worker.submit(broken, label="list complaints")
    qtbot.waitUntil(lambda: win.alert_banner.isVisible())
    with pytest.raises(type(error)):
        job.wait(5)
    text = win.alert_banner.alerts[ALERT_KEY]
    assert shown in text and "\n" not in text
    assert "disk I/O error" not in text and "read_audit" not in text and "olena" not in text
    qtbot.mouseClick(win.alert_banner.dismiss_button, Qt.MouseButton.LeftButton)
    assert not win.alert_banner.isVisible()


def test_success_and_failure_callbacks_run_in_order_on_the_gui_thread(
    qtbot: QtBot, worker: DbWorker
) -> None:
    """Jobs run one at a time in submission order; a failure callback replaces the alert."""
    import threading

    ran: list[str] = []
    seen: list[tuple[str, object, bool]] = []
    gui = threading.current_thread()

    def step(name: str) -> str:
        ran.append(name)
        return name

    def fail() -> None:
        ran.append("fail")
        raise UserFacingError("no")

    def note(kind: str) -> Any:
        return lambda value: seen.append((kind, value, threading.current_thread() is gui))

    alerts: list[str] = []
    worker.alert.connect(lambda _key, text: alerts.append(text))
    worker.submit(lambda: step("a")).success(note("ok"))
    failing = worker.submit(fail).failure(note("failed"))
    last = worker.submit(lambda: step("b"), label="b").failure(note("unexpected"))
    last.success(note("ok"))
    assert last.wait(5) == "b"
    qtbot.waitUntil(lambda: len(seen) == 3)
    assert ran == ["a", "fail", "b"]
    assert seen[0] == ("ok", "a", True)
    assert seen[1][0] == "failed" and isinstance(seen[1][1], UserFacingError) and seen[1][2]
    assert seen[2] == ("ok", "b", True)
    assert alerts == []  # the failure had its own callback
    late: list[object] = []
    failing.failure(late.append)  # set after the outcome arrived: runs at once
    assert len(late) == 1


def test_a_closed_worker_drops_jobs_without_an_alert(qtbot: QtBot) -> None:
    worker = DbWorker()
    worker.shutdown()
    alerts: list[str] = []
    worker.alert.connect(lambda _key, text: alerts.append(text))
    job = worker.submit(lambda: 1, label="late").success(lambda _r: alerts.append("ran"))
    assert job.future.cancelled()
    qtbot.wait(50)
    assert alerts == []


def test_failed_command_is_said_in_the_operators_words(
    window: MainWindow, bridge: TelephonyBridge
) -> None:
    bridge.dispatch(p.CommandFailed(command="answer", message="no active call 'x'"))
    assert window.statusBar().currentMessage() == ("Could not answer the call: no active call 'x'")
    bridge.dispatch(p.CommandFailed(command="?", message="unreadable command line"))
    assert window.statusBar().currentMessage() == "Could not ?: unreadable command line"
