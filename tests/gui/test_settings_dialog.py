"""The admin's settings dialog, opened through the real menu, saving to real files.

Keyring: keyrings.alt's encrypted file in tmp_path (what a seat without a desktop keyring
uses); settings and accounts files: KUTY_CONFIG in tmp_path. The canary password must
reach the keyring and no file under the config or data directories.
"""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Iterator
from pathlib import Path

import keyring
import pytest
import sqlalchemy as sa
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot
from sqlalchemy.orm import Session, sessionmaker

from console.app import Console, build_console
from console.settings_dialog import SettingsDialog
from db.models import AuditEvent
from desk import secrets
from desk.roles import Actor, PermissionDenied, Role
from desk.settings import Settings
from desk.users import add_user

CANARY = "canary-Пароль-9e4b7d"
PW = "correct horse battery"


@pytest.fixture
def config_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    path = tmp_path / "config" / "settings.toml"
    monkeypatch.setenv("KUTY_CONFIG", str(path))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    before = keyring.get_keyring()
    secrets.use_encrypted_file_backend(tmp_path / "data" / "kuty-keyring.cfg", "master")
    yield path
    keyring.set_keyring(before)


@pytest.fixture
def sessions(settings: Settings) -> Iterator[sessionmaker[Session]]:
    from db.session import close_database, open_database

    factory = open_database(settings.database)
    yield factory
    close_database(factory)


def console_as(
    qtbot: QtBot, settings: Settings, sessions: sessionmaker[Session], role: Role
) -> Console:
    from seat.calllog import CallLog

    admin_id = add_user(sessions, None, "root", Role.ADMIN, "Адмін", PW)
    actor = Actor("root", Role.ADMIN, admin_id)
    if role is not Role.ADMIN:
        user_id = add_user(sessions, actor, "olena", role, "Олена", PW)
        actor = Actor("olena", role, user_id)
    wired = build_console(
        settings, CallLog(sessions, settings.seat_name), sessions=sessions, actor=actor
    )
    qtbot.addWidget(wired.window)
    wired.window.show()
    return wired


@pytest.fixture
def admin_console(
    qtbot: QtBot, settings: Settings, sessions: sessionmaker[Session], config_file: Path
) -> Iterator[Console]:
    wired = console_as(qtbot, settings, sessions, Role.ADMIN)
    yield wired
    wired.close()


def open_settings(qtbot: QtBot, wired: Console) -> SettingsDialog:
    menu = next(a for a in wired.window.menuBar().actions() if a.text() == "&Settings")
    action = wired.window.findChild(QAction, "settingsAction")
    assert action is not None and action in menu.menu().actions()  # type: ignore[union-attr]
    action.trigger()
    dialog: SettingsDialog = wired.window.settings_dialog  # type: ignore[attr-defined]
    qtbot.waitExposed(dialog)
    return dialog


def files_containing(root: Path, needle: str) -> list[Path]:
    return [p for p in root.rglob("*") if p.is_file() and needle.encode() in p.read_bytes()]


def test_admin_adds_an_account_password_goes_to_keyring_only(
    qtbot: QtBot,
    admin_console: Console,
    config_file: Path,
    sessions: sessionmaker[Session],
    tmp_path: Path,
) -> None:
    dialog = open_settings(qtbot, admin_console)
    page = dialog.accounts
    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    page.registrar.setText("127.0.0.2:5070")
    page.user.setText("seat1")
    page.password.setText(CANARY)  # QTest cannot type Cyrillic
    page.transport.setCurrentIndex(page.transport.findData("tcp"))  # shown as "TCP"
    assert page.verify_server.isChecked()  # TLS verification is on by default
    with qtbot.waitSignal(dialog.saved, timeout=10_000) as saved:
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert saved.args is not None
    changed = saved.args[1]
    assert "accounts.desk" in changed and "secret:sip:desk" in changed

    accounts = (config_file.parent / "accounts.toml").read_text(encoding="utf-8")
    assert 'account_id = "desk"' in accounts and 'registrar = "127.0.0.2:5070"' in accounts
    assert 'transport = "tcp"' in accounts and "password =" not in accounts
    assert secrets.get_secret("sip", "desk") == CANARY
    assert files_containing(tmp_path, "9e4b7d") == []
    with sessions.begin() as s:
        payloads = list(
            s.scalars(sa.select(AuditEvent.payload).where(AuditEvent.kind == "settings_changed"))
        )
    assert [json.loads(p)["changed"] for p in payloads] == [changed]
    assert "9e4b7d" not in payloads[0]
    assert not dialog.isVisible()


