"""Export recordings for hand-over: checked, masked, converted, sealed, audited.

A supervisor (or the head administrator, KUTY-1.3) exports selected recordings with a
reason. The package is evidence, so:

* the reason and the ids are audited *before* any file is copied; if that write fails the
  export does not happen (DESIGN.md: an action whose audit write fails does not happen);
* every source file is hashed and compared with the SHA-256 stored at hang-up
  (`recordings.evidence`); a mismatch refuses that recording loudly (result +
  "integrity_mismatch" audit), never exports it;
* the key-phrase spans are silenced for every role without HEAR_KEY_PHRASE (masking.py);
* WAV is the original, byte for byte, when nothing is masked; FLAC/MP3/OGG are made by
  ffmpeg (the encoder pydub drives), run as a subprocess so cancel can stop it;
* the package is built in `<dest>/.partial-<uuid>/` and renamed to `export-<UTC time>/`
  only when complete: a cancelled export is removed, a crashed one stays a `.partial-*`
  folder nobody takes for a finished package;
* `manifest.json` (with the audit-chain head, fault 9), `SHA256SUMS` (`sha256sum -c`) and a
  Ukrainian `README.txt`, sealed by `recordings.evidence.seal_package`; each recording's
  entry in the manifest carries the call's transfer and wrap-up (issue 11), the case the
  operator recorded with the audio;
* optionally one AES-256 ZIP (pyzipper), written under a temporary name then renamed.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import threading
import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

import sqlalchemy as sa
from sqlalchemy.orm import Session, sessionmaker

from db.audit import append_audit, audit_head
from db.models import Call, Operator, Recording, utcnow
from db.models_operator_day import WrapUp
from desk.errors import UserFacingError
from desk.gate import authorize
from desk.roles import Actor, Permission
from recordings.evidence import (
    EvidenceError,
    RecordedTrack,
    recorded_tracks,
    seal_package,
    verify_tracks,
)
from recordings.masking import key_phrase_spans, mask_wav, must_mask
from recordings.wavfile import fsync_dir, sha256_file

__all__ = ["ExportCancelled", "ExportResult", "ExportedFile", "Format", "export_recordings"]

Format = Literal["wav", "flac", "mp3", "ogg"]
FORMATS: tuple[str, ...] = ("wav", "flac", "mp3", "ogg")
TRACKS = ("caller", "operator", "mixed")
README = "README.txt"
PARTIAL_PREFIX = ".partial-"
_CODECS: dict[str, list[str]] = {
    "flac": ["-c:a", "flac"],
    "mp3": ["-c:a", "libmp3lame", "-q:a", "2"],
    "ogg": ["-c:a", "libvorbis", "-q:a", "5"],
}

README_UK = """\
Пакет записів розмов служби підтримки «Кути»

Цей пакет містить записи розмов, вивантажені з консолі оператора, та файли для
перевірки їхньої цілісності.

  manifest.json  відомості про дзвінки (номер, час, оператор, стан верифікації,
                 тривалість, переадресація, картка завершення звернення: категорія,
                 тема, реєстраційний номер, примітки, зворотний дзвінок), хто і з
                 якою метою вивантажив записи, а також контрольна сума SHA-256
                 кожного файлу;
  SHA256SUMS     контрольні суми SHA-256 усіх файлів пакета (крім самого себе);
  README.txt     цей файл.

Як перевірити, що файли не змінено після вивантаження
1. Відкрийте термінал у теці пакета.
2. Виконайте команду:
       sha256sum -c SHA256SUMS
3. Кожен рядок має закінчуватися словом «OK» (або «ЦІЛИЙ» у локалізованих системах).
   Будь-яке інше повідомлення означає, що файл змінено або пошкоджено: такий пакет
   не можна використовувати як доказ.

Контрольні суми вихідних записів, збережені в базі даних у момент завершення дзвінка,
наведено в manifest.json (поле «source_sha256»). Для формату WAV без маскування файл є
точною копією оригіналу, і його сума збігається з вихідною.

