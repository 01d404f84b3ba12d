"""Turns engine events into Call/Recording rows and audit entries, and lists them back.

`CallSummary` and `RecordingSummary` (defined in `db.queries`) are re-exported here for
the `kuty calls list` / `kuty recordings list` commands.

Plain Python (no Qt, no pjsua2) so the console, `kuty serve` and the tests share it. Every
write is one transaction and every method is idempotent: after a crash the host replays
events and re-reads sidecars, and replaying must neither duplicate rows nor overwrite what
was already settled. The rule is "fill what is missing, never rewrite what is final";
the one exception is a finished sidecar, which the recordings repair rewrites on purpose.
"""

from __future__ import annotations

import dataclasses
import json
import logging
import re
from collections.abc import Callable
from datetime import UTC, date, datetime, tzinfo
from pathlib import Path
from typing import Any, TypeVar

import sqlalchemy as sa
from sqlalchemy.orm import Session, sessionmaker

from db import queries
from db.audit import append_audit, audit_head, canonical_payload
from db.live import announce
from db.models import REMOTE_URI_MAX, AuditEvent, Call, Recording, utcnow
from db.queries import CallSummary, RecordingSummary
from desk.policy import Policy
from incidents.config import IncidentsConfig
from incidents.inbox import queue_system_alert
from seat import calllog_day
from telephony import protocol
from telephony.protocol import CallDirection, EndReason, RecordingStatus

log = logging.getLogger(__name__)

LIVE_TOPICS: dict[type[protocol.Event], str] = {
    protocol.CallIncoming: "calls",
    protocol.CallOutgoing: "calls",
    protocol.CallAnswered: "calls",
    protocol.CallEnded: "calls",
    protocol.CallDeclined: "calls",
    protocol.CallTransfer: "calls",
    protocol.Alert: "alerts",
    protocol.AgentStateChanged: "agents",
}
"""What each journaled event changes on a supervisor's wallboard (db.live)."""

_E164 = re.compile(r"^\+[1-9]\d{1,14}$")
_DISPLAY_NAME_MAX = 255
_SEAT_MAX = 128
_E = TypeVar("_E", CallDirection, EndReason, RecordingStatus)

__all__ = ["CallLog", "CallSummary", "RecordingSummary", "clean_number", "parse_time"]


# ------------------------------------------------------------------ lenient parsing


def parse_time(value: object) -> datetime | None:
    """ISO 8601 to aware UTC; None for anything unusable, because a bad timestamp in one
    sidecar must not stop the rest of the call from being recorded. Naive means UTC."""
    if isinstance(value, datetime):
        parsed = value
    elif isinstance(value, str) and value:
        try:
            parsed = datetime.fromisoformat(value)
        except ValueError:
            log.warning("ignoring unparseable timestamp %r", value[:100])
            return None
    else:
        return None
    return parsed.replace(tzinfo=UTC) if parsed.utcoffset() is None else parsed.astimezone(UTC)


def clean_number(value: object) -> str | None:
    """E.164 or WITHHELD; anything else is dropped (the raw URI is still stored)."""
    if value == protocol.WITHHELD or (isinstance(value, str) and _E164.match(value)):
        return str(value)
    if value is not None:
        log.warning("ignoring caller number that is not E.164: %r", str(value)[:100])
    return None


def _clip(value: object, limit: int) -> str | None:
    return value[:limit] if isinstance(value, str) and value else None


def _enum_or_none(cls: type[_E], value: object) -> _E | None:
    try:
        return cls(str(value)) if value is not None else None
    except ValueError:
        log.warning("ignoring unknown %s %r", cls.__name__, str(value)[:100])
        return None


def _number_or_none(value: object, kind: type[int] | type[float]) -> Any:
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    return kind(value)


def _track(data: dict[str, Any], name: str) -> dict[str, Any]:
    tracks = data.get("tracks")
    entry = tracks.get(name) if isinstance(tracks, dict) else None
    return entry if isinstance(entry, dict) else {}


def _fill(obj: object, changed: list[str], **values: object) -> None:
    """Set attributes that are still NULL; settled values are never rewritten."""
    for name, value in values.items():
        if value is not None and getattr(obj, name) is None:
            setattr(obj, name, value)
            changed.append(name)


def _overwrite(obj: object, changed: list[str], **values: object) -> None:
    for name, value in values.items():
        if value is not None and getattr(obj, name) != value:
            setattr(obj, name, value)
            changed.append(name)