def test_stun_servers_and_ice_are_typed_checked_and_saved(
    qtbot: QtBot, admin_console: Console, config_file: Path
) -> None:
    """Issue 6: NAT settings per account; a bad server is named and nothing is saved."""
    dialog = open_settings(qtbot, admin_console)
    page = dialog.accounts
    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    page.registrar.setText("pbx.kuty.example")
    page.user.setText("101")
    assert "NAT" in page.stun.toolTip() and "127.0.0.1" in page.ice.toolTip()
    qtbot.keyClicks(page.stun, "stun.kuty.example:3478, bad/host")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    # In words, naming the bad entry (never the raw field name "stun_servers", issue 13)
    assert "STUN server" in page.error.text() and "«bad/host»" in page.error.text()
    assert dialog.isVisible()

    page.stun.clear()
    qtbot.keyClicks(page.stun, "stun.kuty.example:3478  127.0.0.1:3479")
    qtbot.keyClick(page.ice, Qt.Key.Key_Space)  # keyboard, as an admin tabbing through
    assert page.ice.isChecked()
    with qtbot.waitSignal(dialog.saved, timeout=10_000):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    accounts = (config_file.parent / "accounts.toml").read_text(encoding="utf-8")
    assert 'stun_servers = ["stun.kuty.example:3478", "127.0.0.1:3479"]' in accounts, accounts
    assert "ice = true" in accounts


def test_free_space_reserve_is_set_and_saved(
    qtbot: QtBot, admin_console: Console, config_file: Path
) -> None:
    """Issue 10 fault 2: the reserve the seats warn at is an admin's setting, in the GUI."""
    dialog = open_settings(qtbot, admin_console)
    dialog.tabs.setCurrentWidget(dialog.recordings)
    spin = dialog.recordings.reserve
    assert spin.value() == 1000 and "KUTY-1.1" in spin.toolTip()
    spin.lineEdit().selectAll()
    qtbot.keyClicks(spin.lineEdit(), "2500")
    assert spin.value() == 2500
    with qtbot.waitSignal(dialog.saved, timeout=10_000):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert "recordings_reserve_mb = 2500" in config_file.read_text(encoding="utf-8")


def test_database_url_with_password_is_refused(
    qtbot: QtBot, admin_console: Console, config_file: Path
) -> None:
    dialog = open_settings(qtbot, admin_console)
    dialog.tabs.setCurrentWidget(dialog.database)
    dialog.database.postgres.setChecked(True)
    assert dialog.database.url_edit.isEnabled()
    dialog.database.url_edit.setText(f"postgresql+psycopg://kuty:{CANARY}@db.example/kuty")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert "contains a password" in dialog.database.error.text()
    assert dialog.isVisible() and dialog.tabs.currentWidget() is dialog.database
    assert not config_file.exists()


def test_operator_has_no_settings_menu(
    qtbot: QtBot, settings: Settings, sessions: sessionmaker[Session], config_file: Path
) -> None:
    wired = console_as(qtbot, settings, sessions, Role.OPERATOR)
    try:
        assert wired.window.findChild(QAction, "settingsAction") is None
        assert all(a.text() != "&Settings" for a in wired.window.menuBar().actions())
        services = wired.window.services
        assert services is not None
        with pytest.raises(PermissionDenied):
            SettingsDialog(services)
    finally:
        wired.close()


def test_keyring_setup_wrong_master_password_is_said_plainly(
    qtbot: QtBot, settings: Settings, config_file: Path
) -> None:
    from keyring.backends import fail

    from console.keyring_setup import KeyringSetupDialog, encrypted_file_path, explanation

    assert encrypted_file_path(settings).is_file()  # config_file made it, master "master"
    keyring.set_keyring(fail.Keyring())  # a Linux seat without a desktop keyring
    unusable = secrets.ensure_usable_keyring()
    assert not unusable.usable
    assert "GNOME Keyring" in explanation(unusable, "uk")
    dialog = KeyringSetupDialog(settings, unusable)
    qtbot.addWidget(dialog)
    assert "gnome-keyring" in dialog.findChild(QLabel, "keyringExplanation").text()  # type: ignore[union-attr]
    assert not dialog.repeat.isVisible()  # the file exists: unlock, not create
    dialog.master.setText("wrong")
    qtbot.mouseClick(dialog.use_file, Qt.MouseButton.LeftButton)
    assert dialog.error.text() == "Wrong master password for the encrypted password file."
    assert not dialog.status.usable
    dialog.master.setText("master")
    with qtbot.waitSignal(dialog.accepted):
        qtbot.mouseClick(dialog.use_file, Qt.MouseButton.LeftButton)
    assert dialog.status.usable


