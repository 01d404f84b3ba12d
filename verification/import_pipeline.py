"""Importing profiles in bounded memory, still all or nothing (fault 6, KUTY-2.2).

Keeping every validated record and then every insert row took 605 MB for a 53 MB export.
Here records flow through three phases and only small state stays in Python:

1. **Check** (no write): stream the source once, validating every row; the cross-row
   checks (duplicate rows, two rows updating one existing profile) keep their state in a
   `Scratch` database on disk; identity is matched against the database one chunk of
   `CHUNK` records at a time, querying only that chunk's phones; applications of the
   separate file are matched as profiles go by (`ApplicationOwners`, sized by that
   file). Any error: `ImportRejected` with every error, before any Argon2 work.
2. **Hash** (no transaction): stream the source again, hash the key phrases in batches on
   the worker pool (`hash_stream`) and spool the hashed records to the scratch database.
   Hashing stays outside the write transaction: it takes minutes and a SQLite write
   transaction holds the seat's only write lock. The second pass must see exactly what
   the first saw (record fingerprint, file size and modification time), else nothing is
   imported.
3. **Write** (one transaction): match identities again against the database as it is
   now (another import may have slipped in), then insert the spooled records `CHUNK` at
   a time. Any failure rolls the whole transaction back: nothing is half-imported.
"""

from __future__ import annotations

import dataclasses
import hashlib
from collections.abc import Callable, Iterable, Iterator, Sequence
from itertools import islice
from typing import Protocol

import sqlalchemy as sa
from sqlalchemy.orm import Session, sessionmaker

from db.audit import append_audit
from db.models import CallerPhoneNumber
from db.models_verification import CallerNameKeys
from desk.roles import Actor
from verification.applications import ApplicationImportResult, ApplicationRecord, ApplicationRow
from verification.import_files import Progress
from verification.import_hashing import hash_stream
from verification.import_rows import ProfileImportError, RowError, RowErrors, error_total
from verification.import_scratch import Scratch
from verification.import_write import patronymic_norm, write_chunk
from verification.importer import DuplicateIndex, ProfileRecord
from verification.key_phrase import HashParams
from verification.store_common import _chunks, _now

__all__ = ["CHUNK", "ApplicationOwners", "ImportRejected", "ImportReport", "RecordPass", "run"]

CHUNK = 2000
"""Records per identity query and per insert: bounds what Python holds in each phase."""


class ImportRejected(ProfileImportError):
    """The import was refused and nothing was written; every problem is counted.

    The lists hold the first errors of each file (`RowErrors` keeps `MAX_KEPT_ERRORS`);
    `total` counts them all, `shown` how many the lists hold.
    """

    def __init__(
        self, profile_errors: Sequence[RowError], application_errors: Sequence[RowError]
    ) -> None:
        self.profile_errors = list(profile_errors)
        self.application_errors = list(application_errors)
        self.total = error_total(profile_errors) + error_total(application_errors)
        self.shown = len(self.profile_errors) + len(self.application_errors)
        more = f" ({self.total - self.shown} not listed)" if self.total > self.shown else ""
        super().__init__(
            f"{self.total} error(s) in the import{more}; nothing was imported",
            code="import.rejected",
            total=self.total,
        )


@dataclasses.dataclass(frozen=True)
class ImportReport:
    created: int
    updated: int
    phones: int
    applications: int
    not_in_file: int
    ignored_columns: tuple[str, ...] = ()


class RecordPass(Protocol):
    """One pass over the profiles: iterate for the valid records, then read the rest."""

    @property
    def errors(self) -> Sequence[RowError]: ...

    @property
    def ignored_columns(self) -> tuple[str, ...]: ...

    def __iter__(self) -> Iterator[ProfileRecord]: ...


OpenPass = Callable[[DuplicateIndex, Progress | None], RecordPass]
"""Starts a pass; a file re-reads itself, a parsed result iterates its list again."""


