"""Live-listening grants and their audit trail (issue 13).

A supervisor's console asks `grant_listen` for a one-time grant to one call in progress:
the permission (LISTEN_LIVE) and the seat's policy (`[supervision] live_listening`) are
checked, and the grant is an audit event (`listen_granted`: who, whose call, which seat,
the SHA-256 of a random token, an expiry). The console hands the grant to its own engine,
which calls the operator's seat with it (telephony/listening.py). The operator's host
checks it with `admit_listen` before its engine answers: the hash must match a grant for
that call and that seat, not expired, never used. Use is itself an audit event
(`listen_admitted`), so a replay finds it and is refused; so is everything else, each
refusal audited (`listen_refused`) with its reason.

The grants live in the audit log (append-only, hash-chained) rather than in a table of
their own: no migration this session (the report asks for a `listen_grants` table with
a unique "used" marker, which would also close the race of two hosts admitting the same
grant at once; today only the operator's own seat admits, on one serial worker).

Every mode change and stop is audited by the supervisor's console (`record_listen_mode`,
`record_listen_stop`); the operator's host audits what its engine did (seat/calllog.py).
"""

from __future__ import annotations

import hashlib
import hmac
import json
import secrets
import uuid
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

import sqlalchemy as sa
from sqlalchemy.orm import Session, sessionmaker

from db.audit import append_audit
from db.models import AuditEvent, Call, utcnow
from desk.errors import UserFacingError
from desk.gate import authorize
from desk.policy import Policy
from desk.roles import Actor, Permission

__all__ = [
    "GRANT_TTL",
    "LISTEN_MODES",
    "ListenTicket",
    "ListeningRefused",
    "admit_listen",
    "grant_listen",
    "record_listen_mode",
    "record_listen_stop",
    "seat_address",
]

GRANT_TTL = timedelta(seconds=60)
"""A grant is for the click that asked for it: the INVITE follows within a second."""
LISTEN_MODES = ("listen", "whisper", "barge")
SEAT_ANNOUNCED = "seat_announced"  # seat/calllog.py writes it at every engine start


class ListeningRefused(UserFacingError):
    """Live listening is not possible here (policy, call ended, seat unknown)."""


@dataclass(frozen=True)
class ListenTicket:
    """What the supervisor's engine needs for the `listen` command (the token only here)."""

    listen_id: str
    call_id: str
    seat: str
    uri: str  # the operator seat's SIP address
    token: str
    rules: tuple[str, ...]  # the policy's rule ids, for tooltips and audits


def _aware(stamp: datetime) -> datetime:
    return stamp.replace(tzinfo=UTC) if stamp.tzinfo is None else stamp


def seat_address(session: Session, seat: str) -> str | None:
    """The SIP address the seat's engine announced last (audit `seat_announced`)."""
    rows = session.scalars(
        sa.select(AuditEvent.payload)
        .where(AuditEvent.kind == SEAT_ANNOUNCED)
        .order_by(AuditEvent.id.desc())
        .limit(200)
    )
    for text in rows:
        payload = json.loads(text)
        if payload.get("seat") == seat and payload.get("sip"):
            return str(payload["sip"])
    return None


def grant_listen(
    sessions: sessionmaker[Session], actor: Actor, call_id: str, policy: Policy
) -> ListenTicket:
    """A one-time grant to listen to `call_id` (audited), or a one-line refusal.

    Raises:
        PermissionDenied: not a role with LISTEN_LIVE (audited by the gate).
        ListeningRefused: the policy forbids it, the call is not in progress, or its seat
            has not announced a SIP address (each audited as `listen_refused`).
    """
    authorize(sessions, actor, Permission.LISTEN_LIVE, action="listen", call_id=call_id)
    rules = policy.supervision.rules
    with sessions.begin() as session:
        call = session.get(Call, call_id)
        refusal: tuple[str, str] | None = None
        uri = None
        if not policy.supervision.live_listening:
            refusal = ("policy", "the desk's policy does not allow live listening")
        elif call is None or call.end_at is not None or call.answer_at is None:
            refusal = ("no_call", "the call is not in progress")
        else:
            uri = seat_address(session, call.seat)
            if uri is None:
                refusal = ("no_address", f"seat {call.seat} has not announced its address")
        if refusal is None and call is not None and uri is not None:
            listen_id = str(uuid.uuid4())
            token = secrets.token_urlsafe(24)
            append_audit(
                session,
                "listen_granted",
                actor.label,
                {
                    "listen_id": listen_id,
                    "seat": call.seat,
                    "token_sha256": hashlib.sha256(token.encode("ascii")).hexdigest(),
                    "expires_at": _aware(utcnow() + GRANT_TTL).isoformat(),
                    "rules": list(rules),
                },
                call_id,
            )
            return ListenTicket(listen_id, call_id, call.seat, uri, token, rules)
        code, message = refusal or ("no_call", "the call is not in progress")
        append_audit(session, "listen_refused", actor.label,
                     {"reason": code, "rules": list(rules), "side": "supervisor"},
                     call_id[:36])  # fmt: skip
    raise ListeningRefused(message, code=f"listen.{code}")


