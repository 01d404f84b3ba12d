"""Users in the administration workspace (issue 13): add, disable, reset a password, change a role.

Every change goes through `desk.users` on the database worker, so the GUI gets the same
permission checks (MANAGE_USERS), password rules and audit events as `kuty users …`.
Dialogs are opened with `open()`, never `exec()`: a modal loop would stall the console's
event handling, and tests click the real buttons of the open dialog.

A refusal is one line in the admin's language: `desk.users.UserError` carries a `code`
(see `user_error_text`); the English message stays for the log and the CLI.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from console.tasks import error_text
from desk.errors import UserFacingError
from desk.roles import Role

_BAD = "color: #c00000; font-weight: bold;"


def role_text(role: str) -> str:
    """A role in words (never "head_admin" on screen)."""
    names = {
        "operator": QCoreApplication.translate("AdminPage", "Operator"),
        "supervisor": QCoreApplication.translate("AdminPage", "Supervisor"),
        "head_admin": QCoreApplication.translate("AdminPage", "Head administrator"),
        "admin": QCoreApplication.translate("AdminPage", "Administrator"),
    }
    return names.get(str(role), str(role))


def user_error_text(error: BaseException) -> str:
    """A `desk.users` refusal in the admin's words; anything else as `error_text` says."""
    if isinstance(error, UserFacingError) and error.code.startswith("users."):
        texts = {
            "users.password_short": QCoreApplication.translate(
                "AdminPage", "The password must have at least %1 characters."
            ),
            "users.bad_username": QCoreApplication.translate(
                "AdminPage", "A user name is 1 to 64 characters without spaces."
            ),
            "users.reserved": QCoreApplication.translate(
                "AdminPage", "The user name “system” is reserved for the console."
            ),
            "users.unknown": QCoreApplication.translate("AdminPage", "There is no user “%1”."),
            "users.exists": QCoreApplication.translate("AdminPage", "The user name “%1” is taken."),
            "users.last_admin": QCoreApplication.translate(
                "AdminPage",
                "This is the last active administrator: nobody could manage the desk afterwards.",
            ),
            "users.bootstrap": QCoreApplication.translate(
                "AdminPage", "Sign in as an administrator to add users."
            ),
        }
        text = texts.get(error.code)
        if text is not None:
            value = error.params.get("minimum", error.params.get("username", ""))
            return text.replace("%1", str(value))
    return error_text(error)


def password_problem(password: str, repeat: str) -> str:
    """The local check of the password rules of desk.users (before any worker round-trip)."""
    from desk.users import MIN_PASSWORD_LENGTH

    if len(password) < MIN_PASSWORD_LENGTH:
        return QCoreApplication.translate(
            "AdminPage", "The password must have at least %1 characters."
        ).replace("%1", str(MIN_PASSWORD_LENGTH))
    if password != repeat:
        return QCoreApplication.translate("AdminPage", "The two passwords differ.")
    return ""


def _password_field(parent: QWidget, name: str) -> QLineEdit:
    edit = QLineEdit(parent)
    edit.setObjectName(name)
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    return edit


def _role_combo(parent: QWidget, current: str = "operator") -> QComboBox:
    combo = QComboBox(parent)
    combo.setObjectName("userRole")
    for role in (Role.OPERATOR, Role.SUPERVISOR, Role.HEAD_ADMIN, Role.ADMIN):
        combo.addItem(role_text(role.value), role.value)
    combo.setCurrentIndex(max(0, combo.findData(current)))
    combo.setAccessibleName(QCoreApplication.translate("AdminPage", "Role"))
    return combo


class _FormDialog(QDialog):
    """A small form with an error line and OK/Cancel; OK runs `submit` on the worker.

    Signals:
        changed(): the change was made (the dialog then closes).
    """

    changed = Signal()

    def __init__(self, title: str, parent: QWidget) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.form = QFormLayout()
        self.error = QLabel(self)
        self.error.setObjectName("userDialogError")
        self.error.setStyleSheet(_BAD)
        self.error.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setObjectName("userDialogOk")
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(460)
        self.job: Any = None

    def problem(self) -> str:
        return ""

    def work(self) -> Callable[[], object]:
        raise NotImplementedError

    def submit(self) -> None:
        text = self.problem()
        if text:
            self.error.setText(text)
            return
        self.error.clear()
        self.ok_button.setEnabled(False)
        services = self.parent_services
        self.job = services.worker.submit(self.work(), label=self.windowTitle())
        self.job.success(self._done).failure(self._failed)

    def _done(self, _result: object) -> None:
        self.ok_button.setEnabled(True)
        self.changed.emit()
        self.accept()

    def _failed(self, error: BaseException) -> None:
        self.ok_button.setEnabled(True)
        self.error.setText(user_error_text(error))

    parent_services: Any = None


