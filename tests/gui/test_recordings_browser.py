"""A supervisor signs in, finds a call by number, plays it; a tampered file never plays.

Real SQLite database (migrations), real accounts (Argon2 via desk.users), real WAV
recordings of espeak-ng speech with the SHA-256 the recorder would have stored, and the
real console window built by `build_console`. The `desk` fixture is shared with
test_export_dialog.py.
"""

from __future__ import annotations

import json
import os
import shutil
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QComboBox, QLineEdit, QTableWidgetItem
from pytestqt.qtbot import QtBot
from sqlalchemy.orm import Session, sessionmaker

from console.app import _open_calllog, build_console
from console.i18n import install_translator, remove_translators
from console.recordings_browser import RecordingsWindow
from console.sign_in import SignInDialog
from console.wrapup_fields import category_text
from db.enums import EndReason
from db.models import AuditEvent, Call, Recording
from db.session import close_database, open_database
from desk.policy import load_policy
from desk.roles import Actor, Role
from desk.settings import Settings
from desk.users import add_user, authenticate
from desk.wrapups import WrapUpInput, save_wrap_up
from recordings.playback import PlayPrep
from recordings.wavfile import merge_stereo
from tests.conftest import Speech
from tests.gui.test_verification_panel import type_text
from tests.support.rows import add_recorded_call

PASSWORDS = {
    "admin": "admin-password-1",
    "petro": "petro-password-1",
    "olena": "olena-password-1",
    "head": "head-password-12",
}
ROLES = {"petro": Role.SUPERVISOR, "olena": Role.OPERATOR, "head": Role.HEAD_ADMIN}
NUMBER = "+380671234567"
T0 = datetime.now(UTC) - timedelta(days=1)


@dataclass
class Desk:
    """A desk's database with accounts and finished calls with real recordings."""

    settings: Settings
    sessions: sessionmaker[Session]
    caller: Speech
    operator: Speech
    ids: dict[str, int] = field(default_factory=dict)
    counter: int = 0

    def call(self, number: str, *, key_phrase: tuple[float, float] | None = None) -> str:
        """A finished call with caller/operator/mixed WAVs; returns the recording id."""
        self.counter += 1
        n = self.counter
        call_id = f"00000000-0000-4000-8000-{n:012d}"
        rec_id = f"10000000-0000-4000-8000-{n:012d}"
        ring = T0 + timedelta(minutes=n)
        directory = self.settings.data_dir / "recordings" / call_id
        directory.mkdir(parents=True)
        caller = Path(shutil.copyfile(self.caller.wav, directory / "caller.wav"))
        operator = Path(shutil.copyfile(self.operator.wav, directory / "operator.wav"))
        mixed = merge_stereo(caller, operator, directory / "mixed.wav")
        paths: dict[str, Path | None] = {"caller": caller, "operator": operator, "mixed": mixed}
        seconds = self.caller.duration_s
        with self.sessions.begin() as s:
            add_recorded_call(
                s, call_id=call_id, recording_id=rec_id, directory=directory, paths=paths,
                seconds=seconds, ring=ring, number=number, operator_id=self.ids["olena"],
                key_phrase=key_phrase,
            )  # fmt: skip
        return rec_id

    def path(self, rec_id: str, track: str = "mixed") -> Path:
        with self.sessions.begin() as s:
            rec = s.get(Recording, rec_id)
            assert rec is not None
            return Path(str(getattr(rec, f"{track}_path")))

    def audit(self, kind: str) -> list[dict[str, Any]]:
        with self.sessions.begin() as s:
            rows = s.scalars(sa.select(AuditEvent.payload).where(AuditEvent.kind == kind))
            return [json.loads(p) for p in rows]

    def actor(self, username: str) -> Actor:
        return Actor(username, ROLES[username], self.ids[username])


@pytest.fixture
def desk(settings: Settings, speech_wav: Speech, operator_speech: Speech) -> Iterator[Desk]:
    sessions = open_database(settings.database)
    desk = Desk(settings, sessions, speech_wav, operator_speech)
    desk.ids["admin"] = add_user(sessions, None, "admin", Role.ADMIN, "Адмін", PASSWORDS["admin"])
    admin = authenticate(sessions, "admin", PASSWORDS["admin"], datetime.now(UTC))
    for name, role in ROLES.items():
        desk.ids[name] = add_user(sessions, admin, name, role, name.title(), PASSWORDS[name])
    yield desk
    close_database(sessions)


