"""The status-bar strip: engine state, SIP registration, where we listen, the headset, REC."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QHBoxLayout, QLabel, QWidget

from telephony.protocol import CallRefused, EngineReady, RegistrationChanged, StunResolved

_WARN_STYLE = "color: #b35c00; font-weight: bold;"
_BAD_STYLE = "color: #c00000; font-weight: bold;"
_OK_STYLE = "color: #1a7f37;"
_REC_STYLE = "color: white; background: #c00000; font-weight: bold; padding: 1px 6px;"
_STALLED_STYLE = "color: black; background: #ffb000; font-weight: bold; padding: 1px 6px;"


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
        self.recording_indicator.setStyleSheet(_REC_STYLE)
        self.recording_indicator.setToolTip(self.tr("This call is being recorded (KUTY-1.1)"))
        self.recording_indicator.setVisible(False)
        self.engine_status = QLabel(self)
        self.engine_status.setObjectName("engineStatus")
        self.registration_status = QLabel(self)
        self.registration_status.setObjectName("registrationStatus")
        self._registrations: dict[str, RegistrationChanged] = {}
        self._refused = 0
        self._stun: StunResolved | None = None
        self.listen_label = QLabel(self)
        self.listen_label.setObjectName("listenAddress")
        self.audio_label = QLabel(self)
        self.audio_label.setObjectName("audioDevice")
        for label in (
            self.recording_indicator,
            self.engine_status,
            self.registration_status,
            self.listen_label,
            self.audio_label,
        ):
            layout.addWidget(label)
        # Short notices (a declined call, a call being placed, issue 11) live here, because
        # this strip takes the whole status bar and would hide showMessage() texts.
        self.notice = QLabel(self)
        self.notice.setObjectName("statusNotice")
        self.notice.setStyleSheet("font-weight: bold;")
        self._notice_timer = QTimer(self)
        self._notice_timer.setSingleShot(True)
        self._notice_timer.timeout.connect(self.notice.clear)
        layout.addWidget(self.notice)
        layout.addStretch(1)
        self.set_engine_state("starting")
        self._show_registration()

    def show_notice(self, text: str, timeout_ms: int = 10000) -> None:
        """One line for a few seconds, beside the phone's state."""
        self.notice.setText(text)
        self.notice.setToolTip(text)
        self._notice_timer.start(timeout_ms)

    def clear_notice(self, text: str) -> None:
        """Take `text` down early if it is still the line shown (a newer one stays)."""
        if self.notice.text() == text:
            self._notice_timer.stop()
            self.notice.clear()

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
        if state in {"died", "restarting", "stopped"} and self._registrations:
            self._registrations.clear()  # a new engine registers afresh and reports again
            self._stun = None
            self._show_registration()

    def set_ready(self, event: EngineReady) -> None:
        # Which SIP stack and TLS library this seat really runs (issue 14, ADR 0008).
        tls = event.openssl or self.tr("no OpenSSL: SIP over TLS is unavailable")
        self.engine_status.setToolTip(
            self.tr("PJSIP %1; TLS: %2")
            .replace("%1", event.pjsip or self.tr("version unknown"))
            .replace("%2", tls)
        )
        self.listen_label.setText(self.tr("Listening on %1").replace("%1", event.listen))
        if event.audio_device and not event.audio_warning:
            self.audio_label.setText(self.tr("Headset: %1").replace("%1", event.audio_device))
            self.audio_label.setStyleSheet("")
            self.audio_label.setToolTip("")
        else:
            self.audio_label.setText(self.tr("⚠ No headset"))
            self.audio_label.setStyleSheet(_BAD_STYLE)
            self.audio_label.setToolTip(event.audio_warning or "")

    def set_recording(self, on: bool, *, stalled: bool = False) -> None:
        """● REC while recording; a warning in words (not only colour) while audio is lost.

        A stalled track means the recordings folder stopped taking audio (a full disk, a
        dead share: issue 10 fault 2); the operator must see it during the call, not at
        hang-up.
        """
        self.recording_indicator.setVisible(on)
        if stalled:
            self.recording_indicator.setText(self.tr("⚠ REC STOPPED"))
            self.recording_indicator.setStyleSheet(_STALLED_STYLE)
            self.recording_indicator.setToolTip(
                self.tr(
                    "Audio of this call is being lost: the recordings folder takes no more "
                    "audio (KUTY-1.1). Tell your supervisor."
                )
            )
        else:
            self.recording_indicator.setText(self.tr("● REC"))
            self.recording_indicator.setStyleSheet(_REC_STYLE)
            self.recording_indicator.setToolTip(self.tr("This call is being recorded (KUTY-1.1)"))
        self.recording_indicator.setAccessibleName(self.recording_indicator.text())

    def set_registration(self, event: RegistrationChanged) -> None:
        """Track one account's registration; the label shows the worst state of all.

        A failing account is what the operator must notice (calls through it will not
        arrive), so it wins over a registered one.
        """
        self._registrations[event.account_id] = event
        self._show_registration()

    def count_refused(self, event: CallRefused) -> None:
        """Count INVITEs refused without ringing (SIP scanners); only in the tooltip.

        They are not calls and must not alarm the operator, but an admin looking at
        the status bar can see that the seat is being probed.
        """
        self._refused += 1
        self._show_registration()

    def set_stun(self, event: StunResolved) -> None:
        """Remember the STUN result for the tooltip (a failure is also a banner alert)."""
        self._stun = event
        self._show_registration()

    @property
    def refused_count(self) -> int:
        return self._refused

    def _show_registration(self) -> None:
        states = list(self._registrations.values())
        failing = [e for e in states if e.state == "failing"]
        registered = [e for e in states if e.state == "registered"]
        label = self.registration_status
        if failing:
            first = failing[0]
            text = (
                self.tr("Registration failed: %1 %2")
                .replace("%1", str(first.code))
                .replace("%2", first.reason)
                .strip()
            )
            state, style = "failing", _BAD_STYLE
        elif registered:
            names = ", ".join(e.account_id for e in registered)
            text, state, style = (
                self.tr("Registered: %1").replace("%1", names),
                "registered",
                _OK_STYLE,
            )
        elif states:
            names = ", ".join(e.account_id for e in states)
            text = self.tr("Not registered: %1").replace("%1", names)
            state, style = "unregistered", _WARN_STYLE
        else:
            text, state, style = self.tr("Local mode (no registration)"), "local", ""
        label.setText(text)
        label.setStyleSheet(style)
        label.setProperty("registrationState", state)
        tips = [f"{e.account_id}: {e.state} {e.code or ''} {e.reason}".strip() for e in states]
        if self._refused:
            tips.append(
                self.tr("%1 refused INVITEs from unknown hosts").replace("%1", str(self._refused))
            )
        if self._stun is not None and self._stun.ok:
            tips.append(self.tr("STUN: public address from %1").replace("%1", self._stun.server))
        elif self._stun is not None:
            tips.append(self.tr("STUN failed: %1").replace("%1", self._stun.reason))
        label.setToolTip("\n".join(tips))
