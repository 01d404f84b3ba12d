"""Incident services behind the two buttons (KUTY-3.1..3.4) and the supervisor queue.

`report_call_incident` runs right after the engine was told to hang up, on the operator's
click, so it does only database work in one transaction: incident row, legal hold on the
call's recordings, hash snapshots, notifications, audit. If any part fails nothing is
written (the audit row exists if and only if the incident does). File work (hash
snapshots of recordings still being written, the police package) happens later in
`settle_incident`, from a worker thread and from `on_recording_finished`.
"""

from __future__ import annotations

import logging
from datetime import date, datetime, timedelta
from pathlib import Path

import sqlalchemy as sa
from sqlalchemy.orm import Session, sessionmaker

from db.audit import append_audit
from db.live import announce
from db.models import Call, CallerPhoneNumber, Operator, Recording, utcnow
from db.models_incidents import (
    Incident,
    IncidentChannel,
    IncidentKind,
    IncidentRecording,
    IncidentStatus,
    Message,
    Notification,
    NotificationChannel,
)
from desk.errors import NotFound, UserFacingError
from desk.gate import authorize
from desk.roles import SYSTEM, Actor, Permission, allowed
from incidents import police
from incidents.config import IncidentsConfig
from incidents.inbox import (
    NotificationSummary,
    acknowledge_notification,
    pending_notifications,
    queue_notifications,
)
from incidents.queries import (
    BlockEntry,
    IncidentSummary,
    get_incident,
    incidents_for_call,
    list_blocked_numbers,
    list_incidents,
    load_incident,
)
from telephony.protocol import RecordingStatus

__all__ = [
    "REVERT_WINDOW_S",
    "BlockEntry",
    "IncidentRevertError",
    "IncidentSummary",
    "NotificationSummary",
    "acknowledge_notification",
    "get_incident",
    "incidents_for_call",
    "list_blocked_numbers",
    "list_incidents",
    "on_recording_finished",
    "pending_notifications",
    "reclassify_incident",
    "report_call_incident",
    "report_message_incident",
    "save_incident_note",
    "set_status",
    "settle_incident",
    "withdraw_incident",
]

log = logging.getLogger(__name__)
NOTE_MAX = 20_000
_FINAL = (RecordingStatus.COMPLETE, RecordingStatus.REPAIRED, RecordingStatus.FAILED)
REVERT_WINDOW_S = 15 * 60
"""How long the operator who pressed F12/abuse may take it back (issue 11: F12 sits beside
F10, mute). Supervisors may revert later, until the case is handed to the police."""
REASON_MAX = 2000
WITHDRAWN_MARK = "WITHDRAWN.txt"


class IncidentRevertError(UserFacingError, ValueError):
    """An incident cannot be withdrawn or reclassified; the message says why."""


def _operator(session: Session, actor: Actor, fallback_id: int | None) -> tuple[int | None, str]:
    op_id = actor.operator_id or fallback_id
    op = session.get(Operator, op_id) if op_id is not None else None
    if op is None and actor.operator_id is None:
        op = session.scalar(sa.select(Operator).where(Operator.username == actor.username))
    if op is not None:
        return op.id, op.display_name
    return op_id, actor.username


def _snapshot(link: IncidentRecording, rec: Recording) -> None:
    link.caller_sha256 = rec.caller_sha256
    link.operator_sha256 = rec.operator_sha256
    link.mixed_sha256 = rec.mixed_sha256


def _hold_recordings(session: Session, inc: Incident, call_id: str) -> list[str]:
    """Legal hold + hash snapshot for every recording of the call not yet linked."""
    linked = set(
        session.scalars(
            sa.select(IncidentRecording.recording_id).where(IncidentRecording.incident_id == inc.id)
        )
    )
    held: list[str] = []
    for rec in session.scalars(sa.select(Recording).where(Recording.call_id == call_id)):
        rec.legal_hold = True
        if rec.id not in linked:
            link = IncidentRecording(incident_id=inc.id, recording_id=rec.id)
            _snapshot(link, rec)
            session.add(link)
        held.append(rec.id)
    return held


