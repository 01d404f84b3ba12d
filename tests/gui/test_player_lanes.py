"""Issue 13 "Recordings": the player's lanes and time axis, the transcript beside it, "play at
offset" from an incident, notices with operator, number, sound and a way to the call, and
"Open folder" after an export.

Real SQLite desk with real accounts and real WAVs of espeak-ng speech (the `desk` fixture
of test_recordings_browser.py), the real console window built by `build_console` for a
supervisor who signed in, incidents filed through `report_call_incident` as the operator's
button files them. The player is silent (audio_device "none"): its clock runs on a timer.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import subprocess
import sys
import wave
from collections.abc import Iterator
from pathlib import Path

import numpy as np
import pytest
from PySide6.QtCore import QEvent, QObject, QPoint, QPointF, Qt, QTranslator, QUrl, Slot
from PySide6.QtGui import QAction, QDesktopServices, QMouseEvent
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from console.app import Console, _open_calllog, build_console
from console.caller_display import format_number
from console.export_dialog import ExportDialog
from console.lanes import AXIS_HEIGHT, LanesView, position_text
from console.notice_sound import NOTES, RATE, write_chime
from console.recordings_browser import RecordingsWindow
from console.services import ConsoleServices
from console.tasks import DbWorker
from console.transcript_pane import MARK
from db.models import Recording
from db.models_incidents import IncidentKind
from db.models_transcripts import Transcript, TranscriptVersion
from incidents.config import IncidentsConfig
from incidents.service import report_call_incident
from recordings.export import ExportResult
from recordings.playback import PlayPrep
from recordings.transcripts.segments import Speaker, SpokenSegment, segments_to_json
from tests.gui.test_recordings_browser import NUMBER, Desk, desk, find, sign_in
from tests.support.audio import read_samples, tone_amplitudes

__all__ = ["desk"]  # the fixture, re-exported for pytest

REPO = Path(__file__).resolve().parents[2]


class Screen:
    """The supervisor's console and its Recordings workspace."""

    def __init__(self, wired: Console, screen: RecordingsWindow) -> None:
        self.wired, self.screen = wired, screen
        self.window = wired.window
        self.player = screen.player


@pytest.fixture
def supervisor(qtbot: QtBot, desk: Desk) -> Iterator[Screen]:
    actor = sign_in(qtbot, desk.sessions, "petro")
    wired = build_console(
        desk.settings, _open_calllog(desk.settings), sessions=desk.sessions, actor=actor
    )
    qtbot.addWidget(wired.window)
    wired.window.resize(1366, 768)
    wired.window.show()
    action = wired.window.findChild(QAction, "recordingsAction")
    assert action is not None
    action.trigger()
    screen: RecordingsWindow = wired.window.recordings_screen[0]  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: screen.browser.search_button.isEnabled(), timeout=10000)
    try:
        yield Screen(wired, screen)
    finally:
        screen.shutdown()
        wired.close()


def play_first(qtbot: QtBot, s: Screen, number: str = NUMBER) -> PlayPrep:
    find(qtbot, s.screen, number)
    with qtbot.waitSignal(s.player.play_started, timeout=15000) as started:
        qtbot.keyClick(s.screen.browser.table, Qt.Key.Key_Return)
    prep: PlayPrep = started.args[0]
    return prep


def pause(qtbot: QtBot, s: Screen) -> None:
    if s.player.playback.playing:
        qtbot.mouseClick(s.player.play_button, Qt.MouseButton.LeftButton)
    assert not s.player.playback.playing
    assert s.player.play_button.text() == "Play"  # the state in words, not a colour


