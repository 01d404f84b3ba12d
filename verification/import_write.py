"""Writing one chunk of validated, hashed profile records (the import's write phase).

`verification.import_pipeline` calls `write_chunk` for every `CHUNK` records inside one
transaction, so a chunk's insert rows are all that exist at once; an exception in any
chunk rolls every earlier chunk back with it.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from datetime import datetime
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Session

from db.models import CallerPhoneNumber, CallerProfile
from db.models_verification import CallerNameKeys, CallerSecret, ProfileApplication
from verification.applications import ApplicationRecord
from verification.importer import ProfileRecord
from verification.normalize import NORMALIZATION_VERSION, normalize_name
from verification.store_common import _chunks

__all__ = ["patronymic_norm", "write_chunk"]


def patronymic_norm(record: ProfileRecord) -> str:
    return normalize_name(record.patronymic) if record.patronymic else ""


def write_chunk(
    session: Session,
    records: Sequence[ProfileRecord],
    matched: Mapping[int, int],
    now: datetime,
) -> tuple[int, int, int, int]:
    """Insert or update `records` (existing profile id by line in `matched`).

    A matched profile gets the file's names, phones, applications and key phrase hash.
    Returns (created, updated, phones, applications).
    """
    if any(r.phrase_hash is None for r in records):
        raise ValueError("every record must be hashed before it is written (KUTY-2.2)")

    def names(rec: ProfileRecord) -> dict[str, Any]:
        patronymic = rec.patronymic or None
        return {"surname": rec.surname, "first_name": rec.first_name, "patronymic": patronymic}

    new = [rec for rec in records if rec.line not in matched]
    new_ids: list[int] = []
    if new:
        stmt = sa.insert(CallerProfile).returning(CallerProfile.id, sort_by_parameter_order=True)
        rows = [{**names(r), "created_at": now, "updated_at": now} for r in new]
        new_ids = list(session.scalars(stmt, rows))
    old = [(rec, matched[rec.line]) for rec in records if rec.line in matched]
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
                "patronymic_norm": patronymic_norm(r),
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
    return len(new), len(old), len(phones), len(apps)


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
