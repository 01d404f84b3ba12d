"""Evidence, in one place: the integrity check of recorded tracks and sealing a package.

Everything the desk hands over or plays back is evidence (KUTY-1.3 for the head
administrator's requests, KUTY-3.2 and KUTY-3.4 for police packages), so two things must
behave the same everywhere, and so they live here and nowhere else:

* **Integrity.** Before a track is played, transcribed, exported or put in a package it
  is hashed and compared with the SHA-256 stored at hang-up. A mismatch (or a missing
  file) is appended to the audit chain as ``integrity_mismatch`` with the context
  ("play", "transcribe", "export", "police_package") and raises `EvidenceError`, the one
  exception type for it: a `desk.errors.UserFacingError`, so `kuty` and the console show
  it as one line without per-caller wrappers.
* **Sealing.** A package folder gets ``manifest.json`` (every file with its SHA-256 and
  size, plus the audit-chain head of the moment, see `db.audit.AuditHead`) and
  ``SHA256SUMS`` (``sha256sum -c SHA256SUMS`` verifies every file but itself), then
  everything is fsynced. ``custody.log`` is left out of the hashes because it grows after
  sealing; each of its lines has a twin in the hash-chained audit log instead. The
  anchored head is what lets ``kuty audit verify --anchor manifest.json`` notice audit
  events deleted from the end of the chain after the package left the desk (fault 9).
"""

from __future__ import annotations

import json
import os
import shutil
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session, sessionmaker

from db.audit import AuditHead, append_audit
from db.models import Recording
from desk.errors import UserFacingError
from desk.roles import Actor
from recordings.wavfile import fsync_dir, sha256_file

__all__ = [
    "CUSTODY_LOG",
    "MANIFEST",
    "SUMS",
    "EvidenceError",
    "RecordedTrack",
    "TrackCheck",
    "check_track",
    "fsync_tree",
    "record_mismatch",
    "recorded_tracks",
    "seal_package",
    "verified_copy",
    "verify_tracks",
]

MANIFEST, SUMS, CUSTODY_LOG = "manifest.json", "SHA256SUMS", "custody.log"
MISSING = "file missing"
CHANGED = "SHA-256 does not match the database"


@dataclass(frozen=True)
class RecordedTrack:
    """One finished track as the database knows it: name, file, SHA-256 at hang-up."""

    name: str
    path: Path
    sha256: str


@dataclass(frozen=True)
class TrackCheck:
    """The outcome of hashing one track: `actual` is None when the file is missing."""

    recording_id: str
    track: str
    expected: str
    actual: str | None

    @property
    def ok(self) -> bool:
        return self.actual == self.expected

    @property
    def problem(self) -> str:
        """Why it failed, in the words export refusals and logs have always used."""
        return "" if self.ok else MISSING if self.actual is None else CHANGED


class EvidenceError(UserFacingError):
    """A track is missing or differs from its stored SHA-256: never played, transcribed
    or exported. Shown loudly; the mismatch is already in the audit chain.

    Attributes:
        recording_id, track, expected, actual: what was checked (`actual` None: missing).
    """

    def __init__(self, check: TrackCheck) -> None:
        super().__init__(
            f"recording {check.recording_id} ({check.track}): {check.problem}",
            code="evidence.missing" if check.actual is None else "evidence.changed",
            recording_id=check.recording_id,
            track=check.track,
        )
        self.check = check
        self.recording_id = check.recording_id
        self.track = check.track
        self.expected = check.expected
        self.actual = check.actual


# --------------------------------------------------------------------- integrity


def recorded_tracks(rec: Recording, names: Iterable[str]) -> list[RecordedTrack]:
    """The recording's tracks among `names` ("caller", "operator", "mixed") that finished
    with a stored SHA-256; a track without one was never sealed and is not evidence."""
    out = []
    for name in names:
        path, digest = getattr(rec, f"{name}_path"), getattr(rec, f"{name}_sha256")
        if path and digest:
            out.append(RecordedTrack(name, Path(path), digest))
    return out


def check_track(recording_id: str, track: str, path: Path, expected: str) -> TrackCheck:
    """Hash `path` (None when it is not a file) against `expected`; no side effects."""
    path = Path(path)
    actual = sha256_file(path) if path.is_file() else None
    return TrackCheck(recording_id, track, expected, actual)


def record_mismatch(
    session: Session, actor: Actor, check: TrackCheck, *, context: str, call_id: str | None
) -> None:
    """Append ``integrity_mismatch`` in the caller's transaction (same payload everywhere)."""
    append_audit(
        session,
        "integrity_mismatch",
        actor.label,
        {
            "recording_id": check.recording_id,
            "track": check.track,
            "expected": check.expected,
            "actual": check.actual,
            "context": context,
        },
        call_id=call_id,
    )


