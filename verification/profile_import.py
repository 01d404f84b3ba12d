"""Importing the Service's caller profiles and setting key phrases (KUTY-2.2).

See verification/store.py for the re-import identity key and the all-or-nothing rule,
and verification/import_pipeline.py for how an import of any size stays in bounded
memory: `import_profile_file` streams a file (what `kuty profiles import` runs);
`import_profiles` takes an already parsed `ImportResult` (small inputs: tests, the
console's demo) through the same checks, hashing and chunked single-transaction write.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path

from sqlalchemy.orm import Session, sessionmaker

from db.audit import append_audit
from db.models import CallerProfile
from db.models_verification import CallerSecret
from desk.gate import authorize
from desk.roles import Actor, Permission
from verification.applications import ApplicationImportResult
from verification.import_files import MAX_FILE_BYTES, Progress
from verification.import_pipeline import ImportRejected, ImportReport, RecordPass, run
from verification.import_rows import RowError
from verification.importer import DuplicateIndex, ImportResult, ProfilePass, ProfileRecord
from verification.key_phrase import PRODUCTION, Hasher, HashParams, SecretStr
from verification.normalize import NORMALIZATION_VERSION
from verification.store_common import UnknownProfile, _now

__all__ = [
    "ImportRejected",
    "ImportReport",
    "import_profile_file",
    "import_profiles",
    "set_key_phrase",
]

log = logging.getLogger(__name__)


# ---------------------------------------------------------------------------- import


class _Parsed:
    """A parsed `ImportResult` as a `RecordPass`: each pass iterates the list again."""

    def __init__(self, result: ImportResult) -> None:
        self.result = result

    @property
    def errors(self) -> Sequence[RowError]:
        return self.result.errors

    @property
    def ignored_columns(self) -> tuple[str, ...]:
        return self.result.ignored_columns

    def __iter__(self) -> Iterator[ProfileRecord]:
        return iter(self.result.records)


def import_profiles(
    sessions: sessionmaker[Session],
    actor: Actor,
    result: ImportResult,
    *,
    applications: ApplicationImportResult | None = None,
    hasher_params: HashParams = PRODUCTION,
    workers: int | None = None,
    unit: str = "line",
    progress: Progress | None = None,
) -> ImportReport:
    """Import (or re-import) parsed profiles in one transaction, all or nothing.

    `applications` is the optional separate applications file, matched to profiles like
    `verification.importer.attach_applications`. Key phrases are hashed with Argon2id
    (`hasher_params`, on `workers` processes) and only hashes are stored (KUTY-2.2).
    `unit` names what `RowError.line` counts in identity errors ("line" for CSV, "item"
    for JSON); `progress` reports the hashing and writing. Audited as
    "profiles_imported" with counts only. The records are already in memory here; for a
    file of any size use `import_profile_file`.

    Raises:
        PermissionDenied: the actor may not import profiles (admins may).
        ImportRejected: any row error; nothing was written.
    """
    authorize(sessions, actor, Permission.IMPORT_PROFILES, action="import_profiles")

    def open_pass(_duplicates: DuplicateIndex, _progress: Progress | None) -> RecordPass:
        return _Parsed(result)  # parsed: its duplicates were checked then

    return run(
        sessions, actor, open_pass, applications=applications, hasher_params=hasher_params,
        workers=workers, unit=unit, progress=progress,
    )  # fmt: skip


def import_profile_file(
    sessions: sessionmaker[Session],
    actor: Actor,
    path: Path | str,
    *,
    applications: ApplicationImportResult | None = None,
    hasher_params: HashParams = PRODUCTION,
    workers: int | None = None,
    progress: Progress | None = None,
    max_bytes: int = MAX_FILE_BYTES,
    on_hashing: Callable[[], None] | None = None,
) -> ImportReport:
    """`import_profiles` for a CSV or JSON export, streamed: memory does not grow with it.

    The file is read twice (checked, then hashed; see `verification.import_pipeline`);
    if it changes in between, nothing is imported. `progress` gets rows read, key
    phrases hashed and profiles written. `on_hashing` is called once the file passed
    every check, before the first phrase is hashed (the CLI's test-only warning goes
    there, so a refused file still ends in one line).

    Raises:
        PermissionDenied: the actor may not import profiles (checked before reading).
        ProfileImportError: a file-level problem (see `parse_profiles`), or the file
            changed during the import; nothing was written.
        ImportRejected: any row error; nothing was written.
    """
    authorize(sessions, actor, Permission.IMPORT_PROFILES, action="import_profiles")
    path = Path(path)
    first = ProfilePass(path, max_bytes=max_bytes)  # the size cap, before any work

    def open_pass(duplicates: DuplicateIndex, tick: Progress | None) -> RecordPass:
        return ProfilePass(path, progress=tick, max_bytes=max_bytes, duplicates=duplicates)

    def unchanged() -> tuple[int, int, int]:
        stat = path.stat()
        return stat.st_size, stat.st_mtime_ns, stat.st_ino

    return run(
        sessions, actor, open_pass, unchanged=unchanged, applications=applications,
        hasher_params=hasher_params, workers=workers, unit=first.unit, progress=progress,
        on_hashing=on_hashing,
    )  # fmt: skip


def set_key_phrase(
    sessions: sessionmaker[Session],
    actor: Actor,
    profile_id: int,
    phrase: SecretStr,
    *,
    params: HashParams = PRODUCTION,
) -> None:
    """Replace a profile's key phrase (admins; KUTY-2.2). Audited without the phrase.

    Raises:
        PermissionDenied, UnknownProfile, EmptyPhrase, InputTooLong (messages never quote
        the phrase).
    """
    authorize(sessions, actor, Permission.IMPORT_PROFILES, action="set_key_phrase")
    with sessions.begin() as session:
        if session.get(CallerProfile, profile_id) is None:
            raise UnknownProfile(f"profile {profile_id} does not exist")
    phrase_hash = Hasher(params).hash(phrase)  # outside the write transaction: slow
    with sessions.begin() as session:
        if session.get(CallerProfile, profile_id) is None:
            raise UnknownProfile(f"profile {profile_id} does not exist")
        secret = session.get(CallerSecret, profile_id) or CallerSecret(profile_id=profile_id)
        secret.phrase_hash = phrase_hash
        secret.normalization_version = NORMALIZATION_VERSION
        secret.updated_at = _now()
        session.add(secret)
        append_audit(session, "key_phrase_set", actor.label, {"profile_id": profile_id})
