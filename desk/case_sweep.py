"""EEP-15's closing sweep: a case left waiting for the customer closes by itself (issue 12).

EEP-15: a request for more information that gets no answer within 8 hours closes the case
"клієнт не відповів" (the profile's Kazakh wording: «клиенттен жауап келмеді»), listing
what the desk did so far. The deadline is `desk.policy_rules.unanswered_close_due`, the
same rule the queue's countdown shows, so the seat never closes a case earlier or later
than the operator was told.

`close_unanswered` works on `db.models_written.Case`/`CaseNote` directly (it does not go
through `desk.cases`, which is another layer of the same package and may change): one
transaction per case, the row locked (`FOR UPDATE SKIP LOCKED` on PostgreSQL, so two seats
sweeping one database never close a case twice; SQLite's BEGIN IMMEDIATE serialises them)
and re-checked inside it, the closing note and the audit event written with the change so
either all of them exist or none (db.audit.append_audit).

What was done is summarised from the case's outgoing messages (what was sent when) and its
internal notes, in the policy's language and time zone. The notes stay internal: the text
meant for the writer (`ClosedCase.writer_text`, the profile's "closed_no_response"
template) lists only what was sent to them. Sending it needs SMTP, which lives a layer up
(incidents/), so the seat's job sends it (seat/case_sweep_job.py).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from zoneinfo import ZoneInfo

import sqlalchemy as sa
from sqlalchemy.orm import Session, sessionmaker

from db.audit import append_audit
from db.models_incidents import Message
from db.models_written import CLOSE_REASON_MAX, Case, CaseNote, CaseStatus
from desk.policy import Policy
from desk.policy_rules import CaseTimes, expand_template, unanswered_close_due
from desk.roles import Actor

__all__ = [
    "CLOSED_TEMPLATE",
    "NO_RESPONSE_REASON",
    "ClosedCase",
    "actions_summary",
    "close_unanswered",
    "no_response_reason",
]

CLOSED_TEMPLATE = "closed_no_response"
"""The profile template telling the writer their case was closed unanswered (EEP-15)."""

NO_RESPONSE_REASON = {
    "uk": "клієнт не відповів",
    "kk": "клиенттен жауап келмеді",  # the EEP profile's own wording (its templates)
    "ru": "клиент не ответил",
    "en": "no response from the customer",
}
_WORDS = {
    "uk": ("надіслано відповідь", "внутрішня нотатка", "Дій не було.", "без теми"),
    "kk": ("жауап жіберілді", "ішкі жазба", "Әрекет жасалмаған.", "тақырыпсыз"),
    "ru": ("отправлен ответ", "внутренняя заметка", "Действий не было.", "без темы"),
    "en": ("reply sent", "internal note", "No actions.", "no subject"),
}
_NOTE_CHARS = 120
_SENT = ("sent",)  # queued (not yet accepted by the relay) and failed replies did not leave


@dataclass(frozen=True)
class ClosedCase:
    """One case the sweep closed; what the seat needs to tell the writer."""

    case_id: int
    registration_number: str | None
    reason: str
    actions: str  # replies and notes, one per line (stored in the closing note)
    writer_text: str | None  # the profile's closing template, or None without one
    reply_to: int | None  # the case's last incoming message (to thread the closing on)
    writer: str | None  # that message's sender address


def no_response_reason(language: str) -> str:
    """ "клієнт не відповів" in `language` (English for a language without a text)."""
    return NO_RESPONSE_REASON.get(language, NO_RESPONSE_REASON["en"])


def _words(language: str) -> tuple[str, str, str, str]:
    return _WORDS.get(language, _WORDS["en"])


def _when(moment: datetime, zone: ZoneInfo) -> str:
    # Numeric day.month.year is read the same way in uk/ru/kk; the zone is the policy's.
    return moment.astimezone(zone).strftime("%d.%m.%Y %H:%M")


def actions_summary(
    session: Session, case_id: int, policy: Policy, *, with_notes: bool = True
) -> str:
    """What the desk did on `case_id`, oldest first, one line each ("01.12.2026 09:15 —
    жауап жіберілді: Re: Кабинет"), in the policy's language and time zone."""
    sent, note, nothing, no_subject = _words(policy.language)
    zone = ZoneInfo(policy.hours.time_zone)
    lines: list[tuple[datetime, str]] = []
    replies = session.execute(
        sa.select(Message.received_at, Message.subject).where(
            Message.case_id == case_id,
            Message.direction == "out",
            Message.status.in_(_SENT),
        )
    )
    for at, subject in replies:
        lines.append((at, f"{_when(at, zone)} — {sent}: {subject or no_subject}"))
    if with_notes:
        notes = session.execute(
            sa.select(CaseNote.created_at, CaseNote.text).where(CaseNote.case_id == case_id)
        )
        for at, text in notes:
            short = " ".join(text.split())
            short = short if len(short) <= _NOTE_CHARS else short[: _NOTE_CHARS - 1] + "…"
            lines.append((at, f"{_when(at, zone)} — {note}: {short}"))
    lines.sort(key=lambda item: item[0])
    return "\n".join(text for _, text in lines) or nothing


def _times(case: Case) -> CaseTimes:
    return CaseTimes(opened_at=case.opened_at, waiting_since=case.waiting_since,
                     sla_level=case.sla_level, category=case.category)  # fmt: skip


def _due_ids(session: Session, policy: Policy, now: datetime) -> list[int]:
    hours = policy.response.no_response_close_hours
    if hours is None:
        return []
    rows = session.execute(
        sa.select(Case.id, Case.opened_at, Case.waiting_since).where(
            Case.policy == policy.name,
            Case.status == CaseStatus.WAITING,
            Case.waiting_since.is_not(None),
        )
    )
    due = []
    for case_id, opened_at, waiting_since in rows:
        close_at = unanswered_close_due(
            policy, CaseTimes(opened_at=opened_at, waiting_since=waiting_since)
        )
        if close_at is not None and close_at <= now:
            due.append(case_id)
    return due


def _close_one(
    session: Session, case_id: int, policy: Policy, actor: Actor, now: datetime
) -> ClosedCase | None:
    case = session.scalars(
        sa.select(Case).where(Case.id == case_id).with_for_update(skip_locked=True)
    ).first()
    if case is None or case.status != CaseStatus.WAITING or case.waiting_since is None:
        return None  # answered, closed or being closed by another seat meanwhile
    due = unanswered_close_due(policy, _times(case))
    if due is None or due > now:
        return None
    reason = no_response_reason(policy.language)[:CLOSE_REASON_MAX]
    actions = actions_summary(session, case.id, policy)
    writer_actions = actions_summary(session, case.id, policy, with_notes=False)
    waiting_since = case.waiting_since
    case.status, case.close_reason, case.closed_at = CaseStatus.CLOSED, reason, now
    rules = ", ".join(policy.response.rules) or policy.regulation
    session.add(CaseNote(case_id=case.id, author_id=None, created_at=now,
                         text=f"{reason} ({rules})\n{actions}"))  # fmt: skip
    last_in = session.execute(
        sa.select(Message.id, Message.from_address)
        .where(Message.case_id == case.id, Message.direction == "in")
        .order_by(Message.received_at.desc(), Message.id.desc())
        .limit(1)
    ).first()
    append_audit(
        session, "case_closed_no_response", actor.label,
        {"case_id": case.id, "registration_number": case.registration_number,
         "reason": reason, "rules": list(policy.response.rules),
         "waiting_since": waiting_since.astimezone(UTC).isoformat(),
         "actions": actions},
        at=now,
    )  # fmt: skip
    template = policy.template(CLOSED_TEMPLATE)
    writer_text = None
    if template is not None:
        writer_text = expand_template(
            policy, template, actions=writer_actions,
            registration_number=case.registration_number or "",
        )  # fmt: skip
    return ClosedCase(
        case_id=case.id, registration_number=case.registration_number, reason=reason,
        actions=actions, writer_text=writer_text,
        reply_to=None if last_in is None else last_in[0],
        writer=None if last_in is None else last_in[1],
    )  # fmt: skip


def close_unanswered(
    sessions: sessionmaker[Session], policy: Policy, actor: Actor, now: datetime
) -> list[ClosedCase]:
    """Close every case of `policy` waiting for the customer past its EEP-15 deadline at
    `now` (aware); returns what was closed. A policy without the rule closes nothing.

    Raises:
        ValueError: `now` is naive.
    """
    if now.tzinfo is None or now.utcoffset() is None:
        raise ValueError("close_unanswered: pass an aware time (with its time zone)")
    with sessions.begin() as session:
        due = _due_ids(session, policy, now)
    closed = []
    for case_id in due:
        with sessions.begin() as session:
            done = _close_one(session, case_id, policy, actor, now)
        if done is not None:
            closed.append(done)
    return closed
