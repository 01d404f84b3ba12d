"""The administrator's settings dialog: SIP accounts, audio, recordings, database, language,
e-mail, retention and transcription, the seat's policy (issue 13, console/settings_pages.py).

Only MANAGE_SETTINGS (admins) may open it: the menu is not even shown to others, and the
constructor refuses with `PermissionDenied`, so a panel that tries anyway fails loudly.
Saving writes settings.toml and accounts.toml (never a password: those go to the
keyring), appends one "settings_changed" audit event naming the changed keys, and then
restarts the engine, which reads its device and accounts only at start.

The pages are separate widgets because the first-run wizard (console/first_run.py) shows
the same ones; `seat.settings_change.apply_settings_change` is the one save path both use.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMainWindow,
    QPushButton,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from console.accounts_page import _BAD, AccountsPage, current_accounts
from console.audio_check import AudioCheck
from console.services import ConsoleServices
from console.tasks import error_text
from desk.roles import Permission, require
from desk.settings import (
    UI_LANGUAGES,
    Settings,
    SettingsError,
    check_recordings_folder,
    validated,
    with_changes,
)
from seat.settings_change import SettingsChange, apply_settings_change

LANGUAGE_NAMES = {"uk": "Українська", "en": "English", "ru": "Русский", "kk": "Қазақша"}
"""Each UI language (desk.settings.UI_LANGUAGES) named in itself, never translated (issue 12)."""

log = logging.getLogger(__name__)

RestartEngine = Callable[[Settings], bool]
"""Applies saved settings to the engine; False if it could not restart now (a call)."""


def _default(name: str) -> int:
    """A field's default in the `Settings` dataclass (the wizard and the dialog share it)."""
    import dataclasses

    import desk.settings

    field = next(f for f in dataclasses.fields(desk.settings.Settings) if f.name == name)
    return int(field.default)  # type: ignore[arg-type]


class RecordingsPage(QWidget):
    """Where recordings go; checked for writing, with a warning for network shares."""

    def __init__(
        self, recordings_dir: str, parent: QWidget | None = None, reserve_mb: int | None = None
    ) -> None:
        super().__init__(parent)
        self.folder = QLineEdit(recordings_dir, self)
        self.folder.setObjectName("recordingsFolder")
        self.folder.setPlaceholderText(self.tr("default: the data folder's recordings"))
        self.check_button = QPushButton(self.tr("Check"), self)
        self.check_button.setObjectName("checkRecordings")
        self.result = QLabel(self)
        self.result.setObjectName("recordingsCheck")
        self.result.setWordWrap(True)
        self.reserve = QSpinBox(self)
        self.reserve.setObjectName("recordingsReserve")
        self.reserve.setRange(0, 10_000_000)
        self.reserve.setSingleStep(100)
        self.reserve.setSuffix(self.tr(" MB"))
        if reserve_mb is None:  # one source of defaults: the Settings dataclass
            reserve_mb = _default("recordings_reserve_mb")
        self.reserve.setValue(reserve_mb)
        self.reserve.setAccessibleName(self.tr("Free space kept for recordings"))
        self.reserve.setToolTip(
            self.tr(
                "Every seat warns the operator and supervisors when the recordings folder has "
                "less free space than this, before calls can no longer be recorded (KUTY-1.1). "
                "1000 MB is about 2 hours of calls; 0 turns the warning off."
            )
        )
        form = QFormLayout(self)
        form.addRow(self.tr("Recordings folder"), self.folder)
        form.addRow(self.check_button)
        form.addRow(self.result)
        form.addRow(self.tr("Free space kept for recordings"), self.reserve)
        self.check_button.clicked.connect(self.path)

    def path(self) -> str | None:
        """The folder text if usable (empty = default); None with the reason shown."""
        text = self.folder.text().strip()
        if not text:
            self.result.clear()
            return ""
        check = check_recordings_folder(Path(text))
        if not check.writable:
            self.result.setStyleSheet(_BAD)
            self.result.setText(
                self.tr("Cannot write to this folder: %1").replace("%1", check.error)
            )
            return None
        if check.network_fs:
            self.result.setStyleSheet("color: #b35c00;")
            self.result.setText(
                self.tr(
                    "This folder is on a network share (%1). Recordings are written there "
                    "during calls: if the share is slow or drops, recording fails. Use it "
                    "only on a reliable network."
                ).replace("%1", check.network_fs)
            )
        else:
            self.result.setStyleSheet("")
            self.result.setText(self.tr("The folder is writable."))
        return text