def sign_in(qtbot: QtBot, sessions: sessionmaker[Session], username: str) -> Actor:
    """Type into the real dialog and press Enter, as a person would."""
    dialog = SignInDialog(sessions)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.username, username)
    qtbot.keyClicks(dialog.password, PASSWORDS[username])
    with qtbot.waitSignal(dialog.accepted, timeout=15000):
        qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
    assert dialog.actor is not None
    return dialog.actor


def open_recordings(qtbot: QtBot, desk: Desk, actor: Actor) -> Iterator[RecordingsWindow]:
    wired = build_console(
        desk.settings, _open_calllog(desk.settings), sessions=desk.sessions, actor=actor
    )
    qtbot.addWidget(wired.window)
    wired.window.resize(1366, 768)  # the screen is the window's Recordings workspace (issue 13)
    wired.window.show()
    action = wired.window.findChild(QAction, "recordingsAction")
    assert action is not None, "a supervisor has a Recordings screen"
    action.trigger()  # opens the screen and loads the first page
    screen: RecordingsWindow = wired.window.recordings_screen[0]  # type: ignore[attr-defined]
    qtbot.addWidget(screen)
    qtbot.waitUntil(lambda: screen.browser.search_button.isEnabled(), timeout=10000)
    try:
        yield screen
    finally:
        screen.shutdown()
        wired.close()


@pytest.fixture
def supervisor_screen(qtbot: QtBot, desk: Desk) -> Iterator[RecordingsWindow]:
    actor = sign_in(qtbot, desk.sessions, "petro")
    assert actor.role is Role.SUPERVISOR
    yield from open_recordings(qtbot, desk, actor)


def find(qtbot: QtBot, screen: RecordingsWindow, number: str) -> None:
    browser = screen.browser
    browser.number.clear()
    qtbot.keyClicks(browser.number, number)
    with qtbot.waitSignal(browser.page_loaded, timeout=10000):
        qtbot.keyClick(browser.number, Qt.Key.Key_Return)


def test_supervisor_finds_a_call_by_number_and_plays_it_audited(
    qtbot: QtBot, desk: Desk, supervisor_screen: RecordingsWindow
) -> None:
    desk.call("+380501111111")
    wanted = desk.call(NUMBER, key_phrase=(0.5, 1.5))
    screen = supervisor_screen
    find(qtbot, screen, NUMBER)
    assert [r.number for r in screen.browser.rows] == [NUMBER]
    player = screen.player
    with qtbot.waitSignal(player.play_started, timeout=15000) as started:
        qtbot.keyClick(screen.browser.table, Qt.Key.Key_Return)
    prep: PlayPrep = started.args[0]
    assert prep.recording_id == wanted
    qtbot.waitUntil(lambda: player.slider.value() > 0, timeout=10000)
    assert player.playback.playing
    assert not player.alert.isVisible()
    # A supervisor may not hear the key phrase: masked copy, visible band, a marker.
    assert prep.masked and player.waveform.masked_spans == [(0.5, 1.5)]
    assert prep.play_path != desk.path(wanted)
    assert any(m.kind == "key_phrase" for m in prep.markers)
    qtbot.waitUntil(lambda: bool(player.waveform.peaks.pairs), timeout=10000)
    played = desk.audit("recording_played")
    assert played == [{"recording_id": wanted, "track": "both", "masked": True}]
    # Speed and track choice: the operator track is a new, audited play.
    player.speed.setCurrentIndex(player.speed.findData(2.0))
    with qtbot.waitSignal(player.play_started, timeout=15000):
        player.track.setCurrentIndex(player.track.findData("operator"))
    assert desk.audit("recording_played")[-1]["track"] == "operator"


def test_tampered_recording_shows_integrity_error_and_does_not_play(
    qtbot: QtBot, desk: Desk, supervisor_screen: RecordingsWindow
) -> None:
    rec = desk.call(NUMBER)
    with open(desk.path(rec), "r+b") as f:  # flip some sample bytes after hang-up
        f.seek(2000)
        f.write(b"\x7f\x7f\x7f\x7f")
    screen = supervisor_screen
    find(qtbot, screen, NUMBER)
    player = screen.player
    with qtbot.waitSignal(player.play_refused, timeout=15000) as refused:
        screen.browser.play_row(0)
    assert "INTEGRITY CHECK FAILED" in refused.args[0]
    assert player.alert.isVisible()
    assert not player.playback.playing
    assert player.prep is None
    assert desk.audit("recording_played") == []
    mismatch = desk.audit("integrity_mismatch")
    assert mismatch and mismatch[0]["recording_id"] == rec and mismatch[0]["context"] == "play"


