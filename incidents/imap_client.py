"""IMAP as the desk's mailbox needs it (issue 12): a verified-TLS login and the few
commands a sync pass and IDLE use, each failure as one `ImapError` line.

* TLS always, certificates always checked: `ssl.create_default_context` with the
  configured CA bundle (or the system's), IMAPS or STARTTLS; a plain connection is never
  offered a password. A certificate the CA did not sign is one line, not a traceback.
* AUTHENTICATE PLAIN in UTF-8: imaplib's LOGIN cannot send a Cyrillic password.
* BODY.PEEK[] (never sets \\Seen), partial above the size limit; IDLE (RFC 2177) written
  out, as imaplib has none before Python 3.14.
"""

from __future__ import annotations

import contextlib
import imaplib
import re
import select
import ssl
import threading
import time
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Literal

from desk.errors import UserFacingError, one_line
from desk.settings import Settings

__all__ = [
    "ImapAccount",
    "ImapError",
    "Security",
    "check_ok",
    "close_quietly",
    "connect",
    "fetch_raw",
    "fetch_sizes",
    "idle",
    "new_uids",
    "quote_mailbox",
    "selected_uidvalidity",
    "server_label",
]

Security = Literal["imaps", "starttls"]
_FETCH_SIZE = re.compile(rb"UID (\d+)|RFC822\.SIZE (\d+)|INTERNALDATE \"([^\"]+)\"")


class ImapError(UserFacingError):
    """The mailbox cannot be read now; the message says why in one line."""


@dataclass(frozen=True)
class ImapAccount:
    host: str
    user: str
    port: int = 0  # 0: 993 for imaps, 143 for starttls
    security: Security = "imaps"
    mailbox: str = "INBOX"
    ca_file: str = ""  # PEM bundle; empty: the system's CAs
    timeout_s: float = 20.0

    @property
    def secret_name(self) -> str:
        return f"{self.user}@{self.host}"

    @property
    def real_port(self) -> int:
        return self.port or (993 if self.security == "imaps" else 143)

    @classmethod
    def from_settings(cls, settings: Settings) -> ImapAccount:
        security: Security = "starttls" if settings.imap_security == "starttls" else "imaps"
        return cls(
            host=settings.imap_host,
            user=settings.imap_user,
            port=settings.imap_port,
            security=security,
            mailbox=settings.imap_mailbox or "INBOX",
            ca_file=settings.imap_ca_file,
        )


def server_label(account: ImapAccount) -> str:
    return f"{account.host}:{account.real_port}"


def connect(account: ImapAccount, password: str) -> imaplib.IMAP4:
    """A logged-in connection over verified TLS.

    Raises:
        ImapError: unreachable, TLS refused (certificate), or login refused; one line.
    """
    where = server_label(account)
    try:
        context = ssl.create_default_context(cafile=account.ca_file or None)
    except (OSError, ssl.SSLError) as exc:
        raise ImapError(f"cannot read the IMAP CA file {account.ca_file!r}: {exc}") from None
    conn: imaplib.IMAP4 | None = None
    try:
        if account.security == "imaps":
            conn = imaplib.IMAP4_SSL(
                account.host, account.real_port, ssl_context=context, timeout=account.timeout_s
            )
        else:
            conn = imaplib.IMAP4(account.host, account.real_port, timeout=account.timeout_s)
            conn.starttls(ssl_context=context)
        token = f"\0{account.user}\0{password}".encode()
        conn.authenticate("PLAIN", lambda _challenge: token)
        return conn
    except ssl.SSLCertVerificationError as exc:
        close_quietly(conn)
        why = exc.verify_message or exc.reason or "verification failed"
        raise ImapError(f"IMAP server {where}: certificate refused ({why})") from None
    except ssl.SSLError as exc:
        close_quietly(conn)
        raise ImapError(f"IMAP server {where}: TLS failed ({exc.reason or exc})") from None
    except imaplib.IMAP4.error as exc:
        close_quietly(conn)
        text = one_line(exc.args[0].decode() if exc.args and isinstance(exc.args[0], bytes)
                        else str(exc))  # fmt: skip
        if "STARTTLS" in text.upper() or "TLS" in text.upper():
            raise ImapError(f"IMAP server {where}: STARTTLS refused ({text})") from None
        raise ImapError(
            f"IMAP server {where} refused the login of {account.user}: {text}"
        ) from None
    except (OSError, EOFError) as exc:
        close_quietly(conn)
        why = getattr(exc, "strerror", None) or str(exc) or type(exc).__name__
        if isinstance(exc, TimeoutError):
            why = f"no answer in {account.timeout_s:.0f} s"
        raise ImapError(f"cannot reach the IMAP server {where}: {why}") from None


