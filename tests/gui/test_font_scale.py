"""Fonts follow the system scale (issue 13, accessibility).

A person who raises the desktop's font to 125 % or 150 % must still read every label in
full, the window must still fit a 1366x768 screen, and the big labels (the caller's number,
the call timer, the verification outcome, the wallboard's counts) must grow with the rest,
also when the font changes while the console runs. No size is written in pixels or points
in console/ (console/fonts.py sizes big labels as a factor of the application font).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QApplication,
    QLabel,
    QPushButton,
    QTabWidget,
    QWidget,
)
from pytestqt.qtbot import QtBot

from console import fonts
from console.i18n import install_translator, remove_translators
from console.main_window import MainWindow
from desk.roles import Actor
from tests.gui.conftest import Feed, MakeWindow
from tests.gui.people import OLENA, PETRO
from tests.gui.screen_text import UkrainianTables
from tests.gui.test_layout import SCREEN, TASKBAR_AND_TITLE
from tests.gui.test_wrapup import talk

CONSOLE = Path(__file__).resolve().parents[2] / "console"
HARD_CODED = re.compile(
    r"font-size\s*:\s*\d|setPixelSize\(\s*\d|setPointSizeF?\(\s*\d|QFont\(\s*\"[^\"]*\"\s*,\s*\d"
)


@contextmanager
def app_font(scale: float) -> Iterator[QFont]:
    """The desktop's font at `scale` (what Qt reads from a desktop set to 125 %, 150 %)."""
    old = QApplication.font()
    font = QFont(old)
    font.setPointSizeF(old.pointSizeF() * scale)
    QApplication.setFont(font)
    try:
        yield font
    finally:
        QApplication.setFont(old)


def scroll_content(widget: QWidget) -> bool:
    """Inside a scroll area a widget may lie past the visible part: it is scrolled to."""
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QAbstractScrollArea):
            return True
        parent = parent.parentWidget()
    return False


def clipped_labels(win: MainWindow) -> list[str]:
    """Visible labels (and buttons) narrower or lower than their text needs, or labels
    outside the window."""
    bad = []
    for label in win.findChildren(QLabel):
        if not label.isVisible() or not label.text() or scroll_content(label):
            continue
        name = label.objectName() or label.text()[:30]
        if label.wordWrap():
            fits = label.width() >= label.minimumSizeHint().width() and (
                label.height() >= label.heightForWidth(label.width())
            )
        else:
            hint = label.sizeHint()
            fits = label.width() >= hint.width() and label.height() >= hint.height()
        if not fits:
            bad.append(f"{name}: {label.size().toTuple()} < {label.sizeHint().toTuple()}")
        where = label.rect().translated(label.mapTo(win, label.rect().topLeft()))
        if not win.rect().contains(where):
            bad.append(f"{name}: outside the window at {where.getRect()}")
    for button in win.findChildren(QPushButton):  # a button's text is a label too
        shown = button.isVisible() and button.text() and not scroll_content(button)
        if shown and button.width() < button.minimumSizeHint().width():
            bad.append(f"{button.objectName() or button.text()}: {button.width()} px")
    return bad


def pages(qtbot: QtBot, win: MainWindow) -> Iterator[str]:
    """Every workspace, and every tab of a tabbed one, brought to the front in turn."""
    for key in win.workspaces.available():
        assert win.workspaces.show_workspace(key)
        qtbot.wait(20)
        page = win.workspaces.page(key)
        tabs = page if isinstance(page, QTabWidget) else None
        for index in range(tabs.count() if tabs is not None else 1):
            if tabs is not None:
                tabs.setCurrentIndex(index)
                qtbot.wait(20)
                yield f"{key}/{tabs.tabText(index)}"
            else:
                yield key


@pytest.mark.parametrize("language", ["en", "uk"])
@pytest.mark.parametrize("scale", [1.25, 1.5], ids=["125%", "150%"])
@pytest.mark.parametrize("actor", [OLENA, PETRO], ids=["operator", "supervisor"])
def test_large_desktop_fonts_keep_every_label_whole_on_1366x768(
    qtbot: QtBot,
    qapp: QApplication,
    make_window: MakeWindow,
    feed: Feed,
    actor: Actor,
    scale: float,
    language: str,
) -> None:
    """Ukrainian texts are the longer ones: both languages must fit."""
    installed = install_translator(qapp, language)
    tables = UkrainianTables()  # the texts added since the .qm was last compiled, too
    if language == "uk":
        qapp.installTranslator(tables)
    try:
        check_every_page(qtbot, make_window, feed, actor, scale)
    finally:
        qapp.removeTranslator(tables)
        remove_translators(qapp, installed)


def check_every_page(
    qtbot: QtBot, make_window: MakeWindow, feed: Feed, actor: Actor, scale: float
) -> None:
    with app_font(scale):
        win = make_window(actor)
        talk(feed)  # the call card with its number and timer, the verification panel
        hint = win.minimumSizeHint()
        assert hint.width() <= SCREEN[0], hint
        assert hint.height() <= SCREEN[1] - TASKBAR_AND_TITLE, hint
        assert win.width() <= SCREEN[0] and win.height() <= SCREEN[1], win.size()
        for where in pages(qtbot, win):
            assert win.width() <= SCREEN[0], (where, win.size())  # no page widens it
            assert clipped_labels(win) == [], where


def test_big_labels_grow_with_the_desktop_font_while_the_console_runs(
    qtbot: QtBot, make_window: MakeWindow, feed: Feed
) -> None:
    win = make_window(PETRO)
    talk(feed)
    assert win.verification_panel is not None and win.wallboard is not None
    board = win.wallboard
    qtbot.waitUntil(lambda: board.counts.text().startswith("Ready"), timeout=5000)
    big = {
        "caller number": (win.card.number_label, fonts.CALLER_NUMBER),
        "call timer": (win.card.timer_label, fonts.TIMER),
        "verification outcome": (win.verification_panel.state_label, fonts.OUTCOME),
        "wallboard counts": (win.wallboard.counts, fonts.WALLBOARD),
    }
    before = {name: label.font().pointSizeF() for name, (label, _f) in big.items()}
    base = QApplication.font().pointSizeF()
    for name, (_label, factor) in big.items():
        assert before[name] == pytest.approx(base * factor), name  # -1: sized in pixels
    heights = {name: label.sizeHint().height() for name, (label, _f) in big.items()}
    with app_font(1.5):
        for name, (label, factor) in big.items():
            assert label.font().pointSizeF() == pytest.approx(base * 1.5 * factor), name
            assert label.sizeHint().height() >= heights[name] * 1.3, name
    assert win.card.timer_label.font().pointSizeF() == pytest.approx(before["call timer"])
    assert win.card.timer_label.font().fixedPitch() or "mono" in (
        win.card.timer_label.font().family().lower()
    )


def test_the_console_writes_no_font_size_in_pixels_or_points() -> None:
    """Sizes are factors of the application font (console/fonts.py), never numbers."""
    found = [
        f"{path.name}:{n}: {line.strip()}"
        for path in sorted(CONSOLE.glob("*.py"))
        if path.name != "fonts.py"
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if HARD_CODED.search(line) and not line.lstrip().startswith("#")
    ]
    assert found == []
