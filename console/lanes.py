"""The player's track lanes: a time axis and one waveform lane per track (issue 13).

A reviewer must see at a glance who spoke when: the stereo mix has the caller on the left
channel and the operator on the right (`recordings.wavfile.merge_stereo`), and a recording
with a third leg (a supervisor who barged in) has a third channel, so each channel gets its
own lane with its name written in it. The play head crosses every lane; a click or a drag
anywhere moves it. Nothing is told by colour alone: lanes are named in words, incident and
key-phrase markers have their own shapes, a masked span is hatched and labelled.

Times on the axis are mm:ss with the digits of the user's locale (`QLocale`).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale, QPointF, QRectF, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFontMetrics,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPen,
    QPolygonF,
)
from PySide6.QtWidgets import QSizePolicy, QWidget

from console.waveform import Peaks, WaveformView

__all__ = ["AXIS_HEIGHT", "LanesView", "lane_names", "position_text"]

AXIS_HEIGHT = 22
LANE_MIN_HEIGHT = 40
TICK_STEPS_S = (1, 2, 5, 10, 15, 30, 60, 120, 300, 600, 900, 1800, 3600)
LANE_COLOURS = ("#6fb3ff", "#7ddc8a", "#ffb347")


def position_text(seconds: float, locale: QLocale | None = None) -> str:
    """mm:ss (minutes past 99 keep growing) in the locale's digits: "01:23"."""
    loc = locale if locale is not None else QLocale()
    total = max(0, int(seconds))
    zero = loc.zeroDigit()

    def two(value: int) -> str:
        text = loc.toString(value)
        return text.rjust(2, zero[0] if zero else "0")

    return f"{two(total // 60)}:{two(total % 60)}"


def lane_names(track: str, channels: int) -> list[str]:
    """The lanes' names in words for the track the player plays and its channel count."""
    caller = QCoreApplication.translate("LanesView", "Caller")
    operator = QCoreApplication.translate("LanesView", "Operator")
    if track == "caller":
        return [caller]
    if track == "operator":
        return [operator]
    third = QCoreApplication.translate("LanesView", "Third party")
    names = [caller, operator, third][:channels]
    for i in range(3, channels):
        names.append(QCoreApplication.translate("LanesView", "Track %1").replace("%1", str(i + 1)))
    return names


