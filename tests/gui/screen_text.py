"""Every text a person can read in a window, and what must never be among it (issue 13).

"No raw enum, exception text or ISO date reaches the screen": the walk collects labels,
buttons, tabs, group titles, placeholders, combo entries, list and table cells and headers
(tooltips too), and `problems()` names each text that carries a raw enum value
(`not_verified`; a one-word value such as `udp` or `disabled` when it is the whole text or
sits inside Ukrainian text), an ISO date, a UUID, a Python exception class name, or an
English phrase inside Ukrainian text ("Обліковий запис некоректний: registrar is
required"). `menu_problems()` names menus a role sees but cannot use, or that carry
another role's name. `UkrainianTables` is a translator reading console/i18n_uk.py's
tables directly, so a screen is checked in Ukrainian before the .qm is regenerated.
"""

from __future__ import annotations

import enum
import re
from collections.abc import Iterator
from pathlib import Path

from PySide6.QtCore import QTranslator
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QMainWindow,
    QMenu,
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
import db.models_records
import db.models_written
import telephony.accounts
from telephony import protocol

ENUM_MODULES = (db.enums, db.models, db.models_incidents, db.models_operator_day,
                db.models_records, db.models_written, protocol, telephony.accounts)  # fmt: skip
CYRILLIC = re.compile(r"[А-Яа-яІіЇїЄєҐґ]")
ENGLISH_PHRASE = re.compile(r"(?<![\w.:/@-])[a-z]{2,}(?: [a-z]{2,}){2,}(?![\w.:/@-])")
"""Three lowercase English words in a row: a message that was never translated."""

ISO_DATE = re.compile(r"\b\d{4}-\d{2}-\d{2}\b")
UUID = re.compile(r"\b[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\b")
EXCEPTION = re.compile(r"\b\w+(Error|Exception)\b|Traceback")


def raw_enum_values() -> set[str]:
    """Every multi-word enum value the code stores (`local_hangup`, `head_admin`): a single
    word ("threat") may be a real English word, so only snake_case values count."""
    return {v for v in _enum_values() if "_" in v}


def one_word_values() -> set[str]:
    """Enum values of one lowercase word (`udp`, `disabled`, `open`, `threat`): raw when a
    text is exactly one of them, or when one sits inside Ukrainian text."""
    return {v for v in _enum_values() if re.fullmatch(r"[a-z]{3,}", v)}


def _enum_values() -> set[str]:
    values: set[str] = set()
    for module in ENUM_MODULES:
        for item in vars(module).values():
            if isinstance(item, type) and issubclass(item, enum.Enum):
                values |= {str(m.value) for m in item}
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


def text_problems(where: str, text: str) -> list[str]:
    """What is wrong with one text a person reads (empty: nothing)."""
    raw, single = raw_enum_values(), one_word_values()
    found: list[str] = []
    words = set(re.findall(r"[a-z]+(?:_[a-z]+)+", text))
    bad = sorted(words & raw)
    if bad:
        found.append(f"{where}: raw value {bad[0]!r} in {text!r}")
    if text.strip() in single:
        found.append(f"{where}: raw value {text.strip()!r}")
    if CYRILLIC.search(text):
        inside = sorted(set(re.findall(r"(?<![\w.:/@-])[a-z]+(?![\w.:/@-])", text)) & single)
        if inside:
            found.append(f"{where}: raw value {inside[0]!r} inside Ukrainian {text!r}")
        phrase = ENGLISH_PHRASE.search(text)
        if phrase:
            found.append(f"{where}: English {phrase.group(0)!r} inside Ukrainian {text!r}")
    if ISO_DATE.search(text):
        found.append(f"{where}: ISO date in {text!r}")
    if UUID.search(text):
        found.append(f"{where}: an id in {text!r}")
    if EXCEPTION.search(text):
        found.append(f"{where}: exception text in {text!r}")
    return found


def problems(root: QWidget) -> list[str]:
    found: list[str] = []
    for where, text in texts(root):
        found += text_problems(where, text)
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


ROLE_MENU_TITLES = {
    "supervisor": ("Supervisor", "Керівник"),
    "operator": ("Operator", "Оператор"),
    "head_admin": ("Head administrator", "Головний адміністратор"),
    "admin": ("Admin", "Адміністратор"),
}


def menu_problems(window: QMainWindow, role: str) -> list[str]:
    """Menus of the menu bar that `role` sees but cannot use (no visible, enabled entry),
    or whose title names another role (issue 13: menus shown by permission)."""
    found: list[str] = []
    for action in window.menuBar().actions():
        menu = action.menu()
        if not action.isVisible() or not isinstance(menu, QMenu):
            continue
        title = action.text().replace("&", "")
        usable = [a for a in menu.actions() if a.isVisible() and a.isEnabled()]
        if not usable or not action.isEnabled():
            found.append(f"menu {title!r}: shown to {role} with nothing they may use")
        for other, names in ROLE_MENU_TITLES.items():
            if other != role and title in names:
                found.append(f"menu {title!r}: another role's name, shown to {role}")
    return found


class UkrainianTables(QTranslator):
    """The Ukrainian texts straight from console/i18n_uk.py (what `make i18n-update` will
    compile), so a new screen is checked in Ukrainian before its .qm exists."""

    def __init__(self) -> None:
        super().__init__()
        import xml.etree.ElementTree as ET

        from console.i18n_uk import UK

        self._table = UK
        ts = Path(__file__).resolve().parents[2] / "console" / "i18n" / "kuty_uk.ts"
        ours = {c.findtext("name", "") for c in ET.parse(ts).getroot().iter("context")}
        # Only the console's own contexts: Qt's (QShortcut, QDateTimeParser…) keep theirs.
        self._contexts = ours | {key.split("/", 1)[0] for key in UK if "/" in key}

    def isEmpty(self) -> bool:
        return False

    def translate(  # type: ignore[override]
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str | None:
        """None (a null QString) is "not mine"; "" would translate the text to nothing."""
        if context not in self._contexts:
            return None
        return self._table.get(f"{context}/{source}", self._table.get(source))
