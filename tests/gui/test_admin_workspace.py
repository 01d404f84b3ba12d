"""The administration workspace (issue 13), clicked for real: users, profile import,
e-mail/retention/policy settings, shared defaults with the first-run wizard, and the
keyring set-up asked of admins only, once.

Real database (SQLite in tmp_path), real settings files (KUTY_CONFIG in tmp_path), the
encrypted keyring file in tmp_path, the real import (Argon2id with the test parameters,
once on a process pool).
"""

from __future__ import annotations

import csv
import dataclasses
import json
from collections.abc import Iterator
from pathlib import Path

import keyring
import pytest
import sqlalchemy as sa
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QWizard
from pytestqt.qtbot import QtBot
from sqlalchemy.orm import Session, sessionmaker

from console.admin_page import AdminPage
from console.app import Console, build_console
from db.models import AuditEvent, CallerProfile, utcnow
from desk import secrets
from desk.roles import Actor, Role
from desk.settings import Settings, load_settings
from desk.users import SignInFailed, add_user, authenticate
from verification.key_phrase import FAST_FOR_TESTS

PW = "correct horse battery"
NEW_PW = "a new long passphrase"
CANARY = "canary-mail-5f3a91"

GOOD_CSV = """surname,first_name,patronymic,phones,key_phrase
Коваленко,Олена,Петрівна,050 123 45 67,мій кіт Мурчик
Шевчук,Тарас,,093 111 22 33,Говерла пʼять
Мельник,Ірина,,067 765 43 21,зелений чай
"""
BAD_CSV = GOOD_CSV.replace("067 765 43 21", "12345").replace("Шевчук,Тарас", ",Тарас")


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


@pytest.fixture
def admin(sessions: sessionmaker[Session]) -> Actor:
    return Actor("root", Role.ADMIN, add_user(sessions, None, "root", Role.ADMIN, "Адмін", PW))


@pytest.fixture
def console(
    qtbot: QtBot,
    settings: Settings,
    sessions: sessionmaker[Session],
    config_file: Path,
    admin: Actor,
) -> Iterator[Console]:
    from seat.calllog import CallLog

    wired = build_console(
        settings, CallLog(sessions, settings.seat_name), sessions=sessions, actor=admin
    )
    qtbot.addWidget(wired.window)
    wired.window.resize(1366, 768)
    wired.window.show()
    qtbot.waitExposed(wired.window)
    yield wired
    wired.close()  # also stops the import panel's thread


def admin_page(console: Console) -> AdminPage:
    page = console.window.admin_page
    assert isinstance(page, AdminPage)
    assert console.window.show_workspace("administration")
    return page


def wait_users(qtbot: QtBot, page: AdminPage, expected: int) -> None:
    qtbot.waitUntil(lambda: page.users.rowCount() == expected, timeout=10_000)


def row_texts(page: AdminPage, username: str) -> list[str]:
    for row in range(page.users.rowCount()):
        cells = [page.users.item(row, c).text() for c in range(4)]  # type: ignore[union-attr]
        if cells[0] == username:
            return cells
    raise AssertionError(f"{username} not listed")


def audit_kinds(sessions: sessionmaker[Session]) -> list[str]:
    with sessions.begin() as s:
        return list(s.scalars(sa.select(AuditEvent.kind).order_by(AuditEvent.id)))


def add_through_dialog(
    qtbot: QtBot, page: AdminPage, name: str, role: str, password: str, repeat: str
) -> None:
    panel = page.users_panel
    qtbot.mouseClick(panel.add_button, Qt.MouseButton.LeftButton)
    dialog = panel.dialog
    assert dialog is not None and dialog.isVisible()
    qtbot.keyClicks(dialog.username, name)  # type: ignore[attr-defined]
    dialog.full_name.setText("Марія Іванівна")  # type: ignore[attr-defined]  # QTest: no Cyrillic
    dialog.role.setCurrentIndex(dialog.role.findData(role))  # type: ignore[attr-defined]
    qtbot.keyClicks(dialog.password, password)  # type: ignore[attr-defined]
    qtbot.keyClicks(dialog.repeat, repeat)  # type: ignore[attr-defined]
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)  # type: ignore[attr-defined]