Фрагмент, у якому абонент називав ключову фразу, замінено тишею для всіх ролей, крім
головного адміністратора (поле «key_phrase_masked» у manifest.json).
"""


class ExportCancelled(UserFacingError):
    """The user cancelled; the partial folder was removed and nothing was presented."""


@dataclass(frozen=True)
class ExportedFile:
    recording_id: str
    track: str
    path: str  # relative to the package root
    sha256: str
    bytes: int


@dataclass
class ExportResult:
    """Where the package is, what it holds, and what was refused (shown loudly)."""

    path: Path
    files: list[ExportedFile] = field(default_factory=list)
    refused: dict[str, str] = field(default_factory=dict)  # recording id -> why
    masked: list[str] = field(default_factory=list)  # recording ids with silenced spans

    @property
    def ok(self) -> bool:
        return not self.refused


@dataclass
class _Source:
    rec: Recording
    call: Call | None
    operator: Operator | None
    tracks: list[RecordedTrack]
    spans: list[tuple[float, float]]
    wrap_up: dict[str, Any] | None = None


def _load(session: Session, rec_id: str, masking: bool) -> _Source | str:
    """The recording's facts and tracks, or why it cannot be exported."""
    rec = session.get(Recording, rec_id)
    if rec is None:
        return "no such recording"
    call = session.get(Call, rec.call_id)
    operator = session.get(Operator, call.operator_id) if call and call.operator_id else None
    tracks = recorded_tracks(rec, TRACKS)
    if not tracks:
        return "recording has no finished track with a stored SHA-256"
    spans = key_phrase_spans(session, rec.call_id) if masking else []
    return _Source(rec, call, operator, tracks, spans, _wrap_up(session, rec.call_id))


def _wrap_up(session: Session, call_id: str) -> dict[str, Any] | None:
    """The call's wrap-up (issue 11) as the manifest carries it: the case goes with the
    audio, so the head administrator (KUTY-1.3) reads what the operator recorded."""
    row = session.scalar(sa.select(WrapUp).where(WrapUp.call_id == call_id))
    if row is None:
        return None
    return {
        "id": row.id,
        "status": row.status,
        "category": row.category,
        "topic": row.topic,
        "registration_number": row.registration_number,
        "notes": row.notes,
        "callback_due": _iso(row.callback_due),
        "callback_number": row.callback_number,
        "callback_done_at": _iso(row.callback_done_at),
        "out_of_scope_rule": row.out_of_scope_rule,
        "refused_rules": json.loads(row.refused_rules or "[]"),
        "operator": row.operator_name,
        "saved_at": _iso(row.saved_at),
    }


def _iso(value: Any) -> str | None:
    return value.isoformat() if value is not None else None


def _facts(src: _Source) -> dict[str, Any]:
    call, op = src.call, src.operator
    return {
        "recording_id": src.rec.id,
        "call_id": src.rec.call_id,
        "number": call.remote_number if call else None,
        "direction": call.direction.value if call and call.direction else None,
        "ring_at": _iso(call.ring_at) if call else None,
        "answer_at": _iso(call.answer_at) if call else None,
        "end_at": _iso(call.end_at) if call else None,
        "operator": {"id": op.id, "username": op.username, "name": op.display_name} if op else None,
        "verification_state": call.verification_state if call else None,
        "recording_started_at": _iso(src.rec.started_at),
        "recording_finished_at": _iso(src.rec.finished_at),
        "duration_s": src.rec.duration_s,
        "legal_hold": src.rec.legal_hold,
        "source_sha256": {t.name: t.sha256 for t in src.tracks},
        "key_phrase_masked": bool(src.spans),
        "masked_spans_s": [list(s) for s in src.spans],
        "end_reason": call.end_reason.value if call and call.end_reason else None,
        "transfer": (
            {"target": call.transfer_target, "kind": call.transfer_kind}
            if call and call.transfer_target
            else None
        ),
        "wrap_up": src.wrap_up,
    }


