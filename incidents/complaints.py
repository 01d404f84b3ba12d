"""Register of complaints about the support desk to the head administrator (KUTY-1.2).

Deadlines follow the Law of Ukraine "On Citizens' Appeals" (Про звернення громадян),
art. 20; see `response_deadline`.
"""

from __future__ import annotations

import calendar
from collections.abc import Iterable
from dataclasses import asdict, dataclass
from datetime import date, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

import sqlalchemy as sa
from sqlalchemy.orm import Session, sessionmaker

from db.audit import append_audit
from db.models import Call, Recording, utcnow
from db.models_incidents import Complaint, ComplaintCategory, ComplaintLink, ComplaintStatus
from desk.errors import NotFound
from desk.gate import authorize
from desk.roles import Actor, Permission

__all__ = [
    "ComplaintSummary",
    "add_complaint",
    "answer_complaint",
    "link_complaint",
    "linked_calls",
    "list_complaints",
    "response_deadline",
    "set_complaint_status",
]

KYIV = ZoneInfo("Europe/Kyiv")
SIMPLE_DAYS = 15
MAX_DAYS = 45


def _add_month(day: date) -> date:
    year, month = (day.year + 1, 1) if day.month == 12 else (day.year, day.month + 1)
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def response_deadline(received_at: date, category: ComplaintCategory) -> date:
    """Last day to answer, by the Law of Ukraine "On Citizens' Appeals", art. 20.

    Art. 20: appeals are considered within one month of receipt; those that need no
    additional study "невідкладно, але не пізніше п'ятнадцяти днів" (at once, at most 15
    days); if the matter cannot be resolved within the month, the head of the body sets
    the necessary term and informs the person, but the total "не може перевищувати сорока
    п'яти днів" (at most 45 days). Hence:

    - `simple`: received + 15 days;
    - `needs_study`: the same day of the next month (clamped to that month's last day:
      31 Jan -> 28/29 Feb);
    - `extended`: received + 45 days, the legal maximum.

    Terms run from the day after receipt, so the received date itself is day 0.
    """
    category = ComplaintCategory(category)
    if category is ComplaintCategory.SIMPLE:
        return received_at + timedelta(days=SIMPLE_DAYS)
    if category is ComplaintCategory.NEEDS_STUDY:
        return min(_add_month(received_at), received_at + timedelta(days=MAX_DAYS))
    return received_at + timedelta(days=MAX_DAYS)


@dataclass(frozen=True)
class ComplaintSummary:
    id: int
    complainant_name: str
    complainant_contact: str | None
    about_call_id: str | None
    about_operator_id: int | None
    text: str
    received_at: datetime
    category: str
    due_at: date
    status: str
    answered_at: datetime | None
    overdue: bool
    links: tuple[tuple[str | None, str | None], ...]

    def to_json_dict(self) -> dict[str, Any]:
        data = asdict(self)
        for key in ("received_at", "due_at", "answered_at"):
            data[key] = data[key].isoformat() if data[key] is not None else None
        data["links"] = [{"call_id": c, "recording_id": r} for c, r in self.links]
        return data


def _local_day(value: datetime) -> date:
    return value.astimezone(KYIV).date()


def _get(session: Session, complaint_id: int) -> Complaint:
    c = session.get(Complaint, complaint_id)
    if c is None:
        raise NotFound(f"complaint {complaint_id} does not exist")
    return c


def add_complaint(
    sessions: sessionmaker[Session],
    actor: Actor,
    *,
    complainant_name: str,
    text: str,
    received_at: datetime,
    category: ComplaintCategory = ComplaintCategory.NEEDS_STUDY,
    complainant_contact: str | None = None,
    about_call_id: str | None = None,
    about_operator_id: int | None = None,
) -> int:
    """Register a complaint; the deadline is computed from its Kyiv-local received day."""
    category = ComplaintCategory(category)
    authorize(sessions, actor, Permission.MANAGE_COMPLAINTS, action="add_complaint")
    with sessions.begin() as session:
        c = Complaint(
            complainant_name=complainant_name.strip()[:255],
            complainant_contact=(complainant_contact or None) and complainant_contact[:320],
            about_call_id=about_call_id,
            about_operator_id=about_operator_id,
            text=text,
            received_at=received_at,
            category=category,
            due_at=response_deadline(_local_day(received_at), category),
            status=ComplaintStatus.NEW,
        )
        session.add(c)
        session.flush()
        if about_call_id is not None:
            session.add(ComplaintLink(complaint_id=c.id, call_id=about_call_id))
        payload = {"complaint_id": c.id, "category": category.value, "due_at": str(c.due_at)}
        append_audit(session, "complaint_registered", actor.label, payload, about_call_id)
        return c.id