def test_admin_adds_a_user_who_then_signs_in(
    qtbot: QtBot, console: Console, sessions: sessionmaker[Session]
) -> None:
    page = admin_page(console)
    wait_users(qtbot, page, 1)
    assert row_texts(page, "root")[2] == "Administrator"  # the role in words
    add_through_dialog(qtbot, page, "maria", "supervisor", "short", "short")
    dialog = page.users_panel.dialog
    assert dialog is not None
    assert dialog.error.text() == "The password must have at least 10 characters."  # type: ignore[attr-defined]
    dialog.password.setText(PW)  # type: ignore[attr-defined]
    dialog.repeat.setText(PW + "x")  # type: ignore[attr-defined]
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)  # type: ignore[attr-defined]
    assert dialog.error.text() == "The two passwords differ."  # type: ignore[attr-defined]
    dialog.repeat.setText(PW)  # type: ignore[attr-defined]
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)  # type: ignore[attr-defined]
    wait_users(qtbot, page, 2)
    assert not dialog.isVisible()
    assert row_texts(page, "maria")[1:3] == ["Марія Іванівна", "Supervisor"]
    actor = authenticate(sessions, "maria", PW, utcnow())
    assert actor.role is Role.SUPERVISOR and actor.username == "maria"
    assert "user_added" in audit_kinds(sessions)

    # The same name again: the service refuses, in words, and the dialog stays open.
    add_through_dialog(qtbot, page, "maria", "operator", PW, PW)
    again = page.users_panel.dialog
    assert again is not None
    qtbot.waitUntil(lambda: again.error.text() != "", timeout=10_000)  # type: ignore[attr-defined]
    assert again.error.text() == "The user name “maria” is taken."  # type: ignore[attr-defined]
    assert again.isVisible()


def test_disable_reset_and_change_role(
    qtbot: QtBot, console: Console, sessions: sessionmaker[Session], admin: Actor
) -> None:
    add_user(sessions, admin, "petro", Role.OPERATOR, "Петро", PW)
    add_user(sessions, admin, "olena", Role.OPERATOR, "Олена", PW)
    page = admin_page(console)
    panel = page.users_panel
    page.refresh()  # added after the page was built
    wait_users(qtbot, page, 3)
    assert not panel.disable_button.isEnabled()  # nothing selected yet

    panel.select("petro")
    qtbot.mouseClick(panel.disable_button, Qt.MouseButton.LeftButton)
    box = panel.confirm
    assert box is not None and box.isVisible() and "petro" in box.text()
    qtbot.mouseClick(box.button(QMessageBox.StandardButton.Cancel), Qt.MouseButton.LeftButton)
    authenticate(sessions, "petro", PW, utcnow())  # still active: cancelled
    qtbot.mouseClick(panel.disable_button, Qt.MouseButton.LeftButton)
    box = panel.confirm
    assert box is not None
    qtbot.mouseClick(box.button(QMessageBox.StandardButton.Yes), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: row_texts(page, "petro")[3].startswith("Disabled"), timeout=10_000)
    with pytest.raises(SignInFailed):
        authenticate(sessions, "petro", PW, utcnow())

    panel.select("olena")
    qtbot.mouseClick(panel.reset_button, Qt.MouseButton.LeftButton)
    dialog = panel.dialog
    assert dialog is not None and "olena" in dialog.windowTitle()
    qtbot.keyClicks(dialog.password, NEW_PW)  # type: ignore[attr-defined]
    qtbot.keyClicks(dialog.repeat, NEW_PW)  # type: ignore[attr-defined]
    with qtbot.waitSignal(dialog.changed, timeout=10_000):  # type: ignore[attr-defined]
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)  # type: ignore[attr-defined]
    with pytest.raises(SignInFailed):
        authenticate(sessions, "olena", PW, utcnow())
    assert authenticate(sessions, "olena", NEW_PW, utcnow()).role is Role.OPERATOR

    wait_users(qtbot, page, 3)
    panel.select("olena")
    qtbot.mouseClick(panel.role_button, Qt.MouseButton.LeftButton)
    dialog = panel.dialog
    assert dialog is not None
    dialog.role.setCurrentIndex(dialog.role.findData("head_admin"))  # type: ignore[attr-defined]
    with qtbot.waitSignal(dialog.changed, timeout=10_000):  # type: ignore[attr-defined]
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: row_texts(page, "olena")[2] == "Head administrator", timeout=10_000)
    assert authenticate(sessions, "olena", NEW_PW, utcnow()).role is Role.HEAD_ADMIN
    kinds = audit_kinds(sessions)
    assert {"user_disabled", "password_reset", "user_role_changed"} <= set(kinds)

    # The last admin cannot lose the role: one line, in words.
    panel.select("root")
    qtbot.mouseClick(panel.role_button, Qt.MouseButton.LeftButton)
    dialog = panel.dialog
    assert dialog is not None
    dialog.role.setCurrentIndex(dialog.role.findData("operator"))  # type: ignore[attr-defined]
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: dialog.error.text() != "", timeout=10_000)  # type: ignore[attr-defined]
    assert "last active administrator" in dialog.error.text()  # type: ignore[attr-defined]
    assert authenticate(sessions, "root", PW, utcnow()).role is Role.ADMIN


