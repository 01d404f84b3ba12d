"""Every operator screen fits 1366x768 at 100 % with readable fields (issue 11), the window
never resizes itself, and each user's splitter sizes come back next time.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QSplitter,
    QWidget,
)
from pytestqt.qtbot import QtBot
from sqlalchemy.orm import Session, sessionmaker

from console.bridge import TelephonyBridge
from console.main_window import MainWindow
from console.services import ConsoleServices
from console.tasks import DbWorker
from desk.roles import Actor
from desk.settings import Settings
from tests.gui.conftest import Feed
from tests.gui.people import OLENA, PETRO
from tests.gui.test_wrapup import end, talk

SCREEN = (1366, 768)
TASKBAR_AND_TITLE = 70  # what the desktop takes from 768 px
READABLE_WIDTH = 120
READABLE_HEIGHT = 20

MakeWindow = Callable[[Actor], MainWindow]


@pytest.fixture
def make_window(
    qtbot: QtBot,
    settings: Settings,
    sessions: sessionmaker[Session],
    bridge: TelephonyBridge,
) -> Iterator[MakeWindow]:
    made: list[tuple[MainWindow, DbWorker]] = []

    def make(actor: Actor) -> MainWindow:
        worker = DbWorker()
        services = ConsoleServices(settings=settings, sessions=sessions, worker=worker)
        services.actor = actor
        win = MainWindow(bridge, lambda _c: None, worker=worker, services=services)
        qtbot.addWidget(win)
        win.show()
        qtbot.waitExposed(win)
        made.append((win, worker))
        return win

    yield make
    for win, worker in made:
        if win.incidents is not None:
            win.incidents.stop()
        worker.shutdown()


def fields(page: QWidget) -> list[QWidget]:
    kinds = (QLineEdit, QComboBox, QPlainTextEdit, QAbstractSpinBox)
    found = [w for k in kinds for w in page.findChildren(k)]
    # Editors inside other widgets (a combo box's line edit, a date edit's) are theirs.
    return [
        w
        for w in found
        if w.isVisible()
        and not w.objectName().startswith("qt_")
        and not isinstance(w.parentWidget(), kinds)
    ]


def assert_readable(page: QWidget, where: str) -> None:
    for field in fields(page):
        name = f"{where}: {field.objectName() or type(field).__name__}"
        # Readable: at least what the field asks for, up to 120 x 20 px (a short status
        # box may be narrower; the bug was 8 px high line edits).
        hint = field.sizeHint()
        assert field.width() >= min(hint.width(), READABLE_WIDTH), (name, field.width())
        assert field.height() >= min(hint.height(), READABLE_HEIGHT), (name, field.height())


@pytest.mark.parametrize("actor", [OLENA, PETRO], ids=["operator", "supervisor"])
def test_every_tab_fits_1366x768_with_readable_fields(
    qtbot: QtBot,
    make_window: MakeWindow,
    feed: Feed,
    actor: Actor,
) -> None:
    win = make_window(actor)
    hint = win.minimumSizeHint()
    assert hint.width() <= SCREEN[0] and hint.height() <= SCREEN[1] - TASKBAR_AND_TITLE, hint
    assert win.width() <= SCREEN[0] and win.height() <= SCREEN[1] - TASKBAR_AND_TITLE
    win.resize(*SCREEN)
    talk(feed)
    end(feed)  # the wrap-up pane is open: the tallest state of the left column
    assert win.wrapup is not None and win.wrapup.isVisible()
    qtbot.waitUntil(lambda: win.wrapup is not None and win.wrapup.width() > 0)
    assert win.size().width() == SCREEN[0]  # opening panels never resizes the window
    assert_readable(win.left_column, "left column")
    wrap = win.wrapup
    for field in (wrap.category_box, wrap.topic_edit, wrap.reg_edit, wrap.callback_number):
        minimum = field.minimumSize()
        assert minimum.width() >= 200 and minimum.height() >= 24, field.objectName()
    assert wrap.notes_edit.minimumHeight() >= 48
    tabs = win.side_tabs
    names = [tabs.tabText(i) for i in range(tabs.count())]
    assert names[:2] == ["Caller", "Scripts"] and "Written messages" in names
    for index in range(tabs.count()):
        tabs.setCurrentIndex(index)
        qtbot.wait(20)
        assert_readable(tabs.currentWidget(), tabs.tabText(index))
    assert win.history.height() >= 90  # a few rows of today's calls stay visible


def test_splitter_sizes_are_remembered_per_user(qtbot: QtBot, make_window: MakeWindow) -> None:
    win = make_window(OLENA)
    win.resize(*SCREEN)
    qtbot.wait(20)
    split = win.findChild(QSplitter, "workSplitter")
    assert split is not None
    total = sum(split.sizes())
    split.setSizes([total - 420, 420])
    split.splitterMoved.emit(total - 420, 1)  # what dragging the handle emits
    win.close()

    again = make_window(OLENA)
    again.resize(*SCREEN)
    qtbot.wait(20)
    restored = again.findChild(QSplitter, "workSplitter")
    assert restored is not None
    assert abs(restored.sizes()[1] - 420) <= 8, restored.sizes()

    other = make_window(PETRO)  # another user keeps the defaults
    other.resize(*SCREEN)
    qtbot.wait(20)
    split_other = other.findChild(QSplitter, "workSplitter")
    assert split_other is not None and abs(split_other.sizes()[1] - 420) > 8


def test_bare_window_keeps_its_size_when_feature_panels_arrive(
    bridge: TelephonyBridge, qtbot: QtBot
) -> None:
    win = MainWindow(bridge, lambda _c: None)
    qtbot.addWidget(win)
    before = win.size()
    panel = QWidget()
    win.add_side_panel(panel, title="Extra")
    assert win.size() == before  # the old add_side_panel widened it to 1280
    assert win.side_tabs.isVisibleTo(win)
