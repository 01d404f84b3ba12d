"""The only way Kuty code reads or writes secrets: SIP, SMTP and database passwords.

Secrets live in the operating system's keyring (`keyring`), never in settings files or
the database. On Linux without a desktop keyring, `keyring` silently falls back to
whatever is installed, which with `keyrings.alt` includes a plain-text file and an
encrypted file that prompts on the terminal (hanging a headless `kuty serve`). So every
access goes through `ensure_usable_keyring`, which accepts only real keyrings or the
encrypted file unlocked by `use_encrypted_file_backend`, and otherwise switches to the
fail backend so that nothing is ever written in clear.

Entries are stored under service "kuty-console" with usernames "<kind>:<name>":
"sip:<account>", "smtp:<user>", "imap:<user>@<host>" (the desk's mailbox, issue 12),
"db:<database URL without password>".
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Final

import keyring
import sqlalchemy as sa
from keyring.backend import KeyringBackend
from keyring.backends import chainer, fail, null
from keyring.errors import KeyringError, PasswordDeleteError
from keyrings.alt.file import EncryptedKeyring, PlaintextKeyring

from db.session import mask_url

log = logging.getLogger(__name__)

SERVICE: Final = "kuty-console"
KINDS: Final = frozenset({"sip", "smtp", "db", "imap"})
ENCRYPTED_FILE_NAME: Final = "kuty-keyring.cfg"

MSG_OK: Final = "secrets.keyring_ok"
MSG_UNAVAILABLE: Final = "secrets.keyring_unavailable"
MSG_WRONG_MASTER: Final = "secrets.wrong_master_password"
MSG_PASSWORD_IN_URL: Final = "secrets.password_in_database_url"
UKRAINIAN: Final[dict[str, str]] = {
    MSG_OK: "Паролі зберігаються у сховищі ключів: {backend}.",
    MSG_UNAVAILABLE: (
        "Сховище паролів робочого столу недоступне. Встановіть і розблокуйте GNOME Keyring "
        "або KWallet (наприклад, `sudo apt install gnome-keyring` і вхід у робочий стіл) "
        "або оберіть зашифрований файл паролів, захищений головним паролем."
    ),
    MSG_WRONG_MASTER: "Неправильний головний пароль зашифрованого файлу паролів.",
    MSG_PASSWORD_IN_URL: (
        "Адреса бази даних у налаштуваннях містить пароль. Вилучіть його з налаштувань "
        "і збережіть пароль у сховищі ключів."
    ),
}
_UNAVAILABLE_EN = (
    "No usable keyring: the desktop keyring (Secret Service: GNOME Keyring or KWallet) is "
    "not available, and Kuty refuses plain-text or terminal-prompting fallbacks. Install "
    "and unlock one (e.g. `sudo apt install gnome-keyring`, then log in to a desktop "
    "session), or choose the encrypted file keyring protected by a master password."
)


class SecretsUnavailable(RuntimeError):
    """No keyring Kuty may use; `message_id` names the Ukrainian text for the operator."""

    def __init__(self, message: str, message_id: str = MSG_UNAVAILABLE) -> None:
        super().__init__(message)
        self.message_id = message_id


class PasswordInUrl(ValueError):
    """A database URL in the settings carries a password; it belongs in the keyring."""

    message_id = MSG_PASSWORD_IN_URL


@dataclass(frozen=True)
class KeyringStatus:
    """What `ensure_usable_keyring` found: usable or not, and why, for the operator."""

    usable: bool
    backend: str
    explanation: str  # English, for logs and the CLI
    message_id: str  # key of UKRAINIAN, for the console


class MasterPasswordKeyring(EncryptedKeyring):  # type: ignore[misc]  # untyped library
    """keyrings.alt's encrypted file (PBKDF2 + AES), unlocked with a given master password.

    The base class asks for the password with `getpass`, which would block a GUI or a
    service; here the console supplies the password the operator typed in a dialog.
    """

    def __init__(self, path: Path, master_password: str) -> None:
        super().__init__()
        self.file_path = str(path)
        # keyrings.alt hands the key to pycryptodome as latin-1; a Ukrainian master
        # password crashed it. Its UTF-8 bytes spelled as latin-1 survive that round trip
        # (ASCII passwords are unchanged, so existing files still open).
        self._master = master_password.encode("utf-8").decode("latin-1")

    def _get_new_password(self) -> str:
        return self._master

    def _unlock(self) -> None:
        self.keyring_key = self._master
        try:
            reference = self.get_password("keyring-setting", "password reference")
        except (AssertionError, ValueError, UnicodeDecodeError):  # wrong key: garbage
            reference = None
        if reference != "password reference value":
            self._lock()
            raise SecretsUnavailable(
                f"wrong master password for the encrypted keyring {self.file_path}",
                MSG_WRONG_MASTER,
            )


def _accepted(backend: KeyringBackend) -> bool:
    """Keyrings that keep secrets safe without prompting on a terminal."""
    if isinstance(backend, MasterPasswordKeyring):
        return True
    refused = (
        fail.Keyring,
        null.Keyring,
        PlaintextKeyring,
        EncryptedKeyring,  # the unconfigured one prompts with getpass
        chainer.ChainerBackend,  # may fall through to any of the above
    )
    return not isinstance(backend, refused)


def describe_backend(backend: KeyringBackend | None = None) -> str:
    """A human-readable name of the active (or given) keyring, with its file if any."""
    backend = backend if backend is not None else keyring.get_keyring()
    name = f"{type(backend).__module__}.{type(backend).__name__}"
    if isinstance(backend, chainer.ChainerBackend):
        return f"{name}({', '.join(describe_backend(b) for b in backend.backends)})"
    path = getattr(backend, "file_path", None) if isinstance(backend, EncryptedKeyring) else None
    return f"{name} at {path}" if path else name


def ensure_usable_keyring() -> KeyringStatus:
    """Make sure the active keyring is one Kuty may use, or switch to the fail backend.

    A chain of backends (keyring's default when several are installed) is replaced by its
    best acceptable member, so a lookup can never fall through to a plain-text file.
    """
    current = keyring.get_keyring()
    if isinstance(current, chainer.ChainerBackend):
        good = [b for b in current.backends if _accepted(b)]
        if good:
            keyring.set_keyring(good[0])
            current = good[0]
    if _accepted(current):
        name = describe_backend(current)
        return KeyringStatus(True, name, f"secrets are kept in {name}", MSG_OK)
    name = describe_backend(current)
    log.warning("no usable keyring (found %s); secrets are disabled", name)
    keyring.set_keyring(fail.Keyring())  # type: ignore[no-untyped-call]
    return KeyringStatus(False, name, _UNAVAILABLE_EN, MSG_UNAVAILABLE)


def use_encrypted_file_backend(path: Path, master_password: str) -> KeyringStatus:
    """Keep secrets in an encrypted file at `path`, created on first use.

    Raises:
        SecretsUnavailable: the master password is empty or does not open the file
            (`message_id` is MSG_WRONG_MASTER).
    """
    if not master_password.strip():
        raise SecretsUnavailable("the master password must not be empty", MSG_WRONG_MASTER)
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    backend = MasterPasswordKeyring(path, master_password)
    backend.keyring_key  # noqa: B018 - unlocks (or creates) now, so a wrong password fails here
    keyring.set_keyring(backend)
    name = describe_backend(backend)
    return KeyringStatus(True, name, f"secrets are kept in {name}", MSG_OK)


def _username(kind: str, name: str) -> str:
    if kind not in KINDS:
        raise ValueError(f"unknown secret kind {kind!r}; expected one of {sorted(KINDS)}")
    if not name:
        raise ValueError("a secret needs a name (account, user or database URL)")
    return f"{kind}:{name}"


def _backend() -> KeyringBackend:
    status = ensure_usable_keyring()
    if not status.usable:
        raise SecretsUnavailable(status.explanation, status.message_id)
    return keyring.get_keyring()


def get_secret(kind: str, name: str) -> str | None:
    """The stored secret, or None if there is none.

    Raises:
        SecretsUnavailable: no acceptable keyring (see `ensure_usable_keyring`).
    """
    try:
        return _backend().get_password(SERVICE, _username(kind, name))
    except KeyringError as exc:
        raise SecretsUnavailable(f"keyring {describe_backend()} failed: {exc}") from exc


def set_secret(kind: str, name: str, value: str) -> None:
    """Store (or replace) a secret.

    Raises:
        SecretsUnavailable: no acceptable keyring; nothing was written anywhere.
    """
    try:
        _backend().set_password(SERVICE, _username(kind, name), value)
    except KeyringError as exc:
        raise SecretsUnavailable(f"keyring {describe_backend()} failed: {exc}") from exc


def delete_secret(kind: str, name: str) -> bool:
    """Forget a secret; False if there was none."""
    try:
        _backend().delete_password(SERVICE, _username(kind, name))
    except PasswordDeleteError:
        return False
    except KeyringError as exc:
        raise SecretsUnavailable(f"keyring {describe_backend()} failed: {exc}") from exc
    return True


# --------------------------------------------------------------- database URLs


def _parse(url: str) -> sa.URL:
    try:
        return sa.make_url(url)
    except sa.exc.ArgumentError as exc:
        raise ValueError(f"invalid database URL {mask_url(url)}") from exc


def reject_password_in_url(url: str) -> None:
    """Refuse a settings URL that carries a password (settings files are plain text).

    Raises:
        PasswordInUrl: with the URL masked, so the message can be shown and logged.
    """
    if url and _parse(url).password:
        raise PasswordInUrl(
            f"the database URL {mask_url(url)} contains a password; remove it from the "
            "settings and store the password in the keyring instead"
        )


def db_secret_name(url: str) -> str:
    """The keyring name of a database's password: the URL without password or driver.

    The driver is dropped so that switching `postgresql+psycopg` to another driver keeps
    the password; query options (sslmode...) are not part of which database it is.
    """
    parsed = _parse(url)
    bare = parsed.set(drivername=parsed.get_backend_name(), password=None, query={})
    return bare.render_as_string(hide_password=False)


def database_url_with_secret(url: str) -> str:
    """The URL to connect with: for PostgreSQL, the password from the keyring put in.

    Without a stored password (trust, peer or certificate auth, ~/.pgpass) or a usable
    keyring, the URL is returned unchanged and the server decides.

    Raises:
        PasswordInUrl: the URL already has a password (it came from a settings file).
    """
    reject_password_in_url(url)
    parsed = _parse(url)
    if parsed.get_backend_name() != "postgresql":
        return url
    try:
        password = get_secret("db", db_secret_name(url))
    except SecretsUnavailable as exc:
        log.warning("no keyring for the database password of %s: %s", mask_url(url), exc)
        return url
    if password is None:
        return url
    return parsed.set(password=password).render_as_string(hide_password=False)


def status_text(status: KeyringStatus, **values: Any) -> str:
    """The Ukrainian text for a status, formatted (the console shows it as is)."""
    return UKRAINIAN[status.message_id].format(backend=status.backend, **values)
