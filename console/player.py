"""Play a recording for review: integrity first, audit first, masked when the role says so.

Order of a play (`prepare_play`, on a background thread):
1. permission (PLAY_RECORDING, audited when denied);
2. the track is copied to a private temp file and *that copy* is hashed against the
   SHA-256 stored at hang-up: a mismatch is audited ("integrity_mismatch") and raises
   `IntegrityError`, and nothing plays; because the copy is what plays, a file swapped
   after the check cannot be heard instead;
3. roles without HEAR_KEY_PHRASE get the key-phrase spans silenced (`mask_wav`);
4. "recording_played" (recording id, track, masked) is appended to the audit chain; if
   that write fails the exception propagates and nothing plays.

Sound comes from `console.waveform.PcmPlayback` (no QtMultimedia in this PySide6 build).
"""

from __future__ import annotations

import logging
import shutil
import tempfile
import wave
from dataclasses import dataclass, field
from pathlib import Path

import sqlalchemy as sa
from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSlider,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session, sessionmaker

from console.services import ConsoleServices
from console.tasks import DbWorker
from console.waveform import Marker, PcmPlayback, WaveformView, compute_peaks
from db.audit import append_audit
from db.models import Recording
from db.models_incidents import Incident
from desk.errors import NotFound
from desk.gate import authorize
from desk.roles import Actor, Permission
from recordings.masking import key_phrase_spans, mask_wav, must_mask
from recordings.wavfile import sha256_file

__all__ = ["TRACK_FILES", "IntegrityError", "PlayPrep", "PlayerWidget", "prepare_play"]

SPEEDS = (0.5, 0.75, 1.0, 1.25, 1.5, 2.0)

log = logging.getLogger(__name__)

TRACK_FILES = {"caller": "caller", "operator": "operator", "both": "mixed"}
"""UI track choice -> Recording column prefix; "both" is the stereo mix made at hang-up."""


class IntegrityError(Exception):
    """The file on disk is not the one recorded: shown loudly, never played."""

    def __init__(self, recording_id: str, track: str, expected: str, actual: str | None):
        what = "is missing" if actual is None else "does not match the SHA-256 in the database"
        super().__init__(f"recording {recording_id} ({track}) {what}")
        self.recording_id = recording_id
        self.track = track
        self.expected = expected
        self.actual = actual


@dataclass(frozen=True)
class PlayPrep:
    """Everything the player needs after the checks: the file to play and what to draw."""

    recording_id: str
    call_id: str
    track: str
    play_path: Path
    masked: bool
    masked_spans: list[tuple[float, float]] = field(default_factory=list)
    markers: list[Marker] = field(default_factory=list)


def prepare_play(
    sessions: sessionmaker[Session],
    actor: Actor,
    recording_id: str,
    track: str,
    workdir: Path,
) -> PlayPrep:
    """Check, copy, mask and audit one play; see the module docstring for the order.

    Raises:
        PermissionDenied: the actor may not play recordings (audited).
        NotFound: no such recording or no finished file for that track.
        IntegrityError: the file is missing or its SHA-256 differs (audited).
    """
    column = TRACK_FILES[track]
    authorize(sessions, actor, Permission.PLAY_RECORDING, action="play", recording_id=recording_id)
    with sessions.begin() as session:
        rec = session.get(Recording, recording_id)
        if rec is None:
            raise NotFound(f"recording {recording_id} does not exist")
        call_id = rec.call_id
        path_text, expected = getattr(rec, f"{column}_path"), getattr(rec, f"{column}_sha256")
        spans = key_phrase_spans(session, call_id)
        incidents = session.execute(
            sa.select(Incident.kind, Incident.offset_s).where(
                Incident.call_id == call_id, Incident.offset_s.is_not(None)
            )
        ).all()
    if not path_text or not expected:
        raise NotFound(f"recording {recording_id} has no finished {track} track")
    workdir.mkdir(parents=True, exist_ok=True)
    copy = workdir / f"{recording_id}-{column}.wav"
    source = Path(path_text)
    actual: str | None = None
    if source.is_file():
        shutil.copyfile(source, copy)
        actual = sha256_file(copy)
    if actual != expected:
        copy.unlink(missing_ok=True)
        with sessions.begin() as session:
            append_audit(
                session,
                "integrity_mismatch",
                actor.label,
                {
                    "recording_id": recording_id,
                    "track": track,
                    "expected": expected,
                    "actual": actual,
                    "context": "play",
                },
                call_id=call_id,
            )
        raise IntegrityError(recording_id, track, expected, actual)
    masked = must_mask(actor) and bool(spans)
    play_path = copy
    if masked:
        play_path = workdir / f"{recording_id}-{column}-masked.wav"
        mask_wav(copy, play_path, spans)
        copy.unlink()
    with sessions.begin() as session:
        append_audit(
            session,
            "recording_played",
            actor.label,
            {"recording_id": recording_id, "track": track, "masked": masked},
            call_id=call_id,
        )
    markers = [Marker(float(off), f"incident: {kind.value}", "incident") for kind, off in incidents]
    markers += [Marker(a, "key phrase", "key_phrase") for a, _ in spans]
    return PlayPrep(
        recording_id,
        call_id,
        track,
        play_path,
        masked,
        spans if masked else [],
        sorted(markers, key=lambda m: m.at_s),
    )


