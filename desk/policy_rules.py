"""What the seat's policy says about one written case or one text (issue 12).

Pure functions of a `Policy`, a moment and a case's times: the written workspace asks
them for its SLA countdowns and warnings, the mail job for automatic replies, the sweep
for cases to close. They never touch the database, so every rule has a unit test that
cites its id, and the same answers reach the queue, the composer and `kuty serve`.

Contract (issue 12): the written workspace (`console/written_view.py`) and the case
service (`desk/cases.py`) call these; their rules are filled in by the policy work.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from desk.policy import Policy

__all__ = [
    "CaseTimes",
    "answer_due",
    "credential_warning",
    "defer_until",
    "outside_hours_reply",
    "unanswered_close_due",
]


@dataclass(frozen=True)
class CaseTimes:
    """The times of one case the rules need (aware datetimes, UTC); `models_written.Case`
    has them all, the queue passes them without an ORM object."""

    opened_at: datetime
    reached_employee_at: datetime | None = None
    first_answered_at: datetime | None = None
    waiting_since: datetime | None = None
    deferred_until: datetime | None = None
    sla_level: str | None = None
    category: str | None = None


def answer_due(policy: Policy, case: CaseTimes) -> datetime | None:
    """When the first answer is due (CSC-2.4: 60 min from reaching an employee), or None
    when the policy sets no target (KZP-30-9) or the case is answered already."""
    return None


def unanswered_close_due(policy: Policy, case: CaseTimes) -> datetime | None:
    """When a case waiting for the customer closes itself as "клієнт не відповів" (EEP-15:
    8 h), or None (no such rule, or not waiting)."""
    return None


def defer_until(policy: Policy, moment: datetime, *, complex_question: bool) -> datetime | None:
    """Where a complex question asked in a duty window waits (CSC-2.3: weekend duty, to
    Monday's first full window), or None (answer now)."""
    return None


def outside_hours_reply(policy: Policy, moment: datetime) -> str | None:
    """The automatic reply stating the desk's hours, in the policy's language, for a
    message arriving outside them (KZP-30-10, EEP-5, CSC-2.2); None within hours."""
    return None


def credential_warning(policy: Policy, text: str) -> str | None:
    """A one-line warning (English msgid, translated by the console) when a reply asks
    the writer for a password or login data and the policy forbids it (KZP-30-11), or
    None."""
    return None
