"""One window, a workspace per role (issue 13): a side navigation and the pages behind it.

Every role used to get the operator's window with its own work squeezed into tabs under an
unused call panel (a head administrator saw "Ready" and "Answer" she may not use). Now the
window holds workspaces: calls for those who take calls, supervision for those who oversee
(KUTY-1.2, 1.3, 3.x), recordings for those who may play them, administration for admins.
Each uses the whole window; the navigation shows only what the signed-in role may use
(`desk.roles.allowed`, the same checks the services make), so there is no dead button.

Keys: Ctrl+1 … Ctrl+6 open the workspaces in their order (shown in each item's tooltip),
so a headset operator never needs the mouse to get back to the call.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QFont, QFontMetrics, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QStackedWidget,
    QWidget,
)

NAV_MIN_WIDTH = 72
NAV_PADDING = 28
"""The navigation is as wide as its longest title (bold, with a count) and no wider: on a
1366 px screen every pixel it takes is one the recordings table's columns lack."""


@dataclass(frozen=True)
class Workspace:
    key: str  # "calls", "supervision", "recordings", "administration"
    title: str  # translated
    tooltip: str  # translated, names the rule ids and the shortcut
    page: QWidget


class WorkspaceNav(QWidget):
    """The navigation list on the left and the stacked pages; one page visible at a time.

    Signals:
        changed(str): the workspace now shown (its key).
    """

    changed = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("workspaces")
        self.nav = QListWidget(self)
        self.nav.setObjectName("workspaceNav")
        self.nav.setAccessibleName(self.tr("Workspaces"))
        self.nav.setIconSize(QSize(0, 0))
        self.nav.setSpacing(2)
        self.nav.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.nav.setStyleSheet(
            "QListWidget#workspaceNav::item { padding: 8px 4px; }"
            "QListWidget#workspaceNav::item:selected { font-weight: bold; }"
        )
        self._fit_width()
        self.stack = QStackedWidget(self)
        self.stack.setObjectName("workspaceStack")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.nav)
        layout.addWidget(self.stack, 1)
        self._spaces: list[Workspace] = []
        self._titles: dict[str, str] = {}
        self.nav.currentRowChanged.connect(self._on_row)

    def add(self, space: Workspace) -> None:
        """Append a workspace; the first one added is shown."""
        index = len(self._spaces)
        self._spaces.append(space)
        self._titles[space.key] = space.title
        item = QListWidgetItem(space.title)
        item.setData(Qt.ItemDataRole.UserRole, space.key)
        shortcut = f"Ctrl+{index + 1}" if index < 9 else ""
        tooltip = f"{space.tooltip} ({shortcut})" if shortcut else space.tooltip
        item.setToolTip(tooltip)
        item.setData(Qt.ItemDataRole.AccessibleDescriptionRole, tooltip)
        self.nav.addItem(item)
        self.stack.addWidget(space.page)
        if shortcut:
            key = QShortcut(QKeySequence(shortcut), self.window())
            key.setContext(Qt.ShortcutContext.WindowShortcut)
            key.activated.connect(lambda k=space.key: self.show_workspace(k))
        if index == 0:
            self.nav.setCurrentRow(0)
        # One workspace needs no navigation: the operator's window stays as it was.
        self.nav.setVisible(len(self._spaces) > 1)
        self._fit_width()

    def available(self) -> list[str]:
        return [s.key for s in self._spaces]

    def page(self, key: str) -> QWidget | None:
        for space in self._spaces:
            if space.key == key:
                return space.page
        return None

    def current(self) -> str:
        row = self.nav.currentRow()
        return self._spaces[row].key if 0 <= row < len(self._spaces) else ""

    def show_workspace(self, key: str) -> bool:
        """Bring `key` to the front; False when this role has no such workspace."""
        for row, space in enumerate(self._spaces):
            if space.key == key:
                self.nav.setCurrentRow(row)
                return True
        return False

    def set_count(self, key: str, count: int) -> None:
        """Show a waiting count on an item ("Нагляд (2)"), never by colour alone."""
        for row, space in enumerate(self._spaces):
            if space.key == key:
                item = self.nav.item(row)
                title = self._titles[key]
                item.setText(f"{title} ({count})" if count else title)
        self._fit_width()

    def _fit_width(self) -> None:
        bold = QFont(self.nav.font())
        bold.setBold(True)
        metrics = QFontMetrics(bold)
        texts = [self.nav.item(row).text() for row in range(self.nav.count())]
        # Room for a two-digit count, so the width does not jump when notices arrive.
        widest = max((metrics.horizontalAdvance(f"{t} (88)") for t in texts), default=0)
        self.nav.setFixedWidth(max(NAV_MIN_WIDTH, widest + NAV_PADDING))

    def _on_row(self, row: int) -> None:
        if 0 <= row < len(self._spaces):
            self.stack.setCurrentIndex(row)
            self.changed.emit(self._spaces[row].key)
