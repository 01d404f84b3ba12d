"""The desk's mailbox over IMAP (issue 12): one pass (`sync_once`) and a loop (`run_loop`).

* TLS always, certificates always checked: `ssl.create_default_context` with the
  configured CA bundle (or the system's), IMAPS or STARTTLS; a plain connection is never
  offered a password. A certificate the CA did not sign is one line, not a traceback.
* The password comes from the keyring (`desk.secrets`, kind "imap", name "user@host") and
  is sent with AUTHENTICATE PLAIN in UTF-8 (imaplib's LOGIN cannot send a Cyrillic one).
* UIDVALIDITY/UID bookkeeping: a pass asks for UIDs above the highest one handled for
  this mailbox and UIDVALIDITY (`mailbox_states`, and the UIDs on the message rows), so
  it fetches only new mail; a new UIDVALIDITY (the mailbox was rebuilt) refetches, and
  the store's dedup by SHA-256 keeps that from duplicating anything.
* Messages are fetched with BODY.PEEK[] (the exact bytes, without setting \\Seen), stored
  and committed, and only then flagged \\Seen: a crash in between leaves the message
  unread on the server, and the next pass stores it once (idempotent on UID).
  A message over the size limit is fetched only up to the limit (BODY.PEEK[]<0.N>).
* `run_loop` repeats passes until its stop event is set, waiting with IMAP IDLE for new
  mail (RFC 2177; re-issued every `idle_s`), reconnecting with backoff when the server is
  gone. The console will run it in a worker thread; `kuty mail sync` does one pass.
"""

from __future__ import annotations

import contextlib
import imaplib
import logging
import re
import select
import ssl
import threading
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Literal

import sqlalchemy as sa
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, sessionmaker

from db.models import utcnow
from db.models_incidents import Message
from db.models_written import MailboxState
from desk.errors import UserFacingError, one_line
from desk.policy import Policy
from desk.roles import Actor
from desk.secrets import get_secret
from desk.settings import Settings
from incidents.config import IncidentsConfig, SmtpConfig
from incidents.mail_parse import MailLimits
from incidents.mailstore import MailboxUid, store_mail

__all__ = [
    "BACKOFF_S",
    "ImapAccount",
    "ImapError",
    "SyncReport",
    "connect",
    "run_loop",
    "sync_once",
]

log = logging.getLogger(__name__)

BACKOFF_S: tuple[float, ...] = (1, 2, 5, 10, 30, 60, 120, 300)
"""Waits between reconnection attempts; the last one repeats."""
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


@dataclass
class SyncReport:
    """What one pass did; `problems` are one line each (a message that failed to store)."""

    mailbox: str = ""
    uidvalidity: int = 0
    fetched: int = 0
    stored: int = 0
    already: int = 0
    refused: int = 0
    problems: list[str] = field(default_factory=list)
    message_ids: list[int] = field(default_factory=list)

    def summary(self) -> str:
        return (
            f"{self.mailbox}: {self.fetched} fetched, {self.stored} stored, {self.already} "
            f"already stored, {self.refused} refused over the size limit"
        )


def _where(account: ImapAccount) -> str:
    return f"{account.host}:{account.real_port}"


def connect(account: ImapAccount, password: str) -> imaplib.IMAP4:
    """A logged-in connection over verified TLS.

    Raises:
        ImapError: unreachable, TLS refused (certificate), or login refused; one line.
    """
    where = _where(account)
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
        _close(conn)
        why = exc.verify_message or exc.reason or "verification failed"
        raise ImapError(f"IMAP server {where}: certificate refused ({why})") from None
    except ssl.SSLError as exc:
        _close(conn)
        raise ImapError(f"IMAP server {where}: TLS failed ({exc.reason or exc})") from None
    except imaplib.IMAP4.error as exc:
        _close(conn)
        text = one_line(exc.args[0].decode() if exc.args and isinstance(exc.args[0], bytes)
                        else str(exc))  # fmt: skip
        if "STARTTLS" in text.upper() or "TLS" in text.upper():
            raise ImapError(f"IMAP server {where}: STARTTLS refused ({text})") from None
        raise ImapError(
            f"IMAP server {where} refused the login of {account.user}: {text}"
        ) from None
    except (OSError, EOFError) as exc:
        _close(conn)
        why = getattr(exc, "strerror", None) or str(exc) or type(exc).__name__
        if isinstance(exc, TimeoutError):
            why = f"no answer in {account.timeout_s:.0f} s"
        raise ImapError(f"cannot reach the IMAP server {where}: {why}") from None


def _close(conn: imaplib.IMAP4 | None) -> None:
    """LOGOUT if the server still listens; the socket is closed either way (imaplib's
    `logout` skips its shutdown when the LOGOUT itself fails on a dead connection)."""
    if conn is None:
        return
    with contextlib.suppress(Exception):
        conn.logout()
    with contextlib.suppress(Exception):
        conn.shutdown()


def _quote(mailbox: str) -> str:
    return '"' + mailbox.replace("\\", "\\\\").replace('"', '\\"') + '"'


