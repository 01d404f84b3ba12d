"""The desk's mailbox over IMAP (issue 12): one pass (`sync_once`) and a loop (`run_loop`).

* The connection (`incidents.imap_client`): verified TLS (IMAPS or STARTTLS), the
  password from the keyring (`desk.secrets`, kind "imap", name "user@host") sent with
  AUTHENTICATE PLAIN in UTF-8; every failure one line.
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

import imaplib
import logging
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import datetime

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
from incidents.config import IncidentsConfig, SmtpConfig
from incidents.imap_client import (
    ImapAccount,
    ImapError,
    check_ok,
    close_quietly,
    connect,
    fetch_raw,
    fetch_sizes,
    idle,
    new_uids,
    quote_mailbox,
    selected_uidvalidity,
    server_label,
)
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


@dataclass
class SyncReport:
    """What one pass did; `problems` are one line each (a message that failed to store)."""

    mailbox: str = ""
    uidvalidity: int = 0
    fetched: int = 0
    stored: int = 0
    already: int = 0
    refused: int = 0
    hours_replies: int = 0  # outside-hours automatic replies sent (KZP-30-10, EEP-5)
    problems: list[str] = field(default_factory=list)
    message_ids: list[int] = field(default_factory=list)

    def summary(self) -> str:
        told = f", {self.hours_replies} told the desk's hours" if self.hours_replies else ""
        return (
            f"{self.mailbox}: {self.fetched} fetched, {self.stored} stored, {self.already} "
            f"already stored, {self.refused} refused over the size limit{told}"
        )


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
    clock: Callable[[], datetime] = utcnow,
) -> SyncReport:
    """Fetch and store the mailbox's new messages, then flag them \\Seen (module docstring).

    With `smtp` configured, a message refused over the size limit gets the polite
    automatic refusal, and one arriving outside the policy's hours (by `clock`) the
    automatic reply stating them (KZP-30-10, EEP-5, CSC-2.2; `incidents.mail_refusal`).

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
                     config=config, seat=seat, smtp=smtp, clock=clock)  # fmt: skip
    finally:
        close_quietly(conn)


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
    clock: Callable[[], datetime] = utcnow,
) -> SyncReport:
    """One pass on an open connection; leaves the mailbox selected (for IDLE)."""
    report = SyncReport(mailbox=account.mailbox)
    try:
        typ, data = conn.select(quote_mailbox(account.mailbox))
        check_ok(typ, data, f"SELECT {account.mailbox}")
        report.uidvalidity = selected_uidvalidity(conn)
        conn.response("EXISTS")  # drop what imaplib collected; the SEARCH says what is new
        uids = new_uids(conn, _last_uid(sessions, account.mailbox, report.uidvalidity))
        sizes = fetch_sizes(conn, uids)
    except (OSError, EOFError, imaplib.IMAP4.abort) as exc:
        raise ImapError(f"IMAP server {server_label(account)} dropped the connection: "
                        f"{one_line(str(exc)) or type(exc).__name__}") from None  # fmt: skip
    for uid in uids:
        size, arrived = sizes.get(uid, (0, None))
        try:
            raw = fetch_raw(conn, uid, size, limits.message_max)
        except (OSError, EOFError, imaplib.IMAP4.abort) as exc:
            why = one_line(str(exc)) or type(exc).__name__
            raise ImapError(
                f"IMAP server {server_label(account)} dropped the connection while fetching "
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
        # No auto-reply to a blocked writer (KZP-30-19, CSC-2.12): kept, flagged, silent.
        if result.created and not result.blocked and smtp is not None and smtp.configured:
            if result.refused:
                _refuse(sessions, actor, result.message_id, smtp, policy, limits, report)
            else:
                _tell_hours(sessions, actor, result.message_id, smtp, policy, limits, report,
                            clock())  # fmt: skip
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


def _tell_hours(
    sessions: sessionmaker[Session],
    actor: Actor,
    message_id: int,
    smtp: SmtpConfig,
    policy: Policy,
    limits: MailLimits,
    report: SyncReport,
    now: datetime,
) -> None:
    from incidents.mail_refusal import send_outside_hours_reply  # see _refuse

    try:
        sent = send_outside_hours_reply(sessions, actor, message_id, smtp=smtp, policy=policy,
                                        limits=limits, now=now)  # fmt: skip
    except UserFacingError as exc:
        report.problems.append(
            f"message {message_id}: outside-hours reply not sent: {one_line(str(exc))}"
        )
        return
    report.hours_replies += sent is not None


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
    clock: Callable[[], datetime] = utcnow,
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
                                   limits=limits, config=config, seat=seat, smtp=smtp,
                                   clock=clock)  # fmt: skip
                    attempt = 0
                    if on_report is not None:
                        on_report(report)
                    idle(conn, stop, idle_s)
            finally:
                close_quietly(conn)
        except (ImapError, OSError, EOFError, imaplib.IMAP4.error) as exc:
            wait = backoff[min(attempt, len(backoff) - 1)]
            attempt += 1
            line = one_line(str(exc)) or type(exc).__name__
            log.warning("mail sync: %s; next try in %.0f s", line, wait)
            if on_problem is not None:
                on_problem(line, wait)
            stop.wait(wait)
