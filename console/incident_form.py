"""The short after-call form of an incident: what was said (optional).

The incident and its notifications already exist when this opens (issue 4): the form only
adds the operator's note. It is a separate, non-modal window shown without taking focus,
so the next call can be answered with the keyboard while it is open, and closing it
unsaved loses nothing that the regulation requires.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from db.models_incidents import IncidentKind


class IncidentForm(QWidget):
    """Note editor for one incident; saving runs `save_incident_note` on the worker.

    Signals:
        saved(int): the note of this incident id is stored.
        closed(): the window closed (saved or not); the bar forgets it.
    """

    saved = Signal(int)
    closed = Signal()

    def __init__(
        self,
        services: Any,
        incident_id: int,
        kind: IncidentKind,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("incidentForm")
        self.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)
        self._services = services
        self.incident_id = incident_id
        what = (
            self.tr("Threat (KUTY-3.2)")
            if kind is IncidentKind.THREAT
            else self.tr("Abuse (KUTY-3.1)")
        )
        self.setWindowTitle(self.tr("Incident %1").replace("%1", str(incident_id)))
        intro = QLabel(
            self.tr(
                "%1: incident %2 is filed and management is notified. "
                "Optionally, write down what was said."
            )
            .replace("%1", what)
            .replace("%2", str(incident_id)),
            self,
        )
        intro.setWordWrap(True)
        self.note_edit = QPlainTextEdit(self)
        self.note_edit.setObjectName("incidentNote")
        self.note_edit.setPlaceholderText(self.tr("What the caller said (optional)"))
        self.save_button = QPushButton(self.tr("Save note"), self)
        self.save_button.setObjectName("saveIncidentNote")
        self.close_button = QPushButton(self.tr("Close"), self)
        self.close_button.setObjectName("closeIncidentForm")
        self.status_label = QLabel(self)
        self.status_label.setObjectName("incidentFormStatus")
        buttons = QHBoxLayout()
        buttons.addWidget(self.status_label, 1)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.note_edit, 1)
        layout.addLayout(buttons)
        self.save_button.clicked.connect(self.save)
        self.close_button.clicked.connect(self.close)
        self.resize(480, 300)

    def save(self) -> None:
        from incidents.service import save_incident_note

        note = self.note_edit.toPlainText()
        sessions, actor = self._services.sessions, self._services.actor
        incident_id = self.incident_id
        self.save_button.setEnabled(False)

        def done(_result: object) -> None:
            self.saved.emit(incident_id)
            self.close()

        self._services.worker.submit(
            lambda: save_incident_note(sessions, actor, incident_id, note), label="incident note"
        ).success(done).failure(self._on_failed)

    def _on_failed(self, _error: BaseException) -> None:
        """In the form, which stays open with the note typed: the operator retries."""
        self.save_button.setEnabled(True)
        self.status_label.setText(self.tr("Not saved; try again."))

    def closeEvent(self, event: QCloseEvent) -> None:
        self.closed.emit()
        super().closeEvent(event)
