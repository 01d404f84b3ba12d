"""What the seat's policy asks of a case (issue 12): category, SLA level, the writer.

* `set_category` (EEP-4): the policy's category; an out-of-scope one (EEP-9, KUTY-2.3..2.7)
  is recorded and answered with its refusal script. A category whose policy entry wants a
  registration number (EEP-13 "error") gives the case its own number from the policy's
  format and the counter shared with wrap-ups and mail (`desk.wrapups`), once: a case
  that has a number keeps it whatever it is re-categorised to, because EEP-13's number
  "identifies the request from then on".
* `set_sla_level` (EEP-3): Basic / VIP where the policy has levels; the level decides
  the VIP-only channels (EEP-8 call-back orders, `desk.policy_rules.callback_refusal`).
* `record_identification` (EEP-11): where the policy's verification has the factor
  `self_identification`, the operator records that the writer identified themselves, or
  that they would not, and the service may be refused with the policy's
  `identify_yourself` script.
* `writer_standing`: what the thread header says of the writer. On KUTY (verification
  required for detailed help, KUTY-2.2) a writer is verified only by a verified call
  joined to the case: the regulation's "verified caller" calls from the profile's number
  and answers surname, first name and key phrase to the operator. A mail has no caller
  number, and its From address is no factor (anyone can write any From); asking for the
  key phrase in writing would put the secret into correspondence that is kept forever in
  clear (KUTY-1.1). So the operator gives a writer general help and, for details, asks
  them to call from the profile's number; once that call is verified and joined, the case
  is.

Every change is permission-checked and audited with ids only, as in `desk.cases`.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass
from datetime import datetime
from zoneinfo import ZoneInfo

from sqlalchemy.orm import Session, sessionmaker

from db.audit import append_audit
from db.models import utcnow
from db.models_written import Case, CaseStatus
from desk.errors import NotFound
from desk.gate import authorize
from desk.policy import Policy, Script
from desk.roles import Actor, Permission

__all__ = [
    "CategoryResult",
    "WriterStanding",
    "give_registration_number",
    "identification_asked",
    "numbered_on_arrival",
    "record_identification",
    "set_category",
    "set_sla_level",
    "verification_required",
    "writer_standing",
]

IDENTIFIED = "identified"
REFUSED = "refused"


class WriterStanding(enum.StrEnum):
    """What the thread header says of the writer (translated on screen)."""

    IDENTIFIED = "identified"  # EEP-11, recorded by the operator
    REFUSED = "refused"  # EEP-11: would not identify; service may be refused
    UNIDENTIFIED = "unidentified"  # EEP-11: not recorded yet
    VERIFIED = "verified"  # KUTY-2.2: a verified call is on the case
    NOT_VERIFIED = "not_verified"  # KUTY-2.2: general help only


@dataclass(frozen=True)
class CategoryResult:
    category: str
    registration_number: str | None
    numbered_now: bool  # the number was given by this call (EEP-13)
    refusal: Script | None  # the out-of-scope category's script (EEP-9, KUTY-2.3..2.7)


def _error(message: str, code: str) -> Exception:
    from desk.cases import CaseError

    return CaseError(message, code=code)


def _open_case(session: Session, case_id: int) -> Case:
    case = session.get(Case, case_id)
    if case is None:
        raise NotFound(f"case {case_id} does not exist")
    if case.status == CaseStatus.CLOSED:
        raise _error(f"case {case.registration_number or case_id} is closed", "case_closed")
    return case


def verification_required(policy: Policy) -> bool:
    """KUTY-2.2: detailed help only to a verified person."""
    return policy.verification.required_for_detailed_help


def identification_asked(policy: Policy) -> bool:
    """EEP-11: the requester must identify themselves (the operator records it)."""
    return "self_identification" in policy.verification.factors


def writer_standing(policy: Policy, identity_state: str | None, verified_call: bool) -> (
    WriterStanding | None
):  # fmt: skip
    """The writer as the policy sees them; None where the policy asks nothing (KZP, CSC)."""
    if verification_required(policy):
        return WriterStanding.VERIFIED if verified_call else WriterStanding.NOT_VERIFIED
    if identification_asked(policy):
        if identity_state == IDENTIFIED:
            return WriterStanding.IDENTIFIED
        if identity_state == REFUSED:
            return WriterStanding.REFUSED
        return WriterStanding.UNIDENTIFIED
    return None


def numbered_on_arrival(policy: Policy) -> bool:
    """Whether a new case is numbered as it arrives: where every in-scope category is
    numbered (KUTY: "an in-scope contact is a case the caller can refer to"). Where only
    some are (EEP-13: the *error* requests), the number waits for the category."""
    if policy.registration_number is None:
        return False
    return all(c.registration_number for c in policy.categories if c.in_scope)


def give_registration_number(session: Session, policy: Policy, case: Case, now: datetime) -> bool:
    """Number `case` from the policy's series unless it has a number (EEP-13: once).

    Takes the counter's lock (`next_registration_number`), so call it before the audit
    rows of the same transaction. Returns whether a number was given now.
    """
    from desk.wrapups import next_registration_number

    if case.registration_number:
        return False
    local_day = now.astimezone(ZoneInfo(policy.hours.time_zone)).date()
    case.registration_number = next_registration_number(session, policy, local_day)
    return True


def set_category(
    sessions: sessionmaker[Session],
    actor: Actor,
    policy: Policy,
    case_id: int,
    category_id: str,
    *,
    now: datetime | None = None,
) -> CategoryResult:
    """Categorise the case (EEP-4); an error case gets its unique number (EEP-13).

    Raises:
        CaseError: not a category of the policy, or the case is closed.
    """
    authorize(sessions, actor, Permission.HANDLE_CALLS, action="set_category", case=case_id)
    category = policy.category(category_id)
    if category is None:
        known = ", ".join(c.id for c in policy.categories)
        raise _error(f"{category_id[:64]!r} is not a {policy.name} category ({known})",
                     "case_category")  # fmt: skip
    now = now or utcnow()
    with sessions.begin() as session:
        case = _open_case(session, case_id)
        numbered = False
        if policy.wants_registration_number(category.id):
            numbered = give_registration_number(session, policy, case, now)
        previous, case.category = case.category, category.id
        append_audit(session, "case_categorised", actor.label,
                     {"case_id": case_id, "category": category.id, "previous": previous,
                      "registration_number": case.registration_number,
                      "numbered_now": numbered, "rules": list(category.rules)})  # fmt: skip
        number = case.registration_number
    refusal = None
    if not category.in_scope:
        refusal = next((s for s in policy.scripts if s.category == category.id), None)
    return CategoryResult(category.id, number, numbered, refusal)


def set_sla_level(
    sessions: sessionmaker[Session], actor: Actor, policy: Policy, case_id: int, level: str
) -> None:
    """The case's service level (EEP-3: Basic free, VIP by contract).

    Raises:
        CaseError: the policy has no such level (or none at all), or the case is closed.
    """
    authorize(sessions, actor, Permission.HANDLE_CALLS, action="set_sla_level", case=case_id)
    levels = [s.id for s in policy.sla_levels]
    if level not in levels:
        raise _error(f"{level[:32]!r} is not an SLA level of {policy.name} "
                     f"({', '.join(levels) or 'none'})", "case_sla_level")  # fmt: skip
    with sessions.begin() as session:
        case = _open_case(session, case_id)
        previous, case.sla_level = case.sla_level, level
        append_audit(session, "case_sla_level", actor.label,
                     {"case_id": case_id, "sla_level": level, "previous": previous,
                      "rule": "EEP-3"})  # fmt: skip


def record_identification(
    sessions: sessionmaker[Session],
    actor: Actor,
    policy: Policy,
    case_id: int,
    identified: bool,
    *,
    now: datetime | None = None,
) -> Script | None:
    """Record that the writer identified themselves (EEP-11), or would not.

    Returns the policy's `identify_yourself` script when they would not (the reply that
    refuses the consultation), else None.

    Raises:
        CaseError: the policy asks no self-identification, or the case is closed.
    """
    authorize(sessions, actor, Permission.HANDLE_CALLS, action="record_identification",
              case=case_id)  # fmt: skip
    if not identification_asked(policy):
        raise _error(f"the {policy.name} policy asks writers for no self-identification",
                     "case_identification")  # fmt: skip
    now = now or utcnow()
    state = IDENTIFIED if identified else REFUSED
    with sessions.begin() as session:
        case = _open_case(session, case_id)
        previous = case.identity_state
        case.identity_state, case.identity_at, case.identity_by = state, now, actor.operator_id
        kind = "writer_identified" if identified else "writer_identification_refused"
        append_audit(session, kind, actor.label,
                     {"case_id": case_id, "previous": previous, "rule": "EEP-11"})  # fmt: skip
    return None if identified else policy.script("identify_yourself")