def test_first_run_wizard_walks_every_page_and_saves(
    qtbot: QtBot, admin_console: Console, config_file: Path, tmp_path: Path
) -> None:
    """A fresh install: the admin goes through account, headset, folder, database, policy."""
    from PySide6.QtWidgets import QWizard

    from console.first_run import maybe_run_first_run, needs_first_run

    services = admin_console.window.services
    assert services is not None and needs_first_run(services.settings)
    restarted: list[Settings] = []
    wizard = maybe_run_first_run(admin_console.window, services, restarted.append)
    assert wizard is not None
    qtbot.waitExposed(wizard)
    wizard.accounts.registrar.setText("127.0.0.2:5070")
    wizard.accounts.user.setText("seat7")
    wizard.accounts.password.setText(CANARY)
    titles = []
    for _ in range(4):
        titles.append(wizard.currentPage().title())
        wizard.next()
    titles.append(wizard.currentPage().title())
    assert titles == ["SIP account", "Headset", "Recordings folder", "Database", "Policy"]
    shared = tmp_path / "shared-recordings"
    shared.mkdir()
    wizard.recordings.folder.setText(str(shared))
    wizard.database.postgres.click()
    assert wizard.database.url_edit.isEnabled()
    wizard.database.url_edit.setText("postgresql://kuty@db.kuty.example/kuty")
    with qtbot.waitSignal(wizard.saved, timeout=10_000):
        wizard.button(QWizard.WizardButton.FinishButton).click()
    text = config_file.read_text(encoding="utf-8")
    assert str(shared) in text and "postgresql://kuty@db.kuty.example/kuty" in text
    accounts = (config_file.parent / "accounts.toml").read_text(encoding="utf-8")
    assert 'user = "seat7"' in accounts and "password =" not in accounts
    assert secrets.get_secret("sip", wizard.accounts.specs()[0].account_id) == CANARY
    assert files_containing(tmp_path, "9e4b7d") == []
    assert restarted and restarted[0].recordings_dir == str(shared)  # the engine is restarted
    assert not needs_first_run(restarted[0])


def test_calls_tab_saves_auto_answer_and_the_engine_settings_it_knows(
    qtbot: QtBot, admin_console: Console, config_file: Path
) -> None:
    """Issue 11: ringer, ringtone, auto-answer and a second call on the Calls tab. The
    fields the settings do not have yet are disabled and never written."""
    dialog = open_settings(qtbot, admin_console)
    page = dialog.calls
    assert not page.auto_answer.isChecked()  # off by default (issue 11)
    qtbot.mouseClick(page.auto_answer, Qt.MouseButton.LeftButton)
    known = {f.name for f in dataclasses.fields(Settings)}
    if "second_call" in known:
        page.second_call.setCurrentIndex(page.second_call.findData("busy"))
    if "ringer_device" in known:
        page.ringer_device.setText("speakers")
    with qtbot.waitSignal(dialog.saved, timeout=10_000) as saved:
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert saved.args is not None
    assert "auto_answer" in saved.args[1]
    text = config_file.read_text(encoding="utf-8")
    assert "auto_answer = true" in text
    assert ("second_call" in text) == ("second_call" in known)
    assert ('ringer_device = "speakers"' in text) == ("ringer_device" in known)


def test_calls_tab_refuses_a_ringer_name_with_control_characters(
    qtbot: QtBot, admin_console: Console
) -> None:
    dialog = open_settings(qtbot, admin_console)
    dialog.calls.ringer_device.setText("bad\x07name")
    dialog.calls.ringer_device.setEnabled(True)
    assert dialog.draft() is None
    assert dialog.tabs.currentWidget() is dialog.calls
