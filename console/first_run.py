"""First-run wizard: account, headset, recordings folder, database, policy — for a fresh install.

Shown to an admin when neither settings.toml nor accounts.toml exists, because a console
with no account only listens locally and the admin may not know the dialog exists. It
uses the settings dialog's pages and the same save path (`apply_settings_change`), so
both write identical files and the same audit event.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget, QWizard, QWizardPage

from console.audio_check import AudioCheck
from console.services import ConsoleServices
from console.settings_dialog import AccountsPage, DatabasePage, RecordingsPage
from console.settings_pages import PolicyPage
from console.tasks import error_text
from desk.roles import Permission, allowed, require
from desk.settings import (
    Settings,
    policy_ui_language,
    settings_file,
    with_changes,
)
from seat.settings_change import SettingsChange, apply_settings_change

log = logging.getLogger(__name__)


def needs_first_run(settings: Settings) -> bool:
    """True for a fresh install: no settings file and no accounts file yet."""
    from seat.sip_accounts import accounts_file

    return not settings_file().exists() and not accounts_file(settings).exists()


class _Page(QWizardPage):
    """A wizard page around one settings page; `check` refuses to go on when invalid."""

    def __init__(
        self, title: str, body: QWidget, check: Callable[[], bool], parent: QWidget
    ) -> None:
        super().__init__(parent)
        self.setTitle(title)
        self._check = check
        layout = QVBoxLayout(self)
        layout.addWidget(body)

    def validatePage(self) -> bool:
        return self._check()


class FirstRunWizard(QWizard):
    """Five pages (account, headset, recordings, database, policy), then one save.

    Every page starts from `services.settings`, as the settings dialog's do: on a fresh
    install those are the `Settings` dataclass defaults, the one source of both.

    Signals:
        saved(object, object): new `Settings` and the changed keys, as SettingsDialog.
    """

    saved = Signal(object, object)

    def __init__(self, services: ConsoleServices, parent: QWidget | None = None) -> None:
        require(services.actor, Permission.MANAGE_SETTINGS)
        super().__init__(parent)
        self.setObjectName("firstRunWizard")
        self.setWindowTitle(self.tr("Kuty console: first setup"))
        # Qt's own Ukrainian for Finish is "Завершити", the hang-up button's word: the
        # wizard says "Готово" (docs/glossary.md, issue 13).
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("&Finish"))
        self.services = services
        settings = services.settings
        self.accounts = AccountsPage([], self)
        self.accounts.add_account()
        self.audio = AudioCheck(settings.audio_device, self)
        self.recordings = RecordingsPage(
            settings.recordings_dir, self, reserve_mb=settings.recordings_reserve_mb
        )
        self.database = DatabasePage(settings.database_url, self)
        self.policy = PolicyPage(settings, self)  # issue 13: the wizard asks for it too
        self.result_label = QLabel(self)
        self.result_label.setObjectName("firstRunMessage")
        self.result_label.setWordWrap(True)
        self.addPage(_Page(self.tr("SIP account"), self.accounts, self.accounts.commit, self))
        self.addPage(_Page(self.tr("Headset"), self.audio, lambda: True, self))
        self.addPage(
            _Page(
                self.tr("Recordings folder"),
                self.recordings,
                lambda: self.recordings.path() is not None,
                self,
            )
        )
        self.addPage(
            _Page(self.tr("Database"), self.database, lambda: self.database.url() is not None, self)
        )
        self.addPage(_Page(self.tr("Policy"), self.policy, lambda: True, self))
        self._saving = False

    def accept(self) -> None:
        """Save on the database worker; close only when the files are written."""
        if self._saving:
            return
        url, folder = self.database.url(), self.recordings.path()
        if url is None or folder is None or not self.accounts.commit():
            return
        self.audio.stop()
        services = self.services
        policy = self.policy.changes()
        language = services.settings.language
        if language == policy_ui_language(services.settings.policy):
            # No language page: a seat that spoke its policy's language speaks the newly
            # chosen policy's (CSC: Russian, KZP/EEP: Kazakh; issue 12).
            language = policy_ui_language(str(policy.get("policy", services.settings.policy)))
        change = SettingsChange(
            settings=with_changes(
                services.settings,
                audio_device=self.audio.device(),
                recordings_dir=folder,
                recordings_reserve_mb=self.recordings.reserve.value(),
                database_url=url,
                language=language,
                **policy,
            ),
            accounts=self.accounts.specs(),
            old_settings=services.settings,
            old_accounts=[],
            sip_passwords=dict(self.accounts.passwords),
            db_password=self.database.password.text(),
        )
        self._saving = True

        def done(changed: list[str]) -> None:
            self._saving = False
            services.settings = change.settings
            self.saved.emit(change.settings, changed)
            super(FirstRunWizard, self).accept()

        def failed(error: BaseException) -> None:  # on the page: the admin fixes it there
            self._saving = False
            self.result_label.setText(self.tr("Not saved: %1").replace("%1", error_text(error)))
            layout = self.currentPage().layout()
            if layout is not None:
                layout.addWidget(self.result_label)

        services.worker.submit(
            lambda: apply_settings_change(change, services.sessions, services.actor),
            label="first-run settings",
        ).success(done).failure(failed)


def maybe_run_first_run(
    window: Any, services: ConsoleServices, restart: Callable[[Settings], bool] | None
) -> FirstRunWizard | None:
    """Open the wizard (non-blocking) for an admin on a fresh install; else do nothing."""
    if not allowed(services.actor, Permission.MANAGE_SETTINGS):
        return None
    if not needs_first_run(services.settings):
        return None
    wizard = FirstRunWizard(services, window)
    if restart is not None:
        wizard.saved.connect(lambda settings, _changed: restart(settings))
    window.first_run_wizard = wizard
    wizard.open()
    return wizard
