"""Police packages for threats (KUTY-3.2 calls, KUTY-3.4 messages) and their custody.

A package is a folder `<out_root>/incident-<id>-<kind>/`::

    report.pdf                 Ukrainian report + statement template (incidents.report_pdf)
    recording/full_mixed.wav   the mixed (else caller) track, byte-for-byte copy
    recording/excerpt_60s.wav  the 60 s ending at the button press (shorter if the call was)
    message.txt                written incidents: headers (raw, then one by one, decoded),
                               the Received chain, the thread's other messages by SHA-256,
                               then the body (instead of audio)
    message/original.eml       written incidents: the stored bytes exactly as received,
                               SHA-256 checked against `raw_messages` when built (KUTY-3.4);
                               `original.sip` for a chat message (its SIP MESSAGE request)
    manifest.json              facts + every file with size and SHA-256 + the audit head
    SHA256SUMS                 `sha256sum -c SHA256SUMS` verifies every file but itself
    custody.log                chain of custody: created / viewed / exported, append-only

`custody.log` grows after the package is sealed, so it is the one file left out of the
hashes; each of its lines has a twin in the hash-chained audit log, which is what makes
it trustworthy. The package is built in a hidden temporary folder and renamed into
place, so a crash never leaves a half package that looks complete. Sealing and the
integrity check of the copied recording are `recordings.evidence`, shared with export and
dossiers; a copied track that differs from its stored SHA-256 is still packaged (the
police need what there is, KUTY-3.2), but audited as ``integrity_mismatch`` and marked
``"integrity": "mismatch"`` in the manifest so nobody takes it for the original.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import uuid
import zipfile
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Session, sessionmaker

from db.audit import append_audit, audit_head
from db.models import Call, Recording, utcnow
from db.models_incidents import Incident, IncidentChannel, IncidentRecording, Message
from desk.errors import NotFound
from desk.gate import authorize
from desk.roles import Actor, Permission, is_system
from incidents.message_evidence import (
    ThreadEntry,
    header_fields,
    load_raw,
    raw_file_name,
    thread_entries,
)
from incidents.report_pdf import FileEntry, ReportFacts, render_report
from recordings.evidence import (
    CUSTODY_LOG,
    check_track,
    fsync_tree,
    record_message_mismatch,
    record_mismatch,
    seal_package,
)
from recordings.wavfile import fsync_dir, sha256_file

__all__ = [
    "CUSTODY_LOG",
    "EXCERPT_S",
    "build_police_package",
    "export_package_zip",
    "open_package",
    "package_name",
]

EXCERPT_S = 60.0


@dataclass(frozen=True)
class MessageFacts:
    """What a written incident's package says about its message beyond message.txt."""

    raw_path: str | None
    raw_sha256: str | None
    integrity: str | None  # "ok" | "mismatch" | None (no raw bytes)
    headers: tuple[tuple[str, str], ...]
    thread: tuple[ThreadEntry, ...]


def package_name(incident_id: int, kind: str) -> str:
    return f"incident-{incident_id}-{kind}"


def _clean(text: str) -> str:
    return " ".join(text.split())[:500]


def _custody(
    session: Session, actor: Actor, folder: Path, inc: Incident, event: str, detail: str = ""
) -> None:
    """Audit first (same transaction as the caller's change), then append the line."""
    at = utcnow()
    package = folder.name.lstrip(".").split(".partial-")[0]  # the final name while building
    payload = {"incident_id": inc.id, "event": event, "package": package, "detail": detail}
    append_audit(session, f"police_package_{event}", actor.label, payload, inc.call_id, at=at)
    line = f"{at.isoformat(timespec='seconds')}\t{event}\t{actor.label}\t{_clean(detail)}\n"
    with open(folder / CUSTODY_LOG, "a", encoding="utf-8") as log:
        log.write(line)
        log.flush()
        os.fsync(log.fileno())


def _excerpt(source: Path, out: Path, offset_s: float | None) -> float:
    """The EXCERPT_S seconds ending at the press (the evidence right before the hang-up)."""
    from pydub import AudioSegment  # lazy: pydub pulls audioop in at import

    with open(source, "rb") as f:  # own handles: pydub leaks the ones it opens
        audio = AudioSegment.from_wav(f)
    total_ms = len(audio)
    end_ms = total_ms if offset_s is None else min(total_ms, max(0, round(offset_s * 1000)))
    start_ms = max(0, end_ms - round(EXCERPT_S * 1000))
    with open(out, "wb") as f:
        audio[start_ms:end_ms].export(f, format="wav")
    return (end_ms - start_ms) / 1000