def admit_listen(
    sessions: sessionmaker[Session],
    seat: str,
    listen_id: str,
    call_id: str,
    token_sha256: str,
    *,
    allowed: bool,
    source: str = "",
) -> str | None:
    """The operator's host: None to answer the listen INVITE, else why it is refused.

    `allowed`: this seat's own policy allows live listening (both ends must agree). The
    first admission uses the grant up; any later one is a replay.
    """
    actor = f"seat:{seat}"[:128]
    with sessions.begin() as session:
        reason = _refusal(session, seat, listen_id, call_id, token_sha256, allowed)
        payload = {"listen_id": listen_id[:64], "seat": seat, "source": source[:100]}
        if reason is None:
            append_audit(session, "listen_admitted", actor, payload, call_id[:36])
        else:
            append_audit(session, "listen_refused", actor,
                         {**payload, "reason": reason, "side": "operator"},
                         call_id[:36])  # fmt: skip
    return reason


def _refusal(
    session: Session, seat: str, listen_id: str, call_id: str, token_sha256: str, allowed: bool
) -> str | None:
    if not allowed:
        return "policy"
    events = session.scalars(
        sa.select(AuditEvent)
        .where(
            AuditEvent.call_id == call_id[:36],
            AuditEvent.kind.in_(("listen_granted", "listen_admitted")),
        )
        .order_by(AuditEvent.id)
    ).all()
    grant = None
    for event in events:
        payload = json.loads(event.payload)
        if payload.get("listen_id") != listen_id:
            continue
        if event.kind == "listen_admitted":
            return "replayed"
        grant = payload
    if grant is None:
        return "unknown_grant"
    if not hmac.compare_digest(str(grant.get("token_sha256", "")), token_sha256):
        return "bad_token"
    if grant.get("seat") != seat:
        return "wrong_seat"
    if datetime.fromisoformat(str(grant["expires_at"])) < _aware(utcnow()):
        return "expired"
    return None


def record_listen_mode(
    sessions: sessionmaker[Session], actor: Actor, listen_id: str, call_id: str, mode: str,
    policy: Policy,
) -> None:  # fmt: skip
    """Audit a switch to listen / whisper / barge before the console sends it."""
    if mode not in LISTEN_MODES:
        raise ListeningRefused(f"unknown listening mode {mode[:20]!r}", code="listen.mode")
    authorize(sessions, actor, Permission.LISTEN_LIVE, action="listen_mode", call_id=call_id)
    if not policy.supervision.live_listening:
        raise ListeningRefused(
            "the desk's policy does not allow live listening", code="listen.policy"
        )
    with sessions.begin() as session:
        append_audit(session, "listen_mode", actor.label,
                     {"listen_id": listen_id, "mode": mode,
                      "rules": list(policy.supervision.rules)}, call_id)  # fmt: skip


def record_listen_stop(
    sessions: sessionmaker[Session], actor: Actor, listen_id: str, call_id: str
) -> None:
    """Audit the supervisor's Stop (the operator's seat audits the dialog's end too)."""
    with sessions.begin() as session:
        append_audit(session, "listen_stopped", actor.label, {"listen_id": listen_id}, call_id)
