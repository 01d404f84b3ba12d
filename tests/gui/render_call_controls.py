"""Render the call controls' states offscreen at 1366x768, in Ukrainian (issue 11 screens).

    QT_QPA_PLATFORM=offscreen python -m tests.gui.render_call_controls /work/screens/issue11

The window has real services (a fresh SQLite database, the operator's side panels), so the
screens show the layout an operator really gets; events come through the bridge.
"""

from __future__ import annotations

import datetime as dt
import os
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path
from types import SimpleNamespace

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication, QWidget

from console.bridge import TelephonyBridge
from console.i18n import install_translator
from console.main_window import MainWindow
from console.services import ConsoleServices
from console.tasks import DbWorker
from db.session import open_database
from desk.settings import load_settings
from telephony import protocol as p
from tests.gui import events as ev


def iso(seconds_ago: float) -> str:
    return (dt.datetime.now(dt.UTC) - dt.timedelta(seconds=seconds_ago)).isoformat()


def main(out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    app = QApplication.instance() or QApplication(sys.argv)
    assert isinstance(app, QApplication)
    install_translator(app, "uk")
    tmp = Path(tempfile.mkdtemp(prefix="gcall-shots-"))
    settings = load_settings(
        data_dir=tmp, config_file=tmp / "none.toml", env={}, audio_device="none", seat="s1"
    )
    sessions = open_database(settings.database)
    worker = DbWorker()
    services = ConsoleServices(settings=settings, sessions=sessions, worker=worker)
    bridge = TelephonyBridge()
    sent: list[p.Command] = []
    win = MainWindow(bridge, sent.append, worker=worker, services=services)
    win.resize(1366, 768)
    win.show()

    def settle(ms: int = 150) -> None:
        end = dt.datetime.now() + dt.timedelta(milliseconds=ms)
        while dt.datetime.now() < end:
            app.processEvents()

    def shot(name: str, widget: QWidget | None = None) -> None:
        settle()
        path = out / f"gcall-{name}.png"
        (widget or win).grab().save(str(path))
        print(path)

    def step(name: str, action: Callable[[], None]) -> None:
        action()
        shot(name)

    bridge.dispatch(ev.ready())
    bridge.engine_state.emit("ready")
    shot("01-unknown-state")
    bridge.dispatch(p.AgentStateChanged(state=p.AgentState.READY, since=iso(754)))
    shot("02-ready-idle")
    bar = win.call_controls.state_bar
    bar.toggle()  # F2: the reason menu
    settle()
    shot("03-not-ready-menu", win)
    menu_shot = out / "gcall-03b-not-ready-menu-popup.png"
    bar.reason_menu.grab().save(str(menu_shot))
    print(menu_shot)
    bar.reason_menu.hide()
    bridge.dispatch(
        p.AgentStateChanged(state=p.AgentState.NOT_READY, since=iso(65), reason="lunch")
    )
    shot("04-not-ready-lunch")
    bridge.dispatch(p.AgentStateChanged(state=p.AgentState.READY, since=iso(2)))
    ring = ev.incoming("c1", "+380501234567", "Олена")
    bridge.dispatch(ring)
    settle(1200)
    shot("05-ringing")
    for event in ev.answered("c1"):
        bridge.dispatch(event)
    bridge.dispatch(ev.recording_started("c1"))
    bridge.dispatch(p.Dtmf(call_id="c1", digit="1"))
    bridge.dispatch(p.Dtmf(call_id="c1", digit="#"))
    win.card.keypad_button.setChecked(True)
    win.card.dtmf_pad.send("12")
    shot("06-talking-rec-keypad")
    win.card.keypad_button.setChecked(False)
    waiting = ev.incoming("c2", "+380671234567", "Ігор")
    bridge.dispatch(p.CallIncoming(**{**waiting.__dict__, "waiting": True}))
    settle(1100)
    shot("07-call-waiting")
    bridge.dispatch(p.CallMediaChanged(call_id="c1", on_hold=True, muted=False))
    for event in ev.answered("c2"):
        bridge.dispatch(event)
    shot("08-second-call-first-held")
    bridge.dispatch(ev.ended("c2", p.EndReason.REMOTE_HANGUP))
    bridge.dispatch(p.CallMediaChanged(call_id="c1", on_hold=False, muted=False))
    win.card.transfer_button.setChecked(True)
    win.card.transfer_panel.target.edit.setText("sip:supervisor@127.0.0.1")
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
    shot("09-consult-transfer")
    bridge.dispatch(
        p.CallTransfer(
            call_id="c1",
            target="sip:supervisor@127.0.0.1",
            kind="attended",
            status="failed",
            sip_code=404,
            consult_call_id="k1",
        )
    )
    shot("10-transfer-failed")
    bridge.dispatch(ev.ended("k1"))
    bridge.dispatch(ev.ended("c1"))
    win.card.transfer_button.setChecked(False)
    bridge.dispatch(
        p.AgentStateChanged(
            state=p.AgentState.AFTER_CALL_WORK,
            since=iso(12),
            call_id="c1",
            acw_limit_s=120,
            cause="call_ended",
        )
    )
    box = win.call_controls.dial_box
    box.target_edit.edit.setText("067 123 45 67")
    shot("11-acw-dial-preview")
    box.target_edit.edit.setText("067 12")
    box.target_edit.submit()
    shot("12-dial-bad-number")
    bridge.dispatch(
        p.CallDeclined(
            call_id="d1",
            remote_uri="sip:+380441234567@127.0.0.1",
            caller_number="+380441234567",
            display_name="",
            ring_at=iso(30),
            end_at=iso(28),
            end_reason=p.EndReason.NOT_READY,
            sip_code=486,
        )
    )
    settle(600)  # the missed list reloaded from the database after the declined call
    box.set_lists(
        [
            SimpleNamespace(number="+380441234567", ring_at=iso(30), end_reason="not_ready"),
            SimpleNamespace(number="+380501112233", ring_at=iso(900), end_reason="missed"),
        ],
        [
            SimpleNamespace(
                id=1,
                callback_number="+380671234567",
                callback_due=dt.datetime.now(dt.UTC) + dt.timedelta(hours=1),
                topic="Довідка щодо заяви",
            )
        ],
    )
    shot("13-declined-missed-badge")
    box.show_missed()
    settle()
    menu = out / "gcall-14-missed-list.png"
    box.missed_menu.grab().save(str(menu))
    print(menu)
    box.missed_menu.hide()
    from console.settings_dialog import CallsPage

    page = CallsPage(settings)
    page.resize(560, 200)
    page.show()
    shot("15-settings-calls-tab", page)
    if win.incidents is not None:
        win.incidents.stop()
    worker.shutdown()


if __name__ == "__main__":
    main(Path(sys.argv[1] if len(sys.argv) > 1 else "/work/screens/issue11"))