def _profiles(sessions: sessionmaker[Session]) -> int:
    with sessions.begin() as s:
        return int(s.scalar(sa.select(sa.func.count()).select_from(CallerProfile)) or 0)


def test_profile_import_reports_bad_rows_then_imports_on_a_pool(
    qtbot: QtBot, console: Console, sessions: sessionmaker[Session], tmp_path: Path
) -> None:
    page = admin_page(console)
    page.tabs.setCurrentWidget(page.import_panel)
    panel = page.import_panel
    panel.hasher_params = FAST_FOR_TESTS
    bad = tmp_path / "profiles-bad.csv"
    bad.write_text(BAD_CSV, encoding="utf-8")
    panel.path.setText(str(bad))
    with qtbot.waitSignal(panel.finished, timeout=30_000):
        qtbot.mouseClick(panel.import_button, Qt.MouseButton.LeftButton)
    assert panel.status.text() == "Problems in the file: 2; nothing was imported."
    rows = [
        [panel.report.item(r, c).text() for c in range(3)]  # type: ignore[union-attr]
        for r in range(panel.report.rowCount())
    ]
    assert rows == [
        ["3", "Surname", "Empty; it is required"],
        ["4", "Phones", "Not a valid phone number"],
    ]
    assert _profiles(sessions) == 0
    report = tmp_path / "report.csv"
    assert panel.save_button.isEnabled()
    panel.save_report(report)
    with report.open(encoding="utf-8-sig", newline="") as f:
        saved = list(csv.reader(f))
    assert saved == [["Row", "Field", "Problem"], *rows]

    good = tmp_path / "profiles.csv"
    good.write_text(GOOD_CSV, encoding="utf-8")
    panel.path.setText(str(good))
    panel.workers = 2  # the process pool, as `kuty profiles import` hashes
    seen: list[str] = []
    panel.progress.valueChanged.connect(lambda _v: seen.append(panel.progress.format()))
    with qtbot.waitSignal(panel.finished, timeout=60_000) as done:
        qtbot.mouseClick(panel.import_button, Qt.MouseButton.LeftButton)
    assert done.args is not None and done.args[0].created == 3, panel.status.text()
    assert panel.status.text().startswith("Imported: 3 new profiles, 0 updated, 3 phone numbers")
    assert panel.report.rowCount() == 0
    assert _profiles(sessions) == 3
    assert any(text.startswith("Saving profiles: ") for text in seen), seen
    assert "profiles_imported" in audit_kinds(sessions)


def test_profile_import_cancel_writes_nothing(
    qtbot: QtBot, console: Console, sessions: sessionmaker[Session], tmp_path: Path
) -> None:
    page = admin_page(console)
    panel = page.import_panel
    panel.hasher_params, panel.workers = FAST_FOR_TESTS, 1
    big = tmp_path / "big.csv"
    lines = ["surname,first_name,patronymic,phones,key_phrase"]
    lines += [f"Прізвище{i},Ім'я,,+38050{i:07d},фраза номер {i}" for i in range(3000)]
    big.write_text("\n".join(lines) + "\n", encoding="utf-8")
    panel.path.setText(str(big))
    with qtbot.waitSignal(panel.finished, timeout=60_000):
        qtbot.mouseClick(panel.import_button, Qt.MouseButton.LeftButton)
        assert panel.cancel_button.isEnabled()
        qtbot.mouseClick(panel.cancel_button, Qt.MouseButton.LeftButton)
    assert panel.status.text() == "Cancelled; nothing was imported."
    assert _profiles(sessions) == 0 and panel.import_button.isEnabled()