def drag(view: LanesView, x_from: float, x_to: float, y: float) -> None:
    """Press, move with the button held, release: a real drag through Qt's event path."""
    for kind, x, buttons in (
        (QEvent.Type.MouseButtonPress, x_from, Qt.MouseButton.LeftButton),
        (QEvent.Type.MouseMove, (x_from + x_to) / 2, Qt.MouseButton.LeftButton),
        (QEvent.Type.MouseMove, x_to, Qt.MouseButton.LeftButton),
        (QEvent.Type.MouseButtonRelease, x_to, Qt.MouseButton.NoButton),
    ):
        pos = QPointF(x, y)
        event = QMouseEvent(
            kind, pos, view.mapToGlobal(pos), Qt.MouseButton.LeftButton, buttons,
            Qt.KeyboardModifier.NoModifier,
        )  # fmt: skip
        QApplication.sendEvent(view, event)


def test_lanes_axis_click_drag_and_keys_move_the_play_head(
    qtbot: QtBot, desk: Desk, supervisor: Screen
) -> None:
    rec = desk.call(NUMBER)
    s = supervisor
    prep = play_first(qtbot, s)
    assert prep.recording_id == rec and prep.track == "both"
    view = s.player.waveform
    assert isinstance(view, LanesView)
    qtbot.waitUntil(lambda: len(view.lanes) == 2, timeout=10000)
    assert view.names == ["Caller", "Operator"]  # each lane named in words
    assert view.peaks.pairs and view.height() >= AXIS_HEIGHT + 2 * 40
    # The caller's and the operator's lanes are the two different voices, not one mix.
    assert view.lanes[0].pairs != view.lanes[1].pairs
    duration = s.player.playback.duration_ms
    assert duration > 4000
    assert view.tick_step() >= 1 and position_text(75) == "01:15"
    pause(qtbot, s)

    # A click in the operator's lane at 3/4 of the width seeks there; a drag follows.
    lane = view.lane_rect(1)
    at = QPoint(int(view.width() * 0.75), int(lane.center().y()))
    qtbot.mouseClick(view, Qt.MouseButton.LeftButton, pos=at)
    assert abs(s.player.playback.position_ms - duration * 0.75) < duration * 0.02
    assert view.position_ms == s.player.playback.position_ms
    drag(view, view.width() * 0.75, view.width() * 0.25, view.lane_rect(0).center().y())
    assert abs(s.player.playback.position_ms - duration * 0.25) < duration * 0.02
    assert s.player.slider.value() == s.player.playback.position_ms

    # Keys (shown in the tooltips): Left/Right 5 s, Space plays and pauses, from the lanes
    # and from the results table alike.
    assert "Space" in s.player.play_button.toolTip()
    assert "Left arrow" in s.player.back_button.toolTip()
    assert "Right arrow" in s.player.forward_button.toolTip()
    assert "Space" in view.toolTip()
    s.window.activateWindow()
    view.setFocus()
    qtbot.waitUntil(view.hasFocus, timeout=3000)
    qtbot.keyClick(view, Qt.Key.Key_Left)
    assert s.player.playback.position_ms == 0
    qtbot.keyClick(view, Qt.Key.Key_Right)
    assert s.player.playback.position_ms == min(5000, duration)  # never past the end
    qtbot.keyClick(view, Qt.Key.Key_Left)
    assert s.player.playback.position_ms == max(0, min(5000, duration) - 5000)
    qtbot.keyClick(view, Qt.Key.Key_Space)
    assert s.player.playback.playing and s.player.play_button.text() == "Pause"
    s.screen.browser.table.setFocus()
    qtbot.waitUntil(s.screen.browser.table.hasFocus, timeout=3000)
    qtbot.keyClick(s.screen.browser.table, Qt.Key.Key_Space)
    assert not s.player.playback.playing

    # Every control of the player has a name a screen reader can say.
    for widget in s.player.findChildren(QWidget):
        if widget.isVisible() and widget.focusPolicy() != Qt.FocusPolicy.NoFocus:
            named = widget.accessibleName() or getattr(widget, "text", lambda: "")()
            assert named, widget.objectName()

    # One track chosen: one lane, named for it (a new audited play).
    with qtbot.waitSignal(s.player.play_started, timeout=15000):
        s.player.track.setCurrentIndex(s.player.track.findData("operator"))
    qtbot.waitUntil(lambda: view.names == ["Operator"], timeout=10000)
    assert len(view.lanes) == 1


