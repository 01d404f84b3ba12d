"""Choose the headset and prove it works: a test tone and a live microphone level meter.

The engine opens one device, `settings.audio_device` (a sounddevice name, "" for the
system default or "none" for no headset), for both directions, so there is one choice
here. The check uses sounddevice directly, not the engine: it must work before any
account exists and while the engine is stopped. PortAudio's callback thread only stores
the latest peak; a Qt timer reads it, so no widget is touched off the GUI thread.
"""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import QTimer
from PySide6.QtGui import QHideEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QWidget,
)

log = logging.getLogger(__name__)

TONE_HZ = 880.0
TONE_S = 0.8
METER_INTERVAL_MS = 50


def list_devices() -> list[dict[str, Any]]:
    """sounddevice's devices; empty when PortAudio is missing or sees none."""
    try:
        import sounddevice as sd

        return [dict(d) for d in sd.query_devices()]
    except Exception as exc:  # OSError without PortAudio, PortAudioError without ALSA
        log.warning("cannot list audio devices: %s", exc)
        return []


def _device_arg(value: str) -> Any:
    return None if value == "" else value


class AudioCheck(QWidget):
    """Device choice, a "Test" tone button and a microphone level meter."""

    def __init__(self, current: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.devices = list_devices()
        self.combo = QComboBox(self)
        self.combo.setObjectName("audioDeviceChoice")
        self.combo.addItem(self.tr("System default"), "")
        self.combo.addItem(self.tr("No headset (none)"), "none")
        for device in self.devices:
            name = str(device.get("name", ""))
            ins, outs = device.get("max_input_channels", 0), device.get("max_output_channels", 0)
            self.combo.addItem(f"{name} (in {ins} / out {outs})", name)
        index = self.combo.findData(current)
        if index < 0 and current:  # saved device not plugged in now: keep it selectable
            self.combo.addItem(self.tr("%1 (not connected)").replace("%1", current), current)
            index = self.combo.count() - 1
        self.combo.setCurrentIndex(max(index, 0))
        self.test_button = QPushButton(self.tr("Test"), self)
        self.test_button.setObjectName("testTone")
        self.test_button.setToolTip(self.tr("Play a short tone in the headset"))
        self.meter = QProgressBar(self)
        self.meter.setObjectName("micLevel")
        self.meter.setRange(0, 100)
        self.meter.setTextVisible(False)
        self.status = QLabel(self)
        self.status.setObjectName("audioStatus")
        self.status.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(self.combo, 1)
        row.addWidget(self.test_button)
        form = QFormLayout(self)
        form.addRow(self.tr("Headset"), row)
        form.addRow(self.tr("Microphone level"), self.meter)
        form.addRow(self.status)
        note = self.tr("The phone engine uses the new device after it restarts.")
        form.addRow(QLabel(note, self))
        self._stream: Any = None
        self._peak = 0.0  # written by PortAudio's thread, read by the timer
        self._timer = QTimer(self)
        self._timer.setInterval(METER_INTERVAL_MS)
        self._timer.timeout.connect(self._show_level)
        self.test_button.clicked.connect(self.play_tone)
        self.combo.currentIndexChanged.connect(lambda _i: self._restart_meter())
        if not self.devices:
            self.status.setText(
                self.tr(
                    "No audio devices found. Plug in a headset and reopen this page; "
                    "until then you can save 'No headset' and calls are still recorded."
                )
            )
        self._update_buttons()

    def device(self) -> str:
        return str(self.combo.currentData())

    def _update_buttons(self) -> None:
        usable = bool(self.devices) and self.device() != "none"
        self.test_button.setEnabled(usable)
        self.meter.setEnabled(usable)

    def play_tone(self) -> None:
        """Play TONE_S of a sine wave on the chosen device (non-blocking)."""
        try:
            import numpy as np
            import sounddevice as sd

            info = sd.query_devices(_device_arg(self.device()), "output")
            rate = int(info["default_samplerate"])
            t = np.arange(int(rate * TONE_S)) / rate
            tone = (0.2 * np.sin(2 * np.pi * TONE_HZ * t)).astype("float32")
            sd.play(tone, rate, device=_device_arg(self.device()))
        except Exception as exc:
            self.status.setText(self.tr("Cannot play the test tone: %1").replace("%1", str(exc)))
            return
        self.status.setText(self.tr("You should hear a short beep in the headset."))

    def start(self) -> None:
        """Open the microphone and show its level; a failure is shown, not raised."""
        self.stop()
        self._update_buttons()
        if not self.devices or self.device() == "none":
            return
        try:
            import numpy as np
            import sounddevice as sd

            def callback(data: Any, _frames: int, _time: Any, _status: Any) -> None:
                self._peak = float(np.abs(data).max()) if len(data) else 0.0

            self._stream = sd.InputStream(
                device=_device_arg(self.device()), channels=1, callback=callback
            )
            self._stream.start()
        except Exception as exc:
            self._stream = None
            self.status.setText(self.tr("Cannot open the microphone: %1").replace("%1", str(exc)))
            return
        self._timer.start()

    def stop(self) -> None:
        """Close the microphone (the engine needs the device for calls)."""
        self._timer.stop()
        stream, self._stream = self._stream, None
        if stream is not None:
            try:
                stream.stop()
                stream.close()
            except Exception as exc:
                log.warning("closing the microphone failed: %s", exc)
        self.meter.setValue(0)

    def _restart_meter(self) -> None:
        if self.isVisible():
            self.start()
        else:
            self._update_buttons()

    def _show_level(self) -> None:
        self.meter.setValue(min(100, int(self._peak * 100)))

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        self.start()

    def hideEvent(self, event: QHideEvent) -> None:
        self.stop()
        super().hideEvent(event)
