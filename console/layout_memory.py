"""Layout pieces of the main window (issue 11): scrolling side tabs, and memory of where
each user put the window's splitters and how large they made it.

Operators share seats, and each arranges the call card, the side tabs and today's calls to
their own eyes; the sizes are kept per user in an INI file in the seat's data folder (not
the OS user's home: one OS account often serves a whole shift). A window without services
(tests of the bare window, the demo) remembers nothing.
"""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import QObject, QSettings, QSize
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMainWindow, QScrollArea, QSplitter, QTabWidget, QWidget

log = logging.getLogger(__name__)

FILE_NAME = "console-layout.ini"


class LayoutMemory(QObject):
    """Saves splitter sizes when the user moves one, restores them when the window opens."""

    def __init__(self, window: QMainWindow, services: Any) -> None:
        super().__init__(window)
        self._window = window
        self._settings: QSettings | None = None
        self._user = ""
        if services is not None:
            path = services.settings.data_dir / FILE_NAME
            self._settings = QSettings(str(path), QSettings.Format.IniFormat, self)
            self._user = _key_part(services.actor.username)

    def splitters(self) -> list[QSplitter]:
        """The window's named splitters (the ones worth remembering)."""
        return [s for s in self._window.findChildren(QSplitter) if s.objectName()]

    def restore(self) -> None:
        """Apply this user's saved sizes; a missing or odd value keeps the defaults."""
        if self._settings is None:
            return
        for splitter in self.splitters():
            sizes = _ints(self._settings.value(self._key(splitter.objectName())))
            if sizes and len(sizes) == splitter.count():
                splitter.setSizes(sizes)
            splitter.splitterMoved.connect(lambda _pos, _index, s=splitter: self.save(s))
        size = _ints(self._settings.value(self._key("windowSize")))
        if len(size) == 2:
            self._window.resize(_fit_screen(QSize(size[0], size[1])))

    def save(self, splitter: QSplitter | None = None) -> None:
        """Store one splitter's sizes (or all of them, and the window size)."""
        if self._settings is None:
            return
        for each in [splitter] if splitter is not None else self.splitters():
            self._settings.setValue(self._key(each.objectName()), each.sizes())
        if splitter is None:
            size = self._window.size()
            self._settings.setValue(self._key("windowSize"), [size.width(), size.height()])
        self._settings.sync()

    def _key(self, name: str) -> str:
        return f"{self._user}/{name}"


def _key_part(username: str) -> str:
    """A user name as one INI key segment ("/" and "\\" would nest groups)."""
    return "".join(c if c.isalnum() or c in "-_." else "_" for c in username) or "_"


def _ints(value: object) -> list[int]:
    """QSettings gives back lists, strings or None, depending on the platform and value."""
    if value is None:
        return []
    items = value if isinstance(value, list | tuple) else [value]
    try:
        return [int(str(v)) for v in items]
    except (TypeError, ValueError):
        log.warning("ignoring a bad remembered layout value %r", value)
        return []


def _fit_screen(size: QSize) -> QSize:
    """Never restore a window larger than the screen it opens on."""
    screen = QGuiApplication.primaryScreen()
    if screen is None:
        return size
    free = screen.availableGeometry().size()
    return QSize(min(size.width(), free.width()), min(size.height(), free.height()))


def scrolling(widget: QWidget, name: str, parent: QWidget | None = None) -> QScrollArea:
    """`widget` in a frameless scroll area: a tall panel scrolls instead of squashing."""
    area = QScrollArea(parent)
    area.setObjectName(name)
    area.setWidgetResizable(True)
    area.setFrameShape(QScrollArea.Shape.NoFrame)
    area.setWidget(widget)
    return area


class SideTabs(QTabWidget):
    """The window's right-hand tabs; every page scrolls, so no page sets the window height.

    Pages are wrapped in a `QScrollArea` when added; `indexOf` and `setCurrentWidget`
    accept the page itself (what callers hold), not only the wrapper.
    """

    def addTab(self, widget: QWidget, label: str) -> int:  # type: ignore[override]
        if not isinstance(widget, QScrollArea):
            widget = scrolling(widget, f"{widget.objectName() or 'page'}Scroll", self)
        return super().addTab(widget, label)

    def insertTab(self, index: int, widget: QWidget, label: str) -> int:  # type: ignore[override]
        if not isinstance(widget, QScrollArea):
            widget = scrolling(widget, f"{widget.objectName() or 'page'}Scroll", self)
        return super().insertTab(index, widget, label)

    def indexOf(self, widget: QWidget) -> int:
        for index in range(self.count()):
            page = self.widget(index)
            if page is widget or (page is not None and page.isAncestorOf(widget)):
                return index
        return -1

    def setCurrentWidget(self, widget: QWidget) -> None:
        index = self.indexOf(widget)
        if index >= 0:
            self.setCurrentIndex(index)