def record_message_mismatch(
    session: Session,
    actor: Actor,
    *,
    message_id: int,
    expected: str | None,
    actual: str | None,
    context: str,
    incident_id: int | None = None,
) -> None:
    """A stored message whose copy no longer matches its SHA-256 (issue 12: the raw mail in
    a police package): the same ``integrity_mismatch`` event as for a recording's track."""
    append_audit(
        session,
        "integrity_mismatch",
        actor.label,
        {
            "message_id": message_id,
            "incident_id": incident_id,
            "expected": expected,
            "actual": actual,
            "context": context,
        },
    )


def _refuse(
    sessions: sessionmaker[Session],
    actor: Actor,
    check: TrackCheck,
    context: str,
    call_id: str | None,
) -> EvidenceError:
    with sessions.begin() as session:
        record_mismatch(session, actor, check, context=context, call_id=call_id)
    return EvidenceError(check)


def verify_tracks(
    sessions: sessionmaker[Session],
    actor: Actor,
    recording_id: str,
    tracks: Sequence[RecordedTrack],
    *,
    context: str,
    call_id: str | None = None,
) -> None:
    """Check every track in order; the first bad one is audited and raised.

    Raises:
        EvidenceError: a track is missing or changed (audited before raising).
    """
    for track in tracks:
        check = check_track(recording_id, track.name, track.path, track.sha256)
        if not check.ok:
            raise _refuse(sessions, actor, check, context, call_id)


def verified_copy(
    sessions: sessionmaker[Session],
    actor: Actor,
    recording_id: str,
    track: str,
    source: Path,
    expected: str,
    dest: Path,
    *,
    context: str,
    call_id: str | None = None,
) -> Path:
    """Copy `source` to `dest` and check *the copy*, so a file swapped after the check
    can never be the one used (the player plays the copy). A bad copy is deleted.

    Raises:
        EvidenceError: missing or changed (audited before raising).
    """
    source, dest = Path(source), Path(dest)
    if source.is_file():
        shutil.copyfile(source, dest)
    check = check_track(recording_id, track, dest, expected)
    if not check.ok:
        dest.unlink(missing_ok=True)
        raise _refuse(sessions, actor, check, context, call_id)
    return dest


# ----------------------------------------------------------------------- sealing


def _files(root: Path, notes: Mapping[str, Mapping[str, Any]]) -> list[dict[str, Any]]:
    files = []
    for path in sorted(p for p in root.rglob("*") if p.is_file()):
        rel = path.relative_to(root).as_posix()
        if rel in (MANIFEST, SUMS, CUSTODY_LOG) or rel.startswith("."):
            continue
        entry = {"path": rel, "sha256": sha256_file(path), "bytes": path.stat().st_size}
        files.append({**notes.get(rel, {}), **entry})
    return files


def seal_package(
    root: Path,
    manifest: Mapping[str, Any],
    *,
    audit_head: AuditHead | None,
    readme: tuple[str, str] | None = None,
    file_notes: Sequence[Mapping[str, Any]] = (),
) -> None:
    """Write README (optional), manifest.json and SHA256SUMS into `root`, then fsync it.

    Args:
        manifest: the package's facts; "files" (and "audit_head") are added here.
        audit_head: the audit chain's head when the package was made, anchored in the
            manifest so that later deletions from the chain's end are detectable. Pass
            `db.audit.audit_head(session)`; None only where no database exists.
        readme: (file name, text) written before hashing, so it is covered too.
        file_notes: extra keys for some files' entries, matched on "path".

    Files whose names start with '.' and custody.log are not hashed (see module doc).
    """
    root = Path(root)
    if readme is not None:
        (root / readme[0]).write_text(readme[1], encoding="utf-8")
    notes = {str(n["path"]): n for n in file_notes}
    files = _files(root, notes)
    body = {**manifest, "files": files}
    if audit_head is not None:
        body["audit_head"] = audit_head.to_json_dict()
    (root / MANIFEST).write_text(
        json.dumps(body, ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
    )
    sums = [(f["path"], f["sha256"]) for f in files] + [(MANIFEST, sha256_file(root / MANIFEST))]
    (root / SUMS).write_text("".join(f"{h}  {p}\n" for p, h in sorted(sums)), encoding="utf-8")
    fsync_tree(root)


def fsync_tree(root: Path) -> None:
    """fsync every file and directory under `root`: a sealed package survives power loss."""
    root = Path(root)
    for path in root.rglob("*"):
        if path.is_file():
            with open(path, "rb") as f:
                os.fsync(f.fileno())
    for directory in [root, *(p for p in root.rglob("*") if p.is_dir())]:
        fsync_dir(directory)
