"""Calls the seat turned away before ringing, as the operator sees them (issue 15): all
lines busy (capacity), a malformed request, a call not from the PBX."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QLabel

from console.bridge import TelephonyBridge
from console.history_view import end_text
from console.i18n import install_translator, remove_translators
from console.main_window import MainWindow
from telephony import protocol as p
from tests.gui import events as ev


def declined(reason: p.EndReason, code: int, call_id: str = "d1") -> p.CallDeclined:
    return p.CallDeclined(
        call_id=call_id, remote_uri="sip:+380501234567@127.0.0.1",
        caller_number="+380501234567", display_name="", ring_at=ev.NOW, end_at=ev.NOW,
        end_reason=reason, sip_code=code, reason="all 8 call slots of the engine taken",
    )  # fmt: skip


def notice(window: MainWindow) -> str:
    found = window.findChild(QLabel, "statusNotice")
    assert isinstance(found, QLabel)
    return found.text()


def test_capacity_refusal_is_a_missed_call_with_its_reason(
    window: MainWindow, bridge: TelephonyBridge
) -> None:
    bridge.dispatch(declined(p.EndReason.CAPACITY, 486))
    assert notice(window) == "Missed call from +380 50 123 4567: all lines of this seat were busy"
    entries = window.call_controls.dial_box.entries()
    assert len(entries) == 1 and entries[0].text().endswith("all lines were busy")
    assert window.card.current is None  # never a ringing card


def test_refusals_speak_ukrainian(
    qapp: QApplication, window: MainWindow, bridge: TelephonyBridge
) -> None:
    installed = install_translator(qapp, "uk")
    try:
        bridge.dispatch(declined(p.EndReason.CAPACITY, 486))
        assert notice(window) == (
            "Пропущений дзвінок від +380 50 123 4567: усі лінії цього робочого місця були зайняті"
        )
        bridge.dispatch(declined(p.EndReason.UNKNOWN_SOURCE, 403, "d2"))
        assert notice(window) == "Відхилено дзвінок від +380 50 123 4567: він надійшов не через АТС"
        bridge.dispatch(declined(p.EndReason.MALFORMED, 400, "d3"))
        assert notice(window) == "Відхилено некоректний запит дзвінка від +380 50 123 4567"
        texts = [end_text(None, r) for r in ("capacity", "malformed", "unknown_source")]
        assert texts == [
            "Усі лінії зайняті — відхилено",
            "Відхилено: некоректний запит дзвінка",
            "Відхилено: не через АТС",
        ]
    finally:
        remove_translators(qapp, installed)
