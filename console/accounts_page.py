"""The SIP accounts page of the settings dialog and the first-run wizard (issue 6).

Passwords typed here stay in memory until saving, when they go to the keyring; the
form never shows a stored password, only whether one exists. STUN servers and ICE are
per account here, though pjsua keeps one STUN list per endpoint: the engine uses the
union (telephony/registrations.py).

What the admin reads is in their language (issue 13): transports and SRTP modes are combo
entries with the stored value as item data (never "udp" or "disabled" on screen), and an
`AccountError` (English, for logs and the CLI) is shown through `account_error_text`'s
table, never raw inside Ukrainian text.
"""

from __future__ import annotations

import logging
import re
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desk.settings import Settings
from telephony.accounts import MAX_STUN_SERVERS, AccountError, AccountSpec, SrtpUse, Transport

log = logging.getLogger(__name__)

_BAD = "color: #c00000; font-weight: bold;"


def transport_text(value: Transport) -> str:
    texts = {
        Transport.UDP: QCoreApplication.translate("AccountsPage", "UDP"),
        Transport.TCP: QCoreApplication.translate("AccountsPage", "TCP"),
        Transport.TLS: QCoreApplication.translate("AccountsPage", "TLS (encrypted)"),
    }
    return texts[value]


def srtp_text(value: SrtpUse) -> str:
    texts = {
        SrtpUse.DISABLED: QCoreApplication.translate("AccountsPage", "Off"),
        SrtpUse.OPTIONAL: QCoreApplication.translate(
            "AccountsPage", "When the other side offers it"
        ),
        SrtpUse.MANDATORY: QCoreApplication.translate("AccountsPage", "Required"),
    }
    return texts[value]


def account_error_text(message: str) -> str:
    """An `AccountError`'s English message (telephony.accounts) in the user's language;
    the value it quotes (a bad host, say) is kept, so the admin sees what to fix."""
    table: list[tuple[str, str]] = [
        (r"^account_id must be", QCoreApplication.translate(
            "AccountsPage", "the account name must be 1 to 32 Latin letters, digits, - or _")),
        (r"^registrar must be host", QCoreApplication.translate(
            "AccountsPage", "the registrar must be a host or host:port, not %1")),
        (r"^proxy must be host", QCoreApplication.translate(
            "AccountsPage", "the outbound proxy must be a host or host:port, not %1")),
        (r"^domain must be host", QCoreApplication.translate(
            "AccountsPage", "the SIP domain must be a host or host:port, not %1")),
        (r"^registrar is required", QCoreApplication.translate(
            "AccountsPage", "the registrar is required")),
        (r"^user must be a SIP user part", QCoreApplication.translate(
            "AccountsPage", "the user (extension) may hold only Latin letters, digits and SIP "
            "signs, not %1")),
        (r"^reg_timeout_s must be", QCoreApplication.translate(
            "AccountsPage", "the registration timeout must be 20 to 86400 s")),
        (r"^retry_interval_s must be", QCoreApplication.translate(
            "AccountsPage", "the retry interval must be 5 to 3600 s")),
        (r"^at most \d+ STUN servers", QCoreApplication.translate(
            "AccountsPage", "at most %1 STUN servers").replace("%1", str(MAX_STUN_SERVERS))),
        (r"^stun_servers: each must be", QCoreApplication.translate(
            "AccountsPage", "each STUN server must be a host or host:port, not %1")),
        (r"^stun_servers: the same server", QCoreApplication.translate(
            "AccountsPage", "a STUN server is listed twice")),
    ]  # fmt: skip
    quoted = re.search(r"got (['\"])(.*)\1$", message)
    value = f"«{quoted.group(2)}»" if quoted else "?"
    for pattern, text in table:
        if re.search(pattern, message):
            return text.replace("%1", value)
    log.warning("account error without a translation: %s", message)
    return QCoreApplication.translate("AccountsPage", "check the account's fields")


