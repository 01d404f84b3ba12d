"""Anchors of the audit chain's head outside the database, and checking the chain by them.

Why (fault 9): the audit log is hash-chained and the table has append-only triggers, but
whoever owns the database file can drop the triggers and delete the newest events; the
shorter chain is still a valid chain, so `kuty audit verify` said "ok". A chain only
proves its length when its head is also written somewhere the database owner does not
rewrite at the same time. The head (`db.audit.AuditHead`: count and hash) is anchored in:

* ``<recordings root>/audit-checkpoints.jsonl``: one JSON line per `write_audit_checkpoint`
  call (at `kuty serve` start and hourly from the engine supervisor), opened O_APPEND and
  fsynced, never rewritten;
* every recording's sidecar (``call.json`` key ``audit_head``, written when the call log
  applies RecordingFinished, seat/calllog.py);
* every sealed package's ``manifest.json`` (exports, dossiers, police packages;
  `recordings.evidence.seal_package`), checked with ``kuty audit verify --anchor FILE``.

An anchor says "event number `count` had `hash`". The chain is tampered with when it is
shorter than an anchor's count (events cut off the end) or its hash at that count differs
(rewritten from there or earlier). Evidence for KUTY-1.3 hand-overs and the police
packages of KUTY-3.2/3.4 depends on this: the custody log's twins live in the chain.
"""

from __future__ import annotations

import json
import logging
import os
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy.orm import Session, sessionmaker

from db.audit import AuditHead, AuditVerification, audit_head
from db.models import utcnow
from desk.errors import CliError
from recordings.store import SIDECAR, iter_sidecars
from recordings.wavfile import fsync_dir

__all__ = [
    "CHECKPOINTS",
    "Anchor",
    "anchor_problems",
    "anchors_in_file",
    "anchors_in_root",
    "write_audit_checkpoint",
]

log = logging.getLogger(__name__)

CHECKPOINTS = "audit-checkpoints.jsonl"


@dataclass(frozen=True)
class Anchor:
    """One recorded head and where it was found (named in the tampering report)."""

    source: str
    head: AuditHead


def write_audit_checkpoint(sessions: sessionmaker[Session], recordings_root: Path) -> AuditHead:
    """Append the current head as one JSON line to the checkpoint file and fsync it.

    O_APPEND makes each line one write at the end even with several seats on a shared
    root, and the file is never rewritten, so an old line cannot be edited away without
    also editing the recordings root (which the database owner need not control).
    """
    with sessions.begin() as session:
        head = audit_head(session)
    root = Path(recordings_root)
    root.mkdir(parents=True, exist_ok=True)
    path = root / CHECKPOINTS
    created = not path.exists()
    line = json.dumps({"at": utcnow().isoformat(), "audit_head": head.to_json_dict()}) + "\n"
    fd = os.open(path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o644)
    try:
        os.write(fd, line.encode("utf-8"))
        os.fsync(fd)
    finally:
        os.close(fd)
    if created:
        fsync_dir(root)
    return head


def _head_of(data: object) -> AuditHead | None:
    return AuditHead.from_json(data.get("audit_head")) if isinstance(data, dict) else None


def _checkpoint_anchors(path: Path, name: str, unreadable: list[str]) -> Iterator[Anchor]:
    with open(path, encoding="utf-8", errors="replace") as f:
        for number, line in enumerate(f, 1):
            if not line.strip():
                continue
            try:
                head = _head_of(json.loads(line))
            except ValueError:
                head = None
            if head is None:
                unreadable.append(f"{name} line {number}")
                continue
            yield Anchor(f"{name} line {number}", head)


def anchors_in_root(recordings_root: Path, unreadable: list[str] | None = None) -> list[Anchor]:
    """Every anchor on the recordings root: checkpoint lines, then recording sidecars.

    Args:
        unreadable: filled with the places where an anchor was expected but could not be
            read (a torn last line, an edited one); reported, not silently skipped.
    """
    root = Path(recordings_root)
    bad = unreadable if unreadable is not None else []
    anchors: list[Anchor] = []
    checkpoints = root / CHECKPOINTS
    if checkpoints.is_file():
        anchors += _checkpoint_anchors(checkpoints, CHECKPOINTS, bad)
    if root.is_dir():
        for sidecar in iter_sidecars(root):
            head = _head_of(sidecar)
            where = Path(str(sidecar["directory"])) / SIDECAR
            try:
                name = where.relative_to(root.absolute()).as_posix()
            except ValueError:
                name = str(where)
            if head is not None:
                anchors.append(Anchor(name, head))
            elif "audit_head" in sidecar:
                bad.append(name)
    return anchors


def anchors_in_file(path: Path) -> list[Anchor]:
    """The anchor of a package manifest (or its folder), or each line of a checkpoint file.

    Raises:
        CliError: the file cannot be read or holds no ``audit_head``.
    """
    path = Path(path)
    if path.is_dir():
        path = path / "manifest.json"
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise CliError(f"cannot read the anchor {path}: {exc}") from exc
    try:
        head = _head_of(json.loads(text))
    except ValueError:  # not one JSON document: a checkpoint file, one head per line
        bad: list[str] = []
        found = list(_checkpoint_anchors(path, str(path), bad))
        if found and not bad:
            return found
        head = None
    if head is None:
        raise CliError(f'{path} holds no audit anchor ({{"audit_head": {{"count", "hash"}}}})')
    return [Anchor(str(path), head)]


def _events(first: int, last: int) -> str:
    return f"event {first}" if first == last else f"events {first}-{last}"


def anchor_problems(result: AuditVerification, anchors: Iterable[Anchor]) -> list[str]:
    """One "tampered: ..." line per anchor the chain contradicts, worst first.

    `result` must come from `verify_audit_chain(at_counts=<the anchors' counts>)`.
    Missing tail events are reported once, against the anchor that reaches furthest
    (it names the whole missing range); hash disagreements are reported per anchor.
    """
    missing: Anchor | None = None
    differ: list[str] = []
    for anchor in anchors:
        count = anchor.head.count
        if count > result.checked:
            if missing is None or count > missing.head.count:
                missing = anchor
        elif result.hashes_at.get(count) != anchor.head.hash:
            differ.append(
                f"tampered: event {count} differs from the anchor in {anchor.source} "
                "(the chain was rewritten at or before it)"
            )
    lines = []
    if missing is not None:
        lines.append(
            f"tampered: {_events(result.checked + 1, missing.head.count)} missing "
            f"(anchor in {missing.source} says {missing.head.count} events)"
        )
    return lines + sorted(set(differ))