def add_transcript(desk: Desk, rec_id: str, segments: list[SpokenSegment]) -> None:
    """A machine transcript of the recording, as `transcribe_recording` stores it."""
    with desk.sessions.begin() as s:
        rec = s.get(Recording, rec_id)
        assert rec is not None
        row = Transcript(
            recording_id=rec_id, call_id=rec.call_id, engine="pocketsphinx", language="uk",
            created_by="petro", caller_sha256=rec.caller_sha256,
            operator_sha256=rec.operator_sha256, masked_spans="[]",
        )  # fmt: skip
        s.add(row)
        s.flush()
        s.add(
            TranscriptVersion(
                transcript_id=row.id, version=1, author="pocketsphinx", is_machine=True,
                segments=segments_to_json(segments),
            )
        )  # fmt: skip


SEGMENTS = [
    SpokenSegment(0.0, 1.4, Speaker.CALLER, "Добрий день"),
    SpokenSegment(1.5, 2.9, Speaker.OPERATOR, "Служба підтримки Кути"),
    SpokenSegment(3.0, 4.4, Speaker.CALLER, "щодо черги в дитячий садок"),
]


def test_transcript_beside_the_player_follows_the_position_and_seeks(
    qtbot: QtBot, desk: Desk, supervisor: Screen
) -> None:
    rec = desk.call(NUMBER)
    add_transcript(desk, rec, SEGMENTS)
    bare = desk.call("+380501111111")  # never transcribed
    s = supervisor
    pane = s.screen.transcript
    with qtbot.waitSignal(pane.loaded, timeout=15000):
        play_first(qtbot, s)
    pause(qtbot, s)
    table = pane.table
    assert table.rowCount() == 3
    rows = [[table.item(r, c).text() for c in range(3)] for r in range(3)]
    assert rows[1][1:] == ["Operator", "Служба підтримки Кути"]
    assert rows[2][1] == "Caller" and rows[0][0].endswith("00:00")
    assert "Version 1, 3 segments" in pane.status.text()

    # The position moves: the segment under it is marked (▶ and bold, not only colour).
    s.player.playback.seek(2000)
    assert pane.current_row == 1
    time_item = table.item(1, 0)
    assert time_item.text().startswith(MARK) and time_item.font().bold()
    assert not table.item(0, 0).text().startswith(MARK)
    s.player.playback.seek(3500)
    assert pane.current_row == 2 and not table.item(1, 0).font().bold()

    # Playing on moves the mark by itself; a click on a segment seeks there.
    s.player.playback.seek(1000)
    qtbot.mouseClick(s.player.play_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: pane.current_row == 1, timeout=5000)
    pause(qtbot, s)
    cell = table.visualItemRect(table.item(2, 2)).center()
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=cell)
    assert 3000 <= s.player.playback.position_ms < 3300
    assert pane.current_row == 2
    assert desk.audit("transcript_read"), "reading the transcript is audited"

    # A call with no transcript says so, and why.
    with qtbot.waitSignal(pane.loaded, timeout=15000):
        play_first(qtbot, s, "+380501111111")
    assert pane.recording_id == bare and table.rowCount() == 0
    assert pane.status.text().startswith("Not transcribed: nobody has had this call")


def file_threat(desk: Desk, rec_id: str, offset_s: float) -> int:
    with desk.sessions.begin() as s:
        rec = s.get(Recording, rec_id)
        assert rec is not None
        call_id = rec.call_id
    config = IncidentsConfig(desk.settings.data_dir / "police-packages")
    return report_call_incident(
        desk.sessions, desk.actor("olena"), call_id=call_id, kind=IncidentKind.THREAT,
        pressed_at=dt.datetime.now(dt.UTC), offset_s=offset_s, config=config,
    )  # fmt: skip


