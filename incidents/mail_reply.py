"""Answer a stored e-mail over SMTP submission, threaded, kept, filed in Sent (issue 12).

The order is what makes "every message out is kept" true (KUTY-1.1):

1. compose the reply (In-Reply-To the original's Message-ID, References its chain plus
   that id, "Re: " subject, a new Message-ID in the desk's domain, UTF-8 text);
2. store its exact bytes as an outgoing message on the original's case, status "queued";
3. hand those same bytes to the relay (`incidents.notify.connect_smtp`: TLS checked,
   password from the keyring); "sent", or "failed" and one line if the relay refuses;
4. only then mark the original "answered" and the case "waiting" (for the writer);
5. append the bytes to the mailbox's Sent folder over IMAP (\\Seen), so the desk's
   mail client shows the answer too. A failure there is reported, not fatal: the reply
   left and is stored.

Every step is audited (`mail_stored` by the store, then `mail_sent` or `mail_send_failed`).
"""

from __future__ import annotations

import contextlib
import imaplib
import smtplib
import time
from dataclasses import dataclass, field
from email.message import EmailMessage
from email.policy import SMTP
from email.utils import format_datetime, make_msgid

from sqlalchemy.orm import Session, sessionmaker

from db.audit import append_audit
from db.models import utcnow
from db.models_incidents import Message
from db.models_written import Case, CaseStatus, MessageDirection, MessageStatus
from desk.errors import NotFound, UserFacingError, one_line
from desk.gate import authorize
from desk.policy import Policy
from desk.roles import Actor, Permission
from incidents.config import SmtpConfig
from incidents.imap_sync import ImapAccount, ImapError, connect
from incidents.mail_parse import ParsedMail, parse_mail
from incidents.mailstore import raw_message, store_mail
from incidents.notify import connect_smtp

__all__ = [
    "REFERENCES_MAX",
    "ReplyError",
    "ReplyResult",
    "compose_reply",
    "deliver",
    "send_reply",
]

REFERENCES_MAX = 20
"""Message-IDs kept in References: the first and the latest, as RFC 5322 3.6.4 allows."""
REPLY_MAX_CHARS = 100_000


class ReplyError(UserFacingError, ValueError):
    """The reply cannot be sent; one line saying why (it may still have been kept)."""


@dataclass(frozen=True)
class ReplyResult:
    message_id: int  # the stored outgoing message
    raw_sha256: str
    rfc_message_id: str
    case_id: int
    problems: list[str] = field(default_factory=list)  # e.g. the Sent folder refused it


def _subject(original: str) -> str:
    text = original.strip()
    return text if text[:3].lower() == "re:" else f"Re: {text}" if text else "Re:"


def compose_reply(
    original: ParsedMail, *, sender: str, body: str, extra: dict[str, str] | None = None
) -> bytes:
    """The reply's exact bytes (CRLF, RFC 5322), threaded onto `original`.

    Raises:
        ReplyError: nothing to say, text no mail can carry, or no address to answer.
    """
    if not body.strip():
        raise ReplyError("the reply is empty")
    if "\x00" in body or len(body) > REPLY_MAX_CHARS:
        raise ReplyError(f"the reply must be text of at most {REPLY_MAX_CHARS} characters")
    if not original.from_address:
        raise ReplyError("the message has no sender address to answer")
    chain = [*original.references]
    if original.message_id and original.message_id not in chain:
        chain.append(original.message_id)
    if len(chain) > REFERENCES_MAX:
        chain = [chain[0], *chain[-(REFERENCES_MAX - 1) :]]
    domain = sender.rpartition("@")[2] or "kuty.local"
    msg = EmailMessage(policy=SMTP)
    msg["From"] = sender
    msg["To"] = original.from_address
    msg["Subject"] = _subject(original.subject)
    msg["Date"] = format_datetime(utcnow())
    msg["Message-ID"] = make_msgid(domain=domain)
    if original.message_id:
        msg["In-Reply-To"] = original.message_id
    if chain:
        msg["References"] = " ".join(chain)
    for name, value in (extra or {}).items():
        msg[name] = value
    msg.set_content(body.replace("\r\n", "\n"), charset="utf-8")
    return msg.as_bytes()


def _set_status(sessions: sessionmaker[Session], message_id: int, status: MessageStatus) -> None:
    with sessions.begin() as session:
        row = session.get(Message, message_id)
        if row is not None:
            row.status = status.value