def test_policy_and_retention_land_in_settings_toml(
    qtbot: QtBot, console: Console, config_file: Path, settings: Settings, tmp_path: Path
) -> None:
    page = admin_page(console)
    page.tabs.setCurrentIndex(2)
    qtbot.mouseClick(page.settings_links["policy"], Qt.MouseButton.LeftButton)
    dialog = console.window.settings_dialog  # type: ignore[attr-defined]
    qtbot.waitExposed(dialog)
    assert dialog.tabs.currentWidget() is dialog.policy
    combo = dialog.policy.policy
    assert combo.count() == 4 and combo.currentData() == "kuty"
    assert combo.currentText() == "Kuty community: kindergarten-queue support desk"
    combo.setCurrentIndex(combo.findData("kzp"))
    assert "KZP" in combo.toolTip() and "kz-preschool-portal-rules" in combo.toolTip()
    dialog.show_tab("retention")
    retention = dialog.retention
    spin = retention.retention
    assert spin.value() == 1095 and "KUTY-1.1" in spin.toolTip()
    spin.lineEdit().selectAll()
    qtbot.keyClicks(spin.lineEdit(), "400")
    retention.engine.setCurrentIndex(retention.engine.findData("faster-whisper"))
    retention.model_dir.setText(str(tmp_path / "no-such-model"))
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert "does not exist" in retention.error.text()
    assert dialog.isVisible() and not config_file.exists()
    model = tmp_path / "whisper-model"
    model.mkdir()
    retention.model_dir.setText(str(model))
    with qtbot.waitSignal(dialog.saved, timeout=10_000) as saved:
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert saved.args is not None
    assert {"policy", "retention_days", "transcription_engine"} <= set(saved.args[1])
    text = config_file.read_text(encoding="utf-8")
    assert 'policy = "kzp"' in text and "retention_days = 400" in text
    again = load_settings(data_dir=settings.data_dir, config_file=config_file, env={})
    assert (again.policy, again.retention_days) == ("kzp", 400)
    assert again.transcription_model_dir == str(model)


def test_mail_settings_go_to_their_files_and_passwords_to_the_keyring(
    qtbot: QtBot, console: Console, config_file: Path, settings: Settings, tmp_path: Path
) -> None:
    from incidents.config import load_config

    (settings.data_dir / "incidents.toml").write_text(
        'supervisor_emails = ["chief@kuty.example"]\nclosing_phrase = true\n', encoding="utf-8"
    )
    page = admin_page(console)
    page.open_settings("mail")
    dialog = console.window.settings_dialog  # type: ignore[attr-defined]
    qtbot.waitExposed(dialog)
    mail = dialog.mail
    assert dialog.tabs.currentWidget() is mail
    qtbot.keyClicks(mail.imap_host, "127.0.0.1")
    mail.imap_port.setValue(10993)
    qtbot.keyClicks(mail.imap_user, "desk")
    mail.imap_password.setText(CANARY)
    qtbot.keyClicks(mail.smtp_host, "127.0.0.1")
    mail.smtp_port.setValue(10025)
    mail.smtp_tls.setCurrentIndex(mail.smtp_tls.findData("plain"))
    qtbot.keyClicks(mail.smtp_user, "kuty-desk")
    mail.smtp_password.setText(CANARY + "-smtp")
    mail.smtp_sender.setText("no-address")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert mail.error.text() == "The sender must be an e-mail address."
    mail.smtp_sender.setText("desk@kuty.example")
    with qtbot.waitSignal(dialog.saved, timeout=10_000) as saved:
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert saved.args is not None
    changed = saved.args[1]
    assert {"imap_host", "secret:imap:desk@127.0.0.1", "secret:smtp:kuty-desk"} <= set(changed)
    assert "smtp.host" in changed
    again = load_settings(data_dir=settings.data_dir, config_file=config_file, env={})
    assert (again.imap_host, again.imap_port, again.imap_user) == ("127.0.0.1", 10993, "desk")
    config = load_config(settings.data_dir)
    assert (config.smtp.host, config.smtp.port, config.smtp.tls) == ("127.0.0.1", 10025, "plain")
    assert config.smtp.sender == "desk@kuty.example"
    assert config.supervisor_emails == ("chief@kuty.example",) and config.closing_phrase
    assert secrets.get_secret("imap", "desk@127.0.0.1") == CANARY
    assert secrets.get_secret("smtp", "kuty-desk") == CANARY + "-smtp"
    leaked = [
        p
        for p in tmp_path.rglob("*")
        if p.is_file() and p.name != "kuty-keyring.cfg" and CANARY.encode() in p.read_bytes()
    ]
    assert leaked == []
    with console.window.services.sessions.begin() as s:  # type: ignore[union-attr]
        payload = s.scalars(
            sa.select(AuditEvent.payload).where(AuditEvent.kind == "settings_changed")
        ).one()
    assert json.loads(payload)["changed"] == changed and CANARY not in payload