def test_play_at_offset_from_the_incident_list_is_an_audited_play(
    qtbot: QtBot, desk: Desk, supervisor: Screen
) -> None:
    desk.call("+380501111111")
    rec = desk.call(NUMBER)
    incident_id = file_threat(desk, rec, 2.5)
    s = supervisor
    view = s.window.incidents_view
    assert view is not None
    with qtbot.waitSignal(view.loaded, timeout=10000):
        view.refresh()
    s.window.workspaces.show_workspace("supervision")
    s.window.supervision_tabs.setCurrentWidget(view)
    assert view.select_incident(incident_id)
    button = view.play_button
    assert button.isVisible()
    assert button.isEnabled() and button.text() == "Play at 00:02"
    before = len(desk.audit("recording_played"))
    with qtbot.waitSignal(s.player.play_started, timeout=15000) as started:
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    prep: PlayPrep = started.args[0]
    assert prep.recording_id == rec
    assert s.player.playback.position_ms >= 2500  # opened at the offset, not the start
    assert any(m.kind == "incident" and m.at_s == 2.5 for m in prep.markers)
    assert s.window.workspaces.current() == "recordings"
    # The results table shows the call that plays, not whatever was first on the page.
    qtbot.waitUntil(lambda: s.screen.browser.selected_recording_ids() == [rec], timeout=10000)
    assert f"Incident {incident_id}" in s.player.title.text()
    played = desk.audit("recording_played")
    assert len(played) == before + 1 and played[-1]["recording_id"] == rec


class Catcher(QObject):
    """Receives the URLs the console asks the desktop to open (Qt's own hook)."""

    def __init__(self) -> None:
        super().__init__()
        self.urls: list[QUrl] = []

    @Slot(QUrl)
    def open(self, url: QUrl) -> None:
        self.urls.append(url)


def test_a_new_notice_names_operator_and_number_chimes_and_opens_the_call(
    qtbot: QtBot, desk: Desk, supervisor: Screen
) -> None:
    rec = desk.call(NUMBER)
    s = supervisor
    incidents = s.window.incidents
    assert incidents is not None and incidents.queue is not None
    queue = incidents.queue
    with qtbot.waitSignal(queue.count_changed, timeout=10000):
        queue.refresh()  # what the supervisor saw before the press: no notice, no sound
    assert queue.sound.last == ""
    incident_id = file_threat(desk, rec, 3.0)
    with qtbot.waitSignal(queue.new_notices, timeout=10000) as new:
        queue.refresh()
    assert len(new.args[0]) == 1
    # No output device in the test: the fallback beep, never silence.
    assert queue.sound.last == "beep"
    text = queue.list.currentItem().text()
    for part in (f"Incident {incident_id}", "Threat", "operator Olena", format_number(NUMBER)):
        assert part in text, text
    s.window.workspaces.show_workspace("supervision")  # where the supervisor reads it
    s.window.supervision_tabs.setCurrentWidget(queue)
    button = queue.open_call_button
    assert button.isVisible() and button.isEnabled() and button.text() == "Open the call at 00:03"
    with qtbot.waitSignal(s.player.play_started, timeout=15000) as started:
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert started.args[0].recording_id == rec
    assert s.player.playback.position_ms >= 3000

    # Muted: the next notice is shown but makes no sound; the choice is kept for the user.
    queue.sound_check.setChecked(False)
    file_threat(desk, desk.call("+380931234567"), 1.0)
    with qtbot.waitSignal(queue.new_notices, timeout=10000):
        queue.refresh()
    assert queue.sound.last == "muted" and queue.count == 2
    ini = (desk.settings.data_dir / "console-layout.ini").read_text()
    assert "noticeSound=false" in ini


