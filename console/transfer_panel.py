"""Transfer: blind, or attended (consult first, then complete or cancel) (issue 11).

The panel sends `TRANSFER` / `CONSULT` / `COMPLETE_TRANSFER` and shows the engine's
`CallTransfer` progress in words, so the operator knows whether the caller really left
this seat (the recording runs until they do).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from console.dial_box import Target, TargetEdit
from telephony import protocol as p

TOGGLE_KEY = "F7"


class TransferPanel(QFrame):
    """Target field (normalised like the dial box), Blind / Consult, Complete / Cancel.

    `call_id()` is the call the operator is talking to; `consult()` names the consultation
    call and the call it consults for, when there is one (from the card's `CallOutgoing`).

    Signals:
        command_requested(object): a `Command` for the engine.
    """

    command_requested = Signal(object)

    def __init__(
        self,
        call_id: Callable[[], str | None],
        consult: Callable[[], tuple[str, str] | None],
        region: str = "UA",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("transferPanel")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self._call_id = call_id
        self._consult = consult
        title = QLabel(self.tr("Transfer (F7)"), self)
        title.setStyleSheet("font-weight: bold;")
        self.target = TargetEdit("transfer", self.tr("Seat, supervisor or number"), region, self)
        self.target.edit.setToolTip(
            self.tr("Where the call goes: a number or sip: address; Enter = blind transfer")
        )
        self.blind_button = QPushButton(self.tr("Blind transfer"), self)
        self.blind_button.setObjectName("blindTransferButton")
        self.blind_button.setToolTip(
            self.tr("Send the caller straight to the target, without talking to them first")
        )
        self.consult_button = QPushButton(self.tr("Consult first"), self)
        self.consult_button.setObjectName("consultButton")
        self.consult_button.setToolTip(
            self.tr("Hold the caller and call the target; then complete or cancel")
        )
        self.complete_button = QPushButton(self.tr("Complete transfer"), self)
        self.complete_button.setObjectName("completeTransferButton")
        self.complete_button.setToolTip(self.tr("Connect the caller to the consulted person"))
        self.cancel_button = QPushButton(self.tr("Cancel transfer"), self)
        self.cancel_button.setObjectName("cancelTransferButton")
        self.cancel_button.setToolTip(self.tr("Hang up the consultation and go back to the caller"))
        self.status_label = QLabel(self)
        self.status_label.setObjectName("transferStatus")
        self.status_label.setWordWrap(True)

        start = QHBoxLayout()
        start.addWidget(self.blind_button)
        start.addWidget(self.consult_button)
        finish = QHBoxLayout()
        finish.addWidget(self.complete_button)
        finish.addWidget(self.cancel_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(title)
        layout.addWidget(self.target)
        layout.addLayout(start)
        layout.addLayout(finish)
        layout.addWidget(self.status_label)

        self.target.submitted.connect(self._blind)
        self.blind_button.clicked.connect(lambda: self._with_target(self._blind))
        self.consult_button.clicked.connect(lambda: self._with_target(self._start_consult))
        self.complete_button.clicked.connect(self._complete)
        self.cancel_button.clicked.connect(self._cancel)
        self.refresh()

    # ------------------------------------------------------------------ actions

    def _with_target(self, action: Callable[[Target], None]) -> None:
        target = self.target.target()
        if target is None:
            self.target.submit()  # shows the one-line error
            return
        action(target)

    def _emit(self, name: p.CommandName, call_id: str | None, **args: object) -> None:
        self.command_requested.emit(p.Command(name, call_id, dict(args)))

    def _blind(self, target: Target) -> None:
        call_id = self._call_id()
        if call_id is None or self._consult() is not None:
            return
        self._emit(p.CommandName.TRANSFER, call_id, target=target.value)
        self.status_label.setText(self.tr("Transferring to %1…").replace("%1", target.shown))

    def _start_consult(self, target: Target) -> None:
        call_id = self._call_id()
        if call_id is None or self._consult() is not None:
            return
        self._emit(p.CommandName.CONSULT, call_id, target=target.value)
        self.status_label.setText(self.tr("Calling %1 to consult…").replace("%1", target.shown))

    def _complete(self) -> None:
        pair = self._consult()
        if pair is None:
            return
        consult_id, original_id = pair
        self._emit(p.CommandName.COMPLETE_TRANSFER, original_id, consult_call_id=consult_id)
        self.status_label.setText(self.tr("Transferring…"))

    def _cancel(self) -> None:
        pair = self._consult()
        if pair is None:
            return
        consult_id, original_id = pair
        self._emit(p.CommandName.HANGUP, consult_id)
        self._emit(p.CommandName.RESUME, original_id)
        self.status_label.setText(self.tr("Transfer cancelled; back to the caller."))

    # ------------------------------------------------------------------ events

    def on_transfer(self, event: p.CallTransfer) -> None:
        self.status_label.setText(transfer_status_text(event))
        self.status_label.setProperty("transferStatus", event.status)
        style = {"failed": "color: #c00000; font-weight: bold;", "completed": "color: #1a7f37;"}
        self.status_label.setStyleSheet(style.get(event.status, ""))

    def reset(self) -> None:
        """Forget the last transfer (a new call starts with an empty panel)."""
        self.target.edit.clear()
        self.status_label.clear()
        self.status_label.setStyleSheet("")

    def refresh(self) -> None:
        """Enable what the engine would accept now (after every call event)."""
        talking = self._call_id() is not None
        consulting = self._consult() is not None
        self.blind_button.setEnabled(talking and not consulting)
        self.consult_button.setEnabled(talking and not consulting)
        self.complete_button.setEnabled(consulting)
        self.cancel_button.setEnabled(consulting)
        self.complete_button.setVisible(consulting)
        self.cancel_button.setVisible(consulting)


def transfer_status_text(event: p.CallTransfer) -> str:
    """A transfer's progress in the operator's words ("Не вдалося перевести: 404")."""
    if event.status in {"trying", "accepted"}:
        return QCoreApplication.translate("TransferPanel", "Transferring…")
    if event.status == "completed":
        return QCoreApplication.translate("TransferPanel", "Transferred")
    code = str(event.sip_code) if event.sip_code else (event.reason or "?")
    return QCoreApplication.translate("TransferPanel", "Could not transfer: %1").replace("%1", code)