def _copy_audio(
    session: Session, actor: Actor, inc: Incident, folder: Path
) -> tuple[list[dict[str, Any]], list[tuple[datetime, str]]]:
    sources: list[dict[str, Any]] = []
    timeline: list[tuple[datetime, str]] = []
    recs = session.scalars(
        sa.select(Recording)
        .join(IncidentRecording, IncidentRecording.recording_id == Recording.id)
        .where(IncidentRecording.incident_id == inc.id)
        .order_by(Recording.started_at)
    ).all()
    (folder / "recording").mkdir()
    for index, rec in enumerate(recs):
        path, recorded = (
            (rec.mixed_path, rec.mixed_sha256)
            if rec.mixed_path and Path(rec.mixed_path).is_file()
            else (rec.caller_path, rec.caller_sha256)
        )
        timeline.append((rec.started_at, f"Початок запису {rec.id}"))
        if not path or not Path(path).is_file():
            continue
        name = "full_mixed.wav" if index == 0 else f"full_mixed_{index + 1}.wav"
        shutil.copyfile(path, folder / "recording" / name)
        entry = {"path": f"recording/{name}", "source": path, "recorded_sha256": recorded}
        if recorded:
            check = check_track(rec.id, Path(path).stem, folder / "recording" / name, recorded)
            if not check.ok:
                record_mismatch(
                    session, actor, check, context="police_package", call_id=rec.call_id
                )
                entry["integrity"] = "mismatch"
        sources.append(entry)
        if index == 0:
            seconds = _excerpt(Path(path), folder / "recording" / "excerpt_60s.wav", inc.offset_s)
            sources.append({"path": "recording/excerpt_60s.wav", "excerpt_s": seconds})
    return sources, timeline


def _write_message(
    session: Session, actor: Actor, inc: Incident, folder: Path
) -> tuple[Message, list[Any], MessageFacts]:
    """message.txt (readable), the raw message exactly as received, and the header list.

    KUTY-3.4: the police get the stored bytes (`raw_messages`), their SHA-256 checked now,
    and every header readable in message.txt and the report; the thread's other messages
    by hash. A message typed in by hand has no raw bytes: its pasted headers are all there
    is, and the manifest says so.
    """
    msg = session.get(Message, inc.message_id)
    if msg is None:
        raise NotFound(f"message {inc.message_id} of incident {inc.id} does not exist")
    raw = load_raw(session, msg)
    fields = header_fields(raw.data) if raw.data is not None else []
    thread = thread_entries(session, msg)
    notes: list[dict[str, Any]] = []
    if raw.data is not None:
        name = raw_file_name(msg.channel)
        (folder / "message").mkdir()
        with open(folder / name, "wb") as out:
            out.write(raw.data)
        copied = sha256_file(folder / name)
        entry: dict[str, Any] = {
            "path": name, "message_id": msg.id, "stored_sha256": raw.stored_sha256,
            "integrity": "ok" if raw.ok and copied == raw.stored_sha256 else "mismatch",
            "truncated": raw.truncated, "original_size": raw.original_size,
        }  # fmt: skip
        if entry["integrity"] == "mismatch":
            record_message_mismatch(
                session, actor, message_id=msg.id, expected=raw.stored_sha256, actual=copied,
                context="police_package", incident_id=inc.id,
            )  # fmt: skip
        notes.append(entry)
    listed = "\n".join(f"{f.position:>3}. {f.name}: {f.text}" for f in fields)
    received = [f for f in fields if f.name.lower() == "received"]
    chain = "\n".join(
        f"{i}/{len(received)}: {f.text}" for i, f in enumerate(received, start=1)
    )  # fmt: skip
    others = "\n".join(
        f"{t.message_id}\t{t.direction}\t{t.received_at.isoformat()}\t{t.raw_sha256 or '—'}"
        for t in thread
    )  # fmt: skip
    raw_line = (
        f"Оригінал: {raw_file_name(msg.channel)}, SHA-256 {raw.stored_sha256}, "
        f"{raw.size} байт{' (обрізано до ліміту)' if raw.truncated else ''}"
        if raw.data is not None
        else "Оригінал: немає (повідомлення внесено вручну)"
    )
    text = (
        f"Канал: {msg.channel.value}\nВідправник: {msg.sender}\nТема: {msg.subject or ''}\n"
        f"Отримано: {msg.received_at.isoformat()}\n{raw_line}\n"
        f"Текст обрізано до 1 МіБ: {'так' if msg.body_truncated else 'ні'}\n\n"
        f"--- Заголовки ---\n{msg.headers or ''}\n\n"
        f"--- Заголовки, по одному (декодовано) ---\n{listed or '—'}\n\n"
        f"--- Ланцюжок Received (від останнього сервера до першого) ---\n{chain or '—'}\n\n"
        f"--- Інші повідомлення цієї справи (id, напрям, час, SHA-256) ---\n{others or '—'}\n\n"
        f"--- Текст ---\n{msg.body}"
    )
    (folder / "message.txt").write_text(text, encoding="utf-8", newline="")
    notes.append({"path": "message.txt", "message_id": msg.id})
    facts = MessageFacts(
        raw_path=raw_file_name(msg.channel) if raw.data is not None else None,
        raw_sha256=raw.stored_sha256,
        integrity=None if raw.data is None else notes[0]["integrity"],
        headers=tuple((f.name, f.text) for f in fields),
        thread=tuple(thread),
    )
    return msg, notes, facts