class DatabasePage(QWidget):
    """SQLite (default) or a PostgreSQL URL without password plus a keyring password."""

    def __init__(self, database_url: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.postgres = QCheckBox(self.tr("Shared PostgreSQL database"), self)
        self.postgres.setObjectName("usePostgres")
        self.postgres.setChecked(bool(database_url))
        self.url_edit = QLineEdit(database_url, self)
        self.url_edit.setObjectName("databaseUrl")
        self.url_edit.setPlaceholderText("postgresql+psycopg://kuty@db.example:5432/kuty")
        self.password = QLineEdit(self)
        self.password.setObjectName("databasePassword")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(self.tr("kept in the keyring; empty: unchanged"))
        self.error = QLabel(self)
        self.error.setObjectName("databaseError")
        self.error.setStyleSheet(_BAD)
        self.error.setWordWrap(True)
        form = QFormLayout(self)
        form.addRow(QLabel(self.tr("Default: SQLite file in the data folder (one seat)."), self))
        form.addRow(self.postgres)
        form.addRow(self.tr("Database URL (no password)"), self.url_edit)
        form.addRow(self.tr("Database password"), self.password)
        form.addRow(self.error)
        self.postgres.toggled.connect(self._toggle)
        self._toggle(self.postgres.isChecked())

    def _toggle(self, on: bool) -> None:
        self.url_edit.setEnabled(on)
        self.password.setEnabled(on)

    def url(self) -> str | None:
        """The URL to save ("" = SQLite), or None with the reason shown."""
        from desk.secrets import PasswordInUrl, reject_password_in_url

        if not self.postgres.isChecked():
            self.error.clear()
            return ""
        url = self.url_edit.text().strip()
        try:
            reject_password_in_url(url)
        except PasswordInUrl:
            self.error.setText(
                self.tr(
                    "The database URL contains a password. Remove it from the URL and type "
                    "it in the password field: passwords are kept in the keyring, never in "
                    "settings files."
                )
            )
            return None
        except ValueError:
            url = ""
        if not url.startswith(("postgresql://", "postgresql+psycopg://")):
            self.error.setText(
                self.tr("Enter a PostgreSQL URL such as postgresql+psycopg://user@host/kuty.")
            )
            return None
        self.error.clear()
        return url


class CallsPage(QWidget):
    """How this seat rings and takes calls (issue 11): ringer, ringtone, auto-answer, a
    second call. Fields the settings do not have yet (an older desk/settings.py) are shown
    disabled and never written, so the dialog works on either side of that change."""

    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("callsPage")
        self._settings = settings
        self.ringer_device = QLineEdit(settings.ringer_device, self)
        self.ringer_device.setObjectName("ringerDevice")
        self.ringer_device.setPlaceholderText(self.tr("None (the headset only)"))
        self.ringer_device.setToolTip(
            self.tr(
                "A second sound device that also rings (desk speakers), by name or number; "
                "empty: only the headset rings"
            )
        )
        self.ring_tone = QCheckBox(self.tr("Ringtone in the headset"), self)
        self.ring_tone.setObjectName("ringTone")
        self.ring_tone.setChecked(settings.ring_tone)
        self.auto_answer = QCheckBox(self.tr("Answer calls automatically (a short tone)"), self)
        self.auto_answer.setObjectName("autoAnswer")
        self.auto_answer.setChecked(bool(settings.auto_answer))
        self.auto_answer.setToolTip(
            self.tr("For headset work: a call is answered at once after a short zip tone")
        )
        self.second_call = QComboBox(self)
        self.second_call.setObjectName("secondCall")
        self.second_call.addItem(self.tr("Show it as call waiting"), "call_waiting")
        self.second_call.addItem(self.tr("Busy for the caller"), "busy")
        current = settings.second_call
        self.second_call.setCurrentIndex(max(0, self.second_call.findData(current)))
        form = QFormLayout(self)
        form.addRow(self.tr("Second ringer device"), self.ringer_device)
        form.addRow(self.ring_tone)
        form.addRow(self.auto_answer)
        form.addRow(self.tr("A call while you talk"), self.second_call)
        for name, widget in (
            ("ringer_device", self.ringer_device),
            ("ring_tone", self.ring_tone),
            ("second_call", self.second_call),
        ):
            if not hasattr(settings, name):
                widget.setEnabled(False)
                widget.setToolTip(self.tr("Needs a newer phone engine"))

    def changes(self) -> dict[str, object] | None:
        """The edited values the settings have, or None with the problem shown."""
        device = self.ringer_device.text().strip()
        if len(device) > 200 or any(ord(c) < 32 for c in device):
            self.ringer_device.setStyleSheet(_BAD)
            self.ringer_device.setToolTip(self.tr("A device name or number, one short line"))
            return None
        values: dict[str, object] = {
            "auto_answer": self.auto_answer.isChecked(),
            "ringer_device": device,
            "ring_tone": self.ring_tone.isChecked(),
            "second_call": str(self.second_call.currentData()),
        }
        return {k: v for k, v in values.items() if hasattr(self._settings, k)}


class SettingsDialog(QDialog):
    """Tabs for every deployment setting; Save applies them all or nothing visible.

    Signals:
        saved(object, object): the new `Settings` and the list of changed keys, after the
            files were written and the change audited.
    """

    saved = Signal(object, object)

    def __init__(self, services: ConsoleServices, parent: QWidget | None = None) -> None:
        require(services.actor, Permission.MANAGE_SETTINGS)
        super().__init__(parent)
        self.setObjectName("settingsDialog")
        self.setWindowTitle(self.tr("Settings"))
        self.services = services
        settings = services.settings
        self._old_accounts = current_accounts(settings)
        self.accounts = AccountsPage(self._old_accounts, self)
        self.audio = AudioCheck(settings.audio_device, self)
        self.recordings = RecordingsPage(
            settings.recordings_dir, self, reserve_mb=settings.recordings_reserve_mb
        )
        self.database = DatabasePage(settings.database_url, self)
        self.calls = CallsPage(settings, self)
        self.language = QComboBox(self)
        self.language.setObjectName("language")
        for code in UI_LANGUAGES:  # each in its own language: found by who cannot read ours
            self.language.addItem(LANGUAGE_NAMES[code], code)
        self.language.setCurrentIndex(max(0, self.language.findData(settings.language)))
        language_page = QWidget(self)
        language_form = QFormLayout(language_page)
        language_form.addRow(self.tr("Language (after a console restart)"), self.language)
        self.tabs = QTabWidget(self)
        self.tabs.addTab(self.accounts, self.tr("SIP accounts"))
        self.tabs.addTab(self.audio, self.tr("Audio"))
        self.tabs.addTab(self.calls, self.tr("Calls"))
        self.tabs.addTab(self.recordings, self.tr("Recordings"))
        self.tabs.addTab(self.database, self.tr("Database"))
        self.tabs.addTab(language_page, self.tr("Language"))
        # Issue 13: the rest of what an admin sets up (console/settings_pages.py).
        from console.settings_pages import MailPage, PolicyPage, RetentionPage

        self.mail = MailPage(settings, self._smtp_now(), self)
        self.retention = RetentionPage(settings, self)
        self.policy = PolicyPage(settings, self)
        self.tabs.addTab(self.mail, self.tr("E-mail"))
        self.tabs.addTab(self.retention, self.tr("Retention and transcription"))
        self.tabs.addTab(self.policy, self.tr("Policy"))
        self.tab_keys: dict[str, QWidget] = {
            "sip": self.accounts,
            "mail": self.mail,
            "retention": self.retention,
            "policy": self.policy,
        }
        self.restart_engine = QCheckBox(self.tr("Restart the phone engine to apply"), self)
        self.restart_engine.setObjectName("restartEngine")
        self.restart_engine.setChecked(True)
        self.message = QLabel(self)
        self.message.setObjectName("settingsMessage")
        self.message.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setObjectName("saveSettings")
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.restart_engine)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.resize(1040, 640)

    def _smtp_now(self) -> object:
        """incidents.toml's [smtp] as it is; defaults when the file is unreadable (the
        admin fixes it here, and saving rewrites only a file that parses)."""
        from incidents.config import IncidentsConfigError, SmtpConfig, load_config

        try:
            return load_config(self.services.settings.data_dir).smtp
        except IncidentsConfigError as exc:
            log.warning("incidents.toml not read for the e-mail page: %s", exc)
            return SmtpConfig()

    def show_tab(self, key: str) -> None:
        """Open at a page by key ("sip", "mail", "retention", "policy"); the admin page's links."""
        page = self.tab_keys.get(key)
        if page is not None:
            self.tabs.setCurrentWidget(page)

    def draft(self) -> SettingsChange | None:
        """The settings as edited, or None with the problem shown on its tab."""
        if not self.accounts.commit():
            self.tabs.setCurrentWidget(self.accounts)
            return None
        url = self.database.url()
        if url is None:
            self.tabs.setCurrentWidget(self.database)
            return None
        recordings = self.recordings.path()
        if recordings is None:
            self.tabs.setCurrentWidget(self.recordings)
            return None
        calls = self.calls.changes()
        if calls is None:
            self.tabs.setCurrentWidget(self.calls)
            return None
        mail = self.mail.changes()
        if mail is None:
            self.tabs.setCurrentWidget(self.mail)
            return None
        retention = self.retention.changes()
        if retention is None:
            self.tabs.setCurrentWidget(self.retention)
            return None
        settings = with_changes(
            self.services.settings,
            **calls,
            **mail,
            **retention,
            **self.policy.changes(),
            audio_device=self.audio.device(),
            recordings_dir=recordings,
            recordings_reserve_mb=self.recordings.reserve.value(),
            database_url=url,
            language=str(self.language.currentData()),
        )
        return SettingsChange(
            settings=settings,
            accounts=self.accounts.specs(),
            old_settings=self.services.settings,
            old_accounts=self._old_accounts,
            sip_passwords=dict(self.accounts.passwords),
            db_password=self.database.password.text(),
            secrets=self.mail.passwords(),
            smtp=self.mail.smtp(),
            old_smtp=self.mail._smtp,
        )

    def save(self) -> None:
        """Validate, then write and audit on the database worker; close when done."""
        draft = self.draft()
        if draft is None:
            return
        try:  # what a start would refuse, refused here (desk.settings.load_settings)
            validated(draft.settings)
        except SettingsError as error:
            self._not_saved(error)
            return
        self.save_button.setEnabled(False)
        self.message.setStyleSheet("")
        self.message.setText(self.tr("Saving…"))
        services = self.services

        services.worker.submit(
            lambda: apply_settings_change(draft, services.sessions, services.actor),
            label="save settings",
        ).success(lambda changed: self._saved(draft, changed)).failure(self._not_saved)

    def _not_saved(self, error: BaseException) -> None:
        """In the dialog, which stays open: nothing half-saved stays hidden."""
        self.save_button.setEnabled(True)
        self.message.setStyleSheet(_BAD)
        self.message.setText(self.tr("Not saved: %1").replace("%1", error_text(error)))

    def _saved(self, draft: SettingsChange, result: list[str]) -> None:
        self.save_button.setEnabled(True)
        self.audio.stop()
        self.services.settings = draft.settings
        self.saved.emit(draft.settings, result)
        self.accept()


