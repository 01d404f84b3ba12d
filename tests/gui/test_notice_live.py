"""Issue 13: a supervisor hears of an incident filed elsewhere within a second, pushed by
PostgreSQL NOTIFY (the wallboard's `db.live.DeskListener`), not on the queue's 15 s timer.

A real PostgreSQL server (tests/support/postgres), the real console of a signed-in
supervisor, and the incident filed through `report_call_incident` as another seat's
operator button files it (its transaction announces "incidents" at commit).
"""

from __future__ import annotations

import time
from collections.abc import Iterator

import pytest
from pytestqt.qtbot import QtBot

from console.caller_display import format_number
from desk.settings import Settings, with_changes
from tests.gui.test_player_lanes import Screen, file_threat, supervisor
from tests.gui.test_recordings_browser import NUMBER, Desk, desk
from tests.support.postgres import PostgresServer

__all__ = ["desk", "supervisor"]  # fixtures, re-exported for pytest


@pytest.fixture
def settings(settings: Settings, postgres_server: PostgresServer) -> Iterator[Settings]:
    """The test's settings on a fresh PostgreSQL database of their own."""
    url = postgres_server.create_database("notice_live")
    yield with_changes(settings, database_url=url)
    postgres_server.drop_database(url)


def test_an_incident_at_another_seat_reaches_the_queue_by_notify(
    qtbot: QtBot, desk: Desk, supervisor: Screen
) -> None:
    board = supervisor.window.wallboard
    incidents = supervisor.window.incidents
    assert board is not None and incidents is not None and incidents.queue is not None
    queue = incidents.queue
    qtbot.waitUntil(lambda: getattr(board, "_listener_up", False), timeout=15000)
    with qtbot.waitSignal(board.refreshed, timeout=10000):
        board.refresh()  # the board's counts before the press
    queue._timer.stop()  # so only NOTIFY can bring the notice in time
    rec = desk.call(NUMBER)
    started = time.monotonic()
    with qtbot.waitSignal(queue.new_notices, timeout=5000):
        file_threat(desk, rec, 1.0)
    assert time.monotonic() - started < 5
    assert queue.sound.last == "beep"
    text = queue.list.currentItem().text()
    assert "operator Olena" in text and format_number(NUMBER) in text