def report_call_incident(
    sessions: sessionmaker[Session],
    actor: Actor,
    *,
    call_id: str,
    kind: IncidentKind,
    pressed_at: datetime,
    offset_s: float | None,
    config: IncidentsConfig,
    profile_id: int | None = None,
) -> int:
    """File a voice incident (KUTY-3.1 abuse, KUTY-3.2 threat); returns the incident id.

    The hang-up was already sent by the caller. `offset_s` is the position in the recording
    at the press; None derives it from the recording's start. `profile_id` is the profile
    the verification flow settled on; if omitted it is looked up only for a verified call
    whose number belongs to exactly one profile (a family phone names nobody).

    Raises:
        PermissionDenied: the actor may not file incidents.
        NotFound: no such call.
    """
    kind = IncidentKind(kind)
    authorize(sessions, actor, Permission.FILE_INCIDENT, action="report_call_incident")
    with sessions.begin() as session:
        call = session.get(Call, call_id)
        if call is None:
            raise NotFound(f"call {call_id} does not exist")
        first = session.scalar(
            sa.select(Recording)
            .where(Recording.call_id == call_id)
            .order_by(Recording.started_at)
            .limit(1)
        )
        if offset_s is None and first is not None:
            offset_s = max(0.0, (pressed_at - first.started_at).total_seconds())
        verified = (call.verification_state or "").lower() == "verified"
        if profile_id is None and verified and call.remote_number:
            owners = session.scalars(
                sa.select(CallerPhoneNumber.profile_id).where(
                    CallerPhoneNumber.e164 == call.remote_number
                )
            ).all()
            profile_id = owners[0] if len(set(owners)) == 1 else None
        op_id, op_name = _operator(session, actor, call.operator_id)
        inc = Incident(
            kind=kind,
            channel=IncidentChannel.VOICE,
            call_id=call_id,
            created_at=utcnow(),
            pressed_at=pressed_at,
            offset_s=offset_s,
            caller_number=call.remote_number,
            profile_id=profile_id,
            verification_state=call.verification_state,
            operator_id=op_id,
            operator_name=op_name,
            status=IncidentStatus.OPEN,
        )
        session.add(inc)
        session.flush()
        held = _hold_recordings(session, inc, call_id)
        queued = queue_notifications(session, inc, config)
        payload = {
            "incident_id": inc.id,
            "kind": kind.value,
            "rule": "KUTY-3.2" if kind is IncidentKind.THREAT else "KUTY-3.1",
            "offset_s": offset_s,
            "legal_hold": held,
            "notifications": queued,
        }
        append_audit(session, "incident_reported", actor.label, payload, call_id)
        announce(session, "incidents")  # open incidents on the wallboard (issue 13)
        return inc.id


def report_message_incident(
    sessions: sessionmaker[Session],
    actor: Actor,
    *,
    message_id: int,
    kind: IncidentKind,
    config: IncidentsConfig,
) -> int:
    """File a written incident (KUTY-3.3 abuse, KUTY-3.4 threat): stop the correspondence,
    notify management and, for a threat, build the police package (message text and
    headers instead of audio). Returns the incident id; the package path is on it.

    Raises:
        PermissionDenied: the actor may not file incidents.
        NotFound: no such message.
    """
    kind = IncidentKind(kind)
    authorize(sessions, actor, Permission.FILE_INCIDENT, action="report_message_incident")
    with sessions.begin() as session:
        msg = session.get(Message, message_id)
        if msg is None:
            raise NotFound(f"message {message_id} does not exist")
        now = utcnow()
        msg.stopped = True
        msg.stopped_at = msg.stopped_at or now
        op_id, op_name = _operator(session, actor, msg.operator_id)
        inc = Incident(
            kind=kind,
            channel=IncidentChannel.WRITTEN,
            message_id=message_id,
            created_at=now,
            pressed_at=now,
            operator_id=op_id,
            operator_name=op_name,
            status=IncidentStatus.OPEN,
        )
        session.add(inc)
        session.flush()
        queued = queue_notifications(session, inc, config)
        payload = {
            "incident_id": inc.id,
            "kind": kind.value,
            "message_id": message_id,
            "rule": "KUTY-3.4" if kind is IncidentKind.THREAT else "KUTY-3.3",
            "correspondence_stopped": True,
            "notifications": queued,
        }
        append_audit(session, "incident_reported", actor.label, payload)
        incident_id = inc.id
    if kind is IncidentKind.THREAT:
        settle_incident(sessions, incident_id, config=config)
    return incident_id