def _timeline(session: Session, inc: Incident, extra: list[tuple[datetime, str]]) -> list[Any]:
    items = list(extra)
    call = session.get(Call, inc.call_id) if inc.call_id else None
    if call is not None:
        items.append((call.ring_at, "Надходження дзвінка"))
        if call.answer_at:
            items.append((call.answer_at, "Оператор відповів"))
        if call.end_at:
            items.append((call.end_at, "Дзвінок завершено"))
    label = "Погроза" if inc.kind.value == "threat" else "Образа"
    items.append((inc.pressed_at, f"Оператор натиснув кнопку «{label}»"))
    items.append((inc.created_at, "Інцидент зареєстровано, керівництво сповіщено"))
    return items


def build_police_package(
    sessions: sessionmaker[Session], actor: Actor, incident_id: int, out_root: Path
) -> Path:
    """Build the package folder under `out_root` and return it.

    The system actor builds it on the operator's click (KUTY-3.2: the operator must not
    wait for anyone); people need BUILD_POLICE_PACKAGE. The first package built becomes
    the incident's `package_path`; later builds (`kuty incidents package --out`) are
    extra copies, each with its own custody log and audit entry.

    Raises:
        PermissionDenied, NotFound, FileExistsError: the target folder already exists.
    """
    if not is_system(actor):
        authorize(sessions, actor, Permission.BUILD_POLICE_PACKAGE, action="build_police_package",
                  incident_id=incident_id)  # fmt: skip
    out_root = Path(out_root)
    with sessions.begin() as session:
        inc = session.get(Incident, incident_id)
        if inc is None:
            raise NotFound(f"incident {incident_id} does not exist")
        final = out_root / package_name(inc.id, inc.kind.value)
        if final.exists():
            raise FileExistsError(f"{final} already exists")
        out_root.mkdir(parents=True, exist_ok=True)
        tmp = out_root / f".{final.name}.partial-{uuid.uuid4().hex[:8]}"
        tmp.mkdir()
        try:
            msg, written = None, None
            if inc.channel is IncidentChannel.WRITTEN:
                msg, extra, written = _write_message(session, actor, inc, tmp)
                extra_times: list[tuple[datetime, str]] = [
                    (msg.received_at, "Надійшло повідомлення")
                ]
            else:
                extra, extra_times = _copy_audio(session, actor, inc, tmp)
            timeline = _timeline(session, inc, extra_times)
            listed = []
            for p in sorted(q for q in tmp.rglob("*") if q.is_file()):
                rel = p.relative_to(tmp).as_posix()
                listed.append(FileEntry(rel, sha256_file(p), p.stat().st_size))
            facts = ReportFacts(
                incident_id=inc.id, kind=inc.kind.value, channel=inc.channel.value,
                status=inc.status.value, pressed_at=inc.pressed_at, created_at=inc.created_at,
                offset_s=inc.offset_s, caller_number=inc.caller_number,
                verification_state=inc.verification_state, profile_id=inc.profile_id,
                operator_name=inc.operator_name, call_id=inc.call_id,
                sender=msg.sender if msg else None, subject=msg.subject if msg else None,
                timeline=tuple(timeline), files=tuple(listed), built_by=actor.label,
                headers=written.headers if written else (),
                raw_path=written.raw_path if written else None,
                thread=tuple((t.message_id, t.direction, t.received_at, t.raw_sha256 or "—")
                             for t in written.thread) if written else (),
            )  # fmt: skip
            render_report(facts, tmp / "report.pdf")
            rule = {"voice": "KUTY-3.2", "written": "KUTY-3.4"}[inc.channel.value]
            seal_package(tmp, {
                "incident_id": inc.id, "kind": inc.kind.value, "channel": inc.channel.value,
                "rule": rule, "call_id": inc.call_id, "message_id": inc.message_id,
                "caller_number": inc.caller_number, "operator": inc.operator_name,
                "pressed_at": inc.pressed_at.isoformat(), "offset_s": inc.offset_s,
                "built_at": utcnow().isoformat(), "built_by": actor.label,
                "custody_log": CUSTODY_LOG + " (not hashed: grows)",
                **({"message": {
                    "raw_path": written.raw_path, "raw_sha256": written.raw_sha256,
                    "integrity": written.integrity, "headers": len(written.headers),
                    "thread": [t.as_json() for t in written.thread],
                }} if written else {}),
            }, audit_head=audit_head(session), file_notes=extra)  # fmt: skip
            _custody(session, actor, tmp, inc, "created", f"incident={inc.id} kind={inc.kind}")
            fsync_tree(tmp)  # custody.log and its directory entry
            os.rename(tmp, final)
            fsync_dir(out_root)
        except BaseException:
            shutil.rmtree(tmp, ignore_errors=True)
            raise
        if inc.package_path is None:
            inc.package_path = str(final)
        return final


