"""A real, throw-away Dovecot IMAP server on loopback for the mail tests (Debian's
`dovecot-imapd`; `make test` installs it, issue 12).

Its own config, run directory, passwd-file user and maildir live in a directory under the
system temp dir (not pytest's tmp_path: that is private to root, and Dovecot's mail and
login processes drop to other users). It listens on 127.0.0.1 only, IMAPS and IMAP with
STARTTLS on two free ports, with a certificate from tests/support/certs.py. As root, mail
is owned by `nobody` and the login processes run as `dovenull` (Dovecot refuses root for
both); as another user, everything runs as that user. Mail is put in by IMAP APPEND
(`append`), as a delivering MTA or a mail client would, so UIDs are the server's.

A missing server is a failure with instructions, never a skip.
"""

from __future__ import annotations

import contextlib
import imaplib
import os
import pwd
import shutil
import signal
import ssl
import subprocess
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

from tests.support.certs import TestPki
from tests.support.ports import free_port

INSTALL_HINT = "dovecot not found: apt-get install dovecot-imapd (`make test` does it)"
USER = "desk@kuty.test"
PASSWORD = "пароль-скриньки-1"


def plain_login(conn: imaplib.IMAP4, user: str, password: str) -> None:
    """AUTHENTICATE PLAIN in UTF-8: imaplib's LOGIN cannot send a non-ASCII password."""
    token = f"\0{user}\0{password}".encode()
    conn.authenticate("PLAIN", lambda _challenge: token)


class DovecotUnavailable(RuntimeError):
    """Dovecot is not installed or did not start; the message says what to do."""


def _users() -> tuple[str, int, int, str]:
    """(mail owner name, uid, gid, login user) for this process's privileges."""
    if os.geteuid() == 0:
        nobody = pwd.getpwnam("nobody")
        return nobody.pw_name, nobody.pw_uid, nobody.pw_gid, "dovenull"
    me = pwd.getpwuid(os.geteuid())
    return me.pw_name, me.pw_uid, me.pw_gid, me.pw_name