def settle_incident(
    sessions: sessionmaker[Session], incident_id: int, *, config: IncidentsConfig
) -> Path | None:
    """Complete the evidence once it is final; returns the police package path, if any.

    Call it from a worker right after `report_call_incident` (the recording may already
    be finished) and from `on_recording_finished`. Refreshes the hash snapshots, holds
    recordings that appeared after the press, and for a threat (KUTY-3.2/3.4) builds the
    police package once every recording of the call is final (or the call ended with no
    recording at all). Idempotent: an existing package is returned, not rebuilt.
    """
    with sessions.begin() as session:
        inc = load_incident(session, incident_id)
        if inc.call_id is not None:
            _hold_recordings(session, inc, inc.call_id)
            for link, rec in session.execute(
                sa.select(IncidentRecording, Recording)
                .join(Recording, Recording.id == IncidentRecording.recording_id)
                .where(IncidentRecording.incident_id == incident_id)
            ).tuples():
                if link.caller_sha256 is None and rec.caller_sha256 is not None:
                    _snapshot(link, rec)
        if inc.kind is not IncidentKind.THREAT or inc.status is IncidentStatus.WITHDRAWN:
            return None
        if inc.package_path is not None:
            return Path(inc.package_path)
        if inc.call_id is not None:
            statuses = session.scalars(
                sa.select(Recording.status).where(Recording.call_id == inc.call_id)
            ).all()
            call = session.get(Call, inc.call_id)
            if any(s not in _FINAL for s in statuses):
                return None
            if not statuses and (call is None or call.end_at is None):
                return None
    return police.build_police_package(sessions, SYSTEM, incident_id, config.packages_dir)


def on_recording_finished(
    sessions: sessionmaker[Session], recording_id: str, *, config: IncidentsConfig
) -> list[Path]:
    """Engine host hook after a recording is final: settle every incident on its call."""
    with sessions.begin() as session:
        rec = session.get(Recording, recording_id)
        if rec is None:
            return []
        ids = session.scalars(
            sa.select(Incident.id).where(Incident.call_id == rec.call_id).order_by(Incident.id)
        ).all()
    paths = [settle_incident(sessions, i, config=config) for i in ids]
    return [p for p in paths if p is not None]


def save_incident_note(
    sessions: sessionmaker[Session], actor: Actor, incident_id: int, note: str
) -> None:
    """The optional after-call form: nothing else waits for it (issue 4, operator side)."""
    authorize(sessions, actor, Permission.FILE_INCIDENT, action="save_incident_note")
    with sessions.begin() as session:
        inc = load_incident(session, incident_id)
        inc.note = note[:NOTE_MAX]
        payload = {"incident_id": incident_id, "chars": len(inc.note)}
        append_audit(session, "incident_note_saved", actor.label, payload, inc.call_id)