def test_the_chime_is_a_real_two_note_tone(tmp_path: Path) -> None:
    data, rate = read_samples(write_chime(tmp_path / "chime.wav"))
    assert rate == RATE
    (low, low_s), (high, _high_s) = NOTES
    first = tone_amplitudes(data[: int(rate * low_s)], rate, low)
    second = tone_amplitudes(data[int(rate * low_s) :], rate, high)
    assert first.max() > 0.25 and second.max() > 0.25
    assert tone_amplitudes(data[: int(rate * low_s)], rate, high).max() < 0.05


def test_open_folder_after_an_export_asks_the_desktop_for_that_folder(
    qtbot: QtBot, desk: Desk, worker: DbWorker, tmp_path: Path
) -> None:
    ids = [desk.call(NUMBER)]
    services = ConsoleServices(desk.settings, desk.sessions, worker, desk.actor("petro"))
    dialog = ExportDialog(services, ids)
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.open_folder_button.isVisible()  # nothing exported yet
    dialog.folder.setText(str(tmp_path / "handover"))
    dialog.reason.setText("request 12")
    with qtbot.waitSignal(dialog.finished_export, timeout=60000) as done:
        qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    result = done.args[0]
    assert isinstance(result, ExportResult) and result.ok
    assert dialog.open_folder_button.isVisible()
    catcher = Catcher()
    QDesktopServices.setUrlHandler("file", catcher, "open")
    try:
        qtbot.mouseClick(dialog.open_folder_button, Qt.MouseButton.LeftButton)
    finally:
        QDesktopServices.unsetUrlHandler("file")
    assert catcher.urls == [QUrl.fromLocalFile(str(result.path))]
    assert Path(catcher.urls[0].toLocalFile()).is_dir()


# ------------------------------------------------------------------ Ukrainian


def fresh_uk_translator(tmp_path: Path) -> tuple[QTranslator, list[str]]:
    """kuty_uk built from this tree into `tmp_path` (the shipped .qm is the integrator's to
    rebuild) and the texts of these screens that have no Ukrainian yet."""
    from console.i18n_uk import fill

    tools = Path(sys.executable).parent
    ts = tmp_path / "kuty_uk.ts"
    ts.write_bytes((REPO / "console" / "i18n" / "kuty_uk.ts").read_bytes())
    sources = sorted(str(p) for p in (REPO / "console").glob("*.py"))
    subprocess.run(
        [str(tools / "pyside6-lupdate"), "-silent", "-no-obsolete", *sources, "-ts", str(ts)],
        check=True, timeout=300,
    )  # fmt: skip
    mine = ("LanesView", "PlayerWidget", "TranscriptPane", "IncidentsView",
            "SupervisorQueue", "ExportDialog")  # fmt: skip
    missing = [m for m in fill(ts) if m.split(":")[0] in mine]
    qm = tmp_path / "kuty_uk.qm"
    subprocess.run(
        [str(tools / "pyside6-lrelease"), "-silent", str(ts), "-qm", str(qm)],
        check=True, timeout=120,
    )  # fmt: skip
    translator = QTranslator()
    assert translator.load(str(qm))
    return translator, missing