class AddUserDialog(_FormDialog):
    """User name, full name, role, initial password twice (desk.users rules)."""

    def __init__(self, services: Any, parent: QWidget) -> None:
        super().__init__(QCoreApplication.translate("AdminPage", "Add a user"), parent)
        self.setObjectName("addUserDialog")
        self.parent_services = services
        self.username = QLineEdit(self)
        self.username.setObjectName("newUsername")
        self.username.setMaxLength(64)
        self.full_name = QLineEdit(self)
        self.full_name.setObjectName("newFullName")
        self.role = _role_combo(self)
        self.password = _password_field(self, "newPassword")
        self.repeat = _password_field(self, "newPasswordRepeat")
        from desk.users import MIN_PASSWORD_LENGTH

        self.password.setPlaceholderText(
            QCoreApplication.translate("AdminPage", "at least %1 characters").replace(
                "%1", str(MIN_PASSWORD_LENGTH)
            )
        )
        self.form.addRow(QCoreApplication.translate("AdminPage", "User name"), self.username)
        self.form.addRow(QCoreApplication.translate("AdminPage", "Full name"), self.full_name)
        self.form.addRow(QCoreApplication.translate("AdminPage", "Role"), self.role)
        self.form.addRow(QCoreApplication.translate("AdminPage", "Initial password"), self.password)
        self.form.addRow(
            QCoreApplication.translate("AdminPage", "Repeat the password"), self.repeat
        )

    def problem(self) -> str:
        name = self.username.text().strip()
        if not name or any(c.isspace() for c in name):
            return QCoreApplication.translate(
                "AdminPage", "A user name is 1 to 64 characters without spaces."
            )
        return password_problem(self.password.text(), self.repeat.text())

    def work(self) -> Callable[[], object]:
        from desk.users import add_user

        services = self.parent_services
        name, full = self.username.text().strip(), self.full_name.text().strip()
        role, password = Role(str(self.role.currentData())), self.password.text()
        return lambda: add_user(services.sessions, services.actor, name, role, full, password)


class ResetPasswordDialog(_FormDialog):
    """A new password twice; the reset also lifts a lockout (desk.users.reset_password)."""

    def __init__(self, services: Any, username: str, parent: QWidget) -> None:
        super().__init__(
            QCoreApplication.translate("AdminPage", "Reset the password of %1").replace(
                "%1", username
            ),
            parent,
        )
        self.setObjectName("resetPasswordDialog")
        self.parent_services = services
        self.username = username
        self.password = _password_field(self, "resetPassword")
        self.repeat = _password_field(self, "resetPasswordRepeat")
        self.form.addRow(QCoreApplication.translate("AdminPage", "New password"), self.password)
        self.form.addRow(
            QCoreApplication.translate("AdminPage", "Repeat the password"), self.repeat
        )

    def problem(self) -> str:
        return password_problem(self.password.text(), self.repeat.text())

    def work(self) -> Callable[[], object]:
        from desk.users import reset_password

        services, name, password = self.parent_services, self.username, self.password.text()
        return lambda: reset_password(services.sessions, services.actor, name, password)


class ChangeRoleDialog(_FormDialog):
    """Another role for an account (desk.users.change_role, audited)."""

    def __init__(self, services: Any, username: str, current: str, parent: QWidget) -> None:
        super().__init__(
            QCoreApplication.translate("AdminPage", "Change the role of %1").replace(
                "%1", username
            ),
            parent,
        )
        self.setObjectName("changeRoleDialog")
        self.parent_services = services
        self.username = username
        self.role = _role_combo(self, current)
        self.form.addRow(QCoreApplication.translate("AdminPage", "Role"), self.role)

    def work(self) -> Callable[[], object]:
        from desk.users import change_role

        services, name = self.parent_services, self.username
        role = Role(str(self.role.currentData()))
        return lambda: change_role(services.sessions, services.actor, name, role)