def link_complaint(
    sessions: sessionmaker[Session],
    actor: Actor,
    complaint_id: int,
    *,
    call_id: str | None = None,
    recording_id: str | None = None,
) -> None:
    """Link a call and/or recording; a linked recording is then kept from deletion."""
    if call_id is None and recording_id is None:
        raise ValueError("link a call, a recording or both")
    authorize(sessions, actor, Permission.MANAGE_COMPLAINTS, action="link_complaint")
    with sessions.begin() as session:
        _get(session, complaint_id)
        if call_id is not None and session.get(Call, call_id) is None:
            raise NotFound(f"call {call_id} does not exist")
        if recording_id is not None and session.get(Recording, recording_id) is None:
            raise NotFound(f"recording {recording_id} does not exist")
        session.add(ComplaintLink(complaint_id=complaint_id, call_id=call_id,
                                  recording_id=recording_id))  # fmt: skip
        payload = {"complaint_id": complaint_id, "recording_id": recording_id}
        append_audit(session, "complaint_linked", actor.label, payload, call_id)


def set_complaint_status(
    sessions: sessionmaker[Session],
    actor: Actor,
    complaint_id: int,
    status: ComplaintStatus,
    *,
    category: ComplaintCategory | None = None,
) -> None:
    """Move a complaint along; changing the category (an extension) recomputes due_at."""
    status = ComplaintStatus(status)
    authorize(sessions, actor, Permission.MANAGE_COMPLAINTS, action="set_complaint_status")
    with sessions.begin() as session:
        c = _get(session, complaint_id)
        c.status = status
        if category is not None:
            c.category = ComplaintCategory(category)
            c.due_at = response_deadline(_local_day(c.received_at), c.category)
        payload = {"complaint_id": c.id, "status": status.value, "due_at": str(c.due_at)}
        append_audit(session, "complaint_status_changed", actor.label, payload)


def answer_complaint(
    sessions: sessionmaker[Session],
    actor: Actor,
    complaint_id: int,
    note: str,
    *,
    answered_at: datetime | None = None,
) -> None:
    authorize(sessions, actor, Permission.MANAGE_COMPLAINTS, action="answer_complaint")
    with sessions.begin() as session:
        c = _get(session, complaint_id)
        c.status, c.answered_at, c.answer_note = (
            ComplaintStatus.ANSWERED,
            answered_at or utcnow(),
            note,
        )
        late = _local_day(c.answered_at) > c.due_at
        payload = {"complaint_id": c.id, "late": late}
        append_audit(session, "complaint_answered", actor.label, payload)


def list_complaints(
    sessions: sessionmaker[Session],
    actor: Actor,
    *,
    today: date | None = None,
    overdue_only: bool = False,
) -> list[ComplaintSummary]:
    """All complaints by deadline; `overdue` = not answered and past due (Kyiv day)."""
    authorize(sessions, actor, Permission.VIEW_COMPLAINTS, action="list_complaints")
    today = today or _local_day(utcnow())
    with sessions.begin() as session:
        links: dict[int, list[tuple[str | None, str | None]]] = {}
        for cid, call_id, rec_id in session.execute(
            sa.select(
                ComplaintLink.complaint_id, ComplaintLink.call_id, ComplaintLink.recording_id
            ).order_by(ComplaintLink.id)
        ).tuples():
            links.setdefault(cid, []).append((call_id, rec_id))
        out = []
        for c in session.scalars(sa.select(Complaint).order_by(Complaint.due_at, Complaint.id)):
            overdue = c.status is not ComplaintStatus.ANSWERED and today > c.due_at
            if overdue_only and not overdue:
                continue
            out.append(ComplaintSummary(
                c.id, c.complainant_name, c.complainant_contact, c.about_call_id,
                c.about_operator_id, c.text, c.received_at, c.category.value, c.due_at,
                c.status.value, c.answered_at, overdue, tuple(links.get(c.id, ())),
            ))  # fmt: skip
        return out


def linked_calls(
    sessions: sessionmaker[Session], actor: Actor, call_ids: Iterable[str]
) -> dict[str, tuple[datetime, str | None]]:
    """(ring time, number) of each call complaints name: the register shows a call by
    those, as a person knows it, never by its id (issue 13). Unknown ids are left out."""
    authorize(sessions, actor, Permission.VIEW_COMPLAINTS, action="linked_calls")
    ids = {i for i in call_ids if i}
    if not ids:
        return {}
    with sessions.begin() as session:
        found = session.execute(
            sa.select(Call.id, Call.ring_at, Call.remote_number).where(Call.id.in_(ids))
        ).tuples()
        return {cid: (ring, number) for cid, ring, number in found}