class ApplicationOwners:
    """Matches the separate applications file to the profiles of a stream (KUTY-2.6).

    Same rule as `verification.importer.attach_applications` (a row must match exactly one
    profile by phone and surname, plus first name when given), turned around: the rows are
    indexed, and each profile going by counts the rows it matches, so memory follows the
    applications file, not the profiles.
    """

    def __init__(self, rows: Sequence[ApplicationRow]) -> None:
        self.rows = rows
        self._index: dict[tuple[str, str], list[int]] = {}
        for i, row in enumerate(rows):
            self._index.setdefault((row.phone, row.surname_norm), []).append(i)
        self._found = [0] * len(rows)
        self._owner = [0] * len(rows)
        self._by_owner: dict[int, list[ApplicationRecord]] | None = None

    def see(self, record: ProfileRecord) -> None:
        """Pass 1: count `record` for every row it matches (each row has one phone)."""
        for phone in record.phones:
            for i in self._index.get((phone, record.surname_norm), ()):
                first = self.rows[i].first_name_norm
                if first is None or first == record.first_name_norm:
                    self._found[i] += 1
                    self._owner[i] = record.line

    def errors(self) -> RowErrors:
        """Rows that matched no profile or several, in file order."""
        errors = RowErrors()
        for row, found in zip(self.rows, self._found, strict=True):
            if found == 0:
                msg = "no profile has this phone and surname"
                errors.append(RowError(row.line, "phone", "no_profile", msg))
            elif found > 1:
                msg = f"{found} profiles have this phone and surname; add first_name"
                errors.append(RowError(row.line, "phone", "ambiguous_profile", msg))
        return errors

    def attach(self, record: ProfileRecord) -> ProfileRecord:
        """Pass 2: `record` with the applications whose only owner it is appended."""
        if self._by_owner is None:
            self._by_owner = {}
            for row, found, owner in zip(self.rows, self._found, self._owner, strict=True):
                if found == 1:
                    self._by_owner.setdefault(owner, []).append(row.application)
        extra = self._by_owner.get(record.line)
        if not extra:
            return record
        return dataclasses.replace(record, applications=(*record.applications, *extra))


class _Identity:
    """The re-import identity key (verification/store.py), one chunk of records at a time.

    Only the chunk's phones are looked up, so neither the database nor the file is ever
    held whole; which existing profile a line claimed is kept in the scratch database.
    """

    def __init__(self, scratch: Scratch, unit: str) -> None:
        self.scratch = scratch
        self.unit = unit
        self.errors = RowErrors()
        self.claimed = 0
        scratch.forget_claims()

    def check(self, session: Session, records: Sequence[ProfileRecord]) -> None:
        phones = sorted({e164 for rec in records for e164 in rec.phones})
        index: dict[tuple[tuple[str, str, str], str], set[int]] = {}
        keys = CallerNameKeys
        for chunk in _chunks(phones):
            query = (
                sa.select(CallerPhoneNumber.profile_id, CallerPhoneNumber.e164,
                          keys.surname_norm, keys.first_name_norm, keys.patronymic_norm)
                .join(keys, keys.profile_id == CallerPhoneNumber.profile_id)
                .where(CallerPhoneNumber.e164.in_(chunk))
            )  # fmt: skip
            for pid, e164, surname, first, patronymic in session.execute(query):
                index.setdefault(((surname, first, patronymic), e164), set()).add(pid)
        unit = self.unit
        for rec in records:
            key = (rec.surname_norm, rec.first_name_norm, patronymic_norm(rec))
            found = sorted(set().union(*(index.get((key, e164), set()) for e164 in rec.phones)))
            if len(found) > 1:
                msg = f"matches {len(found)} existing profiles (same names, shared phone)"
                self.errors.append(RowError(rec.line, None, "ambiguous_identity", msg, unit))
            elif found:
                earlier = self.scratch.claim(found[0], rec.line)
                if earlier is not None:
                    msg = f"updates the same existing profile as line/item {earlier}"
                    self.errors.append(RowError(rec.line, None, "duplicate_identity", msg, unit))
                else:
                    self.claimed += 1


def _batched(items: Iterable[ProfileRecord], size: int) -> Iterator[list[ProfileRecord]]:
    source = iter(items)
    while batch := list(islice(source, size)):
        yield batch


def _fingerprint(digest: hashlib.blake2b, record: ProfileRecord) -> None:
    """What pass 2 must see again. Never the phrase: no fast hash of it exists anywhere."""
    fields = (str(record.line), record.surname, record.first_name, record.patronymic,
              *record.phones, repr(record.applications))  # fmt: skip
    digest.update("\x1f".join(fields).encode() + b"\x1e")