def _package_dir(session: Session, incident_id: int) -> tuple[Incident, Path]:
    inc = session.get(Incident, incident_id)
    if inc is None:
        raise NotFound(f"incident {incident_id} does not exist")
    if inc.package_path is None or not Path(inc.package_path).is_dir():
        raise NotFound(f"incident {incident_id} has no police package yet")
    return inc, Path(inc.package_path)


def open_package(sessions: sessionmaker[Session], actor: Actor, incident_id: int) -> Path:
    """The package folder for viewing; the view is a custody event."""
    authorize(sessions, actor, Permission.EXPORT_POLICE_PACKAGE, action="view_police_package",
              incident_id=incident_id)  # fmt: skip
    with sessions.begin() as session:
        inc, folder = _package_dir(session, incident_id)
        _custody(session, actor, folder, inc, "viewed")
        return folder


def export_package_zip(
    sessions: sessionmaker[Session], actor: Actor, incident_id: int, dest: Path
) -> Path:
    """ZIP the package for hand-over to the police; `dest` is a folder or a .zip path.

    The "exported" custody line is written before zipping so the hand-over copy carries
    it; a failed ZIP leaves the line plus an "export_failed" one, never a silent gap.
    """
    authorize(sessions, actor, Permission.EXPORT_POLICE_PACKAGE, action="export_police_package",
              incident_id=incident_id)  # fmt: skip
    dest = Path(dest)
    with sessions.begin() as session:
        inc, folder = _package_dir(session, incident_id)
        target = dest / f"{folder.name}.zip" if dest.is_dir() else dest
        if target.exists():
            raise FileExistsError(f"{target} already exists")
        _custody(session, actor, folder, inc, "exported", f"to {target}")
    partial = target.with_name(target.name + ".partial")
    try:
        with zipfile.ZipFile(partial, "w", compression=zipfile.ZIP_DEFLATED) as zf:
            for path in sorted(p for p in folder.rglob("*") if p.is_file()):
                zf.write(path, f"{folder.name}/{path.relative_to(folder).as_posix()}")
        with open(partial, "rb") as f:
            os.fsync(f.fileno())
        os.rename(partial, target)
    except BaseException as exc:
        partial.unlink(missing_ok=True)
        with sessions.begin() as session:
            inc, folder = _package_dir(session, incident_id)
            _custody(session, actor, folder, inc, "export_failed", f"{target}: {exc}")
        raise
    digest = hashlib.sha256(target.read_bytes()).hexdigest()
    with sessions.begin() as session:
        payload = {"incident_id": incident_id, "zip": str(target), "sha256": digest}
        append_audit(session, "police_package_zip_written", actor.label, payload)
    return target
