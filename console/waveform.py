"""A recording's audio for review: peaks for the waveform view, and PCM playback.

Peaks are read in chunks with the `wave` module and `array` (no numpy at run time), one
(min, max) pair per horizontal bucket, so an hour-long call costs a few megabytes of reads
per bucket and a constant amount of memory. `compute_peaks` is plain Python: the player
runs it on a background thread and hands the result to `WaveformView` on the GUI thread.

The view also draws what a reviewer must notice at a glance: incident and verification
markers as vertical lines and the key-phrase spans a role may not hear as a hatched band,
so silence in the masked copy is never mistaken for a gap in the recording.

Audio output: this venv's PySide6-Essentials has no QtMultimedia module, so playback does
not use QMediaPlayer/QAudioSink. `PcmPlayback` reads the WAV itself and feeds PortAudio
through `sounddevice` (the headset library the engine already uses). Without an output
device (headless, CI, `audio_device = "none"`) it runs the same clock silently and says
so, so the position, markers and audit behave as with sound. Speed is done by resampling
(nearest sample), so the pitch changes with the speed.
"""

from __future__ import annotations

import logging
import sys
import threading
import time
import wave
from array import array
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QPointF, QRectF, Qt, QTimer, Signal
from PySide6.QtGui import QBrush, QColor, QMouseEvent, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

__all__ = [
    "Marker",
    "PcmPlayback",
    "Peaks",
    "WaveformView",
    "compute_channel_peaks",
    "compute_peaks",
]

log = logging.getLogger(__name__)

FULL_SCALE = 32768.0


@dataclass(frozen=True)
class Marker:
    """A point of interest in a recording, in seconds from its start."""

    at_s: float
    label: str
    kind: str  # "incident" | "key_phrase"


@dataclass(frozen=True)
class Peaks:
    """Per-bucket (min, max) in -1..1 and the recording's duration."""

    duration_s: float
    pairs: list[tuple[float, float]] = field(default_factory=list)


