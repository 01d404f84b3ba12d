"""A seat whose user takes no calls (issue 13): its real engine starts Not ready, so a call
routed there is turned away with 486 for the PBX to try another seat, and appears as a
declined call; nothing rings in a window that has no call card."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy.orm import Session, sessionmaker

from console.app import Console
from console.engine_client import NO_CALLS
from desk.settings import Settings
from telephony import protocol as p
from tests.gui.test_workspaces import HANNA, add_chiefs
from tests.support.simcall import run_simcall, simcall_command

pytestmark = [pytest.mark.sip, pytest.mark.slow]


def test_head_administrators_seat_is_not_ready_and_turns_calls_away(
    qtbot: QtBot,
    open_console: Callable[..., Console],
    sessions: sessionmaker[Session],
    settings: Settings,
) -> None:
    add_chiefs(sessions)
    console = open_console(actor=HANNA)
    bar = console.window.call_controls.state_bar
    qtbot.waitUntil(lambda: bar._event is not None, timeout=10_000)
    assert bar._event.state is p.AgentState.NOT_READY and bar._event.reason == NO_CALLS
    declined: list[p.CallDeclined] = []
    console.bridge.call_declined.connect(declined.append)
    run_simcall(
        simcall_command(f"sip:operator@{settings.listen}", say="Добрий день", duration=2),
        timeout=60,
    )
    qtbot.waitUntil(lambda: bool(declined), timeout=15_000)
    assert declined[0].end_reason is p.EndReason.NOT_READY and declined[0].sip_code in (480, 486)
