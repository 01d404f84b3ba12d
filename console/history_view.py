"""Today's calls, so an operator can see a missed call or check that a call was recorded.

Issue 11: a call ended by an incident reads as its kind ("Abuse", "Threat"), a call the
seat refused says why in words (not ready, busy, not recorded), a transfer says so, the
wrap-up's category and registration number are on the row, and a row can be called back
in one action (button, context menu, Enter or double click): `call_back_requested`.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QPoint, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QMenu,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from console.caller_display import (
    direction_text,
    end_reason_text,
    format_duration,
    format_number,
    local_time,
    recording_text,
)
from console.wrapup_fields import category_text


class HistoryWidget(QWidget):
    """A read-only list built from `CallLog.list_calls(today)` rows.

    Rows are duck-typed (`seat.calllog.CallSummary` attributes) so the widget does not
    depend on the database package; a missing optional attribute shows as an empty cell.

    Signals:
        call_back_requested(str): the operator asked to call this row's number (E.164);
            the window hands it to the dial box.
    """

    COLUMNS = 9
    NUMBER_ROLE = Qt.ItemDataRole.UserRole + 1

    call_back_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.view = QTreeWidget(self)
        self.view.setObjectName("historyView")
        self.view.setAccessibleName(self.tr("Today's calls"))
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
                self.tr("Category"),
                self.tr("Reg. number"),
            ]
        )
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.view.customContextMenuRequested.connect(self._menu)
        self.view.itemDoubleClicked.connect(lambda _item, _col: self.call_back_selected())
        self.view.currentItemChanged.connect(lambda _a, _b: self._update_button())
        self.view.installEventFilter(self)
        # The window places the button (beside the title); it belongs to this widget.
        self.call_back_button = QPushButton(self.tr("Call back"), self)
        self.call_back_button.setObjectName("historyCallBack")
        self.call_back_button.setToolTip(
            self.tr("Call the selected row's number back (Enter or double click on the row)")
        )
        self.call_back_button.clicked.connect(self.call_back_selected)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view)
        self._update_button()

    def set_calls(self, calls: Sequence[Any]) -> None:
        self.view.clear()
        items = [QTreeWidgetItem(self._row(call)) for call in calls]
        for item, call in zip(items, calls, strict=True):
            name = getattr(call, "display_name", "") or ""
            if name:
                item.setToolTip(2, name)
            item.setData(0, Qt.ItemDataRole.UserRole, _first(call, "call_id", "id"))
            number = _first(call, "number", "remote_number")
            if isinstance(number, str) and number.startswith("+"):
                item.setData(0, self.NUMBER_ROLE, number)
        self.view.addTopLevelItems(items)
        for column in range(self.COLUMNS):
            self.view.resizeColumnToContents(column)
        self._update_button()

    def selected_number(self) -> str | None:
        item = self.view.currentItem()
        number = item.data(0, self.NUMBER_ROLE) if item is not None else None
        return str(number) if number else None

    def call_back_selected(self) -> None:
        """Ask for a call to the selected row's number (withheld rows have none)."""
        number = self.selected_number()
        if number:
            self.call_back_requested.emit(number)

    def _update_button(self) -> None:
        self.call_back_button.setEnabled(self.selected_number() is not None)

    def _menu(self, pos: QPoint) -> None:
        item = self.view.itemAt(pos)
        if item is None:
            return
        self.view.setCurrentItem(item)
        self.context_menu().popup(self.view.viewport().mapToGlobal(pos))

    def context_menu(self) -> QMenu:
        """The selected row's context menu (built apart from showing it, for tests)."""
        menu = QMenu(self)
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        action = menu.addAction(self.tr("Call back"))
        action.setEnabled(self.selected_number() is not None)
        action.triggered.connect(self.call_back_selected)
        return menu

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Enter on a row calls back (the list is read-only, Enter has no other use)."""
        if (
            watched is self.view
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        ):
            self.call_back_selected()
            return True
        return super().eventFilter(watched, event)

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
            end_text(call, reason if end_at is not None or reason else None),
            recording_text(status),
            verification_text(getattr(call, "verification_state", None)),
            category_text(str(category)) if (category := getattr(call, "category", None)) else "",
            getattr(call, "registration_number", None) or "",
        ]


def end_text(call: Any, reason: object) -> str:
    """How the call ended, in words: an incident by its kind, a refused call by its reason.

    An abuse or threat ends with the operator's hang-up, but "Operator hung up" would hide
    what happened (KUTY-3.1, KUTY-3.2); a threat outranks abuse on the same call.
    """
    kinds = tuple(getattr(call, "incident_kinds", ()) or ())
    if "threat" in kinds:
        return QCoreApplication.translate("HistoryWidget", "Threat")
    if "abuse" in kinds:
        return QCoreApplication.translate("HistoryWidget", "Abuse")
    value = str(getattr(reason, "value", reason)) if reason is not None else ""
    refused = {
        "not_ready": QCoreApplication.translate("HistoryWidget", "Not ready"),
        "busy": QCoreApplication.translate("HistoryWidget", "Busy"),
        "not_recorded": QCoreApplication.translate("HistoryWidget", "Not recorded — refused"),
        "capacity": QCoreApplication.translate("HistoryWidget", "All lines busy — refused"),
        "policy": QCoreApplication.translate("HistoryWidget", "No voice calls — refused"),
        "transferred": QCoreApplication.translate("HistoryWidget", "Transferred"),
    }
    if value == "transferred" and (target := getattr(call, "transfer_target", None)):
        return QCoreApplication.translate("HistoryWidget", "Transferred to %1").replace(
            "%1", format_number(str(target)) if str(target).startswith("+") else str(target)
        )
    return refused.get(value) or end_reason_text(reason)


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