def compute_peaks(path: Path | str, buckets: int = 1000) -> Peaks:
    """(min, max) of every bucket of a 16-bit PCM WAV (all channels together).

    Raises:
        wave.Error, OSError: not a readable PCM WAV.
        ValueError: not 16-bit samples.
    """
    with wave.open(str(path), "rb") as w:
        if w.getsampwidth() != 2:
            raise ValueError(f"{path}: only 16-bit PCM is supported")
        # Channels stay interleaved: min/max over all of them is what the view draws.
        rate, nframes = w.getframerate(), w.getnframes()
        duration = nframes / rate if rate else 0.0
        if nframes == 0:
            return Peaks(duration, [])
        per_bucket = max(1, nframes // max(1, buckets))
        pairs: list[tuple[float, float]] = []
        while True:
            data = w.readframes(per_bucket)
            if not data:
                break
            samples = array("h")
            samples.frombytes(data[: len(data) - len(data) % 2])
            if sys.byteorder == "big":  # WAV is little-endian
                samples.byteswap()
            pairs.append((min(samples) / FULL_SCALE, max(samples) / FULL_SCALE))
    return Peaks(duration, pairs)


def compute_channel_peaks(path: Path | str, buckets: int = 1000) -> list[Peaks]:
    """(min, max) per bucket of each channel of a 16-bit PCM WAV, one `Peaks` a channel.

    The player draws one lane per track (issue 13): the stereo mix made at hang-up has the
    caller left and the operator right (`recordings.wavfile.merge_stereo`), so its channels
    are the tracks; a mono copy (one track chosen) gives one lane.

    Raises:
        wave.Error, OSError: not a readable PCM WAV.
        ValueError: not 16-bit samples.
    """
    with wave.open(str(path), "rb") as w:
        if w.getsampwidth() != 2:
            raise ValueError(f"{path}: only 16-bit PCM is supported")
        rate, nframes, channels = w.getframerate(), w.getnframes(), w.getnchannels()
        duration = nframes / rate if rate else 0.0
        lanes: list[list[tuple[float, float]]] = [[] for _ in range(channels)]
        per_bucket = max(1, nframes // max(1, buckets))
        while nframes:
            data = w.readframes(per_bucket)
            if not data:
                break
            samples = array("h")
            samples.frombytes(data[: len(data) - len(data) % (2 * channels)])
            if sys.byteorder == "big":
                samples.byteswap()
            for c in range(channels):
                lane = samples[c::channels]
                if lane:
                    lanes[c].append((min(lane) / FULL_SCALE, max(lane) / FULL_SCALE))
    return [Peaks(duration, pairs) for pairs in lanes]


class WaveformView(QWidget):
    """Draws peaks, the play position, markers and masked bands; a click asks to seek.

    Signals:
        seek_requested(int): milliseconds from the start where the user clicked.
    """

    seek_requested = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("waveform")
        self.setMinimumHeight(90)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.peaks = Peaks(0.0)
        self.position_ms = 0
        self.markers: list[Marker] = []
        self.masked_spans: list[tuple[float, float]] = []

    def set_peaks(self, peaks: Peaks) -> None:
        self.peaks = peaks
        self.update()

    def set_position(self, ms: int) -> None:
        self.position_ms = ms
        self.update()

    def set_markers(self, markers: list[Marker]) -> None:
        self.markers = list(markers)
        self.update()

    def set_masked_spans(self, spans: list[tuple[float, float]]) -> None:
        self.masked_spans = list(spans)
        self.update()

    def clear(self) -> None:
        self.peaks = Peaks(0.0)
        self.position_ms = 0
        self.markers = []
        self.masked_spans = []
        self.update()

    def _x(self, seconds: float) -> float:
        duration = self.peaks.duration_s
        return 0.0 if duration <= 0 else seconds / duration * self.width()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        duration = self.peaks.duration_s
        if duration > 0 and self.width() > 0:
            fraction = min(1.0, max(0.0, event.position().x() / self.width()))
            self.seek_requested.emit(int(fraction * duration * 1000))
        super().mousePressEvent(event)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        w, h = self.width(), self.height()
        mid = h / 2
        painter.fillRect(self.rect(), QColor("#1e1e24"))
        for start, end in self.masked_spans:
            band = QRectF(self._x(start), 0, max(2.0, self._x(end) - self._x(start)), h)
            painter.fillRect(band, QColor(200, 40, 40, 110))
            painter.fillRect(band, QBrush(QColor(255, 255, 255, 60), Qt.BrushStyle.BDiagPattern))
        pairs = self.peaks.pairs
        if pairs:
            painter.setPen(QPen(QColor("#6fb3ff")))
            step = w / len(pairs)
            for i, (lo, hi) in enumerate(pairs):
                x = i * step
                painter.drawLine(QPointF(x, mid - hi * mid), QPointF(x, mid - lo * mid))
        for marker in self.markers:
            colour = "#ff5555" if marker.kind == "incident" else "#ffd24a"
            painter.setPen(QPen(QColor(colour), 2))
            x = self._x(marker.at_s)
            painter.drawLine(QPointF(x, 0), QPointF(x, h))
        painter.setPen(QPen(QColor("#ffffff"), 1))
        x = self._x(self.position_ms / 1000)
        painter.drawLine(QPointF(x, 0), QPointF(x, h))
        painter.end()


class PcmPlayback(QObject):
    """Plays a 16-bit PCM WAV through PortAudio, or silently when there is no output.

    The play position is a frame index shared with the audio callback (under a lock):
    with sound the callback advances it, silently a timer does, so both modes report the
    same position to the GUI.

    Signals:
        position_changed(int): milliseconds from the start, about 25 times a second.
        playing_changed(bool): started or stopped (pause, end, stop).
        finished(): reached the end.
    """

    position_changed = Signal(int)
    playing_changed = Signal(bool)
    finished = Signal()

    def __init__(self, audio_device: str = "", parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._device = audio_device
        self._lock = threading.Lock()
        self._pcm = b""
        self._rate = 16000
        self._channels = 1
        self._nframes = 0
        self._pos = 0.0  # frame index, float so slow speeds advance smoothly
        self._speed = 1.0
        self._stream: Any = None
        self._last_tick = 0.0
        self._playing = False
        self.audio_output = ""  # device description, or "" when playing silently
        self._timer = QTimer(self)
        self._timer.setInterval(40)
        self._timer.timeout.connect(self._tick)

    @property
    def duration_ms(self) -> int:
        return int(self._nframes * 1000 / self._rate) if self._rate else 0

    @property
    def position_ms(self) -> int:
        with self._lock:
            return int(self._pos * 1000 / self._rate)

    @property
    def playing(self) -> bool:
        return self._playing

    def load(self, path: Path) -> None:
        """Read the whole file (a masked copy is private and bounded by call length).

        Raises:
            wave.Error, ValueError: not a 16-bit PCM WAV.
        """
        self.stop()
        with wave.open(str(path), "rb") as w:
            if w.getsampwidth() != 2:
                raise ValueError(f"{path}: only 16-bit PCM is supported")
            self._rate, self._channels = w.getframerate(), w.getnchannels()
            self._nframes = w.getnframes()
            self._pcm = w.readframes(self._nframes)
        if sys.byteorder == "big":
            samples = array("h", self._pcm)
            samples.byteswap()
            self._pcm = samples.tobytes()
        with self._lock:
            self._pos = 0.0

    def set_speed(self, speed: float) -> None:
        with self._lock:
            self._speed = min(2.0, max(0.5, speed))

    def seek(self, ms: int) -> None:
        with self._lock:
            self._pos = float(min(self._nframes, max(0, ms * self._rate // 1000)))
        self.position_changed.emit(self.position_ms)

    def play(self) -> None:
        if self._playing or not self._nframes:
            return
        with self._lock:
            if self._pos >= self._nframes:
                self._pos = 0.0
        self._stream = self._open_stream()
        self._last_tick = time.monotonic()
        self._playing = True
        self._timer.start()
        self.playing_changed.emit(True)

    def pause(self) -> None:
        if not self._playing:
            return
        self._close_stream()
        self._timer.stop()
        self._playing = False
        self.playing_changed.emit(False)

    def stop(self) -> None:
        self.pause()
        with self._lock:
            self._pos = 0.0
        self.position_changed.emit(0)

    def _open_stream(self) -> Any:
        if self._device == "none":
            self.audio_output = ""
            return None
        try:
            import sounddevice as sd

            stream = sd.RawOutputStream(
                samplerate=self._rate,
                channels=self._channels,
                dtype="int16",
                device=self._device or None,
                callback=self._callback,
            )
            stream.start()
        except Exception as exc:  # no PortAudio, no device, format refused: play silently
            log.info("no audio output for playback (%s); position only", exc)
            self.audio_output = ""
            return None
        self.audio_output = str(self._device or "default")
        return stream

    def _close_stream(self) -> None:
        stream, self._stream = self._stream, None
        if stream is not None:
            try:
                stream.stop()
                stream.close()
            except Exception:  # a vanished device must not break pause/stop
                log.warning("closing the playback stream failed", exc_info=True)

    def _take(self, frames: int) -> bytes:
        """The next `frames` output frames at the current speed; advances the position."""
        fb = 2 * self._channels
        start = self._pos
        if self._speed == 1.0:
            first = int(start)
            chunk = self._pcm[first * fb : (first + frames) * fb]
        else:
            idx = (int(start + i * self._speed) for i in range(frames))
            chunk = b"".join(self._pcm[j * fb : (j + 1) * fb] for j in idx if j < self._nframes)
        self._pos = min(float(self._nframes), start + frames * self._speed)
        return chunk

    def _callback(self, outdata: Any, frames: int, time_info: Any, status: Any) -> None:
        with self._lock:
            chunk = self._take(frames)
        outdata[: len(chunk)] = chunk
        if len(chunk) < len(outdata):
            outdata[len(chunk) :] = b"\x00" * (len(outdata) - len(chunk))

    def _tick(self) -> None:
        now = time.monotonic()
        elapsed, self._last_tick = now - self._last_tick, now
        with self._lock:
            if self._stream is None:  # silent: the timer is the clock
                self._pos = min(
                    float(self._nframes), self._pos + elapsed * self._rate * self._speed
                )
            at_end = self._pos >= self._nframes
        self.position_changed.emit(self.position_ms)
        if at_end:
            self.pause()
            self.finished.emit()
