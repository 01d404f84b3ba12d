"""Export from the console: progress to 100 %, a manifest `sha256sum -c` accepts, cancel.

Real recordings (espeak-ng speech), real ffmpeg for MP3, the real dialog's buttons; the
`desk` fixture comes from test_recordings_browser.py.
"""

from __future__ import annotations

import subprocess
from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from console.export_dialog import ExportDialog
from console.services import ConsoleServices
from console.tasks import DbWorker
from recordings.export import ExportCancelled, ExportResult
from tests.gui.test_recordings_browser import NUMBER, Desk, desk

__all__ = ["desk"]  # the fixture, re-exported for pytest


def dialog_for(qtbot: QtBot, desk: Desk, worker: DbWorker, ids: list[str]) -> ExportDialog:
    services = ConsoleServices(desk.settings, desk.sessions, worker, desk.actor("petro"))
    dialog = ExportDialog(services, ids)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_export_reaches_100_percent_and_the_manifest_verifies(
    qtbot: QtBot, desk: Desk, worker: DbWorker, tmp_path: Path
) -> None:
    ids = [desk.call(NUMBER), desk.call("+380931234567")]
    dialog = dialog_for(qtbot, desk, worker, ids)
    dest = tmp_path / "handover"
    dialog.folder.setText(str(dest))
    seen: list[int] = []
    dialog.progress.valueChanged.connect(seen.append)
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert "reason" in dialog.message.text()  # refused without a reason
    dialog.reason.setText("скарга №12 від батьків")  # QTest types ASCII only
    with qtbot.waitSignal(dialog.finished_export, timeout=60000) as done:
        qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    result = done.args[0]
    assert isinstance(result, ExportResult), result
    assert result.ok and len(result.files) == 6
    assert 50 in seen and seen[-1] == 100 and dialog.progress.value() == 100
    assert str(result.path) in dialog.message.text()
    check = subprocess.run(
        ["sha256sum", "-c", "SHA256SUMS"], cwd=result.path, capture_output=True, text=True
    )
    assert check.returncode == 0, check.stdout + check.stderr
    assert check.stdout.count(": OK") == 6 + 2  # audio, README.txt, manifest.json
    exported = desk.audit("recording_export")
    assert exported[-1]["reason"] == "скарга №12 від батьків"


def test_cancel_leaves_no_completed_export_folder(
    qtbot: QtBot, desk: Desk, worker: DbWorker, tmp_path: Path
) -> None:
    ids = [desk.call(NUMBER) for _ in range(3)]
    dialog = dialog_for(qtbot, desk, worker, ids)
    dest = tmp_path / "handover"
    dialog.folder.setText(str(dest))
    dialog.format.setCurrentIndex(dialog.format.findData("mp3"))
    dialog.reason.setText("перевірка скасування")
    with qtbot.waitSignal(dialog.finished_export, timeout=60000) as done:
        qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
        qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
    assert isinstance(done.args[0], ExportCancelled)
    assert "cancelled" in dialog.message.text()
    assert dialog.export_result is None
    leftovers = list(dest.iterdir()) if dest.exists() else []
    assert leftovers == [], leftovers
    assert desk.audit("recording_export_cancelled")
