"""Start-up reconciliation between the recordings on disk and the database (KUTY-1.1).

Runs before every engine (re)start, when no engine of this seat is alive: recordings a
crashed engine left behind are repaired (WAV headers from the file size) and kept;
sidecars whose rows never reached the database are written; calls of this seat still
open in the database are closed as interrupted. Only this seat's recordings are touched,
so several seats can share one recordings root.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any, Protocol

from desk.settings import Settings
from recordings import store

log = logging.getLogger(__name__)

RECENT_DAYS = 3
"""How many date folders (today and before) the start-up scan reads for missing rows.

A full scan of years of recordings would slow every start; `kuty recordings reconcile
--all` does the full scan on demand."""


class _CallLog(Protocol):
    def upsert_from_sidecar(self, data: dict[str, Any]) -> None: ...

    def close_interrupted_calls(self, now: datetime) -> list[str]: ...

    def call_end_at(self, call_id: str) -> str | None: ...

    def audit(
        self, kind: str, actor: str, payload: dict[str, Any], call_id: str | None = None
    ) -> Any: ...


@dataclass
class ReconcileReport:
    repaired: list[dict[str, Any]] = field(default_factory=list)
    upserted: int = 0
    closed_calls: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)


def _day_folders(root: Path, days: int) -> list[Path]:
    today = datetime.now(UTC).date()
    folders = []
    for back in range(days):
        day = today - timedelta(days=back)
        folder = root / f"{day:%Y}" / f"{day:%m}" / f"{day:%d}"
        if folder.is_dir():
            folders.append(folder)
    return folders


def _recent_sidecars(root: Path, days: int | None) -> Iterator[dict[str, Any]]:
    if days is None:
        yield from store.iter_sidecars(root)
        return
    for folder in _day_folders(root, days):
        yield from store.iter_sidecars(folder)


def reconcile_root(
    calllog: _CallLog,
    recordings_root: Path,
    seat: str,
    days: int | None = RECENT_DAYS,
    *,
    close_calls: bool = True,
) -> ReconcileReport:
    """Repair, re-insert and close; never deletes audio. Errors are reported, not raised.

    With ``close_calls=False`` (the periodic pass while an engine runs) calls still open
    in the database are left alone: they may be the live engine's. Repair itself is safe
    at any time, because it only touches directories whose lock nobody holds. That pass
    runs every minute, so it stays cheap: it scans only the recent day folders (a crash
    older than that was repaired by an earlier start), writes only what it repaired, and
    audits a repair when it succeeded (a full disk is reported once, not every minute).
    """
    report = ReconcileReport()
    if not recordings_root.exists():
        if close_calls:
            report.closed_calls = calllog.close_interrupted_calls(datetime.now(UTC))
        return report
    scopes = [recordings_root] if close_calls else _day_folders(recordings_root, RECENT_DAYS)
    for scope in scopes:
        try:
            report.repaired += store.repair_interrupted(scope, seat, end_of=calllog.call_end_at)
        except OSError as exc:
            report.errors.append(f"repair failed in {scope}: {exc}")
    for data in report.repaired:
        if not close_calls and data.get("status") == "failed":
            continue
        calllog.audit(
            "recording_repaired",
            f"seat:{seat}",
            {"directory": data.get("directory"), "status": data.get("status")},
            call_id=data.get("call_id"),
        )
    seen: set[str] = set()
    if close_calls:
        sidecars = [*report.repaired, *_recent_sidecars(recordings_root, days)]
    else:
        sidecars = [d for d in report.repaired if d.get("status") != "failed"]
    for data in sidecars:
        key = str(data.get("recording_id"))
        if key in seen or data.get("seat") not in (None, seat):
            continue
        seen.add(key)
        try:
            calllog.upsert_from_sidecar(data)
            report.upserted += 1
        except Exception as exc:  # one bad sidecar must not stop the seat from starting
            log.exception("sidecar %s", data.get("directory"))
            report.errors.append(f"{data.get('directory')}: {exc}")
    if close_calls:
        report.closed_calls = calllog.close_interrupted_calls(datetime.now(UTC))
    return report


def reconcile(
    calllog: _CallLog, settings: Settings, *, close_calls: bool = True
) -> ReconcileReport:
    """Reconcile this seat's recordings root (what hosts call before starting an engine)."""
    return reconcile_root(
        calllog, settings.recordings_root, settings.seat_name, close_calls=close_calls
    )


def repairs(calllog: _CallLog, settings: Settings) -> Callable[[bool], list[dict[str, Any]]]:
    """The supervisor's reconcile step: repaired sidecars, errors as failed entries."""

    def run(close_calls: bool) -> list[dict[str, Any]]:
        report = reconcile(calllog, settings, close_calls=close_calls)
        failed = [{"status": "failed", "directory": "", "error": e} for e in report.errors]
        return [*report.repaired, *failed]

    return run