def deliver(
    sessions: sessionmaker[Session],
    actor: Actor,
    smtp: SmtpConfig,
    stored_id: int,
    reply_to: int,
    recipient: str,
    raw: bytes,
) -> None:
    """Hand the stored outgoing message's exact bytes to the relay; mark it sent or failed.

    Raises:
        ReplyError: the relay refused it or could not be reached (status "failed").
    """
    try:
        client = connect_smtp(smtp)
        try:
            client.sendmail(smtp.sender, [recipient], raw)
        finally:
            with contextlib.suppress(smtplib.SMTPException, OSError):
                client.quit()
    except (smtplib.SMTPException, OSError) as exc:
        why = one_line(str(exc)) or type(exc).__name__
        _set_status(sessions, stored_id, MessageStatus.FAILED)
        with sessions.begin() as session:
            append_audit(session, "mail_send_failed", actor.label,
                         {"message_id": stored_id, "reply_to": reply_to,
                          "error": why[:300]})  # fmt: skip
        raise ReplyError(f"the reply was kept but not sent: {why}") from None
    _set_status(sessions, stored_id, MessageStatus.SENT)


def _append_sent(account: ImapAccount, password: str, mailbox: str, raw: bytes) -> str | None:
    """File `raw` in `mailbox` (\\Seen), creating the folder once if the server says so."""
    try:
        conn = connect(account, password)
    except ImapError as exc:
        return f"not filed in {mailbox}: {exc}"
    try:
        quoted = '"' + mailbox.replace("\\", "\\\\").replace('"', '\\"') + '"'
        when = imaplib.Time2Internaldate(time.time())
        typ, data = conn.append(quoted, "(\\Seen)", when, raw)
        if typ != "OK" and b"TRYCREATE" in b" ".join(d for d in data if isinstance(d, bytes)):
            conn.create(quoted)
            typ, data = conn.append(quoted, "(\\Seen)", when, raw)
        if typ != "OK":
            detail = b" ".join(d for d in data if isinstance(d, bytes)).decode(errors="replace")
            return f"not filed in {mailbox}: {one_line(detail)[:200]}"
        return None
    except (imaplib.IMAP4.error, OSError, EOFError) as exc:
        return f"not filed in {mailbox}: {one_line(str(exc)) or type(exc).__name__}"
    finally:
        with contextlib.suppress(Exception):
            conn.logout()
        with contextlib.suppress(Exception):
            conn.shutdown()


def send_reply(
    sessions: sessionmaker[Session],
    actor: Actor,
    message_id: int,
    body: str,
    *,
    smtp: SmtpConfig,
    policy: Policy,
    imap: ImapAccount | None = None,
    imap_password: str | None = None,
    sent_mailbox: str = "Sent",
) -> ReplyResult:
    """Answer stored message `message_id` with `body` (module docstring for the order).

    Raises:
        PermissionDenied: the actor does not handle contacts (audited).
        NotFound: no such message, or it has no raw bytes to answer.
        ReplyError: bad reply text, no SMTP relay, or the relay refused it (the reply is
            then kept with status "failed").
    """
    authorize(sessions, actor, Permission.HANDLE_CALLS, action="send_reply", message=message_id)
    if not smtp.configured:
        raise ReplyError("no SMTP relay configured ([smtp] in incidents.toml)")
    with sessions.begin() as session:
        original_row = session.get(Message, message_id)
        if original_row is None:
            raise NotFound(f"message {message_id} does not exist")
        case_id = original_row.case_id
    if case_id is None:
        raise NotFound(f"message {message_id} belongs to no case")
    original = parse_mail(raw_message(sessions, actor, message_id))
    raw = compose_reply(original, sender=smtp.sender, body=body)
    reply = parse_mail(raw)
    stored = store_mail(
        sessions, actor, raw, policy=policy, direction=MessageDirection.OUT, source="smtp",
        case_id=case_id, status=MessageStatus.QUEUED,
    )  # fmt: skip
    deliver(sessions, actor, smtp, stored.message_id, message_id, original.from_address, raw)
    with sessions.begin() as session:
        answered = session.get(Message, message_id)
        case = session.get(Case, case_id)
        if answered is not None:
            answered.status = MessageStatus.ANSWERED.value
        if case is not None and case.status != CaseStatus.CLOSED:
            case.status = CaseStatus.WAITING
        append_audit(session, "mail_sent", actor.label,
                     {"message_id": stored.message_id, "reply_to": message_id,
                      "case_id": case_id, "raw_sha256": stored.raw_sha256})  # fmt: skip
    problems: list[str] = []
    if imap is not None and imap_password is not None:
        problem = _append_sent(imap, imap_password, sent_mailbox, raw)
        if problem:
            problems.append(problem)
    return ReplyResult(
        stored.message_id, stored.raw_sha256, reply.message_id or "", case_id, problems
    )
