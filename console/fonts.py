"""Fonts that follow the system scale (issue 13, accessibility).

A label styled "font-size: 18pt" stays 18 pt when a person with weak sight raises the
desktop's font to 150 %: the caller's number and the call timer then read *smaller* than
the text around them. Big labels are therefore sized as a factor of the application font
(which Qt takes from the desktop), and re-sized when that font changes while the console
runs (`QGuiApplication.fontChanged`). No pixel or point size is written in console/;
tests/gui/test_font_scale.py checks that the sizes follow.
"""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QFont, QFontDatabase, QGuiApplication
from PySide6.QtWidgets import QWidget

__all__ = [
    "ALERT",
    "CALLER_NUMBER",
    "CARD",
    "HEADING",
    "OUTCOME",
    "READ_ALOUD",
    "TIMER",
    "WALLBOARD",
    "follow_app_font",
    "scaled_font",
]

# Factors of the application font (1.0 is body text). At the common 10 pt desktop font
# they give the point sizes these labels had when they were written in style sheets.
CALLER_NUMBER = 2.0  # the number on the call card: read at a glance mid-call
TIMER = 1.8  # the call timer
OUTCOME = 1.6  # the verification outcome (KUTY-2.2), a page title
READ_ALOUD = 1.5  # script text the operator reads to the caller
ALERT = 1.4  # the red alert banner
CARD = 1.3  # the caller card's mode and verified profile
WALLBOARD = 1.3  # the wallboard's counts, read from across the room
HEADING = 1.2  # a pane's title (wrap-up), the tones sent


def scaled_font(base: QFont, factor: float, *, bold: bool = False, fixed: bool = False) -> QFont:
    """`base` (the application font) times `factor`; `fixed`: the system's monospace."""
    font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont) if fixed else QFont(base)
    if base.pointSizeF() > 0:
        font.setPointSizeF(base.pointSizeF() * factor)
    elif base.pixelSize() > 0:  # a desktop that sizes its font in pixels
        font.setPixelSize(max(1, round(base.pixelSize() * factor)))
    if bold:
        font.setBold(True)
    return font


class _Follower(QObject):
    """Re-applies the scaled font whenever the application font changes.

    `QGuiApplication.fontChanged`, not the widgets' `ApplicationFontChange` event: Qt does
    not send that event to widgets under a style sheet, and the window has one.
    """

    def __init__(self, widget: QWidget, factor: float, bold: bool, fixed: bool) -> None:
        super().__init__(widget)
        self._widget, self._factor, self._bold, self._fixed = widget, factor, bold, fixed
        app = QGuiApplication.instance()
        if isinstance(app, QGuiApplication):
            app.fontChanged.connect(self.apply)  # gone with this object (the widget's child)
        self.apply()

    def apply(self, _font: QFont | None = None) -> None:
        base = QGuiApplication.font()
        self._widget.setFont(scaled_font(base, self._factor, bold=self._bold, fixed=self._fixed))


def follow_app_font(
    widget: QWidget, factor: float, *, bold: bool = False, fixed: bool = False
) -> None:
    """Size `widget`'s font as `factor` x the application font, now and after it changes.

    Style sheets of such widgets must not set `font-size` or `font-family` (they would
    win); colours, padding and `font-weight` are fine.
    """
    _Follower(widget, factor, bold, fixed)