def test_wizard_and_dialog_share_the_settings_defaults(
    qtbot: QtBot,
    console: Console,
    config_file: Path,
    monkeypatch: pytest.MonkeyPatch,
    data_dir: Path,
) -> None:
    """One source of defaults: change them in the Settings dataclass, both show the change."""
    import desk.settings
    from console.first_run import FirstRunWizard
    from console.settings_dialog import SettingsDialog

    @dataclasses.dataclass(frozen=True)
    class Changed(desk.settings.Settings):
        retention_days: int = 400
        policy: str = "eep"
        recordings_reserve_mb: int = 1500
        imap_mailbox: str = "Desk"

    monkeypatch.setattr(desk.settings, "Settings", Changed)
    fresh = load_settings(data_dir=data_dir, config_file=config_file, env={})
    assert isinstance(fresh, Changed)
    services = console.window.services
    assert services is not None
    services.settings = fresh
    wizard = FirstRunWizard(services, console.window)
    dialog = SettingsDialog(services, console.window)
    qtbot.addWidget(wizard)
    qtbot.addWidget(dialog)
    assert wizard.policy.policy.currentData() == dialog.policy.policy.currentData() == "eep"
    assert wizard.recordings.reserve.value() == dialog.recordings.reserve.value() == 1500
    assert dialog.retention.retention.value() == 400
    assert dialog.mail.imap_mailbox.text() == "Desk"
    from console.settings_dialog import RecordingsPage

    assert RecordingsPage("").reserve.value() == 1500  # no second copy of the default


def test_first_run_wizard_asks_for_the_policy(
    qtbot: QtBot, console: Console, config_file: Path
) -> None:
    from console.first_run import maybe_run_first_run

    services = console.window.services
    assert services is not None
    wizard = maybe_run_first_run(console.window, services, None)
    assert wizard is not None
    qtbot.waitExposed(wizard)
    wizard.accounts.registrar.setText("127.0.0.2:5070")
    wizard.accounts.user.setText("seat7")
    titles = [wizard.currentPage().title()]
    for _ in range(4):
        wizard.next()
        titles.append(wizard.currentPage().title())
    assert titles == ["SIP account", "Headset", "Recordings folder", "Database", "Policy"]
    wizard.policy.policy.setCurrentIndex(wizard.policy.policy.findData("csc"))
    with qtbot.waitSignal(wizard.saved, timeout=10_000):
        wizard.button(QWizard.WizardButton.FinishButton).click()
    assert 'policy = "csc"' in config_file.read_text(encoding="utf-8")


def _prompts_during(call: object) -> list[str]:
    """Run `call`; close (and name) any keyring dialog that opens meanwhile."""
    from console.keyring_setup import KeyringSetupDialog

    shown: list[str] = []

    def close_any() -> None:
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, KeyringSetupDialog) and widget.isVisible():
                shown.append(widget.objectName())
                widget.reject()

    timer = QTimer()
    timer.timeout.connect(close_any)
    timer.start(50)
    try:
        call()  # type: ignore[operator]
    finally:
        timer.stop()
    return shown