class DovecotServer:
    """One Dovecot instance: `start()`, `append()` mail, `stop()`."""

    def __init__(self, pki: TestPki, *, ip: str = "127.0.0.1") -> None:
        self.pki, self.ip = pki, ip
        self.root = Path(tempfile.mkdtemp(prefix="kuty-dovecot-"))
        self.imaps_port = free_port()
        self.imap_port = free_port()
        self.user, self.password = USER, PASSWORD
        self._process: subprocess.Popen[bytes] | None = None

    @property
    def log_text(self) -> str:
        log = self.root / "dovecot.log"
        return log.read_text(encoding="utf-8", errors="replace") if log.exists() else ""

    def _write_config(self) -> Path:
        owner, uid, gid, login_user = _users()
        home = self.root / "home"
        (home / "Maildir").mkdir(parents=True)
        for sub in ("cur", "new", "tmp"):
            (home / "Maildir" / sub).mkdir()
        for path in (self.root, home, *home.rglob("*")):
            os.chown(path, uid, gid)
        self.root.chmod(0o755)
        shutil.copy(self.pki.server_cert, self.root / "server.pem")
        shutil.copy(self.pki.server_key, self.root / "server.key")
        (self.root / "passwd").write_text(
            f"{self.user}:{{PLAIN}}{self.password}:{uid}:{gid}::{home}::\n", encoding="utf-8"
        )
        config = self.root / "dovecot.conf"
        config.write_text(
            f"""
base_dir = {self.root}/run
state_dir = {self.root}/state
log_path = {self.root}/dovecot.log
protocols = imap
listen = {self.ip}
ssl = required
ssl_cert = <{self.root}/server.pem
ssl_key = <{self.root}/server.key
ssl_min_protocol = TLSv1.2
default_login_user = {login_user}
default_internal_user = {owner if os.geteuid() != 0 else "dovecot"}
first_valid_uid = {min(uid, 500)}
auth_mechanisms = plain login
disable_plaintext_auth = yes
mail_location = maildir:{home}/Maildir
passdb {{
  driver = passwd-file
  args = scheme=PLAIN username_format=%u {self.root}/passwd
}}
userdb {{
  driver = passwd-file
  args = username_format=%u {self.root}/passwd
}}
service imap-login {{
  inet_listener imap {{
    address = {self.ip}
    port = {self.imap_port}
  }}
  inet_listener imaps {{
    address = {self.ip}
    port = {self.imaps_port}
    ssl = yes
  }}
}}
service anvil {{
  chroot =
}}
service imap-login {{
  chroot =
}}
""",
            encoding="utf-8",
        )
        return config

    def start(self, timeout: float = 20.0) -> None:
        binary = shutil.which("dovecot") or "/usr/sbin/dovecot"
        if not Path(binary).exists():
            raise DovecotUnavailable(INSTALL_HINT)
        config = self.root / "dovecot.conf"
        if not config.exists():  # a restart after `kill()` keeps the mail and the ports
            config = self._write_config()
        with (self.root / "stderr.log").open("wb") as stderr:
            self._process = subprocess.Popen(
                [binary, "-F", "-c", str(config)],
                stdout=subprocess.DEVNULL,
                stderr=stderr,
                start_new_session=True,
            )
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self._process.poll() is not None:
                raise DovecotUnavailable(f"dovecot exited: {self._errors()}")
            try:
                with self.client():
                    return
            except (OSError, imaplib.IMAP4.error):
                time.sleep(0.1)
        raise DovecotUnavailable(f"dovecot did not accept a login in {timeout:.0f} s: "
                                 f"{self._errors()}")  # fmt: skip

    def _errors(self) -> str:
        stderr = self.root / "stderr.log"
        text = stderr.read_text(errors="replace") if stderr.exists() else ""
        return (text + self.log_text).strip()[-2000:]

    def context(self) -> ssl.SSLContext:
        return ssl.create_default_context(cafile=str(self.pki.ca_cert))

    @contextlib.contextmanager
    def client(self) -> Iterator[imaplib.IMAP4_SSL]:
        """A logged-in IMAPS connection as the desk's user (the test's mail client)."""
        conn = imaplib.IMAP4_SSL(self.ip, self.imaps_port, ssl_context=self.context(), timeout=10)
        try:
            plain_login(conn, self.user, self.password)
            yield conn
        finally:
            with contextlib.suppress(Exception):
                conn.logout()

    def append(self, raw: bytes, mailbox: str = "INBOX", flags: str = "") -> None:
        """Deliver `raw` into `mailbox` (IMAP APPEND: the exact bytes, a new UID)."""
        with self.client() as conn:
            if mailbox != "INBOX":
                conn.create(mailbox)
            typ, data = conn.append(mailbox, flags or None, None, raw)
            if typ != "OK":
                raise RuntimeError(f"APPEND failed: {data!r}")

    def flags(self, mailbox: str = "INBOX") -> dict[int, str]:
        """UID -> flags text of every message (to see what the sync marked \\Seen)."""
        with self.client() as conn:
            conn.select(mailbox, readonly=True)
            _typ, data = conn.uid("FETCH", "1:*", "(FLAGS)")
            result: dict[int, str] = {}
            for item in data:
                if not isinstance(item, bytes):
                    continue
                text = item.decode()
                uid = int(text.split("UID ")[1].split()[0].rstrip(")"))
                result[uid] = text.split("FLAGS (")[1].split(")")[0]
            return result

    def kill(self) -> None:
        """Stop the server but keep its mail, config and ports (`start()` brings it back)."""
        if self._process is not None and self._process.poll() is None:
            os.killpg(self._process.pid, signal.SIGTERM)
            try:
                self._process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                os.killpg(self._process.pid, signal.SIGKILL)
                self._process.wait(timeout=10)
        self._process = None

    def stop(self) -> None:
        self.kill()
        shutil.rmtree(self.root, ignore_errors=True)
