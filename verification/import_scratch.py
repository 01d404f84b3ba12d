"""An import's working tables, on disk in an anonymous temporary SQLite database.

Why: a streamed import must still check rows against each other (duplicate rows, two
rows updating one profile) and must keep the validated, hashed records somewhere between
hashing them (outside the write transaction: minutes of Argon2 must not hold SQLite's
only write lock) and writing them (one transaction, all or nothing). Kept in Python,
that state was most of the 605 MB a 53 MB import took; here it lives in SQLite pages
behind a page cache of `CACHE_KIB`, so memory stays flat however many rows there are.

``sqlite3.connect("")`` opens a private temporary database: SQLite creates the file with
mode 0600 in the temporary directory and unlinks it at once, so no other process can
open it and nothing is left behind, not even after SIGKILL. It never holds a plain key
phrase (KUTY-2.2): only the Argon2 hashes that the real database receives as well.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator, Sequence
from datetime import date
from types import TracebackType

from verification.applications import ApplicationRecord
from verification.importer import ProfileRecord

__all__ = ["CACHE_KIB", "Scratch"]

CACHE_KIB = 8192
"""Page cache of the scratch database; pages beyond it go to the (unlinked) file."""

_FLUSH = 1000  # spooled records buffered before one executemany

_SCHEMA = (
    "CREATE TABLE seen (key TEXT PRIMARY KEY, line INTEGER NOT NULL) WITHOUT ROWID",
    "CREATE TABLE claims (profile_id INTEGER PRIMARY KEY, line INTEGER NOT NULL UNIQUE)",
    """CREATE TABLE records (
        line INTEGER PRIMARY KEY, surname TEXT NOT NULL, first_name TEXT NOT NULL,
        patronymic TEXT NOT NULL, surname_norm TEXT NOT NULL, first_name_norm TEXT NOT NULL,
        phones TEXT NOT NULL, phrase_hash TEXT, applications TEXT)""",
)


class Scratch:
    """Duplicate keys, identity claims and spooled records of one import.

    Implements `verification.importer.DuplicateIndex` (`first`). One connection, one
    thread; everything happens in one scratch transaction that is never committed
    (there is nothing to keep once the import ends).
    """

    def __init__(self, cache_kib: int = CACHE_KIB) -> None:
        self._db = sqlite3.connect("", isolation_level=None)
        self._db.execute(f"PRAGMA cache_size=-{int(cache_kib)}")
        self._db.execute("PRAGMA journal_mode=OFF")
        self._db.execute("PRAGMA synchronous=OFF")
        self._db.execute("PRAGMA temp_store=FILE")
        for statement in _SCHEMA:
            self._db.execute(statement)
        self._db.execute("BEGIN")
        self._pending: list[tuple[object, ...]] = []

    def __enter__(self) -> Scratch:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    def close(self) -> None:
        self._pending.clear()
        self._db.close()

    # ------------------------------------------------------------------ duplicate rows

    def first(self, key: str, line: int) -> int | None:
        """The line that already had `key`, or None after remembering `line` for it."""
        cursor = self._db.execute(
            "INSERT INTO seen (key, line) VALUES (?, ?) ON CONFLICT DO NOTHING", (key, line)
        )
        if cursor.rowcount == 1:
            return None
        row = self._db.execute("SELECT line FROM seen WHERE key = ?", (key,)).fetchone()
        return int(row[0])

    def forget_rows(self) -> None:
        """Start the duplicate check afresh (the next pass sees every row again)."""
        self._db.execute("DELETE FROM seen")

    # --------------------------------------------------------------- identity claims

    def claim(self, profile_id: int, line: int) -> int | None:
        """The line that already claimed this existing profile, or None after claiming it."""
        cursor = self._db.execute(
            "INSERT INTO claims (profile_id, line) VALUES (?, ?) ON CONFLICT DO NOTHING",
            (profile_id, line),
        )
        if cursor.rowcount == 1:
            return None
        row = self._db.execute(
            "SELECT line FROM claims WHERE profile_id = ?", (profile_id,)
        ).fetchone()
        return int(row[0])

    def claimed(self, lines: Sequence[int]) -> dict[int, int]:
        """Existing profile id by line, for those of `lines` that matched one."""
        if not lines:
            return {}
        rows = self._db.execute(
            "SELECT line, profile_id FROM claims WHERE line BETWEEN ? AND ?",
            (min(lines), max(lines)),
        )
        wanted = set(lines)
        return {line: pid for line, pid in rows if line in wanted}

    def forget_claims(self) -> None:
        self._db.execute("DELETE FROM claims")

    # ------------------------------------------------------------------ spooled records

    def spool(self, record: ProfileRecord) -> None:
        """Keep a hashed record for the write phase (never one with a plain phrase)."""
        if record.pending_phrase is not None:
            raise ValueError("only hashed records may be spooled (KUTY-2.2)")
        apps = json.dumps([_app_json(a) for a in record.applications], ensure_ascii=False)
        self._pending.append(
            (record.line, record.surname, record.first_name, record.patronymic,
             record.surname_norm, record.first_name_norm, " ".join(record.phones),
             record.phrase_hash, apps if record.applications else None)
        )  # fmt: skip
        if len(self._pending) >= _FLUSH:
            self._flush()

    def _flush(self) -> None:
        self._db.executemany(
            "INSERT INTO records VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", self._pending
        )
        self._pending.clear()

    def spooled(self, size: int) -> Iterator[list[ProfileRecord]]:
        """The spooled records in file order, `size` at a time."""
        self._flush()
        after = -1
        while True:
            rows = self._db.execute(
                "SELECT * FROM records WHERE line > ? ORDER BY line LIMIT ?", (after, size)
            ).fetchall()
            if not rows:
                return
            after = rows[-1][0]
            yield [_record(row) for row in rows]


def _app_json(app: ApplicationRecord) -> dict[str, object]:
    return {
        "number": app.number,
        "child_first_name": app.child_first_name,
        "status": app.status,
        "created": app.created.isoformat(),
        "updated": app.updated.isoformat(),
        "kindergartens": list(app.kindergartens),
    }


def _record(row: tuple[object, ...]) -> ProfileRecord:
    line, surname, first, patronymic, surname_norm, first_norm, phones, phrase_hash, apps = row
    assert isinstance(phones, str) and (apps is None or isinstance(apps, str))
    applications = tuple(
        ApplicationRecord(
            number=a["number"],
            child_first_name=a["child_first_name"],
            status=a["status"],
            created=date.fromisoformat(a["created"]),
            updated=date.fromisoformat(a["updated"]),
            kindergartens=tuple(a["kindergartens"]),
        )
        for a in (json.loads(apps) if apps else ())
    )
    return ProfileRecord(
        line=int(str(line)),
        surname=str(surname),
        first_name=str(first),
        patronymic=str(patronymic),
        surname_norm=str(surname_norm),
        first_name_norm=str(first_norm),
        phones=tuple(phones.split()),
        applications=applications,
        phrase_hash=None if phrase_hash is None else str(phrase_hash),
    )