def _incidents_config_from_settings() -> IncidentsConfig:
    """`incidents.toml` in the data folder of the effective settings (env, settings.toml)."""
    from desk.settings import load_settings
    from incidents.config import load_config

    return load_config(load_settings().data_dir)


def _policy_from_settings() -> Policy:
    from desk.policy import seat_policy
    from desk.settings import load_settings

    return seat_policy(load_settings())


def _gaps_for_audit(gaps: str) -> object:
    """The gap list as JSON in the audit payload; the raw text if the engine's is not JSON."""
    try:
        return json.loads(gaps) if gaps else None
    except ValueError:
        log.warning("recording gaps are not JSON: %r", gaps[:200])
        return gaps


class CallLog:
    """Writes one seat's calls; safe to share between threads (one session per call).

    `incidents_config` says who gets supervisor notices of a recording alert (KUTY-1.1):
    a config, or a callable read at each alert so an edited `incidents.toml` applies without
    a restart. Default: `incidents.toml` in the data folder of `desk.settings.load_settings()`
    (environment and settings file); pass it when the data folder comes from elsewhere
    (a `--data-dir` flag).
    """

    def __init__(
        self,
        sessions: sessionmaker[Session],
        seat: str,
        *,
        incidents_config: IncidentsConfig | Callable[[], IncidentsConfig] | None = None,
        operator_id: int | None = None,
        policy: Policy | Callable[[], Policy] | None = None,
    ) -> None:
        self._sessions = sessions
        # issue 12: the seat's regulation, for chat messages' cases (read when one comes)
        self._policy = _policy_from_settings if policy is None else policy
        self._operator_id = operator_id
        self._incidents_config = (
            _incidents_config_from_settings if incidents_config is None else incidents_config
        )
        self.seat = seat[:_SEAT_MAX]
        self.actor = f"seat:{self.seat}"[:128]
        self._handlers: dict[type[protocol.Event], Callable[[Session, Any], None]] = {
            protocol.CallIncoming: self._on_incoming,
            protocol.CallOutgoing: self._on_outgoing,
            protocol.CallAnswered: self._on_answered,
            protocol.RecordingStarted: self._on_recording_started,
            protocol.RecordingFinished: self._on_recording_finished,
            protocol.CallEnded: self._on_ended,
            protocol.Alert: self._on_alert,
            protocol.CallDeclined: self._on_declined,
            protocol.AgentStateChanged: self._on_agent_state,
            protocol.CallTransfer: self._on_transfer,
            protocol.MessageReceived: self._on_message,
            # issue 13: where the seat can be reached, and what live listening did here
            protocol.EngineReady: self._on_engine_ready,
            protocol.RegistrationChanged: self._on_registration,
            protocol.ListenStarted: self._on_listen,
            protocol.ListenModeChanged: self._on_listen,
            protocol.ListenEnded: self._on_listen,
        }

    @property
    def operator_id(self) -> int | None:
        """The operator signed in at this seat (operators.id), None when nobody is."""
        return self._operator_id

    def set_operator(self, operator_id: int | None) -> None:
        """Who is signed in now (the console calls it on sign-in and sign-out).

        Agent-state periods and answered calls from then on carry this operator; a
        headless `kuty serve` has nobody, and its rows say so (NULL), never a guess.
        """
        self._operator_id = operator_id

    @property
    def sessions(self) -> sessionmaker[Session]:
        """The database this call log writes (the audit checkpoint reads its head)."""
        return self._sessions

    # ----------------------------------------------------------------- writes

    def handles(self, event: protocol.Event) -> bool:
        """True when `apply` writes something for this kind of event (what to journal)."""
        return type(event) in self._handlers

    def apply(self, event: protocol.Event) -> None:
        """Record one engine event in its own transaction; other event kinds are ignored."""
        handler = self._handlers.get(type(event))
        if handler is None:
            return
        with self._sessions.begin() as session:
            handler(session, event)
            topic = LIVE_TOPICS.get(type(event))
            if topic is not None:
                announce(session, topic)  # the desk's wallboards, at commit (issue 13)
        if isinstance(event, protocol.RecordingFinished):
            self._anchor_sidecar(event.directory)

    def _anchor_sidecar(self, directory: str) -> None:
        """Write the audit head, committed by now, into the finished recording's sidecar.

        One more copy of the head outside the database, next to the evidence it covers
        (fault 9, seat/audit_anchor.py). Best effort: a sidecar that cannot be read or
        written is logged, and the call log goes on.
        """
        from recordings.store import SidecarError, read_sidecar, write_sidecar

        try:
            with self._sessions.begin() as session:
                head = audit_head(session)
            data = read_sidecar(Path(directory))
            data["audit_head"] = head.to_json_dict()
            write_sidecar(Path(directory), data)
        except (SidecarError, OSError) as exc:
            log.warning("no audit anchor in the sidecar of %s: %s", directory, exc)

    def audit(
        self, kind: str, actor: str, payload: dict[str, Any], call_id: str | None = None
    ) -> None:
        """Append an audit event in its own transaction (no secrets in `payload`)."""
        with self._sessions.begin() as session:
            append_audit(session, kind, actor, payload, call_id)

    def call_end_at(self, call_id: str) -> str | None:
        """When the call ended, as ISO UTC, if the engine reported it (repair uses it)."""
        with self._sessions() as session:
            call = session.get(Call, call_id)
            end = call.end_at if call is not None else None
        if end is None:
            return None
        return (end.replace(tzinfo=UTC) if end.tzinfo is None else end).isoformat()

    def close_interrupted_calls(self, now: datetime) -> list[str]:
        """Close this seat's calls left open by a crash; returns their ids.

        Call it at start-up before the engine runs, or a live call would be closed too.
        Other seats' open calls are theirs to close (multi-seat PostgreSQL).
        """
        closed: list[str] = []
        with self._sessions.begin() as session:
            calls = session.scalars(
                sa.select(Call)
                .where(Call.seat == self.seat, Call.end_at.is_(None))
                .order_by(Call.ring_at)
            )
            for call in calls:
                call.end_at = now
                call.end_reason = EndReason.INTERRUPTED
                append_audit(session, "call_interrupted", self.actor, {}, call.id, at=now)
                closed.append(call.id)
        if closed:
            log.warning("closed %d call(s) interrupted by a crash: %s", len(closed), closed)
        return closed

    def upsert_from_sidecar(self, data: dict[str, Any]) -> None:
        """Bring the DB in line with a recording directory's `call.json`.

        The call row is only filled in (events were there first). The recording row is
        rewritten when the sidecar is final (status other than `recording`): the repair of
        an interrupted recording rewrites the sidecar with new hashes and status `repaired`.

        Raises:
            ValueError: `call_id`, `recording_id` or `directory` is missing.
        """
        call_id, recording_id, directory = (
            data.get("call_id"),
            data.get("recording_id"),
            data.get("directory"),
        )
        if not (isinstance(call_id, str) and isinstance(recording_id, str) and directory):
            raise ValueError("sidecar needs call_id, recording_id and directory")
        times = {k: parse_time(data.get(k)) for k in ("ring_at", "answer_at", "started_at")}
        end_at = parse_time(data.get("end_at"))
        status = _enum_or_none(RecordingStatus, data.get("status"))
        track = {name: _track(data, name) for name in ("caller", "operator", "mixed")}
        changed: list[str] = []
        with self._sessions.begin() as session:
            call = session.get(Call, call_id)
            if call is None:
                seen = [t for t in (*times.values(), end_at) if t is not None]
                call = Call(id=call_id, ring_at=times["ring_at"] or min(seen, default=utcnow()))
                call.seat = _clip(data.get("seat"), _SEAT_MAX) or self.seat
                session.add(call)
                changed.append("call")
            _fill(
                call,
                changed,
                direction=_enum_or_none(CallDirection, data.get("direction")),
                remote_number=clean_number(data.get("caller_number")),
                remote_uri=_clip(data.get("remote_uri"), REMOTE_URI_MAX),
                display_name=_clip(data.get("display_name"), _DISPLAY_NAME_MAX),
                answer_at=times["answer_at"],
                end_at=end_at,
                end_reason=_enum_or_none(EndReason, data.get("end_reason")),
            )
            rec = session.get(Recording, recording_id)
            if rec is None:
                started = times["started_at"] or times["answer_at"] or call.ring_at
                rec = Recording(
                    id=recording_id,
                    call_id=call_id,
                    directory=str(directory),
                    status=RecordingStatus.RECORDING,
                    started_at=started,
                    legal_hold=False,
                )
                session.add(rec)
                changed.append("recording")
            final = status is not None and status is not RecordingStatus.RECORDING
            (_overwrite if final else _fill)(
                rec,
                changed,
                caller_path=_clip(track["caller"].get("path"), 4096),
                operator_path=_clip(track["operator"].get("path"), 4096),
                mixed_path=_clip(track["mixed"].get("path"), 4096),
                caller_sha256=_clip(track["caller"].get("sha256"), 64),
                operator_sha256=_clip(track["operator"].get("sha256"), 64),
                mixed_sha256=_clip(track["mixed"].get("sha256"), 64),
                duration_s=_number_or_none(data.get("duration_s"), float),
                sample_rate=_number_or_none(data.get("sample_rate"), int),
                status=status if final else None,
            )
            if final:
                _fill(rec, changed, finished_at=end_at or utcnow())
            if changed:
                payload: dict[str, Any] = {
                    "recording_id": recording_id,
                    "status": rec.status.value,
                    "changed": sorted(set(changed)),
                }
                append_audit(session, "sidecar_applied", self.actor, payload, call_id)

    # ------------------------------------------------------------ event handlers

    def _call(self, session: Session, call_id: str, at: datetime) -> Call:
        """The call row, or a stub when an event outran CallIncoming (kept, not dropped)."""
        call = session.get(Call, call_id)
        if call is None:
            log.warning("event for unknown call %s: creating a stub row", call_id)
            call = Call(id=call_id, ring_at=at, seat=self.seat)
            session.add(call)
        return call

    def _insert_call(
        self,
        session: Session,
        call_id: str,
        direction: CallDirection,
        ring_at: str,
        values: dict[str, Any],
    ) -> None:
        when = parse_time(ring_at) or utcnow()
        call = session.get(Call, call_id)
        if call is None:
            call = Call(id=call_id, ring_at=when, seat=self.seat)
            session.add(call)
        elif call.direction is None:
            call.ring_at = when  # a stub's ring_at was a guess from a later event
        _fill(call, [], direction=direction, **values)

    def _on_incoming(self, session: Session, event: protocol.CallIncoming) -> None:
        values = {
            "remote_number": clean_number(event.caller_number),
            "remote_uri": _clip(event.remote_uri, REMOTE_URI_MAX),
            "display_name": _clip(event.display_name, _DISPLAY_NAME_MAX),
        }
        self._insert_call(session, event.call_id, CallDirection.INCOMING, event.ring_at, values)
        if event.replaces:
            calllog_day.audit_replaces(
                session, actor=self.actor, call_id=event.call_id, replaces=event.replaces
            )

    def _on_outgoing(self, session: Session, event: protocol.CallOutgoing) -> None:
        values = {
            "remote_number": clean_number(event.callee_number),
            "remote_uri": _clip(event.remote_uri, REMOTE_URI_MAX),
        }
        self._insert_call(session, event.call_id, CallDirection.OUTGOING, event.ring_at, values)

    def _on_answered(self, session: Session, event: protocol.CallAnswered) -> None:
        when = parse_time(event.answer_at) or utcnow()
        _fill(
            self._call(session, event.call_id, when), [],
            answer_at=when, operator_id=self._operator_id,
        )  # fmt: skip

    def _on_declined(self, session: Session, event: protocol.CallDeclined) -> None:
        ring_at = parse_time(event.ring_at) or utcnow()
        values = {
            "remote_number": clean_number(event.caller_number),
            "remote_uri": _clip(event.remote_uri, REMOTE_URI_MAX),
            "display_name": _clip(event.display_name, _DISPLAY_NAME_MAX),
        }
        calllog_day.apply_declined(
            session, seat=self.seat, actor=self.actor, event=event, ring_at=ring_at,
            end_at=parse_time(event.end_at) or ring_at, values=values,
            notice_config=self._notice_config,
        )  # fmt: skip

    def _on_engine_ready(self, session: Session, event: protocol.EngineReady) -> None:
        """The seat's SIP address, for a supervisor's listen call (desk/listening.py);
        written when it changes, so restarts and replays add nothing."""
        self._announce(session, f"sip:operator@{event.listen}")

    def _on_registration(self, session: Session, event: protocol.RegistrationChanged) -> None:
        """Registered, the seat is reached through its registrar: its AOR there (the
        engine's `seat_uri`, ADR 0016), since its guard then admits only the proxy."""
        if event.seat_uri:
            self._announce(session, event.seat_uri)

    def _announce(self, session: Session, sip: str) -> None:
        payload = {"seat": self.seat, "sip": sip[:REMOTE_URI_MAX]}
        self._audit_once(session, "seat_announced", payload, None, latest=True)

    def _on_listen(
        self,
        session: Session,
        event: protocol.ListenStarted | protocol.ListenModeChanged | protocol.ListenEnded,
    ) -> None:
        """What live listening did on this seat's bridge (issue 13), next to the grant."""
        payload = {k: v for k, v in dataclasses.asdict(event).items() if k != "call_id"}
        kind = {"listen_started": "listen_started", "listen_mode": "listen_mode_applied"}
        name = kind.get(event.name, "listen_ended")
        self._audit_once(session, name, payload, event.call_id[:36] or None)

    def _audit_once(
        self,
        session: Session,
        kind: str,
        payload: dict[str, Any],
        call_id: str | None,
        *,
        latest: bool = False,
    ) -> None:
        """Append unless this seat already wrote the same event (a replay, the call log's
        idempotency rule); `latest`: compare with its newest event of the kind only."""
        text = canonical_payload(payload)
        query = sa.select(AuditEvent.payload).where(
            AuditEvent.kind == kind, AuditEvent.actor == self.actor, AuditEvent.call_id == call_id
        )
        if latest:
            query = query.order_by(AuditEvent.id.desc()).limit(1)
        if text in session.scalars(query).all():
            return
        append_audit(session, kind, self.actor, payload, call_id)

    def _on_agent_state(self, session: Session, event: protocol.AgentStateChanged) -> None:
        since = parse_time(event.since) or utcnow()
        calllog_day.apply_agent_state(
            session, seat=self.seat, actor=self.actor, operator_id=self._operator_id,
            event=event, since=since,
        )  # fmt: skip

    def _on_transfer(self, session: Session, event: protocol.CallTransfer) -> None:
        calllog_day.apply_transfer(session, seat=self.seat, actor=self.actor, event=event)

    def _on_ended(self, session: Session, event: protocol.CallEnded) -> None:
        when = parse_time(event.end_at) or utcnow()
        call = self._call(session, event.call_id, when)
        if call.end_at is None:
            call.end_at = when
            call.end_reason = EndReason(event.end_reason)
            call.sip_code = event.sip_code or None

    def _on_recording_started(self, session: Session, event: protocol.RecordingStarted) -> None:
        when = parse_time(event.started_at) or utcnow()
        self._call(session, event.call_id, when)
        if session.get(Recording, event.recording_id) is not None:
            return
        session.add(
            Recording(
                id=event.recording_id,
                call_id=event.call_id,
                directory=event.directory,
                caller_path=event.caller_path,
                operator_path=event.operator_path,
                sample_rate=event.sample_rate,
                status=RecordingStatus.RECORDING,
                started_at=when,
                legal_hold=False,
            )
        )
        payload = {"recording_id": event.recording_id, "directory": event.directory}
        append_audit(session, "recording_started", self.actor, payload, event.call_id, at=when)

    def _on_recording_finished(self, session: Session, event: protocol.RecordingFinished) -> None:
        call = self._call(session, event.call_id, utcnow())
        rec = session.get(Recording, event.recording_id)
        if rec is None:
            rec = Recording(
                id=event.recording_id,
                call_id=event.call_id,
                directory=event.directory,
                status=RecordingStatus.RECORDING,
                started_at=call.answer_at or call.ring_at,
                legal_hold=False,
            )
            session.add(rec)
        elif rec.finished_at is not None:
            return  # first final report wins; a replay must not undo a later repair
        rec.directory = event.directory
        rec.caller_path, rec.operator_path = event.caller_path, event.operator_path
        rec.mixed_path, rec.mixed_sha256 = event.mixed_path, event.mixed_sha256
        rec.caller_sha256, rec.operator_sha256 = event.caller_sha256, event.operator_sha256
        rec.duration_s, rec.sample_rate = event.duration_s, event.sample_rate
        rec.status = RecordingStatus(event.status)
        # KUTY-1.1: an `incomplete` recording says which seconds are missing (a full disk),
        # on the row and in the audit, so nobody takes it for the whole call.
        rec.gaps, rec.missing_s = event.gaps or None, float(event.missing_s)
        rec.finished_at = utcnow()
        payload = {
            "recording_id": rec.id,
            "status": rec.status.value,
            "duration_s": rec.duration_s,
            "caller_sha256": rec.caller_sha256,
            "operator_sha256": rec.operator_sha256,
            "mixed_sha256": rec.mixed_sha256,
            "missing_s": rec.missing_s,
            "gaps": _gaps_for_audit(event.gaps),
        }
        append_audit(session, "recording_finished", self.actor, payload, event.call_id)

    def _on_message(self, session: Session, event: protocol.MessageReceived) -> None:
        """A SIP MESSAGE the engine took as chat (issue 12): its exact bytes, a message row
        and a case, in this transaction (incidents/sip_messages.py; idempotent by hash, so
        a journal replay adds nothing). Bytes that cannot be read are logged and audited,
        never raised: one bad line must not stop the call log."""
        from desk.policy import PolicyError, load_policy
        from incidents.sip_messages import ChatBytesError, decode_raw, store_sip_message
        from telephony.sip_sanity import SipSyntaxError

        try:
            policy = self._policy if not callable(self._policy) else self._policy()
        except (PolicyError, ValueError) as exc:  # kept all the same (KUTY-1.1)
            log.error("seat policy unreadable, chat message numbered as KUTY: %s", exc)
            policy = load_policy("kuty")
        try:
            raw = decode_raw(event.raw_b64)
            store_sip_message(session, raw, policy=policy, actor_label=self.actor,
                              received_at=parse_time(event.received_at))  # fmt: skip
        except (ChatBytesError, SipSyntaxError) as exc:
            log.error("chat message from %s not stored: %s", event.source, exc)
            payload = {"source": event.source, "size": event.size, "error": str(exc)[:200]}
            append_audit(session, "chat_message_unreadable", self.actor, payload)

    def _notice_config(self) -> IncidentsConfig:
        """Who gets the e-mails; an unusable config still lets the in-app notices through."""
        source = self._incidents_config
        if isinstance(source, IncidentsConfig):
            return source
        try:
            return source()
        except (ValueError, OSError) as exc:  # IncidentsConfigError, SettingsError, I/O
            log.error("recording alert e-mail not queued, incidents.toml unusable: %s", exc)
            return IncidentsConfig(packages_dir=Path())

    def _on_alert(self, session: Session, event: protocol.Alert) -> None:
        """Audit a recording alert and notify supervisors, both once (KUTY-1.1, issue 10).

        Only `protocol.RECORDING_ALERTS` concern the call log: audio is being (or is about
        to be) lost, which management must hear about at once, in-app and by e-mail, not
        only the operator. Audit and notices share this transaction, so neither exists
        without the other. An alert carries no id, so a replay is recognised by identical
        content and changes nothing; a repeated alert with new text is audited again, and
        `queue_system_alert` keeps supervisors to one notice per call.
        """
        if event.code not in protocol.RECORDING_ALERTS:
            return
        payload = {"code": event.code, "message": event.message}
        same = sa.select(AuditEvent.id).where(
            AuditEvent.kind == event.code,
            AuditEvent.payload == canonical_payload(payload),
            AuditEvent.call_id.is_(None)
            if event.call_id is None
            else AuditEvent.call_id == event.call_id,
        )
        if session.execute(same.limit(1)).first() is not None:
            return
        append_audit(session, event.code, self.actor, payload, event.call_id)
        queue_system_alert(
            session, event.code, event.message, event.call_id, self._notice_config(),
            seat=self.seat,
        )  # fmt: skip

    # ------------------------------------------------------------------ reads

    def list_calls(
        self, day: date | None = None, limit: int = 200, *, tz: tzinfo = UTC
    ) -> list[CallSummary]:
        """Newest first; `day` is a calendar day in `tz` (pass the desk's zone for the CLI)."""
        with self._sessions() as session:
            return queries.list_calls(session, day, limit, tz=tz)

    def missed_calls(self, *, since: datetime, seat: str | None = None) -> list[CallSummary]:
        """The call-back list (issue 11): see `db.queries.missed_calls`."""
        with self._sessions() as session:
            return queries.missed_calls(session, since=since, seat=seat)

    def list_recordings(self, limit: int = 200) -> list[RecordingSummary]:
        with self._sessions() as session:
            return queries.list_recordings(session, limit)