def _ffmpeg(src: Path, dst: Path, fmt: str, cancel: threading.Event | None) -> None:
    cmd = [
        "ffmpeg",
        "-nostdin",
        "-hide_banner",
        "-loglevel",
        "error",
        "-y",
        "-i",
        str(src),
        *_CODECS[fmt],
        "-map_metadata",
        "-1",
        "-f",
        fmt,
        str(dst),
    ]
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    while True:
        try:
            _, err = proc.communicate(timeout=0.2)
            break
        except subprocess.TimeoutExpired:
            if cancel is not None and cancel.is_set():
                proc.kill()
                proc.communicate()
                raise ExportCancelled("export cancelled") from None
    if proc.returncode != 0:
        raise OSError(f"ffmpeg failed for {src.name}: {err.decode(errors='replace')[-300:]}")


def _audit(sessions: sessionmaker[Session], kind: str, actor: Actor, **payload: Any) -> None:
    with sessions.begin() as session:
        append_audit(session, kind, actor.label, payload)


def publish(partial: Path, dest: Path, stem: str) -> Path:
    """Rename a finished partial folder to `<dest>/<stem>` (suffix -2, -3... if taken)."""
    final, n = dest / stem, 1
    while final.exists():
        n += 1
        final = dest / f"{stem}-{n}"
    os.rename(partial, final)
    fsync_dir(dest)
    return final


def _zip(folder: Path, password: str) -> Path:
    import pyzipper

    target = folder.with_suffix(".zip")
    tmp = folder.parent / f"{PARTIAL_PREFIX}{uuid.uuid4().hex}.zip"
    try:
        with pyzipper.AESZipFile(
            tmp, "w", compression=pyzipper.ZIP_DEFLATED, encryption=pyzipper.WZ_AES
        ) as zf:
            zf.setpassword(password.encode("utf-8"))
            zf.setencryption(pyzipper.WZ_AES, nbits=256)
            for path in sorted(p for p in folder.rglob("*") if p.is_file()):
                zf.write(path, f"{folder.name}/{path.relative_to(folder).as_posix()}")
        with open(tmp, "rb") as f:
            os.fsync(f.fileno())
        os.rename(tmp, target)
        fsync_dir(folder.parent)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    shutil.rmtree(folder)  # the clear copy must not outlive the protected one
    return target


