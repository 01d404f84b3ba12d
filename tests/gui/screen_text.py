"""Every text a person can read in a window, and what must never be among it (issue 13).

"No raw enum, exception text or ISO date reaches the screen": the walk collects labels,
buttons, tabs, group titles, placeholders, combo entries, list and table cells and headers
(tooltips too), and `problems()` names each text that carries a raw enum value
(`not_verified`), an ISO date, a UUID or a Python exception class name.
"""

from __future__ import annotations

import enum
import re
from collections.abc import Iterator

from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QTableWidget,
    QTabWidget,
    QTextEdit,
    QWidget,
)

import db.enums
import db.models
import db.models_incidents
import db.models_operator_day
from telephony import protocol

ISO_DATE = re.compile(r"\b\d{4}-\d{2}-\d{2}\b")
UUID = re.compile(r"\b[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\b")
EXCEPTION = re.compile(r"\b\w+(Error|Exception)\b|Traceback")


def raw_enum_values() -> set[str]:
    """Every multi-word enum value the code stores (`local_hangup`, `head_admin`): a single
    word ("threat") may be a real English word, so only snake_case values count."""
    values: set[str] = set()
    for module in (db.enums, db.models, db.models_incidents, db.models_operator_day, protocol):
        for item in vars(module).values():
            if isinstance(item, type) and issubclass(item, enum.Enum):
                values |= {str(m.value) for m in item if "_" in str(m.value)}
    return values


def texts(root: QWidget, tooltips: bool = True) -> Iterator[tuple[str, str]]:
    """(where, text) for every readable text under `root` that is visible to a user."""
    for widget in [root, *root.findChildren(QWidget)]:
        if not widget.isVisibleTo(root.window()):
            continue
        name = widget.objectName() or type(widget).__name__
        found: list[str] = []
        if isinstance(widget, QLabel | QAbstractButton):
            found.append(widget.text())
        if isinstance(widget, QGroupBox):
            found.append(widget.title())
        if isinstance(widget, QLineEdit):
            found += [widget.text(), widget.placeholderText()]
        if isinstance(widget, QPlainTextEdit | QTextEdit) and widget.isReadOnly():
            found.append(widget.toPlainText())  # details panes; typed text is the user's
        if isinstance(widget, QComboBox):
            found += [widget.itemText(i) for i in range(widget.count())]
        if isinstance(widget, QTabWidget):
            found += [widget.tabText(i) for i in range(widget.count())]
        if isinstance(widget, QListWidget):
            found += [widget.item(i).text() for i in range(widget.count())]
        if isinstance(widget, QTableWidget):
            for row in range(widget.rowCount()):
                for col in range(widget.columnCount()):
                    item = widget.item(row, col)
                    if item is not None:
                        found.append(item.text())
            for col in range(widget.columnCount()):
                header = widget.horizontalHeaderItem(col)
                if header is not None:
                    found.append(header.text())
        if tooltips:
            found.append(widget.toolTip())
        for text in found:
            if text:
                yield name, text


def problems(root: QWidget) -> list[str]:
    raw = raw_enum_values()
    found: list[str] = []
    for where, text in texts(root):
        words = set(re.findall(r"[a-z]+(?:_[a-z]+)+", text))
        bad = sorted(words & raw)
        if bad:
            found.append(f"{where}: raw value {bad[0]!r} in {text!r}")
        if ISO_DATE.search(text):
            found.append(f"{where}: ISO date in {text!r}")
        if UUID.search(text):
            found.append(f"{where}: an id in {text!r}")
        if EXCEPTION.search(text):
            found.append(f"{where}: exception text in {text!r}")
    return found


def nameless_controls(window: QWidget) -> list[str]:
    """Visible controls a screen reader could only call "combo box" or "table" (issue 13:
    every control has an accessible name): no text, accessible name, buddy label or
    placeholder. Qt's own parts (header views, a table's corner button, a spin box's line
    edit, all named `qt_…`) take their names from their owner and are left out."""
    from PySide6.QtWidgets import QAbstractSpinBox, QHeaderView

    buddies = {id(label.buddy()) for label in window.findChildren(QLabel) if label.buddy()}
    found: list[str] = []
    for widget in window.findChildren(QWidget):
        if not widget.isVisibleTo(window) or widget.objectName().startswith("qt_"):
            continue
        if isinstance(widget, QHeaderView):
            continue
        if isinstance(widget, QAbstractButton):
            named = bool(widget.text().strip() or widget.accessibleName() or widget.toolTip())
        elif (
            isinstance(
                widget,
                QLineEdit
                | QComboBox
                | QAbstractSpinBox
                | QPlainTextEdit
                | QTextEdit
                | QListWidget
                | QTableWidget,
            )
            or type(widget).__name__ == "QTreeWidget"
        ):
            placeholder = isinstance(widget, QLineEdit) and bool(widget.placeholderText())
            named = bool(widget.accessibleName() or id(widget) in buddies or placeholder)
        else:
            continue
        if not named:
            parent = widget.parentWidget()
            where = parent.objectName() if parent is not None else ""
            found.append(f"{type(widget).__name__} {widget.objectName() or '?'} in {where}")
    return found
