"""The requests register (KUTY-1.3, issue 13) as the head administrator uses it: a request
typed into the real dialog queues its calls' transcripts, the queue runs with the seat's
engine, states are words, and the dossier preview lists every recording with its size and
SHA-256 and, for each transcript, that it is included or why it is not."""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path

from PySide6.QtCore import QLocale, Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox
from pytestqt.qtbot import QtBot
from sqlalchemy.orm import Session, sessionmaker

from console.request_texts import request_status_text
from console.requests_view import NewRequestDialog, RequestsView
from console.services import ConsoleServices
from console.tasks import DbWorker
from desk.settings import Settings
from recordings.request_transcripts import TranscriptState
from recordings.wavfile import sha256_file
from tests.gui.screen_text import problems
from tests.gui.test_workspaces import HANNA, add_chiefs
from tests.support.rows import add_recorded_call
from tests.unit.recordings.audio import sox_tone

CALL = "00000000-0000-4000-8000-000000000077"
REC = "10000000-0000-4000-8000-000000000077"


def recorded_call(sessions: sessionmaker[Session], root: Path) -> Path:
    folder = root / "recordings" / CALL
    folder.mkdir(parents=True)
    caller = sox_tone(folder / "caller.wav", 1.0, 440)
    operator = sox_tone(folder / "operator.wav", 1.0, 660)
    with sessions.begin() as s:
        add_recorded_call(
            s, call_id=CALL, recording_id=REC, directory=folder,
            paths={"caller": caller, "operator": operator, "mixed": None}, seconds=1.0,
            ring=dt.datetime.now(dt.UTC) - dt.timedelta(hours=1), number="+380501234567",
            operator_id=1,
        )  # fmt: skip
    return caller


def fill_and_accept(qtbot: QtBot) -> None:
    """Type into the modal dialog once it is up (its own event loop runs this)."""
    dialog = QApplication.activeModalWidget()
    if not isinstance(dialog, NewRequestDialog):
        QTimer.singleShot(20, lambda: fill_and_accept(qtbot))
        return
    dialog.requested_by.setText("Департамент освіти")
    dialog.what["transcripts"].setChecked(True)
    buttons = dialog.findChild(QDialogButtonBox)
    if buttons is None:  # no OK to press: close it, and the test's wait fails
        dialog.reject()
        return
    qtbot.mouseClick(buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)


def test_a_request_queues_transcripts_and_the_preview_says_why_one_is_missing(
    qtbot: QtBot, settings: Settings, sessions: sessionmaker[Session], tmp_path: Path
) -> None:
    add_chiefs(sessions)
    caller = recorded_call(sessions, tmp_path)
    # The seat is set to faster-whisper, but the admin never installed its model.
    seat = dataclasses.replace(settings, transcription_engine="faster-whisper",
                               transcription_model_dir=str(tmp_path / "no-model"))  # fmt: skip
    worker = DbWorker()
    services = ConsoleServices(settings=seat, sessions=sessions, worker=worker)
    services.actor = HANNA
    view = RequestsView(services)
    qtbot.addWidget(view)
    view.resize(1200, 700)
    view.show()
    try:
        with qtbot.waitSignal(view.transcripts_done, timeout=30000) as done:
            QTimer.singleShot(0, lambda: fill_and_accept(qtbot))
            qtbot.mouseClick(view.add_button, Qt.MouseButton.LeftButton)
        assert done.args[0] == {REC: TranscriptState.ENGINE_MISSING}
        assert "1 not transcribed" in view.message.text()
        qtbot.waitUntil(lambda: view.table.rowCount() == 1, timeout=5000)
        assert view.table.item(0, 4).text() == "Open"  # a word, never "open"/"in_progress"

        view.table.selectRow(0)
        with qtbot.waitSignal(view.previewed, timeout=10000) as shown:
            qtbot.mouseClick(view.preview_button, Qt.MouseButton.LeftButton)
        assert [r.recording_id for r in shown.args[0].recordings] == [REC]
        text = view.preview.toPlainText()
        assert f"SHA-256 (caller): {sha256_file(caller)}" in text
        assert "not transcribed: no transcription engine or model on this seat" in text
        assert "Transcripts: 0 included, 1 not transcribed." in text
        size = caller.stat().st_size + (caller.parent / "operator.wav").stat().st_size
        assert f", {QLocale().formattedDataSize(size)}\n" in text  # the locale's own units
        assert text.startswith("Request No. 1: calls 1, recordings 1.")
        assert problems(view) == []  # no ids, ISO dates or raw states on screen
    finally:
        view.shutdown()
        worker.shutdown()


def test_request_states_are_words() -> None:
    assert request_status_text("in_progress") == "Dossier being built"
    assert request_status_text("cancelled") == "Withdrawn"
    assert request_status_text("open", overdue=True) == "Open ⚠ overdue"
