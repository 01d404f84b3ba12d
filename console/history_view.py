"""Today's calls, so an operator can see a missed call or check that a call was recorded."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget

from console.caller_display import (
    direction_text,
    end_reason_text,
    format_duration,
    format_number,
    local_time,
    recording_text,
)


class HistoryWidget(QWidget):
    """A read-only list built from `CallLog.list_calls(today)` rows.

    Rows are duck-typed (`seat.calllog.CallSummary` attributes) so the widget does not
    depend on the database package; a missing optional attribute shows as an empty cell.
    """

    COLUMNS = 7

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.view = QTreeWidget(self)
        self.view.setObjectName("historyView")
        self.view.setRootIsDecorated(False)
        self.view.setUniformRowHeights(True)
        self.view.setAlternatingRowColors(True)
        self.view.setColumnCount(self.COLUMNS)
        self.view.setHeaderLabels(
            [
                self.tr("Time"),
                self.tr("Direction"),
                self.tr("Number"),
                self.tr("Duration"),
                self.tr("End"),
                self.tr("Recording"),
                self.tr("Verification"),
            ]
        )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view)

    def set_calls(self, calls: Sequence[Any]) -> None:
        self.view.clear()
        items = [QTreeWidgetItem(self._row(call)) for call in calls]
        for item, call in zip(items, calls, strict=True):
            name = getattr(call, "display_name", "") or ""
            if name:
                item.setToolTip(2, name)
            item.setData(0, Qt.ItemDataRole.UserRole, _first(call, "call_id", "id"))
        self.view.addTopLevelItems(items)
        for column in range(self.COLUMNS):
            self.view.resizeColumnToContents(column)

    def row_texts(self) -> list[list[str]]:
        """The table as the operator reads it; tests assert on this."""
        rows = []
        for index in range(self.view.topLevelItemCount()):
            item = self.view.topLevelItem(index)
            if item is not None:
                rows.append([item.text(c) for c in range(self.COLUMNS)])
        return rows

    @staticmethod
    def _row(call: Any) -> list[str]:
        end_at = getattr(call, "end_at", None)
        reason = getattr(call, "end_reason", None)
        status = getattr(call, "recording_status", None)
        return [
            local_time(getattr(call, "ring_at", None)),
            direction_text(getattr(call, "direction", "")),
            format_number(_first(call, "number", "remote_number")),
            format_duration(_first(call, "talk_duration_s", "duration_s")),
            end_reason_text(reason if end_at is not None or reason else None),
            recording_text(status),
            verification_text(getattr(call, "verification_state", None)),
        ]


def verification_text(state: str | None) -> str:
    """The call's KUTY-2.2 outcome as the history shows it ("—" when never started)."""
    texts = {
        "verified": QCoreApplication.translate("HistoryWidget", "Verified"),
        "not_verified": QCoreApplication.translate("HistoryWidget", "Not verified"),
        "locked": QCoreApplication.translate("HistoryWidget", "Locked"),
        "general_only": QCoreApplication.translate("HistoryWidget", "General help only"),
    }
    return texts.get(str(state or ""), "—" if not state else str(state))


def _first(row: Any, *names: str) -> Any:
    """The first of `names` the row has with a value (summaries name some fields twice)."""
    for name in names:
        value = getattr(row, name, None)
        if value is not None:
            return value
    return None
