"""Fulfil a head-administrator request (KUTY-1.3) as one sealed dossier folder.

`<dest>/request-<id>-<UTC time>/`::

    recordings/<recording id>/*.wav   unmasked originals (the head administrator may hear
                                      key phrases), via export_recordings, with its own
                                      manifest and SHA256SUMS
    correspondence/message-<id>.txt   written contacts in the period (KUTY-1.1 kept as is)
    verification_log.json             attempt rows of the calls, secret columns removed
    incidents.json, complaints.json   for the calls / operators in scope (KUTY-1.2)
    transcripts.json                  the transcripts of the recordings in scope
    not_transcribed.json              every recording without one, with the reason (queued,
                                      failed, no engine): never omitted silently
    manifest.json, SHA256SUMS, README.txt, custody.log

Built in a `.partial-*` folder and renamed only when complete, like every package here.
Each custody line has a twin audit event, which is what makes the growing log credible.
"""

from __future__ import annotations

import enum
import os
import shutil
import threading
import uuid
from collections.abc import Callable, Iterable
from datetime import date, datetime
from pathlib import Path
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Session, sessionmaker

from db.audit import append_audit, audit_head
from db.models import Recording, utcnow
from db.models_incidents import Complaint, ComplaintLink, Incident, Message
from db.models_records import OPEN_STATUSES, AdminRequest, RequestStatus
from desk.errors import NotFound
from desk.gate import authorize
from desk.roles import Actor, Permission
from recordings.evidence import CUSTODY_LOG, seal_package
from recordings.export import PARTIAL_PREFIX, README, ExportCancelled, export_recordings, publish
from recordings.request_transcripts import transcript_states
from recordings.requests import RequestScope, calls_in_scope, scope_of
from recordings.transcripts.export import dossier_json

__all__ = ["CUSTODY_LOG", "fulfil_request"]

_SECRET_HINTS = ("hash", "secret", "salt", "password", "token", "typed", "plain", "answer_text")

DOSSIER_README_UK = """\
Досьє на запит головного адміністратора (KUTY-1.3)

Теки й файли:
  recordings/            записи розмов (оригінали WAV, без маскування) з власними
                         manifest.json і SHA256SUMS;
  correspondence/        письмові звернення (електронна пошта, чат) за період запиту;
  verification_log.json  журнал верифікації абонентів (без секретних даних);
  incidents.json         інциденти (образи, погрози) за дзвінками запиту;
  complaints.json        скарги, що стосуються дзвінків або операторів запиту;
  transcripts.json       розшифровки розмов;
  not_transcribed.json   записи без розшифровки і причина (ще в черзі, не вдалося,
                         немає рушія розшифрування);
  manifest.json          опис запиту і контрольна сума SHA-256 кожного файлу;
  custody.log            журнал передавання (хто, коли, що зробив з досьє).

Перевірка цілісності: у теці досьє виконайте
    sha256sum -c SHA256SUMS
Кожен рядок має закінчуватися словом «OK». Файл custody.log доповнюється після
створення досьє, тому його не включено до контрольних сум; кожен його рядок має
відповідник у захищеному журналі аудиту консолі.
"""


def _plain(value: Any) -> Any:
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, enum.Enum):
        return value.value
    return value


def _rows(objs: Iterable[Any]) -> list[dict[str, Any]]:
    return [
        {c.key: _plain(getattr(o, c.key)) for c in sa.inspect(o).mapper.column_attrs} for o in objs
    ]