def _ok(typ: str, data: Sequence[object], what: str) -> None:
    if typ != "OK":
        detail = b" ".join(d for d in data if isinstance(d, bytes)).decode(errors="replace")
        raise ImapError(f"IMAP {what} failed: {one_line(detail)[:200]}")


def _uidvalidity(conn: imaplib.IMAP4) -> int:
    _typ, data = conn.response("UIDVALIDITY")
    for item in data or ():
        if isinstance(item, bytes) and item.strip().isdigit():
            return int(item)
    raise ImapError("the IMAP server gave no UIDVALIDITY for the mailbox")


def _last_uid(sessions: sessionmaker[Session], mailbox: str, uidvalidity: int) -> int:
    """The highest UID handled: the mailbox state, or the messages' own (whichever is
    higher: a crash between storing a message and advancing the state loses nothing)."""
    with sessions.begin() as session:
        stored = session.scalar(
            sa.select(sa.func.max(Message.uid)).where(
                Message.mailbox == mailbox, Message.uidvalidity == uidvalidity
            )
        )
        state = session.get(MailboxState, (mailbox, uidvalidity))
    return max(int(stored or 0), state.last_uid if state is not None else 0)


def _advance(sessions: sessionmaker[Session], mailbox: str, uidvalidity: int, uid: int) -> None:
    with sessions.begin() as session:
        state = session.get(MailboxState, (mailbox, uidvalidity), with_for_update=True)
        if state is None:
            try:
                with session.begin_nested():
                    session.add(MailboxState(mailbox=mailbox, uidvalidity=uidvalidity,
                                             last_uid=uid, updated_at=utcnow()))  # fmt: skip
                return
            except IntegrityError:  # another seat's pass created it first
                state = session.get(MailboxState, (mailbox, uidvalidity), with_for_update=True,
                                    populate_existing=True)  # fmt: skip
        if state is not None and uid > state.last_uid:
            state.last_uid, state.updated_at = uid, utcnow()


def _new_uids(conn: imaplib.IMAP4, after: int) -> list[int]:
    typ, data = conn.uid("SEARCH", f"UID {after + 1}:*")
    _ok(typ, data, "SEARCH")
    words = b" ".join(d for d in data if isinstance(d, bytes)).split()
    # "N:*" always matches the highest UID, even when it is below N (RFC 3501 6.4.8).
    return sorted(u for u in (int(w) for w in words if w.isdigit()) if u > after)


def _sizes(conn: imaplib.IMAP4, uids: list[int]) -> dict[int, tuple[int, datetime | None]]:
    """UID -> (RFC822.SIZE, INTERNALDATE) for the new messages, in one FETCH."""
    if not uids:
        return {}
    typ, data = conn.uid("FETCH", ",".join(map(str, uids)), "(RFC822.SIZE INTERNALDATE)")
    _ok(typ, data, "FETCH sizes")
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


def _fetch(conn: imaplib.IMAP4, uid: int, size: int, limit: int) -> bytes:
    """The exact bytes of `uid` (only the first `limit` when it is larger); \\Seen untouched."""
    section = "BODY.PEEK[]" if size <= limit else f"BODY.PEEK[]<0.{limit}>"
    typ, data = conn.uid("FETCH", str(uid), f"({section})")
    _ok(typ, data, f"FETCH {uid}")
    for item in data:
        if isinstance(item, tuple) and len(item) == 2 and isinstance(item[1], bytes):
            return item[1]
    raise ImapError(f"IMAP FETCH {uid} returned no message")


def sync_once(
    sessions: sessionmaker[Session],
    actor: Actor,
    account: ImapAccount,
    *,
    policy: Policy,
    limits: MailLimits | None = None,
    config: IncidentsConfig | None = None,
    seat: str = "",
    password: str | None = None,
    smtp: SmtpConfig | None = None,
) -> SyncReport:
    """Fetch and store the mailbox's new messages, then flag them \\Seen (module docstring).

    With `smtp` configured, a message refused over the size limit gets the polite
    automatic refusal (`incidents.mail_refusal`).

    Raises:
        ImapError: no password, the server cannot be reached or refused us; one line.
        SecretsUnavailable: no usable keyring.
        PermissionDenied: the actor may not store messages (audited).
    """
    limits = limits or MailLimits()
    if password is None:
        password = get_secret("imap", account.secret_name)
        if password is None:
            raise ImapError(
                f"no IMAP password in the keyring for {account.secret_name} "
                f"(kind 'imap'); store it first"
            )
    conn = connect(account, password)
    try:
        return _pass(conn, sessions, actor, account, policy=policy, limits=limits,
                     config=config, seat=seat, smtp=smtp)  # fmt: skip
    finally:
        _close(conn)


