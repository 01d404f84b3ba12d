"""Importing the Service's caller profiles and setting key phrases (KUTY-2.2).

See verification/store.py for the re-import identity key and the all-or-nothing rule.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Session, sessionmaker

from db.audit import append_audit
from db.models import CallerPhoneNumber, CallerProfile
from db.models_verification import (
    CallerNameKeys,
    CallerSecret,
    ProfileApplication,
)
from desk.gate import authorize
from desk.roles import Actor, Permission
from verification.applications import ApplicationImportResult, ApplicationRecord
from verification.import_files import Progress
from verification.import_rows import ProfileImportError, RowError, RowErrors, error_total
from verification.importer import ImportResult, ProfileRecord, attach_applications, hash_records
from verification.key_phrase import PRODUCTION, Hasher, HashParams, SecretStr
from verification.normalize import NORMALIZATION_VERSION, normalize_name
from verification.store_common import UnknownProfile, _chunks, _now

log = logging.getLogger(__name__)


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


@dataclass(frozen=True)
class ImportReport:
    created: int
    updated: int
    phones: int
    applications: int
    not_in_file: int
    ignored_columns: tuple[str, ...] = ()


# ---------------------------------------------------------------------------- import


def _patronymic_norm(record: ProfileRecord) -> str:
    return normalize_name(record.patronymic) if record.patronymic else ""


def _match_existing(
    session: Session, records: Sequence[ProfileRecord], unit: str
) -> tuple[list[int | None], list[RowError], int]:
    """Existing profile id (or None: new) per record, identity errors, profiles not in file."""
    # Indexed by (names, phone) so a common name shared by thousands of profiles costs
    # one dict lookup per phone of the row, not a scan of every namesake.
    names: dict[int, tuple[str, str, str]] = {}
    keys = sa.select(
        CallerNameKeys.profile_id,
        CallerNameKeys.surname_norm,
        CallerNameKeys.first_name_norm,
        CallerNameKeys.patronymic_norm,
    )
    for pid, surname, first, patronymic in session.execute(keys):
        names[pid] = (surname, first, patronymic)
    index: dict[tuple[tuple[str, str, str], str], set[int]] = {}
    phones = sa.select(CallerPhoneNumber.profile_id, CallerPhoneNumber.e164)
    for pid, e164 in session.execute(phones):
        if pid in names:
            index.setdefault((names[pid], e164), set()).add(pid)
    matched: list[int | None] = []
    errors: list[RowError] = []
    claimed: dict[int, int] = {}
    for rec in records:
        key = (rec.surname_norm, rec.first_name_norm, _patronymic_norm(rec))
        found = sorted(set().union(*(index.get((key, e164), set()) for e164 in rec.phones)))
        if len(found) > 1:
            msg = f"matches {len(found)} existing profiles (same names, shared phone)"
            errors.append(RowError(rec.line, None, "ambiguous_identity", msg, unit))
        elif found and found[0] in claimed:
            msg = f"updates the same existing profile as line/item {claimed[found[0]]}"
            errors.append(RowError(rec.line, None, "duplicate_identity", msg, unit))
        elif found:
            claimed[found[0]] = rec.line
        matched.append(found[0] if len(found) == 1 else None)
    return matched, errors, len(names) - len(claimed)


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
    """Import (or re-import) the Service's profiles in one transaction, all or nothing.

    `applications` is the optional separate applications file, matched to profiles with
    `attach_applications`. Key phrases are hashed with Argon2id (`hasher_params`, on
    `workers` processes) and only hashes are stored (KUTY-2.2). `unit` names what
    `RowError.line` counts in identity errors ("line" for CSV, "item" for JSON);
    `progress` reports the hashing. Audited as "profiles_imported" with counts only.

    Raises:
        PermissionDenied: the actor may not import profiles (admins may).
        ImportRejected: any row error; nothing was written.
    """
    authorize(sessions, actor, Permission.IMPORT_PROFILES, action="import_profiles")
    records: list[ProfileRecord] = list(result.records)
    app_errors = RowErrors()
    if applications is not None:
        app_errors.extend(applications.errors)
        records, attach_errors = attach_applications(records, applications.rows)
        app_errors.extend(attach_errors)
    if result.errors or app_errors:
        raise ImportRejected(result.errors, app_errors)
    with sessions.begin() as session:
        _, identity_errors, _ = _match_existing(session, records, unit)
    if identity_errors:
        raise ImportRejected(identity_errors, [])
    records = hash_records(records, workers=workers, params=hasher_params, progress=progress)
    with sessions.begin() as session:
        matched, identity_errors, not_in_file = _match_existing(session, records, unit)
        if identity_errors:  # another import slipped in between: still nothing written
            raise ImportRejected(identity_errors, [])
        report = _write(session, records, matched, not_in_file, result.ignored_columns)
        payload = {k: v for k, v in report.__dict__.items() if k != "ignored_columns"}
        append_audit(session, "profiles_imported", actor.label, payload)
    return report


def _write(
    session: Session,
    records: Sequence[ProfileRecord],
    matched: Sequence[int | None],
    not_in_file: int,
    ignored: tuple[str, ...],
) -> ImportReport:
    now = _now()

    def names(rec: ProfileRecord) -> dict[str, Any]:
        patronymic = rec.patronymic or None
        return {"surname": rec.surname, "first_name": rec.first_name, "patronymic": patronymic}

    new = [rec for rec, pid in zip(records, matched, strict=True) if pid is None]
    new_ids: list[int] = []
    if new:
        stmt = sa.insert(CallerProfile).returning(CallerProfile.id, sort_by_parameter_order=True)
        rows = [{**names(r), "created_at": now, "updated_at": now} for r in new]
        new_ids = list(session.scalars(stmt, rows))
    old = [(rec, pid) for rec, pid in zip(records, matched, strict=True) if pid is not None]
    old_ids = [pid for _, pid in old]
    if old:
        rows = [{"id": pid, **names(rec), "updated_at": now} for rec, pid in old]
        session.execute(sa.update(CallerProfile), rows)
    for table in (CallerPhoneNumber, ProfileApplication, CallerSecret, CallerNameKeys):
        for chunk in _chunks(old_ids):
            session.execute(sa.delete(table).where(table.profile_id.in_(chunk)))
    pairs = [*zip(new, new_ids, strict=True), *old]
    version = NORMALIZATION_VERSION
    session.execute(
        sa.insert(CallerNameKeys),
        [
            {
                "profile_id": pid,
                "surname_norm": r.surname_norm,
                "first_name_norm": r.first_name_norm,
                "patronymic_norm": _patronymic_norm(r),
                "normalization_version": version,
            }
            for r, pid in pairs
        ],
    )
    session.execute(
        sa.insert(CallerSecret),
        [
            {
                "profile_id": pid,
                "phrase_hash": r.phrase_hash,
                "normalization_version": version,
                "updated_at": now,
            }
            for r, pid in pairs
        ],
    )
    phones = [{"profile_id": pid, "e164": e164} for r, pid in pairs for e164 in r.phones]
    session.execute(sa.insert(CallerPhoneNumber), phones)
    apps = [_application_row(pid, a) for r, pid in pairs for a in r.applications]
    if apps:
        session.execute(sa.insert(ProfileApplication), apps)
    return ImportReport(len(new), len(old), len(phones), len(apps), not_in_file, ignored)


def _application_row(profile_id: int, app: ApplicationRecord) -> dict[str, Any]:
    return {
        "profile_id": profile_id,
        "number": app.number,
        "child_first_name": app.child_first_name,
        "status": app.status,
        "created": app.created,
        "updated": app.updated,
        "kindergartens": json.dumps(list(app.kindergartens), ensure_ascii=False),
    }


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