def _write_json(path: Path, data: Any) -> None:
    import json

    path.write_text(json.dumps(data, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")


def _table_rows(
    session: Session, table: str, filters: dict[str, list[Any]]
) -> list[dict[str, Any]] | None:
    """Rows of a table another module owns (may not exist yet), filtered on whichever of
    `filters`' columns it has; secret-looking columns are dropped, never copied."""
    if not sa.inspect(session.connection()).has_table(table):
        return None
    t = sa.Table(table, sa.MetaData(), autoload_with=session.connection())
    conds = [t.c[name].in_(values) for name, values in filters.items() if name in t.c and values]
    if not conds:
        return []
    keep = [c for c in t.c if not any(h in c.name.lower() for h in _SECRET_HINTS)]
    rows = session.execute(sa.select(*keep).where(sa.or_(*conds))).mappings()
    return [{k: _plain(v) for k, v in row.items()} for row in rows]


def _custody(
    session: Session, actor: Actor, folder: Path, request_id: int, event: str, detail: str
) -> None:
    at = utcnow()
    append_audit(
        session,
        f"dossier_{event}",
        actor.label,
        {"request_id": request_id, "event": event, "detail": detail},
        at=at,
    )
    with open(folder / CUSTODY_LOG, "a", encoding="utf-8") as log:
        log.write(f"{at.isoformat(timespec='seconds')}\t{event}\t{actor.label}\t{detail}\n")
        log.flush()
        os.fsync(log.fileno())


def _start(sessions: sessionmaker[Session], actor: Actor, request_id: int) -> AdminRequest:
    with sessions.begin() as session:
        req = session.get(AdminRequest, request_id)
        if req is None:
            raise NotFound(f"request {request_id} does not exist")
        if req.status not in OPEN_STATUSES:
            raise ValueError(f"request {request_id} is {req.status.value}, not open")
        req.status = RequestStatus.IN_PROGRESS
        append_audit(session, "admin_request_in_progress", actor.label, {"request_id": req.id})
        return req


def _gather(
    session: Session, scope: RequestScope, root: Path
) -> tuple[list[str], list[str], dict[str, Any]]:
    """Write the non-audio parts; return (call ids, recording ids, manifest notes)."""
    call_ids = list(session.scalars(calls_in_scope(scope)))
    rec_ids = (
        list(
            session.scalars(
                sa.select(Recording.id)
                .where(Recording.call_id.in_(call_ids))
                .order_by(Recording.id)
            )
        )
        if call_ids
        else []
    )
    notes: dict[str, Any] = {"calls": len(call_ids)}
    message_ids: list[int] = []
    if scope.correspondence:
        stmt = sa.select(Message).order_by(Message.received_at)
        if scope.period_from:
            stmt = stmt.where(Message.received_at >= scope.period_from)
        if scope.period_to:
            stmt = stmt.where(Message.received_at <= scope.period_to)
        if scope.operator_ids:
            stmt = stmt.where(Message.operator_id.in_(scope.operator_ids))
        (root / "correspondence").mkdir()
        for msg in session.scalars(stmt):
            message_ids.append(msg.id)
            text = (
                f"Канал: {msg.channel.value}\nВідправник: {msg.sender}\n"
                f"Тема: {msg.subject or ''}\nОтримано: {msg.received_at.isoformat()}\n"
                f"Текст обрізано: {'так' if msg.body_truncated else 'ні'}\n\n"
                f"--- Заголовки ---\n{msg.headers or ''}\n\n--- Текст ---\n{msg.body}"
            )
            (root / "correspondence" / f"message-{msg.id}.txt").write_text(
                text, encoding="utf-8", newline=""
            )
        notes["messages"] = len(message_ids)
    if scope.verification_log:
        rows = _table_rows(session, "verification_attempts", {"call_id": call_ids})
        _write_json(root / "verification_log.json", rows or [])
        notes["verification_log"] = "no verification table" if rows is None else len(rows)
    if scope.incidents:
        conds = [Incident.call_id.in_(call_ids), Incident.message_id.in_(message_ids)]
        incs = session.scalars(sa.select(Incident).where(sa.or_(*conds)).order_by(Incident.id))
        data = _rows(incs)
        _write_json(root / "incidents.json", data)
        notes["incidents"] = len(data)
    if scope.complaints:
        linked = sa.select(ComplaintLink.complaint_id).where(
            sa.or_(ComplaintLink.call_id.in_(call_ids), ComplaintLink.recording_id.in_(rec_ids))
        )
        conds = [Complaint.about_call_id.in_(call_ids), Complaint.id.in_(linked)]
        if scope.operator_ids:
            conds.append(Complaint.about_operator_id.in_(scope.operator_ids))
        data = _rows(
            session.scalars(sa.select(Complaint).where(sa.or_(*conds)).order_by(Complaint.id))
        )
        _write_json(root / "complaints.json", data)
        notes["complaints"] = len(data)
    if scope.transcripts:
        # Head administrator (KUTY-1.3) hears everything, so no key-phrase masking here.
        transcripts = dossier_json(session, call_ids, rec_ids, hear_key_phrase=True)
        _write_json(root / "transcripts.json", transcripts)
        notes["transcripts"] = len(transcripts)
        _included, missing = transcript_states(session, rec_ids)
        _write_json(root / "not_transcribed.json", [m.to_json_dict() for m in missing])
        notes["not_transcribed"] = {m.recording_id: m.state.value for m in missing}
    return call_ids, rec_ids, notes


def fulfil_request(
    sessions: sessionmaker[Session],
    actor: Actor,
    request_id: int,
    dest_dir: Path,
    progress: Callable[[int, int], None] | None = None,
    cancel: threading.Event | None = None,
) -> Path:
    """Build the dossier for a request, mark it fulfilled and return the folder.

    Raises:
        PermissionDenied: the actor lacks FULFIL_REQUEST (audited).
        NotFound, ValueError: no such request, or not open.
        ExportCancelled: cancelled; the partial folder is removed, the request stays
            in progress.
    """
    authorize(
        sessions, actor, Permission.FULFIL_REQUEST, action="fulfil_request", request_id=request_id
    )
    req = _start(sessions, actor, request_id)
    scope = scope_of(req)
    dest_dir = Path(dest_dir)
    dest_dir.mkdir(parents=True, exist_ok=True)
    partial = dest_dir / f"{PARTIAL_PREFIX}{uuid.uuid4().hex}"
    partial.mkdir()
    try:
        with sessions.begin() as session:
            call_ids, rec_ids, notes = _gather(session, scope, partial)
        refused: dict[str, str] = {}
        if scope.recordings and rec_ids:
            result = export_recordings(
                sessions,
                actor,
                rec_ids,
                partial / ".audio",
                fmt="wav",
                reason=f"KUTY-1.3 request #{req.id} from {req.requested_by}",
                progress=progress,
                cancel=cancel,
            )
            os.rename(result.path, partial / "recordings")
            shutil.rmtree(partial / ".audio")
            refused = result.refused
        if cancel is not None and cancel.is_set():
            raise ExportCancelled("dossier cancelled")
        manifest = {
            "kind": "head_admin_dossier",
            "rule": "KUTY-1.3",
            "request_id": req.id,
            "requested_by": req.requested_by,
            "requester_office": req.requester_office,
            "requested_at": req.requested_at.isoformat(),
            "reference": req.reference,
            "scope": {
                "period_from": _plain(scope.period_from),
                "period_to": _plain(scope.period_to),
                "numbers": list(scope.numbers),
                "operator_ids": list(scope.operator_ids),
            },
            "built_at": utcnow().isoformat(),
            "built_by": actor.label,
            "call_ids": call_ids,
            "recording_ids": rec_ids,
            "recordings_refused": refused,
            "contents": notes,
            "custody_log": CUSTODY_LOG + " (not hashed: grows; twinned in the audit chain)",
        }
        with sessions.begin() as session:
            head = audit_head(session)
        seal_package(partial, manifest, audit_head=head, readme=(README, DOSSIER_README_UK))
        stamp = utcnow().strftime("%Y%m%dT%H%M%SZ")
        with sessions.begin() as session:
            _custody(
                session,
                actor,
                partial,
                req.id,
                "created",
                f"request={req.id} calls={len(call_ids)} recordings={len(rec_ids)}",
            )
        final = publish(partial, dest_dir, f"request-{req.id}-{stamp}")
    except ExportCancelled:
        shutil.rmtree(partial, ignore_errors=True)
        raise
    with sessions.begin() as session:
        row = session.get(AdminRequest, request_id)
        assert row is not None
        row.status = RequestStatus.FULFILLED
        row.fulfilled_at = utcnow()
        row.fulfilled_by = actor.label
        row.dossier_path = str(final)
        append_audit(
            session,
            "admin_request_fulfilled",
            actor.label,
            {
                "request_id": request_id,
                "dossier": final.name,
                "recordings_refused": sorted(refused),
            },
        )
    return final