def export_recordings(
    sessions: sessionmaker[Session],
    actor: Actor,
    recording_ids: Sequence[str],
    dest_dir: Path,
    *,
    fmt: Format,
    reason: str,
    zip_password: str | None = None,
    progress: Callable[[int, int], None] | None = None,
    cancel: threading.Event | None = None,
) -> ExportResult:
    """Build an export package of `recording_ids` under `dest_dir`; see the module doc.

    `progress(done, total)` counts files; `cancel` is polled between and during files.

    Raises:
        PermissionDenied: the actor lacks EXPORT_RECORDING (operators, admins; audited).
        ValueError: empty reason or id list, unknown format, empty ZIP password.
        ExportCancelled: `cancel` was set; nothing is left in `dest_dir`.
    """
    authorize(
        sessions,
        actor,
        Permission.EXPORT_RECORDING,
        action="export_recordings",
        recording_ids=list(recording_ids),
    )
    reason = " ".join(reason.split())
    if not reason:
        raise ValueError("an export needs a reason (it is audited)")
    if fmt not in FORMATS:
        raise ValueError(f"unknown format {fmt!r}; use one of {', '.join(FORMATS)}")
    if not recording_ids:
        raise ValueError("no recordings selected")
    if zip_password is not None and not zip_password:
        raise ValueError("an empty ZIP password protects nothing")
    ids = list(dict.fromkeys(recording_ids))
    masking = must_mask(actor)
    export_id = uuid.uuid4().hex
    # Audited first: if this write fails, nothing is copied.
    _audit(
        sessions,
        "recording_export",
        actor,
        export_id=export_id,
        reason=reason,
        recording_ids=ids,
        format=fmt,
        masked=masking,
        zip=zip_password is not None,
    )
    dest_dir = Path(dest_dir)
    dest_dir.mkdir(parents=True, exist_ok=True)
    partial = dest_dir / f"{PARTIAL_PREFIX}{uuid.uuid4().hex}"
    partial.mkdir()
    result = ExportResult(path=partial)
    try:
        with sessions.begin() as session:
            sources = {rid: _load(session, rid, masking) for rid in ids}
        total = sum(len(s.tracks) for s in sources.values() if isinstance(s, _Source))
        done, facts = 0, []
        for rid, src in sources.items():
            if isinstance(src, str):
                result.refused[rid] = src
                continue
            entry = _export_one(sessions, actor, src, partial, fmt, cancel, result)
            done += len(src.tracks)
            if progress is not None:
                progress(done, total)
            if entry is not None:
                facts.append(entry)
        if cancel is not None and cancel.is_set():
            raise ExportCancelled("export cancelled")
        with sessions.begin() as session:
            head = audit_head(session)
        seal_package(
            partial,
            {
                "kind": "recordings_export",
                "export_id": export_id,
                "created_at": _iso(utcnow()),
                "created_by": actor.label,
                "reason": reason,
                "format": fmt,
                "key_phrase_masking": masking,
                "recordings": facts,
                "refused": [{"recording_id": k, "reason": v} for k, v in result.refused.items()],
            },
            audit_head=head,
            readme=(README, README_UK),
        )
        stamp = utcnow().strftime("%Y%m%dT%H%M%SZ")
        result.path = publish(partial, dest_dir, f"export-{stamp}")
        if zip_password is not None:
            result.path = _zip(result.path, zip_password)
    except ExportCancelled:
        shutil.rmtree(partial, ignore_errors=True)
        _audit(sessions, "recording_export_cancelled", actor, export_id=export_id)
        raise
    except BaseException as exc:
        # Left in place as `.partial-*` for inspection; never renamed, so never "done".
        _audit(
            sessions, "recording_export_failed", actor, export_id=export_id, error=str(exc)[:300]
        )
        raise
    _audit(
        sessions,
        "recording_export_completed",
        actor,
        export_id=export_id,
        package=result.path.name,
        files=len(result.files),
        refused=sorted(result.refused),
        masked=result.masked,
    )
    return result


def _export_one(
    sessions: sessionmaker[Session],
    actor: Actor,
    src: _Source,
    root: Path,
    fmt: str,
    cancel: threading.Event | None,
    result: ExportResult,
) -> dict[str, Any] | None:
    rid = src.rec.id
    if cancel is not None and cancel.is_set():
        raise ExportCancelled("export cancelled")
    try:
        verify_tracks(sessions, actor, rid, src.tracks, context="export", call_id=src.rec.call_id)
    except EvidenceError as refusal:  # audited; the rest of the package still goes out
        result.refused[rid] = f"{refusal.track}: {refusal.check.problem}"
        shutil.rmtree(root / rid, ignore_errors=True)
        result.files = [f for f in result.files if f.recording_id != rid]
        return None
    out_dir = root / rid
    out_dir.mkdir()
    work = root / ".work"
    work.mkdir(exist_ok=True)
    for recorded in src.tracks:
        track, path = recorded.name, recorded.path
        source = path
        if src.spans:
            source = work / f"{rid}-{track}.wav"
            mask_wav(path, source, src.spans)
        out = out_dir / f"{track}.{fmt}"
        if fmt == "wav":
            shutil.copyfile(source, out)
        else:
            _ffmpeg(source, out, fmt, cancel)
        if source != path:
            source.unlink()
        rel = out.relative_to(root).as_posix()
        result.files.append(ExportedFile(rid, track, rel, sha256_file(out), out.stat().st_size))
    if src.spans:
        result.masked.append(rid)
    shutil.rmtree(work, ignore_errors=True)
    return _facts(src)
