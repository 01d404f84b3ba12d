"""Dashboards for supervisors and the head administrator (issue 13; KUTY-1.2, 1.3).

Plots are pyqtgraph's (a real plotting library on Qt, no hand-drawn charts): calls per day
with the answered share, the outcomes of the range, incidents by kind, verification
outcomes, complaints against their statutory deadlines; averages and a per-operator table
below. One job on the database worker computes every figure (desk.dashboard, SQL
aggregates); the GUI only draws. Bars carry their numbers as text, so nothing is told by
colour alone.
"""

from __future__ import annotations

import datetime as dt
import math
import os
import shutil
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

os.environ.setdefault("PYQTGRAPH_QT_LIB", "PySide6")

import pyqtgraph as pg
from PySide6.QtCore import QDate, QSize, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from console.caller_display import format_duration
from console.history_view import verification_text
from console.tasks import error_text

DEFAULT_DAYS = 30
REPORT_PLOT = QSize(900, 340)
"""Pixels of each plot in the monthly report's PDF (170 mm wide there)."""
BAR = "#2f6db5"
BAR_ANSWERED = "#1a7f37"


class DayAxis(pg.DateAxisItem):
    """Dates as the desk writes them (01.12), never pyqtgraph's English month names."""

    def tickStrings(self, values: list[float], scale: float, spacing: float) -> list[str]:
        fmt = "%d.%m" if spacing >= 86400 else "%d.%m %H:%M"
        return [dt.datetime.fromtimestamp(v).strftime(fmt) for v in values]


@dataclass(frozen=True)
class Figures:
    per_day: list[tuple[dt.datetime, int, int]]
    outcomes: Any
    handle: tuple[float | None, float | None]
    verification: dict[str, int]
    incidents: dict[str, int]
    complaints: dict[str, int]
    operators: list[tuple[str, int, int, float | None]]


def load_figures(services: Any, rng: Any) -> Figures:
    """Every figure of one range, on the database worker."""
    from desk import dashboard as d

    s, a = services.sessions, services.actor
    return Figures(
        per_day=d.calls_per_bucket(s, a, rng),
        outcomes=d.outcomes(s, a, rng),
        handle=d.handle_times(s, a, rng),
        verification=d.verification_outcomes(s, a, rng),
        incidents=d.incidents_by_kind(s, a, rng),
        complaints=d.complaints_against_deadline(s, a, rng),
        operators=d.per_operator(s, a, rng),
    )