class AccountsPage(QWidget):
    """The list of SIP accounts and a form for the selected one.

    Passwords typed here are kept in memory only until saving, when they go to the
    keyring; the form never shows a stored password, only whether one exists.
    """

    def __init__(self, accounts: list[AccountSpec], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[dict[str, Any]] = [
            {k: v for k, v in s.to_args().items() if k != "password"} for s in accounts
        ]
        self.stored_password = {s.account_id: bool(s.password) for s in accounts}
        self.passwords: dict[str, str] = {}
        self._current = -1
        self.list = QListWidget(self)
        self.list.setObjectName("accountList")
        self.add_button = QPushButton(self.tr("Add account"), self)
        self.add_button.setObjectName("addAccount")
        self.remove_button = QPushButton(self.tr("Remove"), self)
        self.remove_button.setObjectName("removeAccount")
        self.account_id = QLineEdit(self)
        self.registrar = QLineEdit(self)
        self.user = QLineEdit(self)
        self.auth_user = QLineEdit(self)
        self.password = QLineEdit(self)
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.transport = QComboBox(self)
        for transport in Transport:
            self.transport.addItem(transport_text(transport), transport.value)
        self.proxy = QLineEdit(self)
        self.srtp = QComboBox(self)
        for use in SrtpUse:
            self.srtp.addItem(srtp_text(use), use.value)
        self.ca_file = QLineEdit(self)
        self.verify_server = QCheckBox(self.tr("Verify the server certificate (TLS)"), self)
        self.reg_timeout = QSpinBox(self)
        self.reg_timeout.setRange(20, 86400)
        self.default = QCheckBox(self.tr("Default account"), self)
        self.stun = QLineEdit(self)
        self.stun.setPlaceholderText("stun.example.org:3478")
        self.stun.setToolTip(
            self.tr(
                "STUN servers (host:port, separated by commas or spaces) that tell the phone "
                "its public address behind NAT. Leave empty when the PBX is on the same "
                "network or fixes addresses itself."
            )
        )
        self.ice = QCheckBox(self.tr("ICE (for media through NAT)"), self)
        self.ice.setToolTip(
            self.tr(
                "Offer ICE candidates in calls. Needs a network address (not 127.0.0.1) "
                "and a provider that supports ICE."
            )
        )
        self.error = QLabel(self)
        self.error.setObjectName("accountError")
        self.error.setStyleSheet(_BAD)
        self.error.setWordWrap(True)
        form = QFormLayout()
        for name, label, field in (
            ("accountId", self.tr("Account name"), self.account_id),
            ("registrar", self.tr("Registrar (host:port)"), self.registrar),
            ("sipUser", self.tr("User (extension)"), self.user),
            ("authUser", self.tr("Authentication user"), self.auth_user),
            ("sipPassword", self.tr("Password"), self.password),
            ("transport", self.tr("Transport"), self.transport),
            ("proxy", self.tr("Outbound proxy"), self.proxy),
            ("srtp", self.tr("SRTP"), self.srtp),
            ("caFile", self.tr("TLS CA file"), self.ca_file),
            ("regTimeout", self.tr("Registration timeout, s"), self.reg_timeout),
            ("stunServers", self.tr("STUN servers"), self.stun),
        ):
            field.setObjectName(name)
            form.addRow(label, field)
        self.verify_server.setObjectName("verifyServer")
        self.default.setObjectName("defaultAccount")
        self.ice.setObjectName("ice")
        form.addRow(self.verify_server)
        form.addRow(self.ice)
        form.addRow(self.default)
        self.form = QWidget(self)
        self.form.setLayout(form)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.list, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.form)
        layout.addWidget(self.error)
        self.add_button.clicked.connect(self.add_account)
        self.remove_button.clicked.connect(self.remove_account)
        self.list.currentRowChanged.connect(self._select)
        for row in self.rows:
            self.list.addItem(row["account_id"])
        self._select(0 if self.rows else -1)
        if self.rows:
            self.list.setCurrentRow(0)

    def add_account(self) -> None:
        """Append a blank account (named uniquely) and select it for editing."""
        if not self.commit():
            return
        taken = {r["account_id"] for r in self.rows}
        name = next(n for n in ("desk", *(f"desk{i}" for i in range(2, 99))) if n not in taken)
        self.rows.append({"account_id": name, "new": True, "default": not self.rows})
        self.list.addItem(name)
        self.list.setCurrentRow(len(self.rows) - 1)

    def remove_account(self) -> None:
        index = self.list.currentRow()
        if index < 0:
            return
        self._current = -1  # nothing to commit: it is gone
        self.passwords.pop(self.rows[index]["account_id"], None)
        del self.rows[index]
        self.list.takeItem(index)
        self._select(self.list.currentRow())

    def _select(self, index: int) -> None:
        if index == self._current:
            return
        if self._current >= 0 and not self.commit():
            self.list.blockSignals(True)
            self.list.setCurrentRow(self._current)
            self.list.blockSignals(False)
            return
        self._current = index
        self.form.setEnabled(index >= 0)
        self.remove_button.setEnabled(index >= 0)
        row = self.rows[index] if index >= 0 else {}
        self.account_id.setText(str(row.get("account_id", "")))
        self.account_id.setReadOnly(not row.get("new", False))  # the keyring key
        self.registrar.setText(str(row.get("registrar", "")))
        self.user.setText(str(row.get("user", "")))
        self.auth_user.setText(str(row.get("auth_user", "")))
        self.password.clear()
        stored = self.stored_password.get(str(row.get("account_id", "")), False)
        self.password.setPlaceholderText(
            self.tr("stored in the keyring; type to replace") if stored else ""
        )
        self.transport.setCurrentIndex(
            max(0, self.transport.findData(str(row.get("transport", Transport.UDP.value))))
        )
        self.proxy.setText(str(row.get("proxy", "")))
        self.srtp.setCurrentIndex(
            max(0, self.srtp.findData(str(row.get("srtp", SrtpUse.DISABLED.value))))
        )
        self.ca_file.setText(str(row.get("ca_file", "")))
        self.verify_server.setChecked(bool(row.get("verify_server", True)))
        self.reg_timeout.setValue(int(row.get("reg_timeout_s", 300)))
        self.default.setChecked(bool(row.get("default", True)))
        self.stun.setText(", ".join(row.get("stun_servers", ())))
        self.ice.setChecked(bool(row.get("ice", False)))

    def commit(self) -> bool:
        """Copy the form into the selected row; False (with the reason shown) if invalid."""
        index = self._current
        if index < 0 or index >= len(self.rows):
            return True
        old = self.rows[index]
        values = {
            **{k: v for k, v in old.items() if k != "new"},
            "account_id": self.account_id.text().strip(),
            "registrar": self.registrar.text().strip(),
            "user": self.user.text().strip(),
            "auth_user": self.auth_user.text().strip(),
            "transport": self.transport.currentData(),
            "proxy": self.proxy.text().strip(),
            "srtp": self.srtp.currentData(),
            "ca_file": self.ca_file.text().strip(),
            "verify_server": self.verify_server.isChecked(),
            "reg_timeout_s": self.reg_timeout.value(),
            "default": self.default.isChecked(),
            "stun_servers": tuple(s for s in re.split(r"[\s,;]+", self.stun.text()) if s),
            "ice": self.ice.isChecked(),
        }
        others = {r["account_id"] for i, r in enumerate(self.rows) if i != index}
        if values["account_id"] in others:
            taken = self.tr("the account name %1 is already taken")
            self.error.setText(
                self.tr("Account not valid: %1").replace(
                    "%1", taken.replace("%1", values["account_id"])
                )
            )
            return False
        try:
            spec = AccountSpec.from_args(values)
        except AccountError as exc:
            self.error.setText(
                self.tr("Account not valid: %1").replace("%1", account_error_text(str(exc)))
            )
            return False
        self.error.clear()
        row = {k: v for k, v in spec.to_args().items() if k != "password"}
        if old.get("new"):
            row["new"] = True
        self.rows[index] = row
        self.list.item(index).setText(spec.account_id)
        if self.password.text():
            self.passwords[spec.account_id] = self.password.text()
        if spec.default:  # one default account
            for i, other in enumerate(self.rows):
                if i != index:
                    other["default"] = False
        return True

    def specs(self) -> list[AccountSpec]:
        return [
            AccountSpec.from_args({k: v for k, v in r.items() if k != "new"}) for r in self.rows
        ]


def current_accounts(settings: Settings) -> list[AccountSpec]:
    """The saved accounts (passwords filled in only to tell whether one is stored)."""
    from seat.sip_accounts import AccountsFileError, load_accounts

    try:
        return load_accounts(settings)
    except AccountsFileError as exc:  # the admin is here to fix it: start from empty
        log.warning("accounts file unusable, editing from scratch: %s", exc)
        return []