def install_settings_menu(
    window: QMainWindow, services: ConsoleServices, restart: RestartEngine | None = None
) -> QAction | None:
    """Add Settings → "Settings…" for admins; nothing for anyone else."""
    from desk.roles import allowed

    if not allowed(services.actor, Permission.MANAGE_SETTINGS):
        return None
    menu = window.menuBar().addMenu(QCoreApplication.translate("SettingsDialog", "&Settings"))
    action = QAction(QCoreApplication.translate("SettingsDialog", "Settings…"), window)
    action.setObjectName("settingsAction")

    def open_dialog() -> None:
        dialog = SettingsDialog(services, window)

        def after_save(settings: Settings, changed: list[str]) -> None:
            text = QCoreApplication.translate("SettingsDialog", "Settings saved.")
            wanted = changed and restart is not None and dialog.restart_engine.isChecked()
            if wanted and restart is not None and not restart(settings):
                text = QCoreApplication.translate(
                    "SettingsDialog",
                    "Settings saved. They apply when the phone engine restarts "
                    "(not during a call).",
                )
            window.statusBar().showMessage(text, 15000)

        dialog.saved.connect(after_save)
        window.settings_dialog = dialog  # type: ignore[attr-defined]  # tests reach it
        dialog.open()

    action.triggered.connect(open_dialog)
    menu.addAction(action)
    return action
