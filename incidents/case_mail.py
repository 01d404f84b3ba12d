"""A written case's mail: its thread parsed for display, a reply, abuse/threat (issue 12).

The half of the case service that needs mail: `desk.cases` keeps the case's state and sits
below incidents/ (DESIGN.md "Layers"), so parsing the raw bytes, sending over SMTP and
filing an incident on a message live here and call `desk.cases` for the state.

* `case_thread`: every message of the case re-parsed from its stored raw bytes (the bytes
  are the truth; HTML already rendered to plain text by `incidents.mail_html`, nothing
  remote fetched), with the attachment rows (type, size, whether they can be saved) and
  the internal notes.
* `reply_to_case`: answers the case's latest incoming message through
  `incidents.mail_reply.send_reply` (SMTP submission, threaded, kept, filed in Sent), then
  `desk.cases.mark_answered` (CSC-2.4 first answer, EEP-15 waiting). Refused once the
  correspondence is stopped (KUTY-3.3/3.4).
* `report_case`: abuse or threat on the thread in one action: stop the correspondence and
  file the incident on the latest incoming message (`incidents.service`, the police
  package for a threat, KUTY-3.4), then block the writer's address when the policy allows
  blocking (KZP-30-17/19, CSC-2.12) and the actor may manage the blocklist.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import sqlalchemy as sa
from sqlalchemy.orm import Session, sessionmaker

from db.models_incidents import IncidentKind
from db.models_written import Attachment
from desk.cases import ThreadMessage, ThreadRows, mark_answered, thread
from desk.errors import NotFound, UserFacingError
from desk.policy import Policy
from desk.roles import Actor, Permission, allowed
from incidents.blocklist import block_number, normalise
from incidents.config import IncidentsConfig, SmtpConfig
from incidents.imap_sync import ImapAccount
from incidents.mail_parse import ParsedMail, parse_mail
from incidents.mail_reply import ReplyError, ReplyResult, send_reply
from incidents.mailstore import raw_message
from incidents.service import report_message_incident

__all__ = [
    "AttachmentRow",
    "CaseReport",
    "CaseThread",
    "ReplyError",
    "ThreadEntry",
    "case_thread",
    "reply_to_case",
    "report_case",
]


@dataclass(frozen=True)
class AttachmentRow:
    id: int
    filename: str | None
    content_type: str
    size: int
    stored: bool  # False: over the limit, cannot be saved
    refused_reason: str | None


@dataclass(frozen=True)
class ThreadEntry:
    message: ThreadMessage
    view: ParsedMail | None  # None: typed in by hand before issue 12 (no raw bytes)
    attachments: tuple[AttachmentRow, ...] = ()

    @property
    def text(self) -> str:
        """The body to show: re-parsed from the raw bytes when there are any."""
        return self.view.body if self.view is not None else self.message.body


@dataclass(frozen=True)
class CaseThread:
    rows: ThreadRows
    entries: list[ThreadEntry] = field(default_factory=list)


def case_thread(
    sessions: sessionmaker[Session], actor: Actor, policy: Policy, case_id: int
) -> CaseThread:
    """The case with each message parsed from its raw bytes (checked against their hash)."""
    rows = thread(sessions, actor, policy, case_id)
    ids = [m.id for m in rows.messages]
    by_message: dict[int, list[AttachmentRow]] = {i: [] for i in ids}
    if ids:
        with sessions.begin() as session:
            stmt = (
                sa.select(Attachment)
                .where(Attachment.message_id.in_(ids))
                .order_by(Attachment.message_id, Attachment.position)
            )
            for a in session.scalars(stmt):
                by_message[a.message_id].append(
                    AttachmentRow(
                        a.id, a.filename, a.content_type, a.size, a.stored, a.refused_reason
                    )
                )
    entries = []
    for msg in rows.messages:
        view = None
        if msg.raw_sha256 is not None:
            view = parse_mail(raw_message(sessions, actor, msg.id))
        entries.append(ThreadEntry(msg, view, tuple(by_message[msg.id])))
    return CaseThread(rows, entries)


def reply_to_case(
    sessions: sessionmaker[Session],
    actor: Actor,
    policy: Policy,
    case_id: int,
    body: str,
    *,
    smtp: SmtpConfig,
    imap: ImapAccount | None = None,
    imap_password: str | None = None,
) -> ReplyResult:
    """Answer the case's latest incoming message (module docstring).

    Raises:
        ReplyError: nothing to answer, the correspondence is stopped, or the relay refused.
        NotFound: no such case.
    """
    rows = thread(sessions, actor, policy, case_id)
    if rows.case.stopped:
        raise ReplyError(
            "the correspondence on this case is stopped (KUTY-3.3/3.4): no reply is sent",
            code="case_stopped",
        )
    if rows.case.last_in_message_id is None:
        raise ReplyError("this case has no incoming message to answer")
    result = send_reply(
        sessions, actor, rows.case.last_in_message_id, body, smtp=smtp, policy=policy,
        imap=imap, imap_password=imap_password,
    )  # fmt: skip
    mark_answered(sessions, actor, case_id)
    return result


@dataclass(frozen=True)
class CaseReport:
    incident_id: int
    message_id: int
    blocked: str | None  # the address blocked, or None
    block_skipped: str | None  # why not: "policy" (not allowed), "permission", "address"


def report_case(
    sessions: sessionmaker[Session],
    actor: Actor,
    policy: Policy,
    case_id: int,
    kind: IncidentKind,
    *,
    config: IncidentsConfig,
) -> CaseReport:
    """Abuse (KUTY-3.3) or threat (KUTY-3.4) on a case's thread, in one action.

    Raises:
        PermissionDenied: the actor may not file incidents.
        NotFound: no such case.
        UserFacingError: the case has no incoming message to report.
    """
    kind = IncidentKind(kind)
    rows = thread(sessions, actor, policy, case_id)
    message_id = rows.case.last_in_message_id
    if message_id is None:
        raise NotFound(f"case {case_id} has no incoming message to report")
    incident_id = report_message_incident(
        sessions, actor, message_id=message_id, kind=kind, config=config
    )
    address = normalise(rows.case.from_address)
    skipped: str | None = None
    blocked: str | None = None
    if not policy.blocking.allowed:
        skipped = "policy"
    elif not allowed(actor, Permission.MANAGE_BLOCKLIST):
        skipped = "permission"
    elif address is None or "@" not in address:
        skipped = "address"
    else:
        rule = "KUTY-3.4" if kind is IncidentKind.THREAT else "KUTY-3.3"
        try:
            block_number(sessions, actor, address, f"{kind.value} ({rule}), case {case_id}",
                         incident_id=incident_id)  # fmt: skip
        except (ValueError, UserFacingError):
            skipped = "address"
        else:
            blocked = address
    return CaseReport(incident_id, message_id, blocked, skipped)
