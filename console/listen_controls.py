"""The supervisor's live-listening controls under the wallboard's calls (issue 13).

Listen asks the service for a one-time grant (desk/listening.py: LISTEN_LIVE, the seat's
policy, audited) on the database worker, then tells this console's engine to call the
operator's seat with it (telephony/listening.py). Whisper and Barge in are audited first,
then sent; Stop is audited and sent. What is on screen follows the engine's events only
(`listen_started`, `listen_mode`, `listen_ended`), never a guess. Tooltips cite the rules
of the seat's policy.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from console.tasks import error_text
from telephony import protocol as p

log = logging.getLogger(__name__)

SHORTCUTS = {
    "listen": "Ctrl+Shift+L",
    "whisper": "Ctrl+Shift+W",
    "barge": "Ctrl+Shift+B",
    "stop": "Ctrl+Shift+X",
}
ONE_ROW_MAX = 900
"""Widest the four buttons may be on one row: what a 1366 px wallboard leaves them."""


class ListenControls(QWidget):
    """Listen / Whisper / Barge in / Stop for the call selected on the wallboard.

    Signals:
        mode_changed(str): "" (not listening), "connecting", "listen", "whisper", "barge".
    """

    mode_changed = Signal(str)

    def __init__(
        self,
        services: Any,
        submit: Callable[[p.Command], None],
        bridge: Any,
        selected_call: Callable[[], Any],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("listenControls")
        self._services = services
        self._submit = submit
        self._selected = selected_call
        self._session: tuple[str, str] | None = None  # (listen_id, call_id)
        self.mode = ""
        supervision = services.policy.supervision
        self._allowed = bool(supervision.live_listening)
        rules = ", ".join(supervision.rules)
        self.listen_button = self._button("listen", self.tr("Listen"))
        self.whisper_button = self._button("whisper", self.tr("Whisper"))
        self.barge_button = self._button("barge", self.tr("Barge in"))
        self.stop_button = self._button("stop", self.tr("Stop listening"))
        tips = {
            self.listen_button: self.tr(
                "Listen to the selected call; neither the caller nor the operator hears "
                "you, and the recording does not change (%1). Every use is audited."
            ),
            self.whisper_button: self.tr(
                "Speak to the operator only; the caller does not hear you. What you say "
                "is recorded on the operator track (KUTY-1.1)."
            ),
            self.barge_button: self.tr(
                "Join the call: the caller and the operator hear you. What you say is "
                "recorded on the operator track (KUTY-1.1)."
            ),
            self.stop_button: self.tr("Stop listening; the call goes on unchanged."),
        }
        if not self._allowed:
            tips[self.listen_button] = self.tr(
                "The desk's policy does not allow live listening (%1)."
            )
        for button, tip in tips.items():
            shortcut = button.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            button.setToolTip(f"{tip.replace('%1', rules)} ({shortcut})")
        self.status = QLabel(self)
        self.status.setObjectName("listenStatus")
        self.status.setWordWrap(True)
        modes = (self.listen_button, self.whisper_button, self.barge_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        first, second = QHBoxLayout(), QHBoxLayout()
        for button in modes:
            first.addWidget(button)
        # One row while it fits beside the workspace list at 1366 px; with a large desktop
        # font (or the longer Ukrainian texts) Stop and the status go below (issue 13).
        wide = sum(b.sizeHint().width() for b in (*modes, self.stop_button))
        row = second if wide > ONE_ROW_MAX else first
        row.addWidget(self.stop_button)
        row.addWidget(self.status, 1)
        if row is first:
            first.setStretch(first.count() - 1, 1)
        else:
            first.addStretch(1)
        layout.addLayout(first)
        layout.addLayout(second)
        bridge.listening.connect(self._on_event)
        self._show("")

    def _button(self, key: str, text: str) -> QPushButton:
        keys = QKeySequence(SHORTCUTS[key])
        shown = keys.toString(QKeySequence.SequenceFormat.NativeText)
        button = QPushButton(f"{text} ({shown})", self)  # shortcuts visible (issue 13)
        button.setObjectName(f"listen_{key}")
        button.setAccessibleName(text)
        button.setShortcut(keys)
        button.clicked.connect(getattr(self, f"_{key}_clicked"))
        return button

    # ------------------------------------------------------------------ actions
    def _listen_clicked(self) -> None:
        call = self._selected()
        if call is None or call.answer_at is None:
            self.status.setText(self.tr("Select a call in progress first."))
            return
        from desk.listening import grant_listen

        sessions, actor, policy = (
            self._services.sessions,
            self._services.actor,
            self._services.policy,
        )
        call_id = call.call_id
        self._show("connecting")
        job = self._services.worker.submit(
            lambda: grant_listen(sessions, actor, call_id, policy), label="listen"
        )
        job.success(self._granted).failure(self._refused)

    def _granted(self, ticket: Any) -> None:
        self._session = (ticket.listen_id, ticket.call_id)
        args = {"uri": ticket.uri, "listen_id": ticket.listen_id, "token": ticket.token}
        self._submit(p.Command(p.CommandName.LISTEN, ticket.call_id, args))

    def _refused(self, error: BaseException) -> None:
        self._session = None
        self._show("")
        code = getattr(error, "code", "")
        texts = {
            "listen.policy": self.tr("The desk's policy does not allow live listening."),
            "listen.no_call": self.tr("The call is no longer in progress."),
            "listen.no_address": self.tr(
                "The operator's seat cannot be reached for listening (it has not announced "
                "its address)."
            ),
        }
        self.status.setText(texts.get(code) or error_text(error))

    def _whisper_clicked(self) -> None:
        self._change("whisper")

    def _barge_clicked(self) -> None:
        self._change("barge")

    def _change(self, mode: str) -> None:
        if self._session is None or self.mode not in ("listen", "whisper", "barge"):
            return
        from desk.listening import record_listen_mode

        listen_id, call_id = self._session
        sessions, actor, policy = (
            self._services.sessions,
            self._services.actor,
            self._services.policy,
        )

        def send(_: object) -> None:
            args = {"listen_id": listen_id, "mode": mode}
            self._submit(p.Command(p.CommandName.LISTEN_MODE, call_id, args))

        job = self._services.worker.submit(
            lambda: record_listen_mode(sessions, actor, listen_id, call_id, mode, policy),
            label="listen_mode",
        )
        job.success(send).failure(lambda e: self.status.setText(error_text(e)))

    def _stop_clicked(self) -> None:
        if self._session is None:
            return
        from desk.listening import record_listen_stop

        listen_id, call_id = self._session
        sessions, actor = self._services.sessions, self._services.actor
        # Stopping is always safe: sent at once, the audit follows on the worker.
        self._submit(p.Command(p.CommandName.LISTEN_STOP, call_id, {"listen_id": listen_id}))
        job = self._services.worker.submit(
            lambda: record_listen_stop(sessions, actor, listen_id, call_id), label="listen_stop"
        )
        job.failure(lambda e: log.error("listen stop not audited: %s", e))

    # ------------------------------------------------------------------ engine events
    def _on_event(self, event: object) -> None:
        session = self._session
        if session is None or getattr(event, "side", "") != "supervisor":
            return
        if getattr(event, "listen_id", None) != session[0]:
            return
        if isinstance(event, p.ListenStarted | p.ListenModeChanged):
            self._show(event.mode)
        elif isinstance(event, p.ListenEnded):
            self._session = None
            self._show("")
            if event.sip_code in (403, 404, 408):
                self.status.setText(self.tr("The operator's seat refused the listening."))
            else:
                self.status.setText(self.tr("Listening ended."))

    def _show(self, mode: str) -> None:
        self.mode = mode
        listening = mode in ("listen", "whisper", "barge")
        self.listen_button.setEnabled(self._allowed and not mode)
        self.whisper_button.setEnabled(listening and mode != "whisper")
        self.barge_button.setEnabled(listening and mode != "barge")
        self.stop_button.setEnabled(bool(mode))
        texts = {
            "connecting": self.tr("Connecting to the operator's seat…"),
            "listen": self.tr("Listening: nobody hears you."),
            "whisper": self.tr("Whispering: only the operator hears you."),
            "barge": self.tr("In the call: the caller and the operator hear you."),
        }
        if mode:
            self.status.setText(texts[mode])
        self.mode_changed.emit(mode)
