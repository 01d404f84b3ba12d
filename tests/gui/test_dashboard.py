"""Dashboards (issue 13): real figures from the database drawn with pyqtgraph.

A day of calls written through the real call log; the supervisor's Reports workspace must
count them (the plots' bars hold the numbers, the per-operator table names who answered)
and refuse a reversed range in words.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Qt
from pytestqt.qtbot import QtBot

from console.dashboard_view import DashboardView
from telephony import protocol as p
from tests.gui.conftest import Feed, MakeWindow
from tests.gui.people import PETRO


def calls(feed: Feed) -> None:
    now = dt.datetime.now(dt.UTC) - dt.timedelta(hours=1)
    for n, answered in enumerate((True, True, False)):
        at = now + dt.timedelta(minutes=n)
        call_id = f"d{n}"
        feed(p.CallIncoming(call_id=call_id, remote_uri="sip:+380501234567@127.0.0.1",
                            caller_number="+380501234567", display_name="",
                            ring_at=at.isoformat()))  # fmt: skip
        if answered:
            feed(p.CallAnswered(call_id=call_id, answer_at=at.isoformat()))
        end = (at + dt.timedelta(seconds=90)).isoformat()
        reason = p.EndReason.LOCAL_HANGUP if answered else p.EndReason.MISSED
        feed(p.CallEnded(call_id=call_id, end_at=end, end_reason=reason))


def bar_heights(plot: object) -> list[float]:
    import pyqtgraph as pg

    bars = [i for i in plot.getPlotItem().items if isinstance(i, pg.BarGraphItem)]  # type: ignore[attr-defined]
    return [float(h) for h in bars[0].opts["height"]]


def test_reports_count_the_desks_calls(qtbot: QtBot, make_window: MakeWindow, feed: Feed) -> None:
    win = make_window(PETRO)
    view = win.dashboard
    assert isinstance(view, DashboardView)
    qtbot.waitUntil(lambda: view.figures is not None, timeout=10000)  # the opening load
    assert view.message.text() == "No calls in the range."
    calls(feed)
    assert win.show_workspace("reports")
    with qtbot.waitSignal(view.loaded, timeout=10000):
        qtbot.mouseClick(view.refresh_button, Qt.MouseButton.LeftButton)
    figures = view.figures
    assert figures is not None
    assert (figures.outcomes.answered, figures.outcomes.missed) == (2, 1)
    assert bar_heights(view.outcome_plot) == [2.0, 1.0, 0.0, 0.0]
    assert sum(bar_heights(view.per_day)) == 3.0
    assert view.message.text() == "3 calls in the range"
    assert "Average talk 01:30" in view.averages.text()

    view.date_from.setDate(QDate.currentDate().addDays(2))
    qtbot.mouseClick(view.refresh_button, Qt.MouseButton.LeftButton)
    assert view.message.text() == "The range ends before it starts: choose the dates again."