class LanesView(WaveformView):
    """Axis on top, then a lane per track; a click or drag asks to seek (`seek_requested`).

    Keeps `WaveformView`'s attributes (`peaks` of all channels together, `markers`,
    `masked_spans`, `position_ms`) so the player's other code and its tests read the same.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("trackLanes")
        self.lanes: list[Peaks] = []
        self.names: list[str] = []
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAccessibleName(self.tr("Recording tracks"))
        self.setToolTip(
            self.tr(
                "Click or drag to move the play position. Space: play or pause; "
                "Left/Right arrow: 5 seconds back or forward."
            )
        )
        self._fit_height(2)

    def _fit_height(self, lanes: int) -> None:
        self.setFixedHeight(AXIS_HEIGHT + max(1, lanes) * LANE_MIN_HEIGHT + 2)

    def set_lanes(self, lanes: list[Peaks], names: list[str]) -> None:
        """One `Peaks` per channel; `peaks` becomes their union (what a mono view drew)."""
        self.lanes = list(lanes)
        self.names = list(names)
        if lanes:
            duration = max(p.duration_s for p in lanes)
            count = min(len(p.pairs) for p in lanes)
            pairs = [
                (min(p.pairs[i][0] for p in lanes), max(p.pairs[i][1] for p in lanes))
                for i in range(count)
            ]
            self.peaks = Peaks(duration, pairs)
        self._fit_height(len(self.lanes) or 2)
        self.setAccessibleDescription(self.tr("Lanes: %1").replace("%1", ", ".join(self.names)))
        self.update()

    def set_duration(self, seconds: float) -> None:
        """Known before the peaks are (the file is loaded): clicks seek at once."""
        if self.peaks.duration_s <= 0:
            self.peaks = Peaks(seconds, self.peaks.pairs)
            self.update()

    def clear(self) -> None:
        self.lanes, self.names = [], []
        super().clear()

    # ---------------------------------------------------------------- input

    def _seek_at(self, x: float) -> None:
        duration = self.peaks.duration_s
        if duration > 0 and self.width() > 0:
            fraction = min(1.0, max(0.0, x / self.width()))
            self.seek_requested.emit(int(fraction * duration * 1000))

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self._seek_at(event.position().x())
        QWidget.mousePressEvent(self, event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if event.buttons() & Qt.MouseButton.LeftButton:
            self._seek_at(event.position().x())
        QWidget.mouseMoveEvent(self, event)

    # ---------------------------------------------------------------- drawing

    def lane_rect(self, index: int) -> QRectF:
        """Where lane `index` is drawn (tests click inside a lane)."""
        count = max(1, len(self.lanes) or len(self.names) or 1)
        height = (self.height() - AXIS_HEIGHT) / count
        return QRectF(0, AXIS_HEIGHT + index * height, self.width(), height)

    def tick_step(self) -> int:
        """Seconds between labelled ticks: the smallest step whose labels do not overlap."""
        duration = self.peaks.duration_s
        label = QFontMetrics(self.font()).horizontalAdvance("00:00") + 16
        for step in TICK_STEPS_S:
            if duration <= 0 or self.width() * step / duration >= label:
                return step
        return TICK_STEPS_S[-1]

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        w, h = self.width(), self.height()
        painter.fillRect(self.rect(), QColor("#1e1e24"))
        painter.fillRect(QRectF(0, 0, w, AXIS_HEIGHT), QColor("#2c2c34"))
        self._paint_axis(painter, w)
        lanes = self.lanes or ([self.peaks] if self.peaks.pairs else [])
        for i in range(max(1, len(lanes))):
            rect = self.lane_rect(i)
            if i:
                painter.setPen(QPen(QColor("#55555f"), 1))
                painter.drawLine(QPointF(0, rect.top()), QPointF(w, rect.top()))
            if i < len(lanes):
                self._paint_lane(painter, rect, lanes[i], LANE_COLOURS[i % len(LANE_COLOURS)])
            name = self.names[i] if i < len(self.names) else ""
            if name:
                self._paint_name(painter, rect, name)
        self._paint_masks(painter, h)
        self._paint_markers(painter, h)
        x = self._x(self.position_ms / 1000)
        painter.setPen(QPen(QColor("#ffffff"), 2))
        painter.drawLine(QPointF(x, AXIS_HEIGHT - 6), QPointF(x, h))
        head = QPolygonF([QPointF(x - 6, 2), QPointF(x + 6, 2), QPointF(x, AXIS_HEIGHT - 4)])
        painter.setBrush(QBrush(QColor("#ffffff")))
        painter.drawPolygon(head)
        painter.end()

    def _paint_axis(self, painter: QPainter, w: int) -> None:
        duration = self.peaks.duration_s
        if duration <= 0:
            return
        step = self.tick_step()
        painter.setPen(QPen(QColor("#d0d0d8"), 1))
        metrics = QFontMetrics(self.font())
        seconds = 0
        while seconds <= duration:
            x = self._x(seconds)
            painter.drawLine(QPointF(x, AXIS_HEIGHT - 6), QPointF(x, AXIS_HEIGHT))
            text = position_text(seconds)
            tx = min(
                max(0.0, x - metrics.horizontalAdvance(text) / 2),
                w - metrics.horizontalAdvance(text),
            )
            painter.drawText(QPointF(tx, AXIS_HEIGHT - 8), text)
            seconds += step

    @staticmethod
    def _paint_lane(painter: QPainter, rect: QRectF, peaks: Peaks, colour: str) -> None:
        pairs = peaks.pairs
        if not pairs:
            return
        mid = rect.center().y()
        half = rect.height() / 2 - 2
        painter.setPen(QPen(QColor(colour)))
        step = rect.width() / len(pairs)
        for i, (lo, hi) in enumerate(pairs):
            x = i * step
            painter.drawLine(QPointF(x, mid - hi * half), QPointF(x, mid - lo * half))

    def _paint_name(self, painter: QPainter, rect: QRectF, name: str) -> None:
        metrics = QFontMetrics(self.font())
        box = QRectF(rect.left() + 4, rect.top() + 3, metrics.horizontalAdvance(name) + 10, 18)
        painter.fillRect(box, QColor(0, 0, 0, 170))
        painter.setPen(QPen(QColor("#ffffff")))
        painter.drawText(box, Qt.AlignmentFlag.AlignCenter, name)

    def _paint_masks(self, painter: QPainter, h: int) -> None:
        for start, end in self.masked_spans:
            width = max(2.0, self._x(end) - self._x(start))
            band = QRectF(self._x(start), AXIS_HEIGHT, width, h - AXIS_HEIGHT)
            painter.fillRect(band, QColor(200, 40, 40, 110))
            painter.fillRect(band, QBrush(QColor(255, 255, 255, 60), Qt.BrushStyle.BDiagPattern))
            painter.setPen(QPen(QColor("#ffffff")))
            painter.drawText(
                band.adjusted(2, 0, 0, -4), Qt.AlignmentFlag.AlignBottom, self.tr("masked")
            )

    def _paint_markers(self, painter: QPainter, h: int) -> None:
        for marker in self.markers:
            x = self._x(marker.at_s)
            incident = marker.kind == "incident"
            colour = QColor("#ff5555" if incident else "#ffd24a")
            painter.setPen(
                QPen(colour, 2, Qt.PenStyle.SolidLine if incident else Qt.PenStyle.DashLine)
            )
            painter.drawLine(QPointF(x, AXIS_HEIGHT), QPointF(x, h))
            painter.setBrush(QBrush(colour))
            y = AXIS_HEIGHT + 2
            if incident:  # a triangle for an incident, a diamond for the key phrase
                shape = [QPointF(x - 5, y), QPointF(x + 5, y), QPointF(x, y + 9)]
            else:
                shape = [
                    QPointF(x, y),
                    QPointF(x + 5, y + 5),
                    QPointF(x, y + 10),
                    QPointF(x - 5, y + 5),
                ]
            painter.drawPolygon(QPolygonF(shape))