def close_quietly(conn: imaplib.IMAP4 | None) -> None:
    """LOGOUT if the server still listens; the socket is closed either way (imaplib's
    `logout` skips its shutdown when the LOGOUT itself fails on a dead connection)."""
    if conn is None:
        return
    with contextlib.suppress(Exception):
        conn.logout()
    with contextlib.suppress(Exception):
        conn.shutdown()


def quote_mailbox(mailbox: str) -> str:
    return '"' + mailbox.replace("\\", "\\\\").replace('"', '\\"') + '"'


def check_ok(typ: str, data: Sequence[object], what: str) -> None:
    if typ != "OK":
        detail = b" ".join(d for d in data if isinstance(d, bytes)).decode(errors="replace")
        raise ImapError(f"IMAP {what} failed: {one_line(detail)[:200]}")


def selected_uidvalidity(conn: imaplib.IMAP4) -> int:
    _typ, data = conn.response("UIDVALIDITY")
    for item in data or ():
        if isinstance(item, bytes) and item.strip().isdigit():
            return int(item)
    raise ImapError("the IMAP server gave no UIDVALIDITY for the mailbox")


def new_uids(conn: imaplib.IMAP4, after: int) -> list[int]:
    typ, data = conn.uid("SEARCH", f"UID {after + 1}:*")
    check_ok(typ, data, "SEARCH")
    words = b" ".join(d for d in data if isinstance(d, bytes)).split()
    # "N:*" always matches the highest UID, even when it is below N (RFC 3501 6.4.8).
    return sorted(u for u in (int(w) for w in words if w.isdigit()) if u > after)


def fetch_sizes(conn: imaplib.IMAP4, uids: list[int]) -> dict[int, tuple[int, datetime | None]]:
    """UID -> (RFC822.SIZE, INTERNALDATE) for the new messages, in one FETCH."""
    if not uids:
        return {}
    typ, data = conn.uid("FETCH", ",".join(map(str, uids)), "(RFC822.SIZE INTERNALDATE)")
    check_ok(typ, data, "FETCH sizes")
    result: dict[int, tuple[int, datetime | None]] = {}
    for item in data:
        line = item if isinstance(item, bytes) else b""
        uid = size = None
        when: datetime | None = None
        for found in _FETCH_SIZE.finditer(line):
            if found.group(1):
                uid = int(found.group(1))
            elif found.group(2):
                size = int(found.group(2))
            elif found.group(3):
                when = _internaldate(found.group(3).decode())
        if uid is not None and size is not None:
            result[uid] = (size, when)
    return result


def _internaldate(text: str) -> datetime | None:
    try:
        return datetime.strptime(text, "%d-%b-%Y %H:%M:%S %z").astimezone(UTC)
    except ValueError:
        return None


def fetch_raw(conn: imaplib.IMAP4, uid: int, size: int, limit: int) -> bytes:
    """The exact bytes of `uid` (only the first `limit` when it is larger); \\Seen untouched."""
    section = "BODY.PEEK[]" if size <= limit else f"BODY.PEEK[]<0.{limit}>"
    typ, data = conn.uid("FETCH", str(uid), f"({section})")
    check_ok(typ, data, f"FETCH {uid}")
    for item in data:
        if isinstance(item, tuple) and len(item) == 2 and isinstance(item[1], bytes):
            return item[1]
    raise ImapError(f"IMAP FETCH {uid} returned no message")


def idle(conn: imaplib.IMAP4, stop: threading.Event, idle_s: float) -> bool:
    """Wait in IMAP IDLE until the server reports new mail, `idle_s` pass, or `stop`.

    Returns True when the server said something (EXISTS/RECENT), False on timeout/stop.
    imaplib has no IDLE before Python 3.14, so the exchange is written out here. The wait
    is `select` on the socket, one second at a time so `stop` is seen: a socket timeout
    would leave imaplib's buffered reader unusable ("cannot read from timed out object").
    """
    tag: bytes = conn._new_tag()
    conn.send(tag + b" IDLE\r\n")
    if not conn.readline().startswith(b"+"):
        return False
    sock = conn.socket()
    news = False
    deadline = time.monotonic() + idle_s
    try:
        while not stop.is_set() and time.monotonic() < deadline:
            pending = isinstance(sock, ssl.SSLSocket) and sock.pending() > 0
            if not pending and not select.select([sock], [], [], 1.0)[0]:
                continue
            line = conn.readline()
            if not line:
                raise EOFError("the IMAP server closed the connection during IDLE")
            if b"EXISTS" in line or b"RECENT" in line:
                news = True
                break
    finally:
        conn.send(b"DONE\r\n")
        while True:
            line = conn.readline()
            if not line or line.startswith(tag):
                break
    return news
