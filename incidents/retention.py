"""Deleting recordings: by hand (`delete_recording`) and by the retention job.

Both refuse recordings under legal hold (issue 4: an incident's recording is "exempt
from any deletion") and recordings a complaint links to (KUTY-1.2: the head
administrator may need them). The database refuses a held DELETE too (trigger in
migration 0002), so a bug here cannot destroy evidence. Each deletion leaves a tombstone
audit event with the hashes of what was deleted.

Order of work: row deleted and tombstone written, then files removed (sidecar first, so
`kuty recordings reconcile` cannot resurrect the row), then commit. A file that cannot be
removed rolls the row back; the next run retries (missing files are fine).
"""

from __future__ import annotations

import contextlib
import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path

import sqlalchemy as sa
from sqlalchemy.orm import Session, sessionmaker

from db.audit import append_audit
from db.models import Recording, utcnow
from db.models_incidents import ComplaintLink
from desk.errors import NotFound
from desk.gate import authorize
from desk.roles import SYSTEM, Actor, Permission
from recordings.requests import recording_in_open_request
from recordings.store import SIDECAR

__all__ = ["PurgeReport", "RecordingHeld", "RetentionJob", "delete_recording", "purge_expired"]

log = logging.getLogger(__name__)


class RecordingHeld(PermissionError):
    """The recording is under legal hold or linked to a complaint; it cannot be deleted."""


@dataclass
class PurgeReport:
    deleted: list[str] = field(default_factory=list)
    kept_held: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)


def _why_kept(session: Session, rec: Recording) -> str | None:
    if rec.legal_hold:
        return "legal_hold"
    linked = session.scalar(
        sa.select(ComplaintLink.id).where(ComplaintLink.recording_id == rec.id).limit(1)
    )
    if linked is not None:
        return "complaint"
    # KUTY-1.3: a recording the head administrator has asked for must outlive retention.
    return "open_request" if recording_in_open_request(session, rec.id) else None


def _delete(session: Session, actor: Actor, rec: Recording, reason: str) -> None:
    payload = {
        "recording_id": rec.id,
        "reason": reason,
        "caller_sha256": rec.caller_sha256,
        "operator_sha256": rec.operator_sha256,
        "mixed_sha256": rec.mixed_sha256,
        "started_at": rec.started_at.isoformat(),
    }
    call_id, directory = rec.call_id, Path(rec.directory)
    paths = [directory / SIDECAR] + [Path(p) for p in (rec.caller_path, rec.operator_path,
                                                        rec.mixed_path) if p]  # fmt: skip
    session.delete(rec)
    session.flush()  # the hold trigger fires here, before any file is touched
    append_audit(session, "recording_deleted", actor.label, payload, call_id)
    for path in paths:
        path.unlink(missing_ok=True)
    with contextlib.suppress(OSError):
        directory.rmdir()  # only if empty: partial files of a crash stay visible


def delete_recording(
    sessions: sessionmaker[Session], actor: Actor, recording_id: str, *, reason: str
) -> None:
    """Delete one recording's files and row.

    Raises:
        PermissionDenied, NotFound, RecordingHeld: held or complaint-linked (audited).
    """
    authorize(sessions, actor, Permission.DELETE_RECORDING, action="delete_recording",
              recording_id=recording_id)  # fmt: skip
    with sessions.begin() as session:
        rec = session.get(Recording, recording_id)
        if rec is None:
            raise NotFound(f"recording {recording_id} does not exist")
        kept = _why_kept(session, rec)
        if kept is None:
            _delete(session, actor, rec, reason)
            return
    with sessions.begin() as session:
        payload = {"recording_id": recording_id, "kept_because": kept}
        append_audit(session, "recording_delete_refused", actor.label, payload)
    raise RecordingHeld(f"recording {recording_id} is kept ({kept}) and cannot be deleted")


def purge_expired(
    sessions: sessionmaker[Session], *, older_than_days: int, now: datetime, actor: Actor = SYSTEM
) -> PurgeReport:
    """The scheduled retention job (stub: no schedule yet): delete recordings that
    finished more than `older_than_days` ago, except held or complaint-linked ones."""
    if older_than_days < 1:
        raise ValueError("retention must be at least one day")
    cutoff = now - timedelta(days=older_than_days)
    report = PurgeReport()
    with sessions.begin() as session:
        ids = session.scalars(
            sa.select(Recording.id)
            .where(Recording.finished_at.is_not(None), Recording.finished_at < cutoff)
            .order_by(Recording.finished_at)
        ).all()
    for rec_id in ids:
        try:
            with sessions.begin() as session:
                rec = session.get(Recording, rec_id)
                if rec is None:
                    continue
                if _why_kept(session, rec) is not None:
                    report.kept_held.append(rec_id)
                    continue
                _delete(session, actor, rec, f"retention {older_than_days} days")
            report.deleted.append(rec_id)
        except (OSError, sa.exc.SQLAlchemyError) as exc:
            report.errors.append(f"{rec_id}: {exc}")
            log.warning("retention could not delete recording %s: %s", rec_id, exc)
    return report


class RetentionJob:
    """The scheduled retention run: `purge_expired` at start and then every `interval_s`.

    Started by every seat (console and `kuty serve`); several seats purging the same
    database is safe because each deletion is its own transaction that first re-reads
    the row. `days <= 0` means keep recordings forever (the job does nothing).
    """

    def __init__(
        self,
        sessions: sessionmaker[Session],
        days: int,
        *,
        interval_s: float = 6 * 3600,
        on_report: Callable[[PurgeReport], None] | None = None,
        clock: Callable[[], datetime] = utcnow,
    ) -> None:
        self.sessions = sessions
        self.days = days
        self.interval_s = interval_s
        self.on_report = on_report
        self.clock = clock
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None

    def run_once(self) -> PurgeReport:
        report = purge_expired(self.sessions, older_than_days=self.days, now=self.clock())
        if report.deleted or report.errors:
            log.info(
                "retention: %d deleted, %d kept, %d errors",
                len(report.deleted),
                len(report.kept_held),
                len(report.errors),
            )
        if self.on_report is not None:
            self.on_report(report)
        return report

    def start(self) -> None:
        if self.days <= 0:
            return
        self._thread = threading.Thread(target=self._loop, name="retention", daemon=True)
        self._thread.start()

    def stop(self, timeout: float = 10.0) -> None:
        self._stop.set()
        if self._thread is not None:
            self._thread.join(timeout)

    def _loop(self) -> None:
        while not self._stop.is_set():
            try:
                self.run_once()
            except Exception:  # a dead database must not kill the schedule
                log.exception("retention run failed; retrying later")
            self._stop.wait(self.interval_s)