def set_status(
    sessions: sessionmaker[Session],
    actor: Actor,
    incident_id: int,
    status: IncidentStatus,
    *,
    police_handed_at: date | None = None,
    police_reference: str | None = None,
) -> None:
    """Management's progress on an incident; handing to police needs date and reference.

    Raises:
        ValueError: `handed_to_police` without a date or a reference number.
    """
    status = IncidentStatus(status)
    perms = [Permission.ACK_NOTIFICATION]
    if status is IncidentStatus.HANDED_TO_POLICE:
        perms.append(Permission.EXPORT_POLICE_PACKAGE)
        if police_handed_at is None or not (police_reference or "").strip():
            raise ValueError("handing to police needs the date and the reference number")
    authorize(sessions, actor, *perms, action="set_incident_status", incident_id=incident_id)
    with sessions.begin() as session:
        inc = load_incident(session, incident_id)
        previous = inc.status
        inc.status = status
        if status is IncidentStatus.HANDED_TO_POLICE:
            inc.police_handed_at = police_handed_at
            inc.police_reference = (police_reference or "").strip()[:128]
        payload = {
            "incident_id": incident_id,
            "from": previous.value,
            "to": status.value,
            "police_handed_at": police_handed_at.isoformat() if police_handed_at else None,
            "police_reference": inc.police_reference,
        }
        append_audit(session, "incident_status_changed", actor.label, payload, inc.call_id)


# ------------------------------------------------------------------ revert (issue 11)


def _revertable(
    sessions: sessionmaker[Session],
    actor: Actor,
    incident_id: int,
    reason: str,
    now: datetime,
    action: str,
) -> str:
    """Check who may revert; returns the cleaned reason. Raises before any change."""
    authorize(
        sessions, actor, Permission.FILE_INCIDENT, Permission.ACK_NOTIFICATION,
        action=action, any_of=True, incident_id=incident_id,
    )  # fmt: skip
    text = " ".join(reason.split())
    if not text:
        raise IncidentRevertError("say why the incident is reverted (a reason is required)")
    if len(text) > REASON_MAX:
        raise IncidentRevertError(f"the reason is {len(text)} characters, at most {REASON_MAX}")
    supervisor = allowed(actor, Permission.ACK_NOTIFICATION)
    with sessions() as session:
        inc = load_incident(session, incident_id)
        if inc.status is IncidentStatus.WITHDRAWN:
            raise IncidentRevertError(f"incident {incident_id} is already withdrawn")
        if inc.status is IncidentStatus.HANDED_TO_POLICE:
            raise IncidentRevertError(
                f"incident {incident_id} was handed to the police; it cannot be reverted"
            )
        if not supervisor:
            own = inc.operator_id is not None and inc.operator_id == actor.operator_id
            if not own and actor.operator_id is None:
                op = session.scalar(sa.select(Operator).where(Operator.username == actor.username))
                own = op is not None and op.id == inc.operator_id
            if not own:
                raise IncidentRevertError(
                    f"incident {incident_id} was filed by another operator; ask a supervisor"
                )
            if now - inc.pressed_at > timedelta(seconds=REVERT_WINDOW_S):
                raise IncidentRevertError(
                    f"incident {incident_id} is older than {REVERT_WINDOW_S // 60} minutes; "
                    "ask a supervisor to revert it"
                )
    return text


def _mark_package(inc: Incident, text: str) -> str | None:
    """Write WITHDRAWN.txt beside the police package (never inside: the sealed folder's
    manifest and SHA256SUMS stay exactly as built). The package itself is kept."""
    if inc.package_path is None:
        return None
    package = Path(inc.package_path)
    mark = package.with_name(f"{package.name}.{WITHDRAWN_MARK}")
    try:
        with mark.open("a", encoding="utf-8") as out:
            out.write(text + "\n")
    except OSError as exc:
        log.error("cannot mark the police package %s withdrawn: %s", package, exc)
        return None
    return str(mark)


