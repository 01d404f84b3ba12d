"""Settings pages an admin needs (issue 13): e-mail, retention and transcription, the policy.

They live in the settings dialog (one home per setting; the administration workspace links
here) and the first-run wizard shows the policy page too. Each page starts from a
`Settings` instance, so the wizard and the dialog show the same defaults: those of the
`Settings` dataclass, never a second copy here. Each `changes()` returns the edited
fields, or None with the problem shown in the admin's language; the dialog then checks
the whole draft with `desk.settings.validated` (save to a scratch file, read it back with
`load_settings`), so what the dialog accepts is what the next start accepts.

Passwords typed here (IMAP, SMTP) go to the keyring under the existing names
(`desk.secrets`: "imap:<user>@<host>", "smtp:<user>"), never to a file.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desk.settings import Settings

_BAD = "color: #c00000; font-weight: bold;"


def policy_title(name: str) -> str:
    """A shipped policy in words, in the console's language (its file's title is in the
    regulation's own language, which may be neither of the console's)."""
    titles = {
        "kuty": QCoreApplication.translate(
            "SettingsPages", "Kuty community: kindergarten-queue support desk"
        ),
        "kzp": QCoreApplication.translate(
            "SettingsPages", "Preschool-queue portal support (Kazakhstan), chat only"
        ),
        "eep": QCoreApplication.translate("SettingsPages", "Eurasian Electronic Portal support"),
        "csc": QCoreApplication.translate(
            "SettingsPages", "Control System Center support, written channels only"
        ),
    }
    return titles.get(name, name)


def _folder_row(parent: QWidget, edit: QLineEdit, button: QPushButton) -> QWidget:
    row = QWidget(parent)
    layout = QHBoxLayout(row)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(edit, 1)
    layout.addWidget(button)
    return row


def _password(parent: QWidget, name: str, stored: bool) -> QLineEdit:
    edit = QLineEdit(parent)
    edit.setObjectName(name)
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    edit.setPlaceholderText(
        QCoreApplication.translate("SettingsPages", "stored in the keyring; empty: unchanged")
        if stored
        else QCoreApplication.translate("SettingsPages", "kept in the keyring")
    )
    return edit


def _stored(kind: str, name: str) -> bool:
    from desk import secrets

    if not name:
        return False
    try:
        return secrets.get_secret(kind, name) is not None
    except (secrets.SecretsUnavailable, ValueError):
        return False


class MailPage(QWidget):
    """The desk mailbox (IMAP, settings.toml) and outgoing mail (SMTP, incidents.toml)."""

    def __init__(self, settings: Settings, smtp: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("mailPage")
        self._smtp = smtp
        imap = QGroupBox(self.tr("Desk mailbox (incoming, IMAP)"), self)
        self.imap_host = QLineEdit(settings.imap_host, imap)
        self.imap_host.setObjectName("imapHost")
        self.imap_host.setPlaceholderText(self.tr("empty: none"))
        self.imap_port = QSpinBox(imap)
        self.imap_port.setObjectName("imapPort")
        self.imap_port.setRange(0, 65535)
        self.imap_port.setSpecialValueText(self.tr("standard (993 or 143)"))
        self.imap_port.setValue(settings.imap_port)
        self.imap_security = QComboBox(imap)
        self.imap_security.setObjectName("imapSecurity")
        self.imap_security.addItem(self.tr("TLS from the start (IMAPS)"), "imaps")
        self.imap_security.addItem(self.tr("STARTTLS"), "starttls")
        self.imap_security.setCurrentIndex(
            max(0, self.imap_security.findData(settings.imap_security))
        )
        self.imap_user = QLineEdit(settings.imap_user, imap)
        self.imap_user.setObjectName("imapUser")
        self.imap_mailbox = QLineEdit(settings.imap_mailbox, imap)
        self.imap_mailbox.setObjectName("imapMailbox")
        self.imap_ca = QLineEdit(settings.imap_ca_file, imap)
        self.imap_ca.setObjectName("imapCaFile")
        self.imap_ca.setPlaceholderText(self.tr("empty: the system's"))
        ca_button = QPushButton(self.tr("Choose…"), imap)
        ca_button.clicked.connect(lambda: self._choose_file(self.imap_ca))
        self.imap_password = _password(
            imap, "imapPassword", _stored("imap", self._imap_secret_name())
        )
        self.attachment_mb = QSpinBox(imap)
        self.attachment_mb.setObjectName("mailAttachmentMaxMb")
        self.attachment_mb.setRange(1, 2048)
        self.attachment_mb.setSuffix(self.tr(" MB"))
        self.attachment_mb.setValue(settings.mail_attachment_max_mb)
        self.message_mb = QSpinBox(imap)
        self.message_mb.setObjectName("mailMessageMaxMb")
        self.message_mb.setRange(1, 2048)
        self.message_mb.setSuffix(self.tr(" MB"))
        self.message_mb.setValue(settings.mail_message_max_mb)
        form = QFormLayout(imap)
        form.addRow(self.tr("Server"), self.imap_host)
        form.addRow(self.tr("Port"), self.imap_port)
        form.addRow(self.tr("Security"), self.imap_security)
        form.addRow(self.tr("User"), self.imap_user)
        form.addRow(self.tr("Password"), self.imap_password)
        form.addRow(self.tr("Mailbox"), self.imap_mailbox)
        form.addRow(self.tr("CA certificate file"), _folder_row(imap, self.imap_ca, ca_button))
        form.addRow(self.tr("Attachments up to"), self.attachment_mb)
        form.addRow(self.tr("Messages up to"), self.message_mb)

        out = QGroupBox(self.tr("Outgoing mail (replies and notifications, SMTP)"), self)
        self.smtp_host = QLineEdit(smtp.host, out)
        self.smtp_host.setObjectName("smtpHost")
        self.smtp_host.setPlaceholderText(self.tr("empty: none"))
        self.smtp_port = QSpinBox(out)
        self.smtp_port.setObjectName("smtpPort")
        self.smtp_port.setRange(1, 65535)
        self.smtp_port.setValue(smtp.port)
        self.smtp_tls = QComboBox(out)
        self.smtp_tls.setObjectName("smtpTls")
        self.smtp_tls.addItem(self.tr("STARTTLS (port 587)"), "starttls")
        self.smtp_tls.addItem(self.tr("TLS from the start (port 465)"), "tls")
        self.smtp_tls.addItem(self.tr("No encryption (this computer only)"), "plain")
        self.smtp_tls.setCurrentIndex(max(0, self.smtp_tls.findData(smtp.tls)))
        self.smtp_user = QLineEdit(smtp.username, out)
        self.smtp_user.setObjectName("smtpUser")
        self.smtp_user.setPlaceholderText(self.tr("empty: no sign-in"))
        self.smtp_password = _password(out, "smtpPassword", _stored("smtp", smtp.username))
        self.smtp_sender = QLineEdit(smtp.sender, out)
        self.smtp_sender.setObjectName("smtpSender")
        self.smtp_ca = QLineEdit(smtp.ca_file, out)
        self.smtp_ca.setObjectName("smtpCaFile")
        self.smtp_ca.setPlaceholderText(self.tr("empty: the system's"))
        smtp_ca_button = QPushButton(self.tr("Choose…"), out)
        smtp_ca_button.clicked.connect(lambda: self._choose_file(self.smtp_ca))
        form = QFormLayout(out)
        form.addRow(self.tr("Server"), self.smtp_host)
        form.addRow(self.tr("Port"), self.smtp_port)
        form.addRow(self.tr("Security"), self.smtp_tls)
        form.addRow(self.tr("User"), self.smtp_user)
        form.addRow(self.tr("Password"), self.smtp_password)
        form.addRow(self.tr("Sender address"), self.smtp_sender)
        form.addRow(self.tr("CA certificate file"), _folder_row(out, self.smtp_ca, smtp_ca_button))
        self.error = QLabel(self)
        self.error.setObjectName("mailError")
        self.error.setStyleSheet(_BAD)
        self.error.setWordWrap(True)
        imap.setToolTip(
            self.tr("E-mails to the desk (written contacts) are fetched from this mailbox")
        )
        self.smtp_host.setToolTip(self.tr("Empty: notifications only in the console"))
        self.imap_host.setToolTip(self.tr("Empty: no desk mailbox"))
        columns = QHBoxLayout()
        columns.addWidget(imap, 1)
        columns.addWidget(out, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(columns)
        layout.addWidget(self.error)
        layout.addStretch(1)

    def _choose_file(self, edit: QLineEdit) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("CA certificate file"), edit.text(), self.tr("PEM (*.pem *.crt)")
        )
        if name:
            edit.setText(name)

    def _imap_secret_name(self) -> str:
        user, host = self.imap_user.text().strip(), self.imap_host.text().strip()
        return f"{user}@{host}" if user and host else ""

    def _fail(self, text: str) -> None:
        self.error.setText(text)

    def changes(self) -> dict[str, object] | None:
        """The IMAP settings.toml fields, or None with the problem shown."""
        for edit in (self.imap_ca, self.smtp_ca):
            path = edit.text().strip()
            if path and not Path(path).expanduser().is_file():
                self._fail(
                    self.tr("The CA certificate file %1 does not exist.").replace("%1", path)
                )
                return None
        if self.attachment_mb.value() > self.message_mb.value():
            self._fail(self.tr("The largest attachment cannot be larger than the largest message."))
            return None
        host, user = self.imap_host.text().strip(), self.imap_user.text().strip()
        if host and not user:
            self._fail(self.tr("The desk mailbox needs a user."))
            return None
        if self.imap_password.text() and not (host and user):
            self._fail(self.tr("A mailbox password needs the server and the user."))
            return None
        if self.smtp_password.text() and not self.smtp_user.text().strip():
            self._fail(self.tr("An outgoing-mail password needs the user."))
            return None
        sender = self.smtp_sender.text().strip()
        if self.smtp_host.text().strip() and "@" not in sender:
            self._fail(self.tr("The sender must be an e-mail address."))
            return None
        self.error.clear()
        return {
            "imap_host": host,
            "imap_port": self.imap_port.value(),
            "imap_security": str(self.imap_security.currentData()),
            "imap_user": user,
            "imap_mailbox": self.imap_mailbox.text().strip() or "INBOX",
            "imap_ca_file": self.imap_ca.text().strip(),
            "mail_attachment_max_mb": self.attachment_mb.value(),
            "mail_message_max_mb": self.message_mb.value(),
        }

    def smtp(self) -> Any:
        """The [smtp] table as edited (incidents.config.SmtpConfig)."""
        import dataclasses

        return dataclasses.replace(
            self._smtp,
            host=self.smtp_host.text().strip(),
            port=self.smtp_port.value(),
            tls=str(self.smtp_tls.currentData()),
            username=self.smtp_user.text().strip(),
            sender=self.smtp_sender.text().strip() or self._smtp.sender,
            ca_file=self.smtp_ca.text().strip(),
        )

    def passwords(self) -> dict[tuple[str, str], str]:
        """Typed passwords by keyring (kind, name); only what was typed."""
        found: dict[tuple[str, str], str] = {}
        if self.imap_password.text() and self._imap_secret_name():
            found[("imap", self._imap_secret_name())] = self.imap_password.text()
        if self.smtp_password.text() and self.smtp_user.text().strip():
            found[("smtp", self.smtp_user.text().strip())] = self.smtp_password.text()
        return found


class RetentionPage(QWidget):
    """How long recordings are kept, and which engine transcribes them."""

    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("retentionPage")
        self.retention = QSpinBox(self)
        self.retention.setObjectName("retentionDays")
        self.retention.setRange(0, 36_500)
        self.retention.setSingleStep(30)
        self.retention.setSuffix(self.tr(" days"))
        self.retention.setSpecialValueText(self.tr("keep all"))
        self.retention.setValue(settings.retention_days)
        self.retention.setAccessibleName(self.tr("Keep recordings for"))
        self.retention.setToolTip(
            self.tr(
                "Recordings older than this are deleted by the nightly run; held, requested "
                "and complaint recordings stay (KUTY-1.1, KUTY-1.3). 0 keeps all."
            )
        )
        self.engine = QComboBox(self)
        self.engine.setObjectName("transcriptionEngine")
        self.engine.addItem(self.tr("PocketSphinx (English, shipped)"), "pocketsphinx")
        self.engine.addItem(self.tr("faster-whisper (Ukrainian, a model folder)"), "faster-whisper")
        self.engine.setCurrentIndex(max(0, self.engine.findData(settings.transcription_engine)))
        self.model_dir = QLineEdit(settings.transcription_model_dir, self)
        self.model_dir.setObjectName("transcriptionModelDir")
        self.model_dir.setPlaceholderText(self.tr("the faster-whisper model folder"))
        self.model_button = QPushButton(self.tr("Choose…"), self)
        self.model_button.setObjectName("chooseModelDir")
        self.model_button.clicked.connect(self.choose_folder)
        self.error = QLabel(self)
        self.error.setObjectName("retentionError")
        self.error.setStyleSheet(_BAD)
        self.error.setWordWrap(True)
        form = QFormLayout(self)
        form.addRow(self.tr("Keep recordings for"), self.retention)
        form.addRow(self.tr("Transcription engine"), self.engine)
        form.addRow(self.tr("Model folder"), _folder_row(self, self.model_dir, self.model_button))
        form.addRow(self.error)
        self.engine.currentIndexChanged.connect(self._toggle)
        self._toggle()

    def _toggle(self) -> None:
        on = self.engine.currentData() == "faster-whisper"
        self.model_dir.setEnabled(on)
        self.model_button.setEnabled(on)

    def choose_folder(self) -> None:
        name = QFileDialog.getExistingDirectory(
            self, self.tr("Model folder"), self.model_dir.text()
        )
        if name:
            self.model_dir.setText(name)

    def changes(self) -> dict[str, object] | None:
        engine = str(self.engine.currentData())
        folder = self.model_dir.text().strip()
        if engine == "faster-whisper":
            if not folder:
                self.error.setText(self.tr("faster-whisper needs its model folder."))
                return None
            if not Path(folder).expanduser().is_dir():
                self.error.setText(self.tr("The folder %1 does not exist.").replace("%1", folder))
                return None
        self.error.clear()
        return {
            "retention_days": self.retention.value(),
            "transcription_engine": engine,
            "transcription_model_dir": folder,
        }


class PolicyPage(QWidget):
    """The seat's regulation (issue 12): one of `desk.policy.available_policies()`."""

    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("policyPage")
        from desk.policy import PolicyError, available_policies, load_policy

        self.policy = QComboBox(self)
        self.policy.setObjectName("seatPolicy")
        self.policy.setAccessibleName(self.tr("Policy of this seat"))
        for index, name in enumerate(available_policies()):
            self.policy.addItem(policy_title(name), name)
            try:
                loaded = load_policy(name)
                tip = self.tr("Regulation %1 (rule ids %1-…), from %2").replace(
                    "%1", loaded.regulation
                )
                tip = tip.replace("%2", loaded.source)
            except PolicyError:
                tip = self.tr("This policy file cannot be read")
            self.policy.setItemData(index, tip, Qt.ItemDataRole.ToolTipRole)
        self.policy.setCurrentIndex(max(0, self.policy.findData(settings.policy)))
        self.policy.currentIndexChanged.connect(self._tooltip)
        self.note = QLabel(
            self.tr(
                "What the operator may do and say, the channels, hours and deadlines follow "
                "the regulation chosen here. It applies after a console restart."
            ),
            self,
        )
        self.note.setWordWrap(True)
        form = QFormLayout(self)
        form.addRow(self.tr("Policy of this seat"), self.policy)
        form.addRow(self.note)
        self._tooltip()

    def _tooltip(self) -> None:
        self.policy.setToolTip(str(self.policy.currentData(Qt.ItemDataRole.ToolTipRole) or ""))

    def changes(self) -> dict[str, object]:
        return {"policy": str(self.policy.currentData())}
