"""The scripts panel: the policy's texts to read aloud, and "refused" in one click.

KUTY-2.3 … 2.8 keep applying after verification (a verified caller still gets no legal
advice), so the panel is a tab that is always there, not a step of the call. Scripts are
policy data (`services.policy.scripts`): each desk brings its own in its own language
(e.g. KZP-30-11 "never asks for passwords"). A refusal script's button puts
"refused: <rule>" on the wrap-up of the current or just-ended call; if the script names an
out-of-scope category, the wrap-up is marked out of scope with that rule too.

Keyboard: Ctrl+Shift+S focuses the list from anywhere in the window (the window owns the
shortcut: a hidden tab's shortcuts never fire), arrows choose a script, Enter on a refusal
script records the refusal.
"""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from console.fonts import READ_ALOUD, follow_app_font

log = logging.getLogger(__name__)

FOCUS_SHORTCUT = "Ctrl+Shift+S"


class ScriptsPanel(QWidget):
    """List of script titles, the chosen text large, and one button per refused rule.

    Signals:
        refused(str, object): a rule the operator refused on ("KUTY-2.3") and the
            out-of-scope category id the script names (or None).
        focus_requested(): the shortcut was pressed; the window shows this tab.
    """

    refused = Signal(str, object)
    focus_requested = Signal()

    def __init__(self, services: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("scriptsPanel")
        self.scripts: tuple[Any, ...] = ()
        try:
            self.scripts = tuple(getattr(services.policy, "scripts", ()))
        except Exception as exc:  # a broken policy must not take the call screen down
            log.error("cannot read the policy's scripts: %s", exc)
        self.list = QListWidget(self)
        self.list.setObjectName("scriptList")
        self.list.setAccessibleName(self.tr("Scripts"))
        self.list.setMinimumHeight(90)
        self.text = QTextBrowser(self)
        self.text.setObjectName("scriptText")
        self.text.setAccessibleName(self.tr("Script text to read aloud"))
        follow_app_font(self.text, READ_ALOUD)
        self.text.setMinimumHeight(120)
        self.rules_label = QLabel(self)
        self.rules_label.setObjectName("scriptRules")
        self.rules_label.setWordWrap(True)
        self._buttons_row = QHBoxLayout()
        self.refuse_buttons: list[QPushButton] = []
        self.status_label = QLabel(self)
        self.status_label.setObjectName("scriptsStatus")
        self.status_label.setWordWrap(True)
        if not self.scripts:
            self.status_label.setText(self.tr("This desk's policy has no scripts."))

        split = QSplitter(Qt.Orientation.Vertical, self)
        split.setChildrenCollapsible(False)
        split.addWidget(self.list)
        split.addWidget(self.text)
        split.setStretchFactor(1, 3)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(split, 1)
        layout.addWidget(self.rules_label)
        layout.addLayout(self._buttons_row)
        layout.addWidget(self.status_label)

        for script in self.scripts:
            item = QListWidgetItem(str(script.title))
            item.setToolTip(", ".join(script.rules))
            self.list.addItem(item)
        self.list.currentRowChanged.connect(self._show)
        self.list.itemActivated.connect(lambda _item: self.refuse_current())
        self.list.installEventFilter(self)
        self.list.setToolTip(
            self.tr(
                "Scripts to read aloud (%1 to come here; arrows choose; Enter records a refusal)"
            ).replace("%1", FOCUS_SHORTCUT)
        )
        if self.scripts:
            self.list.setCurrentRow(0)

    def current(self) -> Any | None:
        row = self.list.currentRow()
        return self.scripts[row] if 0 <= row < len(self.scripts) else None

    def focus_list(self) -> None:
        """From anywhere in the window: show this tab and put the keyboard on the list."""
        self.focus_requested.emit()
        self.list.setFocus(Qt.FocusReason.ShortcutFocusReason)
        if self.list.currentRow() < 0 and self.scripts:
            self.list.setCurrentRow(0)

    def _show(self, _row: int) -> None:
        script = self.current()
        for button in self.refuse_buttons:
            self._buttons_row.removeWidget(button)
            button.deleteLater()
        self.refuse_buttons = []
        if script is None:
            self.text.clear()
            self.rules_label.clear()
            return
        self.text.setPlainText(str(script.text))
        self.rules_label.setText(self.tr("Rules: %1").replace("%1", ", ".join(script.rules) or "—"))
        if script.kind != "refusal":
            return
        for rule in script.rules:
            button = QPushButton(self.tr("Refused: %1").replace("%1", rule), self)
            button.setObjectName(f"refuse-{rule}")
            button.setToolTip(
                self.tr(
                    'Put "refused: %1" on the wrap-up of this call (Enter in the list)'
                ).replace("%1", rule)
            )
            button.clicked.connect(lambda _c=False, r=rule: self.refuse(r))
            self._buttons_row.addWidget(button)
            self.refuse_buttons.append(button)

    def refuse_current(self) -> None:
        """Enter on a refusal script: its first rule."""
        script = self.current()
        if script is not None and script.kind == "refusal" and script.rules:
            self.refuse(script.rules[0])

    def refuse(self, rule: str) -> None:
        script = self.current()
        category = getattr(script, "category", None) if script is not None else None
        self.refused.emit(rule, category)

    def show_refusal(self, rule: str, added: bool) -> None:
        """What became of a refusal press (the window reports the wrap-up's answer)."""
        self.status_label.setText(
            self.tr("Added to the wrap-up: refused %1.").replace("%1", rule)
            if added
            else self.tr('No call or open wrap-up to add "refused: %1" to.').replace("%1", rule)
        )

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Enter/Return on the list records the refusal even when no item is 'activated'."""
        if (
            watched is self.list
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        ):
            self.refuse_current()
            return True
        return super().eventFilter(watched, event)