class UsersPanel(QWidget):
    """The account list with its actions; all database work on the worker."""

    COLUMNS = 4

    def __init__(self, services: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("usersPanel")
        self._services = services
        self._users: list[Any] = []
        self.users = QTableWidget(0, self.COLUMNS, self)
        self.users.setObjectName("adminUsers")
        self.users.setAccessibleName(self.tr("Accounts"))
        self.users.setHorizontalHeaderLabels(
            [self.tr("User name"), self.tr("Name"), self.tr("Role"), self.tr("State")]
        )
        self.users.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.users.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.users.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.users.verticalHeader().hide()
        self.users.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.add_button = QPushButton(self.tr("Add a user…"), self)
        self.add_button.setObjectName("addUser")
        self.reset_button = QPushButton(self.tr("Reset the password…"), self)
        self.reset_button.setObjectName("resetPassword")
        self.role_button = QPushButton(self.tr("Change the role…"), self)
        self.role_button.setObjectName("changeRole")
        self.disable_button = QPushButton(self.tr("Disable…"), self)
        self.disable_button.setObjectName("disableUser")
        self.disable_button.setToolTip(
            self.tr("The account can no longer sign in; its calls and audit events stay")
        )
        self.error = QLabel(self)
        self.error.setObjectName("adminError")
        self.error.setStyleSheet(_BAD)
        self.error.setWordWrap(True)
        self.error.hide()
        buttons = QHBoxLayout()
        for button in (self.add_button, self.reset_button, self.role_button, self.disable_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(buttons)
        layout.addWidget(self.users, 1)
        layout.addWidget(self.error)
        self.add_button.clicked.connect(self.add_user)
        self.reset_button.clicked.connect(self.reset_password)
        self.role_button.clicked.connect(self.change_role)
        self.disable_button.clicked.connect(self.disable_user)
        self.users.itemSelectionChanged.connect(self._selection_changed)
        self.dialog: QDialog | None = None  # the open one (tests reach it)
        self.confirm: QMessageBox | None = None
        self._selection_changed()
        self.refresh()

    # ---------------------------------------------------------------- list

    def refresh(self) -> None:
        from desk.users import list_users

        sessions, actor = self._services.sessions, self._services.actor
        job = self._services.worker.submit(lambda: list_users(sessions, actor), label="users")
        job.success(self._show).failure(self._failed)

    def _show(self, users: list[Any]) -> None:
        self.error.hide()
        selected = self.selected()
        self._users = list(users)
        self.users.setRowCount(len(users))
        locale = QLocale()
        for row, user in enumerate(users):
            state = self.tr("Active") if user.active else self.tr("Disabled")
            if user.last_login_at is not None:
                when = locale.toString(user.last_login_at.date(), QLocale.FormatType.ShortFormat)
                state = self.tr("%1, last signed in %2").replace("%1", state).replace("%2", when)
            cells = [user.username, user.display_name, role_text(user.role), state]
            for column, text in enumerate(cells):
                self.users.setItem(row, column, QTableWidgetItem(text))
            if selected is not None and user.username == selected.username:
                self.users.selectRow(row)
        self._selection_changed()

    def _failed(self, exc: BaseException) -> None:
        text = self.tr("Accounts could not be loaded: %1").replace("%1", error_text(exc))
        self.show_error(text)

    def show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()

    def select(self, username: str) -> None:
        """Select the row of `username` (tests and keyboard users alike)."""
        for row, user in enumerate(self._users):
            if user.username == username:
                self.users.selectRow(row)
                return

    def selected(self) -> Any:
        rows = self.users.selectionModel().selectedRows()
        if not rows or rows[0].row() >= len(self._users):
            return None
        return self._users[rows[0].row()]

    def _selection_changed(self) -> None:
        user = self.selected()
        for button in (self.reset_button, self.role_button):
            button.setEnabled(user is not None)
        self.disable_button.setEnabled(user is not None and bool(user.active))

    # ---------------------------------------------------------------- actions

    def _open(self, dialog: _FormDialog) -> None:
        dialog.changed.connect(self.refresh)
        self.dialog = dialog
        dialog.open()

    def add_user(self) -> None:
        self._open(AddUserDialog(self._services, self))

    def reset_password(self) -> None:
        user = self.selected()
        if user is not None:
            self._open(ResetPasswordDialog(self._services, user.username, self))

    def change_role(self) -> None:
        user = self.selected()
        if user is not None:
            self._open(ChangeRoleDialog(self._services, user.username, user.role, self))

    def disable_user(self) -> None:
        """Ask first: a disabled account cannot sign in until someone re-creates it."""
        user = self.selected()
        if user is None:
            return
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Disable an account"),
            self.tr(
                "Disable “%1” (%2)? They can no longer sign in; their calls and audit events stay."
            )
            .replace("%1", user.username)
            .replace("%2", user.display_name),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            self,
        )
        box.button(QMessageBox.StandardButton.Yes).setText(self.tr("Disable"))
        box.button(QMessageBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        name = user.username

        def answered(result: int) -> None:
            if result == QMessageBox.StandardButton.Yes:
                self._disable(name)

        box.finished.connect(answered)
        self.confirm = box
        box.open()

    def _disable(self, username: str) -> None:
        from desk.users import disable_user

        services = self._services
        job = services.worker.submit(
            lambda: disable_user(services.sessions, services.actor, username), label="disable"
        )
        job.success(lambda _r: self.refresh()).failure(
            lambda exc: self.show_error(user_error_text(exc))
        )