# ---------------------------------------------------------------- issue 11: wrap-ups


def wrapped_call(
    desk: Desk,
    category: str,
    topic: str,
    notes: str = "",
    *,
    end_reason: EndReason = EndReason.REMOTE_HANGUP,
    transfer_target: str | None = None,
    incomplete: bool = False,
) -> tuple[str, str | None]:
    """A recorded call ended as given, wrapped up through the desk service as an operator's
    pane saves it; returns (call id, registration number)."""
    rec_id = desk.call(NUMBER)
    with desk.sessions.begin() as s:
        rec = s.get(Recording, rec_id)
        assert rec is not None
        call = s.get(Call, rec.call_id)
        assert call is not None
        call.end_reason, call.transfer_target = end_reason, transfer_target
        call_id = call.id
    saved = save_wrap_up(
        desk.sessions, desk.actor("olena"), load_policy("kuty"),
        WrapUpInput(call_id=call_id, category=category, topic=topic, notes=notes,
                    incomplete=incomplete),
    )  # fmt: skip
    if category:
        assert saved.registration_number, "KUTY gives every in-scope contact a number"
    return call_id, saved.registration_number


def cells(screen: RecordingsWindow) -> list[dict[str, str]]:
    """The table as a person reads it: header text -> cell text, row by row."""
    table = screen.browser.table

    def text(item: QTableWidgetItem | None) -> str:
        return item.text() if item is not None else ""

    heads = [text(table.horizontalHeaderItem(c)) for c in range(table.columnCount())]
    return [
        {h: text(table.item(r, c)) for c, h in enumerate(heads)} for r in range(table.rowCount())
    ]


def search_by(qtbot: QtBot, screen: RecordingsWindow, combo: QComboBox, value: object) -> None:
    index = combo.findData(value)
    assert index >= 0, f"{combo.objectName()} offers {value!r}"
    combo.setCurrentIndex(index)
    with qtbot.waitSignal(screen.browser.page_loaded, timeout=10000):
        qtbot.mouseClick(screen.browser.search_button, Qt.MouseButton.LeftButton)


