"""Dashboards (issue 13): real figures from the database drawn with pyqtgraph.

A day of calls written through the real call log; the supervisor's Reports workspace must
count them (the plots' bars hold the numbers, the per-operator table names who answered)
and refuse a reversed range in words.
"""

from __future__ import annotations

import csv
import datetime as dt
import hashlib
import json
import subprocess
from pathlib import Path

import openpyxl
import sqlalchemy as sa
from PySide6.QtCore import QDate, Qt
from pytestqt.qtbot import QtBot
from sqlalchemy.orm import Session, sessionmaker

from console.dashboard_view import DashboardView
from db.models import AuditEvent
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


def test_monthly_report_is_a_ukrainian_pdf_a_csv_and_an_xlsx_audited(
    qtbot: QtBot,
    make_window: MakeWindow,
    feed: Feed,
    tmp_path: Path,
    sessions: sessionmaker[Session],
) -> None:
    win = make_window(PETRO)
    view = win.dashboard
    assert isinstance(view, DashboardView)
    qtbot.waitUntil(lambda: view.figures is not None, timeout=10000)
    calls(feed)
    with qtbot.waitSignal(view.loaded, timeout=10000):
        qtbot.mouseClick(view.refresh_button, Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(view.report_saved, timeout=20000) as saved:
        view.export_report(tmp_path / "reports")
    pdf_path, csv_path, xlsx_path = saved.args[0]
    assert pdf_path.read_bytes().startswith(b"%PDF")
    text = subprocess.run(["pdftotext", str(pdf_path), "-"], capture_output=True, text=True,
                          check=True).stdout  # fmt: skip
    assert "Звіт служби підтримки" in text and "Прийнято" in text
    assert "Чим завершилися дзвінки" in text and "How calls ended" not in text  # Ukrainian PDF
    rows = list(csv.reader(csv_path.read_text(encoding="utf-8-sig").splitlines()))
    figures = dict(r for r in rows if len(r) == 2)
    assert figures["Усього дзвінків"] == "3" and figures["Прийнято"] == "2"
    assert figures["Пропущено"] == "1"
    assert "Report saved" in view.message.text()
    with sessions() as s:
        audit = s.scalars(
            sa.select(AuditEvent).where(AuditEvent.kind == "monthly_report_exported")
        ).one()
    payload = json.loads(audit.payload)
    assert payload["csv_sha256"] == hashlib.sha256(csv_path.read_bytes()).hexdigest()
    assert payload["xlsx_sha256"] == hashlib.sha256(xlsx_path.read_bytes()).hexdigest()
    # The workbook the head administrator opens: numbers are numbers, days are dates.
    book = openpyxl.load_workbook(xlsx_path)
    assert book.sheetnames == ["Звіт", "Показники", "Дзвінки за днями", "Оператори"]
    values = {r[0]: r[1] for r in book["Показники"].iter_rows(min_row=2, values_only=True)}
    assert values["Усього дзвінків"] == 3 and values["Прийнято"] == 2
    assert values["Середня тривалість розмови"] == dt.timedelta(seconds=90)
    days = list(book["Дзвінки за днями"].iter_rows(min_row=2, values_only=True))
    assert sum(r[1] for r in days) == 3 and all(isinstance(r[0], dt.datetime) for r in days)
    assert xlsx_path.name in view.message.text()
