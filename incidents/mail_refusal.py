"""The polite automatic answer to a message refused over the size limit (issue 12).

A writer whose mail was too large to be read must learn it, or they wait for an answer
that never comes. The refusal goes out once, in the policy's language, threaded onto the
message (In-Reply-To), marked `Auto-Submitted: auto-replied` and stored like every
outgoing message (KUTY-1.1). RFC 3834 rules keep it from feeding mail loops: no answer
to automatic mail (Auto-Submitted other than "no", Precedence bulk/list/junk, List-Id,
X-Auto-Response-Suppress), to mailer daemons or "noreply" senders, or to a message
without a sender. The supervisors' alert (`mail_too_large`) is raised by the store.

The same path answers a message that arrives outside the desk's hours (KZP-30-10, EEP-5,
CSC-2.2): the profile's "outside_hours" template with the hours rendered from `[hours]`
(`desk.policy_rules.outside_hours_reply`), at most once per case and closed period, so a
writer who sends three messages one night reads it once.
"""

from __future__ import annotations

import email.policy
from datetime import datetime
from email.message import Message as EmailHeaders
from email.parser import BytesHeaderParser

import sqlalchemy as sa
from sqlalchemy.orm import Session, sessionmaker

from db.audit import append_audit
from db.models_incidents import Message
from db.models_written import MessageDirection, MessageStatus
from desk.errors import NotFound
from desk.policy import Policy
from desk.policy_rules import closed_since, outside_hours_reply
from desk.roles import Actor
from incidents.config import SmtpConfig
from incidents.mail_parse import MIB, MailLimits, ParsedMail, parse_mail
from incidents.mail_reply import compose_reply, deliver
from incidents.mailstore import raw_message, store_mail

__all__ = [
    "HOURS_SOURCE",
    "REFUSAL_TEXT",
    "refusal_text",
    "send_outside_hours_reply",
    "send_refusal",
    "wants_auto_reply",
]

HOURS_SOURCE = "auto-hours"
"""`messages.source` of an outside-hours automatic reply (one per case and closed period)."""

REFUSAL_TEXT = {
    "uk": (
        "Добрий день!\n\nВаш лист до служби підтримки більший за {limit} МБ, тому ми не "
        "можемо його прочитати. Будь ласка, надішліть його ще раз без великих вкладень "
        "або розділіть на кілька листів.\n\nЦе автоматична відповідь; на неї не потрібно "
        "відповідати.\nСлужба підтримки"
    ),
    "ru": (
        "Здравствуйте!\n\nВаше письмо в службу поддержки больше {limit} МБ, поэтому мы не "
        "можем его прочитать. Пожалуйста, отправьте его ещё раз без больших вложений или "
        "разделите на несколько писем.\n\nЭто автоматический ответ; отвечать на него не "
        "нужно.\nСлужба поддержки"
    ),
    "en": (
        "Hello,\n\nyour message to the support desk is larger than {limit} MB, so we cannot "
        "read it. Please send it again without large attachments, or split it into "
        "several messages.\n\nThis is an automatic reply; there is no need to answer it.\n"
        "The support desk"
    ),
}
_LANGUAGE_FALLBACK = {"kk": "ru"}  # no reviewed Kazakh text yet; the KZ portals take Russian
_NO_REPLY_LOCALS = ("mailer-daemon", "postmaster", "noreply", "no-reply", "do-not-reply",
                    "donotreply", "bounce", "bounces")  # fmt: skip


def refusal_text(language: str, limit_mb: int) -> str:
    key = language if language in REFUSAL_TEXT else _LANGUAGE_FALLBACK.get(language, "en")
    return REFUSAL_TEXT[key].format(limit=limit_mb)


def _headers(raw: bytes) -> EmailHeaders:
    try:
        return BytesHeaderParser(policy=email.policy.compat32).parsebytes(raw[: 1 << 20])
    except Exception:  # an unreadable header block: treat as automatic, never answer
        headers = EmailHeaders()
        headers["Auto-Submitted"] = "unreadable"
        return headers