def run(
    sessions: sessionmaker[Session],
    actor: Actor,
    open_pass: OpenPass,
    *,
    unchanged: Callable[[], object] = lambda: None,
    applications: ApplicationImportResult | None = None,
    hasher_params: HashParams,
    workers: int | None,
    unit: str,
    progress: Progress | None,
    on_hashing: Callable[[], None] | None = None,
) -> ImportReport:
    """The three phases of the module docstring; the caller has authorised `actor`.

    `unchanged()` returns what must be equal before pass 1 and after pass 2 (for a file:
    size, modification time, inode). `on_hashing` is called when pass 1 found nothing
    wrong. Audited as "profiles_imported" with counts only.

    Raises:
        ImportRejected: any row, application or identity error; nothing was written.
        ProfileImportError: the file is unreadable, or changed between the passes.
    """
    owners = ApplicationOwners(applications.rows) if applications is not None else None
    with Scratch() as scratch:
        before = unchanged()
        first = open_pass(scratch, progress)
        count, digest = _check(sessions, scratch, first, owners, applications, unit)
        if on_hashing is not None:
            on_hashing()
        scratch.forget_rows()
        second = open_pass(scratch, None)
        again = hashlib.blake2b()

        def attached() -> Iterator[ProfileRecord]:
            for record in second:
                _fingerprint(again, record)
                yield owners.attach(record) if owners is not None else record

        spooled = 0
        hashed = hash_stream(
            attached(), count, workers=workers, params=hasher_params, progress=progress
        )
        for record in hashed:
            scratch.spool(record)
            spooled += 1
        if (error_total(second.errors), spooled, again.digest(), unchanged()) != (
            0, count, digest, before,
        ):  # fmt: skip
            raise ProfileImportError(
                "the file changed while it was being imported; nothing was imported",
                code="import.changed",
            )
        with sessions.begin() as session:
            counts = _write_all(session, scratch, count, unit, progress)
            report = ImportReport(*counts, first.ignored_columns)
            payload = {k: v for k, v in report.__dict__.items() if k != "ignored_columns"}
            append_audit(session, "profiles_imported", actor.label, payload)
    return report


def _check(
    sessions: sessionmaker[Session],
    scratch: Scratch,
    first: RecordPass,
    owners: ApplicationOwners | None,
    applications: ApplicationImportResult | None,
    unit: str,
) -> tuple[int, bytes]:
    """Pass 1: every error of the import, or (records, fingerprint) when there is none."""
    identity = _Identity(scratch, unit)
    digest = hashlib.blake2b()
    count = 0
    for chunk in _batched(first, CHUNK):
        count += len(chunk)
        for record in chunk:
            _fingerprint(digest, record)
            if owners is not None:
                owners.see(record)
        if not error_total(first.errors):  # identity errors only count without row errors
            with sessions.begin() as session:
                identity.check(session, chunk)
    app_errors = RowErrors(applications.errors if applications is not None else ())
    if owners is not None:
        app_errors.extend(owners.errors())
    if error_total(first.errors) or app_errors:
        raise ImportRejected(first.errors, app_errors)
    if identity.errors:
        raise ImportRejected(identity.errors, [])
    return count, digest.digest()


def _write_all(
    session: Session, scratch: Scratch, count: int, unit: str, progress: Progress | None
) -> tuple[int, int, int, int, int]:
    """Pass 3, inside the caller's one transaction: identities again, then every chunk."""
    identity = _Identity(scratch, unit)
    for chunk in scratch.spooled(CHUNK):
        identity.check(session, chunk)
    if identity.errors:  # another import slipped in between: still nothing written
        raise ImportRejected(identity.errors, [])
    existing = session.scalar(sa.select(sa.func.count()).select_from(CallerNameKeys)) or 0
    now = _now()
    created = updated = phones = apps = written = 0
    for chunk in scratch.spooled(CHUNK):
        counts = write_chunk(session, chunk, scratch.claimed([r.line for r in chunk]), now)
        created, updated = created + counts[0], updated + counts[1]
        phones, apps = phones + counts[2], apps + counts[3]
        if progress is not None:  # per record: `tick` looks at the clock every 1000 calls
            for done in range(written + 1, written + len(chunk) + 1):
                progress.tick("profiles written", done, count)
        written += len(chunk)
    return created, updated, phones, apps, existing - identity.claimed
