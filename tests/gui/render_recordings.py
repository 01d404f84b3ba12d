"""Render the recordings player, its transcript, play at offset and a notice (issue 13 screens).

    QT_QPA_PLATFORM=offscreen python -m tests.gui.render_recordings /work/screens uk [QM_DIR]

One language per process. QM_DIR: a folder with kuty_uk.qm built from the working tree (the
committed one is the integrator's to rebuild). Real data: a fresh SQLite desk, accounts,
recordings of espeak-ng speech (caller and operator tracks and their stereo mix), a
transcript, a threat filed by the operator at 00:03 of the call.
"""

from __future__ import annotations

import datetime as dt
import os
import shutil
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QTranslator
from PySide6.QtWidgets import QApplication, QWidget

from console.app import _open_calllog, build_console
from console.export_dialog import ExportDialog
from console.i18n import install_translator
from db.models import Recording
from db.models_incidents import IncidentKind
from db.session import open_database
from desk.roles import Actor, Role
from desk.settings import load_settings
from desk.users import add_user
from incidents.config import IncidentsConfig
from incidents.service import report_call_incident
from recordings.transcripts.segments import Speaker, SpokenSegment
from recordings.wavfile import merge_stereo
from tests.conftest import OPERATOR_TEXT, SPEECH_TEXT
from tests.gui.test_player_lanes import add_transcript
from tests.gui.test_recordings_browser import Desk
from tests.support.audio import duration, make_speech
from tests.support.rows import add_recorded_call

PW = "correct horse battery"


def main(out: Path, language: str, qm_dir: Path | None) -> None:
    out.mkdir(parents=True, exist_ok=True)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    keep: list[QTranslator] = []
    if language == "uk":
        if qm_dir is not None:
            ours = QTranslator(app)
            assert ours.load("kuty_uk", str(qm_dir)), qm_dir
            app.installTranslator(ours)
            keep.append(ours)
            keep += install_translator(app, "uk")[1:]
        else:
            keep += install_translator(app, "uk")
    tmp = Path(tempfile.mkdtemp(prefix="rec-shots-"))
    settings = load_settings(
        data_dir=tmp, config_file=tmp / "none.toml", env={}, audio_device="none", seat="s1",
        language=language,
    )  # fmt: skip
    sessions = open_database(settings.database)
    root = Actor("root", Role.ADMIN, add_user(sessions, None, "root", Role.ADMIN, "Адмін", PW))
    ids = {
        name: add_user(sessions, root, name, role, full, PW)
        for name, role, full in (
            ("olena", Role.OPERATOR, "Олена Коваленко"),
            ("petro", Role.SUPERVISOR, "Петро Шевчук"),
        )
    }
    caller = make_speech(SPEECH_TEXT, tmp / "speech" / "caller.wav", lead_silence_s=0.3)
    operator = make_speech(OPERATOR_TEXT, tmp / "speech" / "operator.wav", lead_silence_s=2.0)
    t0 = dt.datetime.now(dt.UTC) - dt.timedelta(hours=3)
    recs: list[str] = []
    for n, number in enumerate(("+380671234567", "+380501111111", "+380931234567"), 1):
        call_id = f"00000000-0000-4000-8000-{n:012d}"
        rec_id = f"10000000-0000-4000-8000-{n:012d}"
        folder = settings.data_dir / "recordings" / call_id
        folder.mkdir(parents=True)
        c = Path(shutil.copyfile(caller, folder / "caller.wav"))
        o = Path(shutil.copyfile(operator, folder / "operator.wav"))
        mixed = merge_stereo(c, o, folder / "mixed.wav")
        with sessions.begin() as s:
            add_recorded_call(
                s, call_id=call_id, recording_id=rec_id, directory=folder,
                paths={"caller": c, "operator": o, "mixed": mixed}, seconds=duration(mixed),
                ring=t0 + dt.timedelta(minutes=7 * n), number=number,
                operator_id=ids["olena"], key_phrase=(5.0, 6.0) if n == 1 else None,
            )  # fmt: skip
        recs.append(rec_id)
    desk = Desk(settings, sessions, None, None)  # type: ignore[arg-type]  # rows only
    add_transcript(
        desk,
        recs[0],
        [
            SpokenSegment(0.3, 2.0, Speaker.CALLER, "Добрий день, я телефоную"),
            SpokenSegment(2.0, 4.6, Speaker.OPERATOR, "Служба підтримки Кути, оператор слухає"),
            SpokenSegment(4.6, 6.0, Speaker.CALLER, "щодо черги в дитячий садок"),
            SpokenSegment(6.0, 8.0, Speaker.OPERATOR, "Назвіть, будь ласка, номер заявки"),
        ],
    )
    olena = Actor("olena", Role.OPERATOR, ids["olena"])
    petro = Actor("petro", Role.SUPERVISOR, ids["petro"])
    wired = build_console(settings, _open_calllog(settings), sessions=sessions, actor=petro)
    win = wired.window
    win.resize(1366, 768)
    win.show()

    def settle(ms: int = 400) -> None:
        end = dt.datetime.now() + dt.timedelta(milliseconds=ms)
        while dt.datetime.now() < end:
            app.processEvents()

    def shoot(widget: QWidget, name: str) -> None:
        settle()
        path = out / f"s19-rec-{name}-{language}.png"
        widget.grab().save(str(path))
        print(path)

    settle(800)
    queue = win.incidents.queue  # type: ignore[union-attr]
    assert queue is not None
    with sessions.begin() as s:
        rec = s.get(Recording, recs[0])
        assert rec is not None
        call_id = rec.call_id
    config = IncidentsConfig(settings.data_dir / "police-packages")
    report_call_incident(
        sessions, olena, call_id=call_id, kind=IncidentKind.THREAT,
        pressed_at=dt.datetime.now(dt.UTC), offset_s=3.4, config=config,
    )  # fmt: skip
    queue.refresh()
    settle(1200)
    win.show_workspace("supervision")
    win.supervision_tabs.setCurrentWidget(queue)
    shoot(win, "notice")
    view = win.incidents_view
    assert view is not None
    view.refresh()
    settle(800)
    win.supervision_tabs.setCurrentWidget(view)
    view.table.selectRow(0)
    shoot(win, "incident")
    view.play_button.click()
    screen = win.recordings_screen[0]  # type: ignore[attr-defined]
    end = dt.datetime.now() + dt.timedelta(seconds=20)
    while (not screen.player.waveform.lanes or screen.transcript.table.rowCount() == 0) and (
        dt.datetime.now() < end
    ):
        app.processEvents()
    settle(1200)
    screen.player.playback.pause()
    screen.player.playback.seek(4900)
    shoot(win, "player")
    dialog = ExportDialog(screen.browser._services, [recs[1]], win)
    dialog.folder.setText(str(tmp / "export"))
    dialog.reason.setText("Запит № 12 від 03.03")
    dialog.show()
    dialog.start()
    end = dt.datetime.now() + dt.timedelta(seconds=60)
    while dialog.export_result is None and dt.datetime.now() < end:
        app.processEvents()
    shoot(dialog, "export")
    dialog.done(0)
    screen.shutdown()
    wired.close()


if __name__ == "__main__":
    main(Path(sys.argv[1]), sys.argv[2], Path(sys.argv[3]) if len(sys.argv) > 3 else None)
