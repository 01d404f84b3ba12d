"""The append-only audit log: every row carries the hash of the one before it.

Who listened to, exported or lost a recording is evidence, so editing, deleting, inserting
or reordering rows after the fact must be detectable (`kuty audit verify`). Each row's
`row_hash` is SHA-256 over a canonical JSON array of (id, at, kind, actor, call_id,
payload, prev_hash), and `prev_hash` is the previous row's `row_hash` (64 zeros for the
first). Including the id in the hash makes moved rows detectable.

Limits, by construction of a plain hash chain: someone who can write the database can cut
rows off the end, or rewrite the chain from some row onwards, without the chain itself
showing it (fault 9: drop the append-only triggers, delete the newest events, and the
shorter chain still verifies). So the head (`AuditHead`: count and hash) is anchored
outside the database (recording sidecars, every sealed package's manifest, a checkpoint
file on the recordings root: seat/audit_anchor.py), and `verify_audit_chain(at_counts=...)`
returns the chain's hash at each anchored count for `kuty audit verify` to compare.

Payloads are stored in clear and kept forever: never put secrets in them (key phrases,
their hashes, passwords, tokens), only ids, enums and what a reviewer needs to read.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Collection, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any, Protocol

import sqlalchemy as sa
from sqlalchemy.orm import Session

from db.models import GENESIS_HASH, AuditEvent, utcnow

# Arbitrary but fixed: every writer of the chain on a PostgreSQL server must use this key.
AUDIT_LOCK_KEY = 0x4B555459_41554454  # "KUTY" "AUDT"


def canonical_payload(payload: dict[str, Any]) -> str:
    """Serialise so that equal payloads give equal text, hence equal hashes.

    Raises:
        ValueError: the payload is not plain JSON (sets, datetimes, NaN...).
    """
    try:
        return json.dumps(
            payload, sort_keys=True, ensure_ascii=False, separators=(",", ":"), allow_nan=False
        )
    except TypeError as exc:
        raise ValueError(f"audit payload is not JSON-serialisable: {exc}") from exc


def compute_row_hash(
    *,
    id: int,
    at: datetime,
    kind: str,
    actor: str,
    call_id: str | None,
    payload: str,
    prev_hash: str,
) -> str:
    at_text = at.astimezone(UTC).isoformat(timespec="microseconds")
    body = json.dumps(
        [id, at_text, kind, actor, call_id, payload, prev_hash],
        ensure_ascii=False,
        separators=(",", ":"),
    )
    return hashlib.sha256(body.encode("utf-8")).hexdigest()


class _AuditFields(Protocol):
    @property
    def id(self) -> int: ...
    @property
    def at(self) -> datetime: ...
    @property
    def kind(self) -> str: ...
    @property
    def actor(self) -> str: ...
    @property
    def call_id(self) -> str | None: ...
    @property
    def payload(self) -> str: ...
    @property
    def prev_hash(self) -> str: ...


def _row_hash(event: _AuditFields) -> str:
    return compute_row_hash(
        id=event.id,
        at=event.at,
        kind=event.kind,
        actor=event.actor,
        call_id=event.call_id,
        payload=event.payload,
        prev_hash=event.prev_hash,
    )


def _lock_chain(session: Session) -> None:
    """Serialise chain writers until the caller's transaction ends.

    SQLite needs nothing here: `db.session` starts every SQLite transaction with
    BEGIN IMMEDIATE, so this transaction already holds the only write lock. PostgreSQL
    allows concurrent writers, so two seats must queue on an advisory lock, or both would
    read the same last row and fork the chain.
    """
    if session.get_bind().dialect.name == "postgresql":
        session.execute(sa.text("SELECT pg_advisory_xact_lock(:key)"), {"key": AUDIT_LOCK_KEY})


def append_audit(
    session: Session,
    kind: str,
    actor: str,
    payload: dict[str, Any],
    call_id: str | None = None,
    *,
    at: datetime | None = None,
) -> AuditEvent:
    """Append one event inside the caller's transaction; it is chained when that commits.

    Doing it in the caller's transaction means the audit row exists if and only if the
    change it describes does. The id is assigned here (last id + 1, under the writer lock)
    because it is part of the hash and must be known before the row is written.

    Raises:
        ValueError: `payload` is not JSON-serialisable (NaN included) or `at` is naive.
    """
    if at is not None and at.utcoffset() is None:
        raise ValueError(f"naive datetime {at!r}: pass an aware UTC datetime")
    text = canonical_payload(payload)
    _lock_chain(session)
    session.flush()  # earlier appends in this transaction must be visible to the query
    last = session.execute(
        sa.select(AuditEvent.id, AuditEvent.row_hash).order_by(AuditEvent.id.desc()).limit(1)
    ).first()
    next_id, prev_hash = (last[0] + 1, last[1]) if last is not None else (1, GENESIS_HASH)
    when = (at or utcnow()).astimezone(UTC)
    event = AuditEvent(
        id=next_id,
        at=when,
        kind=kind,
        actor=actor,
        call_id=call_id,
        payload=text,
        prev_hash=prev_hash,
    )
    event.row_hash = _row_hash(event)
    session.add(event)
    session.flush()
    return event


@dataclass(frozen=True)
class AuditHead:
    """The chain's head: how many events it holds and the last one's `row_hash`.

    Written outside the database (recording sidecars, package manifests, the checkpoint
    file, see seat/audit_anchor.py) because a plain hash chain cannot notice rows cut off
    its end: whoever can write the file can drop the append-only triggers (fault 9).
    An anchor says "the chain had at least `count` events, and event number `count`
    hashed to `hash`"; `kuty audit verify` holds the chain to every anchor it finds.
    """

    count: int
    hash: str

    def to_json_dict(self) -> dict[str, Any]:
        return {"count": self.count, "hash": self.hash}

    @classmethod
    def from_json(cls, data: object) -> AuditHead | None:
        """The head in an anchor's ``{"count": N, "hash": H}``, or None if malformed."""
        if not isinstance(data, dict):
            return None
        count, digest = data.get("count"), data.get("hash")
        if isinstance(count, bool) or not isinstance(count, int) or count < 0:
            return None
        if not isinstance(digest, str) or len(digest) != 64:
            return None
        return cls(count, digest.lower())