def _pass(
    conn: imaplib.IMAP4,
    sessions: sessionmaker[Session],
    actor: Actor,
    account: ImapAccount,
    *,
    policy: Policy,
    limits: MailLimits,
    config: IncidentsConfig | None,
    seat: str,
    smtp: SmtpConfig | None = None,
) -> SyncReport:
    """One pass on an open connection; leaves the mailbox selected (for IDLE)."""
    report = SyncReport(mailbox=account.mailbox)
    try:
        typ, data = conn.select(_quote(account.mailbox))
        _ok(typ, data, f"SELECT {account.mailbox}")
        report.uidvalidity = _uidvalidity(conn)
        conn.response("EXISTS")  # drop what imaplib collected; the SEARCH says what is new
        uids = _new_uids(conn, _last_uid(sessions, account.mailbox, report.uidvalidity))
        sizes = _sizes(conn, uids)
    except (OSError, EOFError, imaplib.IMAP4.abort) as exc:
        raise ImapError(f"IMAP server {_where(account)} dropped the connection: "
                        f"{one_line(str(exc)) or type(exc).__name__}") from None  # fmt: skip
    for uid in uids:
        size, arrived = sizes.get(uid, (0, None))
        try:
            raw = _fetch(conn, uid, size, limits.message_max)
        except (OSError, EOFError, imaplib.IMAP4.abort) as exc:
            why = one_line(str(exc)) or type(exc).__name__
            raise ImapError(
                f"IMAP server {_where(account)} dropped the connection while fetching "
                f"UID {uid}: {why}"
            ) from None
        except ImapError as exc:
            report.problems.append(f"UID {uid}: {exc}")
            continue
        report.fetched += 1
        result = store_mail(
            sessions, actor, raw, policy=policy, source="imap",
            mailbox=MailboxUid(account.mailbox, report.uidvalidity, uid), limits=limits,
            config=config, received_at=arrived, seat=seat,
            original_size=max(size, len(raw)),
        )  # fmt: skip
        _advance(sessions, account.mailbox, report.uidvalidity, uid)
        report.message_ids.append(result.message_id)
        report.stored += result.created
        report.already += not result.created
        report.refused += result.created and result.refused
        if result.created and result.refused and smtp is not None and smtp.configured:
            _refuse(sessions, actor, result.message_id, smtp, policy, limits, report)
        # Committed: now the server may show it as read (never before, module docstring).
        typ, data = conn.uid("STORE", str(uid), "+FLAGS.SILENT", "(\\Seen)")
        if typ != "OK":
            report.problems.append(f"UID {uid}: stored, but could not be flagged \\Seen")
    return report


def _refuse(
    sessions: sessionmaker[Session],
    actor: Actor,
    message_id: int,
    smtp: SmtpConfig,
    policy: Policy,
    limits: MailLimits,
    report: SyncReport,
) -> None:
    from incidents.mail_refusal import send_refusal  # mail_reply imports this module

    try:
        send_refusal(sessions, actor, message_id, smtp=smtp, policy=policy, limits=limits)
    except UserFacingError as exc:
        report.problems.append(f"message {message_id}: refusal not sent: {one_line(str(exc))}")


def _idle(conn: imaplib.IMAP4, stop: threading.Event, idle_s: float) -> bool:
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


def run_loop(
    sessions: sessionmaker[Session],
    actor: Actor,
    account: ImapAccount,
    stop: threading.Event,
    *,
    policy: Policy,
    password: str,
    limits: MailLimits | None = None,
    config: IncidentsConfig | None = None,
    seat: str = "",
    idle_s: float = 25 * 60,
    backoff: Sequence[float] = BACKOFF_S,
    on_report: Callable[[SyncReport], None] | None = None,
    on_problem: Callable[[str, float], None] | None = None,
    smtp: SmtpConfig | None = None,
) -> None:
    """Sync, wait in IDLE for new mail, sync again, until `stop` is set.

    A failure (server gone, certificate refused) is reported once per attempt through
    `on_problem(line, wait_s)` and retried after the next `backoff` wait; a good pass
    resets the backoff. `idle_s` stays below the 29 minutes after which RFC 2177 lets a
    server drop an idle client.
    """
    attempt = 0
    limits = limits or MailLimits()
    while not stop.is_set():
        try:
            # One connection for passes and IDLE: mail arriving between a pass's SEARCH
            # and the IDLE is then still news to this session, and the server says so.
            # (A fresh connection's SELECT would count it as old, and IDLE stay silent.)
            conn = connect(account, password)
            try:
                while not stop.is_set():
                    report = _pass(conn, sessions, actor, account, policy=policy,
                                   limits=limits, config=config, seat=seat, smtp=smtp)  # fmt: skip
                    attempt = 0
                    if on_report is not None:
                        on_report(report)
                    _idle(conn, stop, idle_s)
            finally:
                _close(conn)
        except (ImapError, OSError, EOFError, imaplib.IMAP4.error) as exc:
            wait = backoff[min(attempt, len(backoff) - 1)]
            attempt += 1
            line = one_line(str(exc)) or type(exc).__name__
            log.warning("mail sync: %s; next try in %.0f s", line, wait)
            if on_problem is not None:
                on_problem(line, wait)
            stop.wait(wait)
