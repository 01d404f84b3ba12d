"""The transcript editor: transcribe with real PocketSphinx, play along, edit, version, export.

Real SQLite database (migrations) in tmp_path, accounts made through desk.users, a recording
of real English espeak-ng speech with the SHA-256s the recorder would have stored
(tests/support/recording_fixture), the real engine on the `TranscriptionQueue` thread and
the real player (silent: audio_device "none", so the position advances on a timer).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
import sqlalchemy as sa
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit
from pytestqt.qtbot import QtBot
from sqlalchemy.orm import Session, sessionmaker

from console.i18n import install_translator, remove_translators
from console.recordings_browser import RecordingsWindow
from console.services import ConsoleServices
from console.tasks import DbWorker
from console.transcript_editor import PLAYING, TEXT_COLUMN, TranscriptEditor
from db.models import AuditEvent
from db.models_transcripts import TranscriptVersion
from db.session import close_database, open_database
from desk.roles import Actor, Role
from desk.settings import Settings
from desk.users import add_user
from recordings.transcripts.engines import PocketSphinxEngine
from recordings.transcripts.segments import MASK_TEXT, segments_from_json
from recordings.transcripts.service import read_transcript, transcribe_recording
from tests.gui.test_verification_panel import type_text
from tests.support.recording_fixture import REC_ID, SpokenCall, record_dialogue, run_tool

EDITED = "Я хочу змінити адресу в заяві"


@dataclass
class Desk:
    settings: Settings
    sessions: sessionmaker[Session]
    worker: DbWorker
    call: SpokenCall
    actors: dict[str, Actor]

    def services(self, username: str, **settings: str) -> ConsoleServices:
        changed = dataclasses.replace(self.settings, **settings)
        return ConsoleServices(changed, self.sessions, self.worker, self.actors[username])

    def audit_kinds(self) -> list[str]:
        with self.sessions.begin() as s:
            return list(s.scalars(sa.select(AuditEvent.kind).order_by(AuditEvent.id)))


@pytest.fixture
def desk(settings: Settings, worker: DbWorker) -> Iterator[Desk]:
    sessions = open_database(settings.database)
    admin_id = add_user(sessions, None, "admin", Role.ADMIN, "Адмін", "admin-password-1")
    admin = Actor("admin", Role.ADMIN, admin_id)
    actors = {"admin": admin}
    for name, role in (("petro", Role.SUPERVISOR), ("olena", Role.OPERATOR)):
        actors[name] = Actor(name, role, add_user(sessions, admin, name, role, name, "password-12"))
    call = record_dialogue(sessions, settings.data_dir, operator_id=actors["olena"].operator_id)
    yield Desk(settings, sessions, worker, call, actors)
    worker.shutdown()
    close_database(sessions)


def _editor(qtbot: QtBot, services: ConsoleServices) -> TranscriptEditor:
    editor = TranscriptEditor(services, REC_ID, title="+380671234567")
    qtbot.addWidget(editor)
    editor.show()
    return editor


def _cell(editor: TranscriptEditor, row: int, column: int) -> str:
    item = editor.table.item(row, column)
    assert item is not None
    return item.text()


def _click_row(qtbot: QtBot, editor: TranscriptEditor, row: int) -> None:
    item = editor.table.item(row, TEXT_COLUMN)
    assert item is not None
    editor.table.scrollToItem(item)
    pos = editor.table.visualItemRect(item).center()
    qtbot.mouseClick(editor.table.viewport(), Qt.MouseButton.LeftButton, pos=pos)


def _versions(desk: Desk) -> list[TranscriptVersion]:
    with desk.sessions.begin() as s:
        rows = list(s.scalars(sa.select(TranscriptVersion).order_by(TranscriptVersion.version)))
        s.expunge_all()
        return rows


def test_transcribe_play_edit_and_export(qtbot: QtBot, desk: Desk, tmp_path: Path) -> None:
    editor = _editor(qtbot, desk.services("petro"))
    with qtbot.waitSignal(editor.loaded, timeout=10_000) as first_load:
        pass
    assert (
        first_load.args == [None] and editor.view is None and editor.transcribe_button.isVisible()
    )
    assert not editor.save_button.isEnabled() and not editor.pdf_button.isEnabled()

    # Transcribe: the progress bar runs to 100 and both speakers' lines appear.
    seen: list[int] = []
    editor.progress_changed.connect(seen.append)
    with qtbot.waitSignal(editor.transcribed, timeout=180_000):
        qtbot.mouseClick(editor.transcribe_button, Qt.MouseButton.LeftButton)
        assert editor.progress.isVisible() and editor.cancel_button.isVisible()
    assert editor.progress.value() == 100 and seen[-1] == 100 and len(seen) > 2
    assert not editor.progress.isVisible() and not editor.transcribe_button.isVisible()
    assert editor.view is not None
    rows = editor.table.rowCount()
    speakers = [_cell(editor, r, 1) for r in range(rows)]
    assert {"Caller", "Operator"} <= set(speakers), speakers
    assert "address" in " ".join(_cell(editor, r, TEXT_COLUMN) for r in range(rows))

    # Click the caller's first line: the player jumps to its start and plays.
    first = speakers.index("Caller")
    start_ms = int(editor.view.segments[first].start_s * 1000)
    assert start_ms > 0
    with qtbot.waitSignal(editor.player.play_started, timeout=20_000):
        _click_row(qtbot, editor, first)
    assert abs(editor.player.playback.position_ms - start_ms) < 100
    assert editor.player.playback.playing and editor.playing_row == first
    assert editor.table.item(first, 0).background() == PLAYING
    # As playback advances, the operator's line under the position is highlighted.
    answer = speakers.index("Operator")
    qtbot.waitUntil(lambda: editor.playing_row == answer, timeout=20_000)
    assert editor.segment_at(editor.player.playback.position_ms / 1000) in (answer, -1, answer + 1)
    assert editor.table.item(first, 0).background() != PLAYING
    editor.player.playback.pause()

    # Edit the caller's line in place and save: version 2; the machine draft stays.
    machine_text = editor.view.segments[first].text
    item = editor.table.item(first, TEXT_COLUMN)
    assert item is not None and item.flags() & Qt.ItemFlag.ItemIsEditable
    rect = editor.table.visualItemRect(item)
    qtbot.mouseDClick(editor.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    line = editor.table.viewport().findChild(QLineEdit)
    assert line is not None and line.text() == machine_text
    line.selectAll()
    type_text(line, EDITED)
    qtbot.keyClick(line, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: _cell(editor, first, TEXT_COLUMN) == EDITED)
    assert editor.save_button.isEnabled()
    with qtbot.waitSignal(editor.saved, timeout=10_000) as saved:
        qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    assert saved.args == [2]
    v1, v2 = _versions(desk)
    assert v1.is_machine and v1.author == "engine:pocketsphinx"
    assert segments_from_json(v1.segments)[first].text == machine_text
    assert not v2.is_machine and v2.author == "supervisor:petro"
    assert segments_from_json(v2.segments)[first].text == EDITED
    assert editor.versions.count() == 2
    assert "engine:pocketsphinx" in editor.versions.itemText(0)
    assert "(machine draft)" in editor.versions.itemText(0)
    assert "supervisor:petro" in editor.versions.itemText(1)
    assert editor.versions.currentIndex() == 1 and not editor.save_button.isEnabled()

    # Export the shown version as PDF (audited).
    pdf = tmp_path / "transcript.pdf"
    with qtbot.waitSignal(editor.exported, timeout=20_000):
        editor.export_to(pdf, "pdf")
    text = run_tool(["pdftotext", str(pdf), "-"])
    assert "Стенограма" in text and EDITED in text
    assert "transcript_exported" in desk.audit_kinds()

    # The versions list shows the machine draft again when chosen.
    with qtbot.waitSignal(editor.loaded):
        editor.versions.activated.emit(0)
    assert _cell(editor, first, TEXT_COLUMN) == machine_text


def test_key_phrase_lines_are_masked_and_read_only(qtbot: QtBot, desk: Desk) -> None:
    """A span marked after transcription: the supervisor sees the mask, in Ukrainian."""
    sup = desk.actors["petro"]
    tid = transcribe_recording(desk.sessions, sup, REC_ID, PocketSphinxEngine())
    with desk.sessions.begin() as s:
        s.execute(
            sa.text(
                "INSERT INTO verification_attempts (call_id, attempt_no, candidate_profile_ids, "
                "result, actor, started_at, ended_at, key_phrase_start_s, key_phrase_end_s) "
                "VALUES (:c, 1, '[]', 'verified', 'operator:olena', :t, :t, 0, :b)"
            ),
            {
                "c": desk.call.call_id,
                "t": "2026-03-02 09:15:05.000000",
                "b": desk.call.caller_end_s,
            },
        )
    app = QApplication.instance()
    assert app is not None
    translators = install_translator(app, "uk")
    try:
        editor = _editor(qtbot, desk.services("petro"))
        with qtbot.waitSignal(editor.loaded, timeout=10_000):
            pass
        assert editor.view is not None and editor.view.masked
        assert "Ключову фразу приховано" in editor.message.text()
        assert editor.transcribe_button.text() == "Транскрибувати"
        assert editor.save_button.text() == "Зберегти"
        rows = range(editor.table.rowCount())
        caller = [r for r in rows if _cell(editor, r, 1) == "Абонент"]
        operator = [r for r in rows if _cell(editor, r, 1) == "Оператор"]
        assert caller and operator
        for r in caller:
            item = editor.table.item(r, TEXT_COLUMN)
            assert item is not None and item.text() == MASK_TEXT
            assert not item.flags() & Qt.ItemFlag.ItemIsEditable
        item = editor.table.item(operator[0], TEXT_COLUMN)
        assert item is not None and item.flags() & Qt.ItemFlag.ItemIsEditable
        item.setText(EDITED)
        with qtbot.waitSignal(editor.saved, timeout=10_000):
            qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    finally:
        remove_translators(app, translators)
    v1, v2 = _versions(desk)
    # Saving through a masked view never wipes the text the supervisor could not see.
    assert segments_from_json(v2.segments)[caller[0]].text == (
        segments_from_json(v1.segments)[caller[0]].text
    )
    assert MASK_TEXT not in v2.segments and EDITED in v2.segments
    head = Actor("head", Role.HEAD_ADMIN)
    assert read_transcript(desk.sessions, head, tid).segments[caller[0]].text != MASK_TEXT


def test_operator_is_refused_with_a_message(qtbot: QtBot, desk: Desk) -> None:
    editor = _editor(qtbot, desk.services("olena"))
    with qtbot.waitSignal(editor.load_failed, timeout=10_000) as failed:
        pass
    assert failed.args == ["You may not read transcripts of recordings."]
    assert editor.message.text() == failed.args[0]
    assert not editor.table.isEnabled() and not editor.transcribe_button.isEnabled()
    assert "permission_denied" in desk.audit_kinds()
    assert "transcript_read" not in desk.audit_kinds()


def test_cancel_stores_nothing(qtbot: QtBot, desk: Desk) -> None:
    editor = _editor(qtbot, desk.services("petro"))
    with qtbot.waitSignal(editor.loaded, timeout=10_000):
        pass
    with qtbot.waitSignal(editor.transcription_failed, timeout=60_000) as failed:
        qtbot.mouseClick(editor.transcribe_button, Qt.MouseButton.LeftButton)
        qtbot.mouseClick(editor.cancel_button, Qt.MouseButton.LeftButton)
    assert failed.args == ["Transcription cancelled: nothing was stored."]
    assert not editor.cancel_button.isVisible() and editor.transcribe_button.isEnabled()
    assert _versions(desk) == [] and "transcript_created" not in desk.audit_kinds()


def test_missing_whisper_model_shows_install_steps(
    qtbot: QtBot, desk: Desk, tmp_path: Path
) -> None:
    services = desk.services(
        "petro",
        transcription_engine="faster-whisper",
        transcription_model_dir=str(tmp_path / "no-model"),
        language="uk",
    )
    editor = _editor(qtbot, services)
    with qtbot.waitSignal(editor.loaded, timeout=10_000):
        pass
    with qtbot.waitSignal(editor.transcription_failed, timeout=20_000) as failed:
        qtbot.mouseClick(editor.transcribe_button, Qt.MouseButton.LeftButton)
    text = str(failed.args[0])
    assert "Модель faster-whisper не знайдено" in text and "ct2-transformers-converter" in text
    assert editor.message.text() == text and "Traceback" not in text
    assert editor.transcribe_button.isEnabled() and not editor.progress.isVisible()


def test_browser_opens_the_editor_for_the_selected_call(qtbot: QtBot, desk: Desk) -> None:
    window = RecordingsWindow(desk.services("petro"))
    qtbot.addWidget(window)
    window.show()
    with qtbot.waitSignal(window.browser.page_loaded, timeout=10_000):
        window.browser.search()
    assert window.browser.transcript_button.isVisible()
    qtbot.mouseClick(window.browser.transcript_button, Qt.MouseButton.LeftButton)
    editor = window.editors[REC_ID]
    assert editor.objectName() == "transcriptEditor" and editor.player is window.player
    qtbot.waitUntil(lambda: editor.transcribe_button.isVisible())
    window.shutdown()