def test_wrap_ups_are_searchable_and_shown_in_words(
    qtbot: QtBot, desk: Desk, supervisor_screen: RecordingsWindow
) -> None:
    """Issue 11 "After-call work": a word of a topic (Cyrillic, other case) + Enter finds only
    that call; category and end-reason filters; the columns say category, registration
    number, topic and how the call ended in words."""
    sms, _ = wrapped_call(desk, "registration", "Не приходить SMS", "Порадила зачекати")
    queue, queue_no = wrapped_call(
        desk, "application_submission", "Питала про Чергу заявок", "передала керівнику",
        end_reason=EndReason.TRANSFERRED, transfer_target="+380442000002",
    )  # fmt: skip
    name, name_no = wrapped_call(
        desk, "data_change", "Зміна прізвища", end_reason=EndReason.LOCAL_HANGUP
    )
    cut, _ = wrapped_call(desk, "", "Не встигла", incomplete=True)  # the ACW limit ran out
    desk.call("+380501111111")  # no wrap-up at all
    screen = supervisor_screen
    browser = screen.browser
    field = browser.findChild(QLineEdit, "wrapUpTextFilter")
    assert field is browser.wrap_text
    label = browser.wrap_text_label
    assert label.buddy() is field and "registration number" in label.text()
    category = browser.findChild(QComboBox, "wrapUpCategoryFilter")
    ending = browser.findChild(QComboBox, "endReasonFilter")
    assert category is not None and ending is not None
    # The policy's categories in the pane's words, "Any category" first; endings in words.
    assert category.itemText(0) == "Any category" and category.itemData(0) is None
    offered = {category.itemData(i): category.itemText(i) for i in range(category.count())}
    assert offered["data_change"] == category_text("data_change") != "data_change"
    assert offered["legal_question"].startswith("KUTY-2.3")  # out of scope: with its rule
    endings = {ending.itemData(i): ending.itemText(i) for i in range(ending.count())}
    assert endings["transferred"] == "Transferred" and endings["not_ready"] == "Not ready"

    # Enter in the field searches; "чЕРГ" finds "Чергу" in the topic and not the notes of
    # the others (SQLite's LIKE alone would not fold Cyrillic).
    type_text(field, "чЕРГ")
    with qtbot.waitSignal(browser.page_loaded, timeout=10000):
        qtbot.keyClick(field, Qt.Key.Key_Return)
    assert [r.call_id for r in browser.rows] == [queue]
    (row,) = cells(screen)
    assert row["Category"] == category_text("application_submission")
    assert row["Reg. number"] == queue_no
    assert row["Topic"] == "Питала про Чергу заявок"
    assert row["How it ended"] == "Transferred to +380 44 200 0002"

    # The registration number is searched too, whatever the case.
    field.clear()
    assert name_no is not None
    qtbot.keyClicks(field, name_no.lower())
    with qtbot.waitSignal(browser.page_loaded, timeout=10000):
        qtbot.keyClick(field, Qt.Key.Key_Return)
    assert [r.call_id for r in browser.rows] == [name]
    assert cells(screen)[0]["How it ended"] == "Operator hung up"

    # A word no wrap-up has: nothing, and the page says so.
    field.clear()
    type_text(field, "Черга")
    with qtbot.waitSignal(browser.page_loaded, timeout=10000):
        qtbot.keyClick(field, Qt.Key.Key_Return)
    assert browser.rows == [] and "0 calls" in browser.message.text()

    # The category alone, then the ending alone.
    field.clear()
    search_by(qtbot, screen, category, "registration")
    assert [r.call_id for r in browser.rows] == [sms]
    assert cells(screen)[0]["Category"] == category_text("registration")
    search_by(qtbot, screen, category, None)
    search_by(qtbot, screen, ending, "transferred")
    assert [r.call_id for r in browser.rows] == [queue]
    search_by(qtbot, screen, ending, None)
    assert len(browser.rows) == 5
    assert browser.rows[1].call_id == cut
    assert cells(screen)[1]["Category"] == "Wrap-up incomplete"
    # The call with no wrap-up and no recorded reason is finished: blank, not "In progress".
    plain = cells(screen)[0]
    assert (plain["Category"], plain["Topic"], plain["How it ended"]) == ("", "", "")
    # Each "no filter" entry names its filter (four bare "Any" side by side were a guess).
    combos = [browser.verification, browser.incident, browser.held, browser.complaint]
    anys = [combo.itemText(0) for combo in combos]
    assert len(set(anys)) == 4 and "Any" not in anys
    # Readable on the smallest supervisor screen: all columns fit, Topic keeps room.
    screen.resize(1366, 768)
    screen.show()
    with qtbot.waitSignal(browser.page_loaded, timeout=10000):
        qtbot.mouseClick(browser.search_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: browser.table.horizontalScrollBar().maximum() == 0, timeout=5000)
    assert browser.table.columnWidth(9) >= 150
    assert browser.table.height() > screen.player.height()
    shoot(qtbot, screen, "browser-wrapups")


def shoot(qtbot: QtBot, screen: RecordingsWindow, name: str) -> None:
    """With KUTY_SCREENS=<dir>: the screen at 1366x768 with this test's results, in
    Ukrainian (<name>.png) and English (<name>-en.png). Texts are set when widgets are
    built, so each language gets a fresh window over the same services."""
    out = os.environ.get("KUTY_SCREENS")
    if not out:
        return
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    Path(out).mkdir(parents=True, exist_ok=True)
    services = screen.browser._services  # the signed-in supervisor's
    for language, suffix in (("uk", ""), ("en", "-en")):
        translators = install_translator(app, language) if language == "uk" else []
        try:
            shot = RecordingsWindow(services)
            qtbot.addWidget(shot)
            shot.resize(1366, 768)
            shot.show()
            with qtbot.waitSignal(shot.browser.page_loaded, timeout=10000):
                shot.browser.search()
            qtbot.wait(300)
            shot.grab().save(str(Path(out) / f"{name}{suffix}.png"))
            shot.shutdown()
            shot.close()
        finally:
            remove_translators(app, translators)