class DashboardView(QWidget):
    """Range and operator filters, four plots, averages, a table per operator.

    Signals:
        loaded(object): new `Figures` are drawn.
        report_saved(object): (pdf, csv, xlsx) paths of a written monthly report.
    """

    loaded = Signal(object)
    report_saved = Signal(object)

    def __init__(self, services: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("dashboard")
        self._services = services
        self.figures: Figures | None = None
        self._asked: tuple[dt.date, dt.date, Any] | None = None
        self._shown: tuple[dt.date, dt.date, Any] | None = None
        today = QDate.currentDate()
        self.date_from = QDateEdit(today.addDays(-(DEFAULT_DAYS - 1)), self)
        self.date_to = QDateEdit(today, self)
        for edit, name in ((self.date_from, "dashboardFrom"), (self.date_to, "dashboardTo")):
            edit.setObjectName(name)
            edit.setAccessibleName(
                self.tr("First day") if edit is self.date_from else self.tr("Last day")
            )
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("dd.MM.yyyy")
        self.operator = QComboBox(self)
        self.operator.setObjectName("dashboardOperator")
        self.operator.setAccessibleName(self.tr("Operator"))
        self.operator.addItem(self.tr("The whole desk"), None)
        self.refresh_button = QPushButton(self.tr("Show"), self)
        self.refresh_button.setObjectName("dashboardRefresh")
        self.refresh_button.clicked.connect(self.refresh)
        self.report_button = QPushButton(self.tr("Monthly report…"), self)
        self.report_button.setObjectName("dashboardReport")
        self.report_button.setToolTip(
            self.tr(
                "PDF with these plots, and the figures as CSV and XLSX, for the head "
                "administrator (KUTY-1.2, KUTY-1.3)"
            )
        )
        self.report_button.clicked.connect(self.ask_report)
        self.report_paths: tuple[Path, Path, Path] | None = None
        self.message = QLabel(self)
        self.message.setObjectName("dashboardMessage")
        self.message.setWordWrap(True)
        self.averages = QLabel(self)
        self.averages.setObjectName("dashboardAverages")
        self.averages.setStyleSheet("font-weight: bold;")

        self.per_day = self._plot("plotPerDay", self.tr("Calls per day (green: answered)"), self)
        self.per_day.setAxisItems({"bottom": DayAxis(orientation="bottom")})
        self.outcome_plot = self._plot("plotOutcomes", self.tr("How calls ended"), self)
        self.incident_plot = self._plot("plotIncidents", self.tr("Incidents (KUTY-3.x)"), self)
        self.check_plot = self._plot("plotVerification", self.tr("Verification (KUTY-2.2)"), self)
        self.complaint_plot = self._plot("plotComplaints", self.tr("Complaints (KUTY-1.2)"), self)
        self.operators = QTableWidget(0, 4, self)
        self.operators.setObjectName("dashboardOperators")
        self.operators.setAccessibleName(self.tr("Figures per operator"))
        self.operators.setHorizontalHeaderLabels(
            [self.tr("Operator"), self.tr("Calls"), self.tr("Answered"), self.tr("Average talk")]
        )
        self.operators.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.operators.verticalHeader().hide()
        self.operators.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)

        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("From"), self))
        top.addWidget(self.date_from)
        top.addWidget(QLabel(self.tr("to"), self))
        top.addWidget(self.date_to)
        top.addWidget(self.operator, 1)
        top.addWidget(self.refresh_button)
        top.addWidget(self.report_button)
        grid = QGridLayout()
        grid.addWidget(self.per_day, 0, 0, 1, 2)
        grid.addWidget(self.outcome_plot, 0, 2)
        grid.addWidget(self.incident_plot, 1, 0)
        grid.addWidget(self.check_plot, 1, 1)
        grid.addWidget(self.complaint_plot, 1, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.message)
        layout.addLayout(grid, 3)
        layout.addWidget(self.averages)
        layout.addWidget(self.operators, 1)
        self._load_operators()
        self.refresh()

    def _plot(self, name: str, title: str, parent: QWidget | None = None) -> pg.PlotWidget:
        plot = pg.PlotWidget(parent, background="w")
        plot.setObjectName(name)
        plot.setAccessibleName(title)
        plot.setTitle(title, color="#1b1b1b", size="10pt")
        plot.setMenuEnabled(False)
        plot.setMouseEnabled(x=False, y=False)
        plot.hideButtons()
        plot.setMinimumHeight(150)
        return plot

    def _load_operators(self) -> None:
        from desk.dashboard import operator_names

        sessions = self._services.sessions
        job = self._services.worker.submit(lambda: operator_names(sessions), label="operators")
        job.success(self._fill_operators)

    def _fill_operators(self, rows: list[tuple[int, str]]) -> None:
        for op_id, name in rows:
            self.operator.addItem(name, op_id)

    # ------------------------------------------------------------------ data

    def range(self) -> Any:
        from desk.dashboard import DashboardRange

        first = dt.date.fromisoformat(self.date_from.date().toString("yyyy-MM-dd"))
        last = dt.date.fromisoformat(self.date_to.date().toString("yyyy-MM-dd"))
        return DashboardRange.days(first, last, self.operator.currentData())

    def refresh(self) -> None:
        try:
            rng = self.range()
            rng.check()
        except ValueError as exc:
            self.message.setText(self._range_error(str(exc)))
            return
        self.message.setText(self.tr("Counting…"))
        self.refresh_button.setEnabled(False)
        services = self._services
        first = dt.date.fromisoformat(self.date_from.date().toString("yyyy-MM-dd"))
        last = dt.date.fromisoformat(self.date_to.date().toString("yyyy-MM-dd"))
        self._asked = (first, last, rng)
        job = services.worker.submit(lambda: load_figures(services, rng), label="dashboard")
        job.success(self._draw).failure(self._failed)

    def _range_error(self, text: str) -> str:
        if "before" in text:
            return self.tr("The range ends before it starts: choose the dates again.")
        return self.tr("Choose at most 400 days (a month for the monthly report).")

    def _failed(self, exc: BaseException) -> None:
        self.refresh_button.setEnabled(True)
        self.message.setText(
            self.tr("The figures could not be read: %1").replace("%1", error_text(exc))
        )

    # ------------------------------------------------------------------ drawing

    def _draw(self, figures: Figures) -> None:
        self.refresh_button.setEnabled(True)
        self.figures = figures
        self._shown = self._asked  # the report is of what is on screen
        total = figures.outcomes.total
        self.message.setText(
            self.tr("%1 calls in the range").replace("%1", str(total))
            if total
            else self.tr("No calls in the range.")
        )
        self._draw_plots(figures, self.plots(), self._shown[2] if self._shown else self.range())
        talk, wrap = figures.handle
        self.averages.setText(
            self.tr("Average talk %1 · average wrap-up %2")
            .replace("%1", format_duration(round(talk)) if talk is not None else "—")
            .replace("%2", format_duration(round(wrap)) if wrap is not None else "—")
        )
        self.operators.setRowCount(len(figures.operators))
        for row, (name, calls, answered, avg) in enumerate(figures.operators):
            talk_text = format_duration(round(avg)) if avg is not None else "—"
            cells = [name, str(calls), str(answered), talk_text]
            for column, text in enumerate(cells):
                self.operators.setItem(row, column, QTableWidgetItem(text))
        self.loaded.emit(figures)

    def plots(self) -> dict[str, pg.PlotWidget]:
        return {
            "per_day": self.per_day,
            "outcomes": self.outcome_plot,
            "incidents": self.incident_plot,
            "verification": self.check_plot,
            "complaints": self.complaint_plot,
        }

    def _draw_plots(self, figures: Figures, plots: dict[str, pg.PlotWidget], rng: Any) -> None:
        self._draw_per_day(plots["per_day"], figures.per_day, rng)
        o = figures.outcomes
        self._bars(
            plots["outcomes"],
            [
                (self.tr("Answered"), o.answered),
                (self.tr("Missed"), o.missed),
                (self.tr("Refused"), o.refused),
                (self.tr("Other"), o.other),
            ],
        )
        kinds = {"abuse": self.tr("Abuse"), "threat": self.tr("Threat"),
                 "withdrawn": self.tr("Withdrawn")}  # fmt: skip
        self._bars(plots["incidents"], [(kinds[k], figures.incidents.get(k, 0)) for k in kinds])
        self._bars(
            plots["verification"],
            [
                (verification_text(state) if state else self.tr("Not started"), n)
                for state, n in sorted(figures.verification.items())
            ],
        )
        c = figures.complaints
        self._bars(
            plots["complaints"],
            [
                (self.tr("In time"), c["answered_in_time"]),
                (self.tr("Late"), c["answered_late"]),
                (self.tr("Open"), c["open"]),
                (self.tr("Overdue"), c["overdue"]),
            ],
        )

    def _draw_per_day(
        self, plot: pg.PlotWidget, rows: list[tuple[dt.datetime, int, int]], rng: Any
    ) -> None:
        plot.clear()
        # The whole chosen range on the axis, so one busy day is a bar, not the width.
        plot.setXRange(rng.start.timestamp(), rng.end.timestamp(), padding=0.01)
        _integer_axis(plot, max([n for _s, n, _a in rows] + [1]))
        if not rows:
            return
        xs = [stamp.timestamp() + 43200 for stamp, _n, _a in rows]  # mid-day
        width = 86400 * 0.8
        plot.addItem(pg.BarGraphItem(x=xs, height=[n for _s, n, _a in rows], width=width,
                                     brush=BAR))  # fmt: skip
        plot.addItem(pg.BarGraphItem(x=xs, height=[a for _s, _n, a in rows], width=width * 0.5,
                                     brush=BAR_ANSWERED))  # fmt: skip

    # ------------------------------------------------------------------ report

    def ask_report(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self, self.tr("Folder for the report"), str(Path.home())
        )
        if folder:
            self.export_report(Path(folder))

    def export_report(self, folder: Path) -> None:
        """The figures on screen, their plots rendered here (GUI thread), the files written
        on the worker: the PDF says exactly what the supervisor is looking at."""
        if self.figures is None or self._shown is None:
            self.message.setText(self.tr("Show the figures first."))
            return
        images = Path(tempfile.mkdtemp(prefix="kuty-report-"))
        plots: list[tuple[str, Path]] = []
        # Fresh plots of a fixed size (the page may be hidden or squeezed): the PDF's
        # images do not depend on how the window happens to be laid out.
        fixed = {key: self._plot(key, plot.accessibleName(), None)
                 for key, plot in self.plots().items()}  # fmt: skip
        fixed["per_day"].setAxisItems({"bottom": DayAxis(orientation="bottom")})
        self._draw_plots(self.figures, fixed, self._shown[2])
        for key, plot in fixed.items():
            plot.resize(REPORT_PLOT)
            path = images / f"{key}.png"
            plot.setTitle(None)  # the PDF puts its own Ukrainian caption above
            if plot.grab().save(str(path)):
                plots.append((key, path))
            plot.deleteLater()
        from incidents.monthly_report import MonthlyFigures, write_monthly_report

        shown, services = self.figures, self._services
        figures = MonthlyFigures(
            first=self._shown[0],
            last=self._shown[1],
            outcomes=shown.outcomes,
            handle=shown.handle,
            verification=shown.verification,
            incidents=shown.incidents,
            complaints=shown.complaints,
            operators=shown.operators,
            made_at=dt.datetime.now(dt.UTC),
            made_by=services.actor.label,
            per_day=list(shown.per_day),
        )

        def job() -> tuple[Path, Path, Path]:
            try:
                return write_monthly_report(services.sessions, figures, plots, folder)
            finally:
                shutil.rmtree(images, ignore_errors=True)

        self.report_button.setEnabled(False)
        self.message.setText(self.tr("Writing the report…"))
        services.worker.submit(job, label="monthly report").success(self._reported).failure(
            self._report_failed
        )

    def _reported(self, paths: tuple[Path, Path, Path]) -> None:
        self.report_button.setEnabled(True)
        self.report_paths = paths
        self.message.setText(
            self.tr("Report saved: %1, %2 and %3")
            .replace("%1", str(paths[0]))
            .replace("%2", paths[1].name)
            .replace("%3", paths[2].name)
        )
        self.report_saved.emit(paths)

    def _report_failed(self, exc: BaseException) -> None:
        self.report_button.setEnabled(True)
        self.message.setText(
            self.tr("The report was not written: %1").replace("%1", error_text(exc))
        )

    @staticmethod
    def _bars(plot: pg.PlotWidget, items: list[tuple[str, int]]) -> None:
        plot.clear()
        xs = list(range(len(items)))
        plot.addItem(pg.BarGraphItem(x=xs, height=[n for _l, n in items], width=0.6, brush=BAR))
        top = max([n for _l, n in items] + [1])
        for x, (_label, n) in zip(xs, items, strict=True):
            text = pg.TextItem(str(n), color="#1b1b1b", anchor=(0.5, 1.0))
            text.setPos(x, n + top * 0.02)
            plot.addItem(text)
        plot.getAxis("bottom").setTicks(
            [[(x, label) for x, (label, _n) in zip(xs, items, strict=True)]]
        )
        plot.setYRange(0, top * 1.2)
        _integer_axis(plot, top)


def _integer_axis(plot: pg.PlotWidget, top: int) -> None:
    """Counts are whole numbers: no 0.5 ticks on a bar of one."""
    step = max(1, math.ceil(top / 4))
    plot.getAxis("left").setTickSpacing(step, step)
