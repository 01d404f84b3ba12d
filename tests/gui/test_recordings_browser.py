"""A supervisor signs in, finds a call by number, plays it; a tampered file never plays.

Real SQLite database (migrations), real accounts (Argon2 via desk.users), real WAV
recordings of espeak-ng speech with the SHA-256 the recorder would have stored, and the
real console window built by `build_console`. The `desk` fixture is shared with
test_export_dialog.py.
"""

from __future__ import annotations

import json
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
from pytestqt.qtbot import QtBot
from sqlalchemy.orm import Session, sessionmaker

from console.app import _open_calllog, build_console
from console.recordings_browser import RecordingsWindow
from console.sign_in import SignInDialog
from db.models import AuditEvent, Recording
from db.session import close_database, open_database
from desk.roles import Actor, Role
from desk.settings import Settings
from desk.users import add_user, authenticate
from recordings.playback import PlayPrep
from recordings.wavfile import merge_stereo
from tests.conftest import Speech
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
        paths = {"caller": caller, "operator": operator, "mixed": mixed}
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