def new_workdir() -> Path:
    """A private folder for played copies; removed when the player closes."""
    return Path(tempfile.mkdtemp(prefix="kuty-play-"))


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
        for key, text in (
            ("both", self.tr("Both (mixed)")),
            ("caller", self.tr("Caller")),
            ("operator", self.tr("Operator")),
        ):
            self.track.addItem(text, key)
        self.play_button = QPushButton(self.tr("Play"), self)
        self.play_button.setObjectName("playButton")
        self.stop_button = QPushButton(self.tr("Stop"), self)
        self.stop_button.setObjectName("stopButton")
        self.speed = QComboBox(self)
        self.speed.setObjectName("speedCombo")
        for value in SPEEDS:
            self.speed.addItem(f"{value:g}×", value)
        self.speed.setCurrentIndex(SPEEDS.index(1.0))
        self.slider = QSlider(Qt.Orientation.Horizontal, self)
        self.slider.setObjectName("positionSlider")
        self.time_label = QLabel("0:00 / 0:00", self)
        self.waveform = WaveformView(self)
        self.markers = QComboBox(self)
        self.markers.setObjectName("markerCombo")
        self.jump_button = QPushButton(self.tr("Jump to marker"), self)
        self.jump_button.setObjectName("jumpButton")
        self.status = QLabel(self)
        self.status.setWordWrap(True)

        controls = QHBoxLayout()
        for widget in (self.track, self.play_button, self.stop_button, self.speed):
            controls.addWidget(widget)
        controls.addWidget(self.slider, 1)
        controls.addWidget(self.time_label)
        marker_row = QHBoxLayout()
        marker_row.addWidget(QLabel(self.tr("Markers:"), self))
        marker_row.addWidget(self.markers, 1)
        marker_row.addWidget(self.jump_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.alert)
        layout.addWidget(self.waveform)
        layout.addLayout(controls)
        layout.addLayout(marker_row)
        layout.addWidget(self.status)
        self._set_enabled(False)

        self.play_button.clicked.connect(self.toggle)
        self.stop_button.clicked.connect(self.playback.stop)
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
        for widget in (self.stop_button, self.slider, self.markers, self.jump_button):
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

    def toggle(self) -> None:
        """Pause/resume the loaded copy; after a stop or the end, a new audited play."""
        if self.playback.playing:
            self.playback.pause()
        elif self.prep is not None and 0 < self.playback.position_ms < self.playback.duration_ms:
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
        duration = self.playback.duration_ms
        self.slider.setRange(0, duration)
        self.waveform.set_markers(result.markers)
        self.waveform.set_masked_spans(result.masked_spans)
        self.markers.clear()
        for marker in result.markers:
            label = self.tr("Incident") if marker.kind == "incident" else self.tr("Key phrase")
            self.markers.addItem(f"{_clock(int(marker.at_s * 1000))}  {label}", marker.at_s)
        self._set_enabled(True)
        notes = []
        if result.masked:
            notes.append(self.tr("The key-phrase segment is masked (silence, red band)."))
        path = result.play_path
        # No waveform is no harm (playback goes on); the worker logged why.
        self._files.submit(lambda: compute_peaks(path), label="waveform").success(
            self.waveform.set_peaks
        ).failure(lambda _error: None)
        if self._resume_ms:
            self.playback.seek(self._resume_ms)
        self.playback.set_speed(float(self.speed.currentData()))
        self.playback.play()
        if not self.playback.audio_output:
            notes.append(self.tr("No audio output device: playing without sound."))
        self.status.setText(" ".join(notes))
        self.play_started.emit(result)

    def _refuse(self, error: Exception) -> None:
        if isinstance(error, IntegrityError):
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
        self.time_label.setText(f"{_clock(ms)} / {_clock(self.playback.duration_ms)}")

    def _on_playing(self, playing: bool) -> None:
        self.play_button.setText(self.tr("Pause") if playing else self.tr("Play"))

    def shutdown(self) -> None:
        """Stop sound, finish file jobs and delete the played copies."""
        self.playback.stop()
        self._files.shutdown()
        shutil.rmtree(self._workdir, ignore_errors=True)


def _clock(ms: int) -> str:
    seconds = ms // 1000
    return f"{seconds // 60}:{seconds % 60:02d}"
