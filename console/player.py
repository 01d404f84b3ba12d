"""The review player's widgets: track, speed, position, waveform, integrity banner.

The checks before a play (permission, integrity of the copy, key-phrase masking, audit)
are `recordings.playback.prepare_play`, which uses `recordings.evidence`; this module
only shows their outcome. Sound comes from `console.waveform.PcmPlayback` (no
QtMultimedia in this PySide6 build).
"""

from __future__ import annotations

import logging
import shutil
import wave
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSlider,
    QVBoxLayout,
    QWidget,
)

from console.lanes import LanesView, lane_names, position_text
from console.services import ConsoleServices
from console.tasks import DbWorker
from console.waveform import Marker, PcmPlayback, compute_channel_peaks
from recordings.evidence import EvidenceError
from recordings.playback import PlayPrep, new_workdir, prepare_play

__all__ = ["PlayerWidget"]

SPEEDS = (0.5, 0.75, 1.0, 1.25, 1.5, 2.0)
STEP_MS = 5000  # Left/Right arrow: 5 seconds back or forward (issue 13)

log = logging.getLogger(__name__)


class PlayerWidget(QWidget):
    """The review player: track, speed, position, waveform with markers, integrity banner.

    File work (copy, hash, mask, peaks) runs on the player's own worker thread, not the
    single database worker, so a long hash never delays call-log writes.

    Signals:
        play_started(object): a `PlayPrep` whose audio is now playing (audit written).
        play_refused(str): the message shown instead of playing (integrity, permission).
    """

    play_started = Signal(object)
    play_refused = Signal(str)

    def __init__(self, services: ConsoleServices, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("player")
        self._services = services
        self._files = DbWorker(self)
        self._workdir = new_workdir()
        self._recording_id: str | None = None
        self._resume_ms = 0
        self._stopped = False  # Stop pressed: the next Play is a new, audited play
        self.prep: PlayPrep | None = None
        self.playback = PcmPlayback(services.settings.audio_device, self)

        self.title = QLabel(self.tr("Select a call and press Enter to play it."), self)
        self.alert = QLabel(self)
        self.alert.setObjectName("integrityAlert")
        self.alert.setWordWrap(True)
        self.alert.setStyleSheet(
            "background: #b00020; color: white; font-weight: bold; padding: 8px;"
        )
        self.alert.hide()
        self.track = QComboBox(self)
        self.track.setObjectName("trackCombo")
        self.track.setAccessibleName(self.tr("Track to play"))
        for key, text in (
            ("both", self.tr("Both (mixed)")),
            ("caller", self.tr("Caller")),
            ("operator", self.tr("Operator")),
        ):
            self.track.addItem(text, key)
        self.play_button = QPushButton(self.tr("Play"), self)
        self.play_button.setObjectName("playButton")
        self.play_button.setToolTip(self.tr("Play or pause (Space)"))
        self.back_button = QPushButton(self.tr("−5 s"), self)
        self.back_button.setObjectName("backButton")
        self.back_button.setAccessibleName(self.tr("5 seconds back"))
        self.back_button.setToolTip(self.tr("5 seconds back (Left arrow)"))
        self.forward_button = QPushButton(self.tr("+5 s"), self)
        self.forward_button.setObjectName("forwardButton")
        self.forward_button.setAccessibleName(self.tr("5 seconds forward"))
        self.forward_button.setToolTip(self.tr("5 seconds forward (Right arrow)"))
        self.stop_button = QPushButton(self.tr("Stop"), self)
        self.stop_button.setObjectName("stopButton")
        self.speed = QComboBox(self)
        self.speed.setObjectName("speedCombo")
        self.speed.setAccessibleName(self.tr("Playback speed"))
        for value in SPEEDS:
            self.speed.addItem(f"{value:g}×", value)
        self.speed.setCurrentIndex(SPEEDS.index(1.0))
        self.slider = QSlider(Qt.Orientation.Horizontal, self)
        self.slider.setObjectName("positionSlider")
        self.slider.setAccessibleName(self.tr("Play position"))
        self.time_label = QLabel(f"{position_text(0)} / {position_text(0)}", self)
        self.time_label.setObjectName("timeLabel")
        self.waveform = LanesView(self)
        self._shortcuts: list[QShortcut] = []
        self.markers = QComboBox(self)
        self.markers.setObjectName("markerCombo")
        self.markers.setAccessibleName(self.tr("Markers"))
        self.jump_button = QPushButton(self.tr("Jump to marker"), self)
        self.jump_button.setObjectName("jumpButton")
        self.status = QLabel(self)
        self.status.setWordWrap(True)

        controls = QHBoxLayout()
        for widget in (
            self.track, self.back_button, self.play_button, self.forward_button,
            self.stop_button, self.speed,
        ):  # fmt: skip
            controls.addWidget(widget)
        controls.addStretch(1)
        controls.addWidget(self.time_label)
        # The slider under the lanes at their full width (the buttons left it a sliver).
        position_row = QHBoxLayout()
        position_row.addWidget(self.slider, 1)
        marker_row = QHBoxLayout()
        marker_row.addWidget(QLabel(self.tr("Markers:"), self))
        marker_row.addWidget(self.markers, 1)
        marker_row.addWidget(self.jump_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.alert)
        layout.addWidget(self.waveform)
        layout.addLayout(position_row)
        layout.addLayout(controls)
        layout.addLayout(marker_row)
        layout.addWidget(self.status)
        self._set_enabled(False)

        self.play_button.clicked.connect(self.toggle)
        self.back_button.clicked.connect(lambda: self.step(-STEP_MS))
        self.forward_button.clicked.connect(lambda: self.step(STEP_MS))
        self.bind_keys(self)
        self.stop_button.clicked.connect(self.stop)
        self.track.currentIndexChanged.connect(self._on_track_changed)
        self.speed.currentIndexChanged.connect(
            lambda _: self.playback.set_speed(float(self.speed.currentData()))
        )
        self.slider.sliderReleased.connect(lambda: self.playback.seek(self.slider.value()))
        self.waveform.seek_requested.connect(self.playback.seek)
        self.jump_button.clicked.connect(self._jump)
        self.playback.position_changed.connect(self._on_position)
        self.playback.playing_changed.connect(self._on_playing)

    def _set_enabled(self, loaded: bool) -> None:
        for widget in (
            self.stop_button, self.slider, self.markers, self.jump_button,
            self.back_button, self.forward_button,
        ):  # fmt: skip
            widget.setEnabled(loaded)
        self.play_button.setEnabled(self._recording_id is not None)

    def open_recording(self, recording_id: str, title: str) -> None:
        """Check and play `recording_id` from the start (one audited play)."""
        self._recording_id = recording_id
        self._resume_ms = 0
        self.title.setText(title)
        self._start_play()

    def play_at(self, recording_id: str, ms: int, title: str | None = None) -> None:
        """Play `recording_id` from `ms` (the transcript editor's click on a segment).

        The loaded copy is reused when it is that recording, so clicking through segments
        does not re-hash and re-audit the file each time; otherwise one audited play.
        """
        if self.prep is not None and self.prep.recording_id == recording_id:
            self.playback.seek(ms)
            self.playback.play()
            return
        self._recording_id = recording_id
        self._resume_ms = ms
        if title is not None:
            self.title.setText(title)
        self._start_play()

    def open_at(self, recording_id: str, ms: int, title: str) -> None:
        """Play `recording_id` from `ms` as a new, audited play ("Play at 01:23" from an
        incident or a supervisor's notice): permission and integrity are checked again
        even when that recording is loaded, since the request comes from another screen."""
        self._recording_id = recording_id
        self._resume_ms = max(0, ms)
        self.title.setText(title)
        self._start_play()

    def bind_keys(self, scope: QWidget) -> None:
        """Space and the arrows act while the focus is anywhere inside `scope` (the player,
        or the whole recordings page so they work from the results table too)."""
        for shortcut in self._shortcuts:
            shortcut.setEnabled(False)
            shortcut.deleteLater()
        self._shortcuts = []
        for key, slot in (
            (Qt.Key.Key_Space, self.toggle),
            (Qt.Key.Key_Left, lambda: self.step(-STEP_MS)),
            (Qt.Key.Key_Right, lambda: self.step(STEP_MS)),
        ):
            shortcut = QShortcut(QKeySequence(key), scope)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)
            self._shortcuts.append(shortcut)

    def step(self, delta_ms: int) -> None:
        """Move the play position by `delta_ms` within the loaded copy."""
        if self.prep is None:
            return
        target = min(self.playback.duration_ms, max(0, self.playback.position_ms + delta_ms))
        self.playback.seek(target)

    def stop(self) -> None:
        self._stopped = True
        self.playback.stop()

    def toggle(self) -> None:
        """Pause/resume the loaded copy; after a stop or the end, a new audited play."""
        if self.playback.playing:
            self.playback.pause()
        elif (
            self.prep is not None
            and not self._stopped
            and self.playback.position_ms < self.playback.duration_ms
        ):
            self.playback.play()
        elif self._recording_id is not None:
            self._start_play()

    def _on_track_changed(self) -> None:
        if self._recording_id is not None and self.prep is not None:
            self._resume_ms = self.playback.position_ms
            self._start_play()

    def _start_play(self) -> None:
        rec_id, track = self._recording_id, str(self.track.currentData())
        if rec_id is None:
            return
        self.playback.stop()
        self.prep = None
        self.alert.hide()
        self.waveform.clear()
        self._set_enabled(False)
        self.status.setText(self.tr("Checking the recording's integrity…"))
        sessions, actor, workdir = self._services.sessions, self._services.actor, self._workdir

        def job() -> PlayPrep | Exception:
            try:
                return prepare_play(sessions, actor, rec_id, track, workdir)
            except Exception as exc:  # shown to the user; the service audited what matters
                return exc

        self._files.submit(job, label="prepare play").success(self._on_prepared)

    def _on_prepared(self, result: PlayPrep | Exception) -> None:
        if isinstance(result, Exception):
            self._refuse(result)
            return
        try:
            self.playback.load(result.play_path)
        except (OSError, ValueError, wave.Error) as exc:
            self._refuse(exc)
            return
        self.prep = result
        self._stopped = False
        duration = self.playback.duration_ms
        self.slider.setRange(0, duration)
        self.waveform.set_duration(duration / 1000)
        self.waveform.set_markers([Marker(m.at_s, m.label, m.kind) for m in result.markers])
        self.waveform.set_masked_spans(result.masked_spans)
        self.markers.clear()
        for marker in result.markers:
            label = self.tr("Incident") if marker.kind == "incident" else self.tr("Key phrase")
            self.markers.addItem(f"{position_text(marker.at_s)}  {label}", marker.at_s)
        self._set_enabled(True)
        notes = []
        if result.masked:
            notes.append(self.tr("The key-phrase segment is masked (silence, red band)."))
        path, track = result.play_path, result.track
        # No waveform is no harm (playback goes on); the worker logged why.
        self._files.submit(lambda: compute_channel_peaks(path), label="waveform").success(
            lambda lanes: self._show_lanes(result, track, lanes)
        ).failure(lambda _error: None)
        if self._resume_ms:
            self.playback.seek(self._resume_ms)
        self.playback.set_speed(float(self.speed.currentData()))
        self.playback.play()
        if not self.playback.audio_output:
            notes.append(self.tr("No audio output device: playing without sound."))
        self.status.setText(" ".join(notes))
        self.play_started.emit(result)

    def _show_lanes(self, prep: PlayPrep, track: str, lanes: list[Any]) -> None:
        if self.prep is prep:  # not a copy replaced since (another track, another call)
            self.waveform.set_lanes(lanes, lane_names(track, len(lanes)))

    def _refuse(self, error: Exception) -> None:
        if isinstance(error, EvidenceError):
            text = self.tr(
                "INTEGRITY CHECK FAILED: the %1 track of this recording is missing or was "
                "changed after the call (SHA-256 differs from the database). It will not be "
                "played. Tell the administrator."
            ).replace("%1", error.track)
        elif isinstance(error, PermissionError):
            text = self.tr("You may not play recordings.")
        else:
            text = self.tr("The recording cannot be played: %1").replace("%1", str(error))
        self.alert.setText(text)
        self.alert.show()
        self.status.clear()
        self._set_enabled(False)
        self.play_refused.emit(text)

    def _jump(self) -> None:
        at = self.markers.currentData()
        if at is not None:
            self.playback.seek(int(float(at) * 1000))

    def _on_position(self, ms: int) -> None:
        if not self.slider.isSliderDown():
            self.slider.setValue(ms)
        self.waveform.set_position(ms)
        text = f"{position_text(ms / 1000)} / {position_text(self.playback.duration_ms / 1000)}"
        self.time_label.setText(text)
        self.slider.setAccessibleDescription(text)

    def _on_playing(self, playing: bool) -> None:
        self.play_button.setText(self.tr("Pause") if playing else self.tr("Play"))

    def shutdown(self) -> None:
        """Stop sound, finish file jobs and delete the played copies."""
        self.playback.stop()
        self._files.shutdown()
        shutil.rmtree(self._workdir, ignore_errors=True)