def test_keyring_setup_is_asked_of_an_admin_once_and_never_of_an_operator(
    qtbot: QtBot, settings: Settings, sessions: sessionmaker[Session], config_file: Path
) -> None:
    from keyring.backends import fail

    from console.keyring_setup import (
        ensure_keyring_at_start,
        keyring_after_sign_in,
        remembered_answer,
    )

    keyring.set_keyring(fail.Keyring())  # a Linux seat without a desktop keyring
    status = ensure_keyring_at_start(settings, interactive=False)
    assert not status.usable
    admin_id = add_user(sessions, None, "root", Role.ADMIN, "Адмін", PW)
    root = Actor("root", Role.ADMIN, admin_id)
    add_user(sessions, root, "olena", Role.OPERATOR, "Олена", PW)
    operator = authenticate(sessions, "olena", PW, utcnow())  # a real sign-in
    assert _prompts_during(lambda: keyring_after_sign_in(settings, operator, status)) == []
    assert remembered_answer(settings) == ""  # the operator answered nothing

    signed_in = authenticate(sessions, "root", PW, utcnow())
    assert _prompts_during(lambda: keyring_after_sign_in(settings, signed_in, status)) == [
        "keyringSetup"
    ]
    assert remembered_answer(settings) == "skipped"
    assert _prompts_during(lambda: keyring_after_sign_in(settings, signed_in, status)) == []


def test_profile_import_with_an_applications_file_names_its_rows(
    qtbot: QtBot, console: Console, sessions: sessionmaker[Session], tmp_path: Path
) -> None:
    """As `kuty profiles import --applications`: a row matching no profile is refused,
    and the report says which file the row is in."""
    page = admin_page(console)
    panel = page.import_panel
    panel.hasher_params, panel.workers = FAST_FOR_TESTS, 1
    profiles = tmp_path / "profiles.csv"
    profiles.write_text(GOOD_CSV, encoding="utf-8")
    apps = tmp_path / "applications.csv"
    apps.write_text(
        "phone,surname,first_name,number,child_first_name,status,created,updated,kindergartens\n"
        "0501234567,Коваленко,Олена,Z-1,Марійка,у черзі,2025-01-10,2025-02-01,Сонечко\n"
        "0991112233,Нікому,,Z-2,Іван,у черзі,2025-01-10,2025-02-01,Казка\n",
        encoding="utf-8",
    )
    panel.path.setText(str(profiles))
    panel.applications.setText(str(tmp_path / "missing.csv"))
    qtbot.mouseClick(panel.import_button, Qt.MouseButton.LeftButton)
    assert (
        panel.status.text() == f"The applications file {tmp_path / 'missing.csv'} does not exist."
    )
    panel.applications.setText(str(apps))
    with qtbot.waitSignal(panel.finished, timeout=30_000):
        qtbot.mouseClick(panel.import_button, Qt.MouseButton.LeftButton)
    cells = [panel.report.item(0, c).text() for c in range(3)]  # type: ignore[union-attr]
    assert panel.report.rowCount() == 1
    assert cells == ["applications.csv, row 3", "Phone", "No profile has this phone and surname"]
    assert _profiles(sessions) == 0


def test_password_storage_opens_from_the_workspace_and_remembers_the_answer(
    qtbot: QtBot, console: Console, settings: Settings
) -> None:
    from console.keyring_setup import remembered_answer

    page = admin_page(console)
    page.tabs.setCurrentIndex(2)
    qtbot.mouseClick(page.keyring_button, Qt.MouseButton.LeftButton)
    dialog = page.keyring_dialog
    qtbot.waitExposed(dialog)
    assert dialog.isVisible() and not dialog.repeat.isVisible()  # the file exists: unlock
    dialog.master.setText("master")
    with qtbot.waitSignal(dialog.finished, timeout=10_000):
        qtbot.mouseClick(dialog.use_file, Qt.MouseButton.LeftButton)
    assert dialog.status.usable and remembered_answer(settings) == "encrypted_file"