def audit_head(session: Session) -> AuditHead:
    """The head as stored now (read in the caller's transaction; no verification).

    Read it from committed state only: an anchor naming events that are later rolled
    back would make an honest chain look cut.
    """
    count = session.scalar(sa.select(sa.func.count()).select_from(AuditEvent)) or 0
    last = session.scalar(sa.select(AuditEvent.row_hash).order_by(AuditEvent.id.desc()).limit(1))
    return AuditHead(int(count), last or GENESIS_HASH)


@dataclass(frozen=True)
class AuditVerification:
    ok: bool
    checked: int
    first_bad_id: int | None
    problem: str
    head_hash: str = GENESIS_HASH
    hashes_at: Mapping[int, str] = field(default_factory=dict)
    """`row_hash` of the n-th event (1-based; 0 is genesis) for each asked-for n that the
    verified part of the chain reaches."""


def verify_audit_chain(
    session: Session, batch_size: int = 1000, *, at_counts: Collection[int] = ()
) -> AuditVerification:
    """Walk the chain in id order and report the first row that does not fit.

    A row "does not fit" when its stored hash is not the hash of its content (edited, or
    moved to another id) or its prev_hash is not the previous row's hash (a row before it
    was deleted, inserted, or swapped). Rows are streamed, so a year of audit is fine.
    Ids need not be contiguous (PostgreSQL sequences skip); the links carry the order.

    Args:
        at_counts: positions whose hash to return in `hashes_at` (the anchors' counts),
            collected on the same single pass.
    """
    expected_prev = GENESIS_HASH
    checked = 0
    wanted = set(at_counts)
    hashes_at: dict[int, str] = {0: GENESIS_HASH} if 0 in wanted else {}
    # Core rows, not ORM objects: nothing lands in the identity map, memory stays flat.
    stmt = (
        sa.select(*AuditEvent.__table__.c)
        .order_by(AuditEvent.id)
        .execution_options(yield_per=batch_size)
    )
    # `with`: on PostgreSQL yield_per is a server-side cursor, which an early return
    # would otherwise leave open until garbage collection.
    with session.execute(stmt) as rows:
        for event in rows:
            if event.prev_hash != expected_prev:
                problem = (
                    "the first row does not start the chain (rows before it were removed?)"
                    if checked == 0
                    else "prev_hash does not match the previous row "
                    "(a row was deleted, inserted or moved before this one)"
                )
                return AuditVerification(
                    False, checked, event.id, problem, expected_prev, hashes_at
                )
            if _row_hash(event) != event.row_hash:
                return AuditVerification(
                    False,
                    checked,
                    event.id,
                    "row_hash does not match the row's content (edited or moved)",
                    expected_prev,
                    hashes_at,
                )
            expected_prev = event.row_hash
            checked += 1
            if checked in wanted:
                hashes_at[checked] = expected_prev
    return AuditVerification(True, checked, None, "", expected_prev, hashes_at)