def wants_auto_reply(raw: bytes, from_address: str) -> bool:
    """Whether RFC 3834 lets us answer `raw` automatically (module docstring)."""
    if not from_address or "@" not in from_address:
        return False
    local = from_address.rpartition("@")[0].lower()
    if any(local == n or local.startswith(n + "+") for n in _NO_REPLY_LOCALS):
        return False
    headers = _headers(raw)
    auto = str(headers.get("Auto-Submitted", "no")).strip().lower()
    precedence = str(headers.get("Precedence", "")).strip().lower()
    return (
        auto.startswith("no")
        and precedence not in {"bulk", "list", "junk"}
        and headers.get("List-Id") is None
        and headers.get("X-Auto-Response-Suppress") is None
    )


def send_refusal(
    sessions: sessionmaker[Session],
    actor: Actor,
    message_id: int,
    *,
    smtp: SmtpConfig,
    policy: Policy,
    limits: MailLimits,
) -> int | None:
    """Send the polite refusal of refused message `message_id`; the stored reply's id, or
    None when RFC 3834 says not to answer.

    Raises:
        NotFound: no such message or case.
        ReplyError: the relay refused it (kept with status "failed").
    """
    raw = raw_message(sessions, actor, message_id)
    original = parse_mail(raw, limits, original_size=limits.message_max + 1)
    text = refusal_text(policy.language, limits.message_max // MIB)
    return _auto_reply(sessions, actor, message_id, raw, original, text, smtp=smtp,
                       policy=policy, source="auto-refusal",
                       audit=("mail_refusal_sent", "refused"))  # fmt: skip


def send_outside_hours_reply(
    sessions: sessionmaker[Session],
    actor: Actor,
    message_id: int,
    *,
    smtp: SmtpConfig,
    policy: Policy,
    limits: MailLimits,
    now: datetime,
) -> int | None:
    """Tell the writer of `message_id` the desk's hours when it arrives outside them
    (KZP-30-10, EEP-5, CSC-2.2); the stored reply's id, or None: within hours, no
    "outside_hours" template in the profile, automatic mail (RFC 3834), or this case
    already got one since the desk closed.

    Raises:
        NotFound: no such message or case.
        ReplyError: the relay refused it (kept with status "failed").
    """
    text = outside_hours_reply(policy, now)
    if text is None:
        return None
    closed = closed_since(policy, now)
    with sessions.begin() as session:
        case_id = _case_of(session, message_id)
        told = sa.select(Message.id).where(
            Message.case_id == case_id, Message.source == HOURS_SOURCE,
            Message.direction == MessageDirection.OUT,
        )  # fmt: skip
        if closed is not None:
            told = told.where(Message.received_at >= closed)
        if session.scalar(told.limit(1)) is not None:
            return None
    raw = raw_message(sessions, actor, message_id)
    original = parse_mail(raw, limits)
    return _auto_reply(sessions, actor, message_id, raw, original, text, smtp=smtp,
                       policy=policy, source=HOURS_SOURCE, sent_at=now,
                       audit=("mail_hours_reply_sent", "answered"))  # fmt: skip


def _case_of(session: Session, message_id: int) -> int:
    row = session.get(Message, message_id)
    if row is None or row.case_id is None:
        raise NotFound(f"message {message_id} does not exist or has no case")
    return row.case_id


def _auto_reply(
    sessions: sessionmaker[Session],
    actor: Actor,
    message_id: int,
    raw: bytes,
    original: ParsedMail,
    text: str,
    *,
    smtp: SmtpConfig,
    policy: Policy,
    source: str,
    audit: tuple[str, str],
    sent_at: datetime | None = None,
) -> int | None:
    """Send `text` as an automatic reply to `message_id`, stored raw and hashed like every
    outgoing message (KUTY-1.1) and audited; None when RFC 3834 says not to answer."""
    with sessions.begin() as session:
        case_id = _case_of(session, message_id)
    if not wants_auto_reply(raw, original.from_address):
        return None
    reply = compose_reply(original, sender=smtp.sender, body=text,
                          extra={"Auto-Submitted": "auto-replied"})  # fmt: skip
    stored = store_mail(
        sessions, actor, reply, policy=policy, direction=MessageDirection.OUT,
        source=source, case_id=case_id, status=MessageStatus.QUEUED, received_at=sent_at,
    )  # fmt: skip
    deliver(sessions, actor, smtp, stored.message_id, message_id, original.from_address, reply)
    event, key = audit
    with sessions.begin() as session:
        append_audit(session, event, actor.label,
                     {"message_id": stored.message_id, key: message_id,
                      "raw_sha256": stored.raw_sha256})  # fmt: skip
    return stored.message_id
