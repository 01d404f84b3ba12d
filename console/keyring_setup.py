"""At start: make sure passwords have a safe home, or explain how to give them one.

On Linux without a desktop keyring (a kiosk seat, a minimal window manager), `keyring`
would fall back to a plain-text file or a terminal prompt; desk.secrets refuses both.
This dialog tells the operator how to get a real keyring, and offers keyrings.alt's
encrypted file in the data folder, unlocked by a master password typed here.

For automation (scripted or headless starts) `KUTY_KEYRING_FILE`/`KUTY_KEYRING_MASTER`
select the encrypted file without a dialog (see seat/accounts_cli.py).

Who is asked (issue 13): only an admin (MANAGE_SETTINGS), after sign-in, and only once:
the answer is remembered in `<data_dir>/keyring-setup.toml`, so an operator never sees
the dialog and an admin is not asked at every start. The administration workspace opens
it again on demand ("Password storage…").
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desk import secrets
from desk.roles import Actor, Permission, allowed
from desk.settings import Settings, toml_value, write_private_text

log = logging.getLogger(__name__)


ANSWER_FILE = "keyring-setup.toml"
"""Remembers the admin's answer to the start-up question (never a password)."""


def encrypted_file_path(settings: Settings) -> Path:
    return settings.data_dir / secrets.ENCRYPTED_FILE_NAME


def remembered_answer(settings: Settings) -> str:
    """ "encrypted_file" or "skipped" once an admin answered the start-up question, else ""."""
    import tomllib

    path = settings.data_dir / ANSWER_FILE
    try:
        answer = tomllib.loads(path.read_text(encoding="utf-8")).get("answer", "")
    except (OSError, ValueError):
        return ""
    return answer if answer in {"encrypted_file", "skipped"} else ""


def remember_answer(settings: Settings, answer: str) -> None:
    write_private_text(
        settings.data_dir / ANSWER_FILE,
        "# The keyring set-up was answered at a console start (console/keyring_setup.py).\n"
        f"answer = {toml_value(answer)}\n",
    )


def should_ask(settings: Settings, actor: Actor, status: secrets.KeyringStatus) -> bool:
    """Only an admin, only without a usable keyring, only when not answered before."""
    return (
        not status.usable
        and allowed(actor, Permission.MANAGE_SETTINGS)
        and not remembered_answer(settings)
    )


def explanation(status: secrets.KeyringStatus, language: str) -> str:
    """The operator's text: desk.secrets' Ukrainian message, or its English explanation."""
    if language == "uk":
        return secrets.status_text(status)
    return status.explanation


class KeyringSetupDialog(QDialog):
    """Explains the missing keyring and unlocks (or creates) the encrypted file.

    `status` holds the outcome: usable after a correct master password; unchanged (not
    usable) when the operator continues without stored passwords.
    """

    def __init__(
        self,
        settings: Settings,
        status: secrets.KeyringStatus,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("keyringSetup")
        self.setWindowTitle(self.tr("Password storage"))
        self.status = status
        self.path = encrypted_file_path(settings)
        exists = self.path.is_file()
        text = QLabel(explanation(status, settings.language), self)
        text.setObjectName("keyringExplanation")
        text.setWordWrap(True)
        self.master = QLineEdit(self)
        self.master.setObjectName("masterPassword")
        self.master.setEchoMode(QLineEdit.EchoMode.Password)
        self.repeat = QLineEdit(self)
        self.repeat.setObjectName("masterRepeat")
        self.repeat.setEchoMode(QLineEdit.EchoMode.Password)
        self.error = QLabel(self)
        self.error.setObjectName("keyringError")
        self.error.setStyleSheet("color: #c00000; font-weight: bold;")
        self.error.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Master password"), self.master)
        if not exists:  # a new file: a typo would lock the passwords away
            form.addRow(self.tr("Repeat"), self.repeat)
        else:
            self.repeat.hide()
        self.use_file = QPushButton(
            self.tr("Unlock the encrypted password file")
            if exists
            else self.tr("Create an encrypted password file"),
            self,
        )
        self.use_file.setObjectName("useEncryptedFile")
        self.use_file.setDefault(True)
        buttons = QDialogButtonBox(self)
        buttons.addButton(self.use_file, QDialogButtonBox.ButtonRole.ActionRole)
        skip = buttons.addButton(
            self.tr("Continue without saved passwords"), QDialogButtonBox.ButtonRole.RejectRole
        )
        skip.setObjectName("skipKeyring")
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addWidget(QLabel(self.tr("File: %1").replace("%1", str(self.path)), self))
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.use_file.clicked.connect(self.unlock)
        buttons.rejected.connect(self.reject)

    def unlock(self) -> None:
        """Open the file with the typed master password; a wrong one is said so plainly."""
        master = self.master.text()
        if self.repeat.isVisible() and master != self.repeat.text():
            self.error.setText(self.tr("The two passwords differ."))
            return
        try:
            self.status = secrets.use_encrypted_file_backend(self.path, master)
        except secrets.SecretsUnavailable as exc:
            log.warning("encrypted keyring not opened: %s", exc)
            if exc.message_id == secrets.MSG_WRONG_MASTER and master.strip():
                self.error.setText(
                    self.tr("Wrong master password for the encrypted password file.")
                )
            else:
                self.error.setText(self.tr("Type a master password."))
            self.master.selectAll()
            self.master.setFocus()
            return
        self.accept()


def ensure_keyring_at_start(
    settings: Settings, parent: QWidget | None = None, *, interactive: bool = True
) -> Any:
    """Return a `KeyringStatus`, asking the operator only when no keyring is usable.

    `interactive=False` (headless starts) never shows a dialog: a dialog nobody can see
    would hang the start; the status then says why passwords are unavailable.
    """
    from seat.accounts_cli import configure_keyring_from_env

    try:
        status = configure_keyring_from_env()
    except secrets.SecretsUnavailable as exc:
        log.error("KUTY_KEYRING_FILE could not be opened: %s", exc)
        status = None
    if status is not None:
        return status
    status = secrets.ensure_usable_keyring()
    if status.usable or not interactive:
        return status
    dialog = KeyringSetupDialog(settings, status, parent)
    dialog.exec()
    return dialog.status


def keyring_after_sign_in(
    settings: Settings,
    actor: Actor,
    status: Any,
    parent: QWidget | None = None,
    *,
    interactive: bool = True,
) -> Any:
    """Ask an admin once (see the module docstring); everyone else keeps `status`.

    `status` is what `ensure_keyring_at_start(..., interactive=False)` found before the
    sign-in (the database may need its password before anyone is known).
    """
    if status is None or not interactive or not should_ask(settings, actor, status):
        return status
    dialog = KeyringSetupDialog(settings, status, parent)
    dialog.exec()
    remember_answer(settings, "encrypted_file" if dialog.status.usable else "skipped")
    return dialog.status


def open_keyring_setup(settings: Settings, parent: QWidget) -> KeyringSetupDialog:
    """The set-up on demand (administration workspace), non-blocking."""
    status = secrets.ensure_usable_keyring()
    dialog = KeyringSetupDialog(settings, status, parent)

    def finished(_result: int) -> None:
        remember_answer(settings, "encrypted_file" if dialog.status.usable else "skipped")

    dialog.finished.connect(finished)
    dialog.open()
    return dialog
