"""The settings dialog's language tab (issue 12): Ukrainian, English, Russian and Kazakh,
each named in its own language; a seat that speaks its policy's language (CSC-2.5:
Russian; KZP, EEP: Kazakh) sees that language selected, and saving keeps it. A language
other than the policy's is a choice that survives a restart, Ukrainian on CSC included.

Real dialog through the real menu, real settings file (KUTY_CONFIG in tmp_path), settings
loaded back from it as a restart would.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlalchemy.orm import Session, sessionmaker

from console.app import Console
from desk.roles import Role
from desk.settings import Settings, load_settings
from tests.gui.test_settings_dialog import config_file, console_as, open_settings, sessions

__all__ = ["config_file", "sessions"]  # fixtures used here, defined beside the dialog's tests


def _load(config_file: Path, data_dir: Path, port: int) -> Settings:
    return load_settings(data_dir=data_dir, config_file=config_file, env={},
                         listen=f"127.0.0.1:{port}", audio_device="none",
                         seat="test-seat")  # fmt: skip


@pytest.fixture(params=["csc"])
def policy(request: pytest.FixtureRequest) -> str:
    return str(request.param)


@pytest.fixture
def settings(data_dir: Path, config_file: Path, free_port: int, policy: str) -> Settings:
    """A seat whose settings.toml names only its policy: the language is the policy's
    ("fresh": no settings file at all, as the first-run wizard finds it)."""
    config_file.parent.mkdir(parents=True, exist_ok=True)
    if policy != "fresh":
        config_file.write_text(f'policy = "{policy}"\n', encoding="utf-8")
    return _load(config_file, data_dir, free_port)


@pytest.fixture
def admin(
    qtbot: QtBot, settings: Settings, sessions: sessionmaker[Session], config_file: Path
) -> Iterator[Console]:
    wired = console_as(qtbot, settings, sessions, Role.ADMIN)
    yield wired
    wired.close()


def _save(qtbot: QtBot, wired: Console, keys: list[Qt.Key]) -> None:
    dialog = open_settings(qtbot, wired)
    combo = dialog.language
    dialog.tabs.setCurrentIndex(dialog.tabs.indexOf(combo.parentWidget()))
    for key in keys:
        qtbot.keyClick(combo, key)
    with qtbot.waitSignal(dialog.saved, timeout=10_000):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)


@pytest.mark.parametrize(
    ("policy", "name", "code"), [("csc", "Русский", "ru"), ("kzp", "Қазақша", "kk")],
    indirect=["policy"],
)  # fmt: skip
def test_the_policys_language_is_selected_and_saving_keeps_it(
    qtbot: QtBot, admin: Console, config_file: Path, data_dir: Path, free_port: int,
    settings: Settings, name: str, code: str,
) -> None:  # fmt: skip
    assert settings.language == code
    dialog = open_settings(qtbot, admin)
    combo = dialog.language
    offered = [(combo.itemText(i), combo.itemData(i)) for i in range(combo.count())]
    assert offered == [("Українська", "uk"), ("English", "en"), ("Русский", "ru"),
                       ("Қазақша", "kk")]  # fmt: skip
    assert combo.currentText() == name and combo.currentData() == code
    with qtbot.waitSignal(dialog.saved, timeout=10_000) as saved:
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert saved.args is not None and saved.args[0].language == code
    assert _load(config_file, data_dir, free_port).language == code  # after a restart


def test_ukrainian_chosen_on_a_csc_seat_stays_ukrainian(
    qtbot: QtBot, admin: Console, config_file: Path, data_dir: Path, free_port: int
) -> None:
    """Ukrainian is the file's default, yet not the CSC seat's: it must be written."""
    _save(qtbot, admin, [Qt.Key.Key_Up, Qt.Key.Key_Up])  # Русский → English → Українська
    text = config_file.read_text(encoding="utf-8")
    assert 'language = "uk"' in text, text
    assert _load(config_file, data_dir, free_port).language == "uk"


def test_kazakh_chosen_on_a_csc_seat_is_kept(
    qtbot: QtBot, admin: Console, config_file: Path, data_dir: Path, free_port: int
) -> None:
    _save(qtbot, admin, [Qt.Key.Key_Down])  # Русский → Қазақша
    assert _load(config_file, data_dir, free_port).language == "kk"
    assert 'language = "kk"' in config_file.read_text(encoding="utf-8")


@pytest.mark.parametrize("policy", ["fresh"], indirect=True)
def test_the_first_run_wizard_gives_the_chosen_policys_language(
    qtbot: QtBot, admin: Console, config_file: Path, data_dir: Path, free_port: int,
    settings: Settings,
) -> None:  # fmt: skip
    """The wizard has no language page: choosing CSC there makes the seat Russian, and
    the file keeps following the policy (no `language` line)."""
    from PySide6.QtWidgets import QWizard

    from console.first_run import maybe_run_first_run

    assert settings.language == "uk"  # a fresh install, policy "kuty"
    services = admin.window.services
    assert services is not None
    wizard = maybe_run_first_run(admin.window, services, None)
    assert wizard is not None
    qtbot.waitExposed(wizard)
    wizard.accounts.registrar.setText("127.0.0.2:5070")
    wizard.accounts.user.setText("seat7")
    for _ in range(4):
        wizard.next()
    combo = wizard.policy.policy
    assert wizard.currentPage().title() == "Policy"
    combo.setCurrentIndex(combo.findData("csc"))
    with qtbot.waitSignal(wizard.saved, timeout=10_000) as saved:
        wizard.button(QWizard.WizardButton.FinishButton).click()
    assert saved.args is not None and saved.args[0].language == "ru"
    text = config_file.read_text(encoding="utf-8")
    assert 'policy = "csc"' in text and "language" not in text, text
    assert _load(config_file, data_dir, free_port).language == "ru"