def test_ukrainian_lanes_transcript_and_play_at_offset(
    qtbot: QtBot, desk: Desk, tmp_path: Path
) -> None:
    translator, missing = fresh_uk_translator(tmp_path)
    assert missing == []
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    rec = desk.call(NUMBER)
    add_transcript(desk, rec, SEGMENTS)
    incident_id = file_threat(desk, rec, 62.0)  # past the end: plays from the end
    app.installTranslator(translator)
    try:
        actor = sign_in(qtbot, desk.sessions, "petro")
        uk = dataclasses.replace(desk.settings, language="uk")
        wired = build_console(uk, _open_calllog(uk), sessions=desk.sessions, actor=actor)
        qtbot.addWidget(wired.window)
        wired.window.resize(1366, 768)
        wired.window.show()
        try:
            view = wired.window.incidents_view
            assert view is not None
            with qtbot.waitSignal(view.loaded, timeout=10000):
                view.refresh()
            assert view.select_incident(incident_id)
            assert view.play_button.text() == "Відтворити з 01:02"
            assert "62,0 с" in view.details.toPlainText()  # the number as Ukrainian writes it
            qtbot.mouseClick(view.play_button, Qt.MouseButton.LeftButton)
            screen: RecordingsWindow = wired.window.recordings_screen[0]  # type: ignore[attr-defined]
            player, pane = screen.player, screen.transcript
            qtbot.waitUntil(lambda: player.prep is not None, timeout=15000)
            qtbot.waitUntil(lambda: len(player.waveform.lanes) == 2, timeout=10000)
            assert player.waveform.names == ["Абонент", "Оператор"]
            assert "Пробіл" in player.play_button.toolTip()
            qtbot.waitUntil(lambda: pane.table.rowCount() == 3, timeout=10000)
            assert pane.table.item(1, 1).text() == "Оператор"
            assert pane.title.text() == "Стенограма"
            screen.shutdown()
        finally:
            wired.close()
    finally:
        app.removeTranslator(translator)


def test_notice_sound_setting_off_makes_muted_the_default_until_a_user_ticks_it(
    qtbot: QtBot, desk: Desk, worker: DbWorker
) -> None:
    from console.supervisor_queue import SupervisorQueue

    quiet = dataclasses.replace(desk.settings, notice_sound=False)
    queue = SupervisorQueue(ConsoleServices(quiet, desk.sessions, worker, desk.actor("petro")))
    qtbot.addWidget(queue)
    queue.show()
    assert not queue.sound_check.isChecked() and queue.sound.play() == "muted"
    qtbot.mouseClick(queue.sound_check, Qt.MouseButton.LeftButton)
    assert queue.sound.enabled
    again = SupervisorQueue(ConsoleServices(quiet, desk.sessions, worker, desk.actor("petro")))
    qtbot.addWidget(again)
    assert again.sound_check.isChecked()  # the user's own choice wins over the setting
    head = SupervisorQueue(ConsoleServices(quiet, desk.sessions, worker, desk.actor("head")))
    qtbot.addWidget(head)
    assert not head.sound_check.isChecked()  # another user keeps the seat's default


def test_a_recording_with_a_third_channel_gets_a_third_lane(
    qtbot: QtBot, desk: Desk, tmp_path: Path
) -> None:
    """A third leg (a supervisor who barged in) is a third channel: a third, named lane."""
    from console.lanes import lane_names
    from console.waveform import compute_channel_peaks

    three = tmp_path / "three.wav"
    voices = [read_samples(p)[0] for p in (desk.caller.wav, desk.operator.wav, desk.caller.wav)]
    length = max(len(v) for v in voices)
    frames = np.zeros((length, 3))
    for c, v in enumerate(voices):
        frames[: len(v), c] = v
    with wave.open(str(three), "wb") as w:  # plain PCM, as the recorder writes its files
        w.setnchannels(3)
        w.setsampwidth(2)
        w.setframerate(16000)
        w.writeframes((frames * 32767).astype("<i2").tobytes())
    lanes = compute_channel_peaks(three)
    assert len(lanes) == 3 and all(p.pairs for p in lanes)
    names = lane_names("both", 3)
    assert names == ["Caller", "Operator", "Third party"]
    view = LanesView()
    qtbot.addWidget(view)
    view.resize(800, 10)
    view.set_lanes(lanes, names)
    view.show()
    assert view.height() >= AXIS_HEIGHT + 3 * 40
    assert view.lane_rect(2).bottom() <= view.height()
    assert view.accessibleDescription() == "Lanes: Caller, Operator, Third party"
    seen: list[int] = []
    view.seek_requested.connect(seen.append)
    qtbot.mouseClick(view, Qt.MouseButton.LeftButton, pos=view.lane_rect(2).center().toPoint())
    assert seen and abs(seen[0] - lanes[0].duration_s * 500) < lanes[0].duration_s * 20
