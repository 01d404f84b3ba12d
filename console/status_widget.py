"""The status-bar strip: engine state, where we listen, the headset, and the REC light."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QWidget

from telephony.protocol import EngineReady

_WARN_STYLE = "color: #b35c00; font-weight: bold;"
_BAD_STYLE = "color: #c00000; font-weight: bold;"
_OK_STYLE = "color: #1a7f37;"


class StatusWidget(QWidget):
    """Shows the facts an operator glances at before taking a call.

    The recording light is the operator's proof that KUTY-1.1 holds for the call in
    progress, so it is visible only while a recording actually runs.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("statusWidget")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(4, 0, 4, 0)
        self.recording_indicator = QLabel(self.tr("● REC"), self)
        self.recording_indicator.setObjectName("recordingIndicator")
        self.recording_indicator.setStyleSheet(
            "color: white; background: #c00000; font-weight: bold; padding: 1px 6px;"
        )
        self.recording_indicator.setToolTip(self.tr("This call is being recorded (KUTY-1.1)"))
        self.recording_indicator.setVisible(False)
        self.engine_status = QLabel(self)
        self.engine_status.setObjectName("engineStatus")
        self.listen_label = QLabel(self)
        self.listen_label.setObjectName("listenAddress")
        self.audio_label = QLabel(self)
        self.audio_label.setObjectName("audioDevice")
        for label in (
            self.recording_indicator,
            self.engine_status,
            self.listen_label,
            self.audio_label,
        ):
            layout.addWidget(label)
        layout.addStretch(1)
        self.set_engine_state("starting")

    def set_engine_state(self, state: str) -> None:
        texts = {
            "starting": (self.tr("Phone: starting…"), _WARN_STYLE),
            "ready": (self.tr("Phone: ready"), _OK_STYLE),
            "died": (self.tr("Phone: stopped unexpectedly"), _BAD_STYLE),
            "restarting": (self.tr("Phone: restarting…"), _WARN_STYLE),
            "stopped": (self.tr("Phone: stopped"), _BAD_STYLE),
        }
        text, style = texts.get(state, (state, _WARN_STYLE))
        self.engine_status.setText(text)
        self.engine_status.setStyleSheet(style)
        self.engine_status.setProperty("engineState", state)
        if state != "ready":
            self.set_recording(False)

    def set_ready(self, event: EngineReady) -> None:
        self.listen_label.setText(self.tr("Listening on %1").replace("%1", event.listen))
        if event.audio_device and not event.audio_warning:
            self.audio_label.setText(self.tr("Headset: %1").replace("%1", event.audio_device))
            self.audio_label.setStyleSheet("")
            self.audio_label.setToolTip("")
        else:
            self.audio_label.setText(self.tr("⚠ No headset"))
            self.audio_label.setStyleSheet(_BAD_STYLE)
            self.audio_label.setToolTip(event.audio_warning or "")

    def set_recording(self, on: bool) -> None:
        self.recording_indicator.setVisible(on)
