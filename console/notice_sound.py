"""The chime of a new incident notice for supervisors (issue 13).

The tone is synthesised here in Python (two short sine notes with soft edges, 16-bit PCM)
into the console's temporary folder on first use, so no sound file ships or can go missing,
and it plays through the player's own audio path (`console.waveform.PcmPlayback`, i.e.
PortAudio). Where there is no output device (`audio_device = "none"`, a headless seat, no
PortAudio) it falls back to `QApplication.beep()`, so a notice is never silent by accident;
only the supervisor's own mute makes it so.
"""

from __future__ import annotations

import atexit
import logging
import math
import shutil
import struct
import tempfile
import wave
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QApplication

from console.waveform import PcmPlayback

__all__ = ["NOTES", "NoticeSound", "write_chime"]

log = logging.getLogger(__name__)

RATE = 16000
NOTES = ((880.0, 0.12), (1320.0, 0.20))
"""(Hz, seconds) of the chime: a rising fifth, short enough not to mask a caller's words."""
PEAK = 0.35
FADE_S = 0.01
_CHIME: Path | None = None


def write_chime(path: Path, rate: int = RATE) -> Path:
    """Write the chime as a mono 16-bit PCM WAV at `rate`; returns `path`."""
    frames = bytearray()
    fade = max(1, int(rate * FADE_S))
    for freq, seconds in NOTES:
        count = int(rate * seconds)
        for i in range(count):
            edge = min(1.0, i / fade, (count - 1 - i) / fade)
            value = PEAK * edge * math.sin(2 * math.pi * freq * i / rate)
            frames += struct.pack("<h", int(value * 32767))
    path.parent.mkdir(parents=True, exist_ok=True)
    with wave.open(str(path), "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(rate)
        w.writeframes(bytes(frames))
    return path


class NoticeSound(QObject):
    """Plays the chime unless muted; counts what it did (the tests and the log read it).

    Signals:
        played(str): "device" (through PortAudio) or "beep" (the fallback).
    """

    played = Signal(str)

    def __init__(self, audio_device: str, enabled: bool = True, parent: QObject | None = None):
        super().__init__(parent)
        self.enabled = enabled
        self._device = audio_device
        self._playback: PcmPlayback | None = None
        self.last = ""

    @property
    def path(self) -> Path:
        """The chime's WAV, written once per process on first use (and removed at exit)."""
        global _CHIME
        if _CHIME is None or not _CHIME.exists():
            folder = Path(tempfile.mkdtemp(prefix="kuty-chime-"))
            atexit.register(shutil.rmtree, folder, True)
            _CHIME = write_chime(folder / "notice.wav")
        return _CHIME

    def play(self) -> str:
        """Chime once; returns "muted", "device" or "beep"."""
        if not self.enabled:
            self.last = "muted"
            return self.last
        how = "beep"
        if self._device != "none":
            try:
                if self._playback is None:
                    self._playback = PcmPlayback(self._device, self)
                self._playback.load(self.path)
                self._playback.play()
                if self._playback.audio_output:
                    how = "device"
                else:
                    self._playback.stop()
            except (OSError, ValueError, wave.Error):
                log.info("notice chime not playable; beeping instead", exc_info=True)
        if how == "beep":
            QApplication.beep()
        self.last = how
        self.played.emit(how)
        return how