def _follow_up(session: Session, inc: Incident, code: str, body: str) -> int:
    """Tell everyone who was told about the incident (in-app and e-mail) that it changed."""
    from incidents.inbox import BODY_MAX
    from incidents.notify import alert_subject

    told = (
        session.execute(
            sa.select(Notification.channel, Notification.recipient)
            .where(Notification.incident_id == inc.id, Notification.alert_code.is_(None))
            .distinct()
        )
        .tuples()
        .all()
    )
    now = utcnow()
    for channel, recipient in told:
        session.add(
            Notification(
                incident_id=inc.id, alert_code=code, subject=alert_subject(code)[:300],
                body=body[:BODY_MAX], call_id=inc.call_id, channel=channel,
                recipient=recipient, created_at=now, attempts=0,
                next_attempt_at=now if channel is NotificationChannel.EMAIL else None,
            )
        )  # fmt: skip
    return len(told)


def withdraw_incident(
    sessions: sessionmaker[Session],
    actor: Actor,
    incident_id: int,
    *,
    reason: str,
    now: datetime | None = None,
) -> None:
    """Take back an incident filed by accident (issue 11); it is never deleted.

    The operator who filed it may, within REVERT_WINDOW_S of the press; a supervisor may
    at any time until the case is handed to the police. The incident becomes `withdrawn`
    with who, when and why; its police package is kept and marked (WITHDRAWN.txt beside
    it); legal holds stay (a supervisor releases them deliberately); whoever was notified
    gets a follow-up; audited as `incident_withdrawn`.

    Raises:
        PermissionDenied: the actor may neither file incidents nor handle notices.
        NotFound: no such incident.
        IncidentRevertError: someone else's, too old, already withdrawn, with the police,
            or no reason given.
    """
    now = now or utcnow()
    text = _revertable(sessions, actor, incident_id, reason, now, "withdraw_incident")
    with sessions.begin() as session:
        inc = load_incident(session, incident_id)
        previous = inc.status
        inc.status = IncidentStatus.WITHDRAWN
        inc.withdrawn_at, inc.withdrawn_by, inc.revert_reason = now, actor.label[:128], text
        mark = _mark_package(inc, f"{now.isoformat()} withdrawn by {actor.label}: {text}")
        told = _follow_up(session, inc, "incident_withdrawn", text)
        payload = {
            "incident_id": inc.id, "kind": inc.kind.value, "from": previous.value,
            "reason": text, "package_marked": mark, "follow_ups": told,
        }  # fmt: skip
        append_audit(session, "incident_withdrawn", actor.label, payload, inc.call_id, at=now)


def reclassify_incident(
    sessions: sessionmaker[Session],
    actor: Actor,
    incident_id: int,
    *,
    kind: IncidentKind,
    reason: str,
    now: datetime | None = None,
) -> None:
    """Turn a threat into abuse (KUTY-3.2 -> 3.1) after an accidental F12; same window and
    people as `withdraw_incident`. The original kind is kept on the row, a police package
    already built is marked withdrawn (kept), a follow-up goes to whoever was notified.

    Only threat -> abuse: the other way would need a police package and notices the
    operator did not send at the time, so it is a new incident, not a correction.

    Raises:
        PermissionDenied, NotFound, IncidentRevertError (as `withdraw_incident`; also any
        other change of kind).
    """
    kind = IncidentKind(kind)
    now = now or utcnow()
    text = _revertable(sessions, actor, incident_id, reason, now, "reclassify_incident")
    with sessions.begin() as session:
        inc = load_incident(session, incident_id)
        if not (inc.kind is IncidentKind.THREAT and kind is IncidentKind.ABUSE):
            raise IncidentRevertError(
                f"incident {incident_id}: only a threat can be reclassified, as abuse"
            )
        inc.original_kind = inc.original_kind or inc.kind
        inc.kind = kind
        inc.revert_reason = text
        mark = _mark_package(
            inc, f"{now.isoformat()} reclassified threat -> abuse by {actor.label}: {text}"
        )
        told = _follow_up(session, inc, "incident_reclassified", text)
        payload = {
            "incident_id": inc.id, "from": IncidentKind.THREAT.value, "to": kind.value,
            "rule": "KUTY-3.1", "reason": text, "package_marked": mark, "follow_ups": told,
        }  # fmt: skip
        append_audit(session, "incident_reclassified", actor.label, payload, inc.call_id, at=now)
