"""verification.store on a real SQLite database: import, re-import, all-or-nothing, reads.

Also holds the helpers the service, CLI and canary tests share (real files, real
database, operators inserted directly: `kuty users add` belongs to another package).
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
import sqlalchemy as sa
from sqlalchemy.orm import Session, sessionmaker

from db.audit import verify_audit_chain
from db.models import AuditEvent, CallerPhoneNumber, CallerProfile, Operator, OperatorRole
from db.models_verification import CallerNameKeys, CallerSecret, ProfileApplication
from db.session import close_database, open_database
from desk.roles import Actor, PermissionDenied
from verification.applications import parse_applications
from verification.import_rows import ProfileImportError
from verification.importer import parse_profiles
from verification.key_phrase import FAST_FOR_TESTS, Hasher, SecretStr
from verification.store import (
    ImportRejected,
    UnknownProfile,
    candidates_for_number,
    import_profiles,
    list_profiles,
    ringing_hint,
    set_key_phrase,
    verified_card,
)

FAMILY = "+380501234567"
OLENA_MOBILE = "+380677654321"
TARAS = "+380931112233"

PROFILES_CSV = """surname,first_name,patronymic,phones,key_phrase
Коваленко,Олена,Петрівна,050 123 45 67;+38 (067) 765-43-21,мій кіт Мурчик
Коваленко,Петро,,050 123 45 67,зелений чай
Шевчук,Тарас,,093 111 22 33,Говерла пʼять
"""

APPLICATIONS_CSV = """\
phone,surname,first_name,number,child_first_name,status,created,updated,kindergartens
0501234567,Коваленко,Олена,Z-1,Марійка,у черзі,2025-01-10,2025-02-01,Сонечко;Казка
0501234567,Коваленко,Петро,Z-2,Іванко,зараховано,2024-09-01,,Дзвіночок
"""

PHRASES = {"Олена": "мій кіт Мурчик", "Петро": "зелений чай", "Тарас": "Говерла пʼять"}

ADMIN = Actor("admin", OperatorRole.ADMIN, 1)
SUPERVISOR = Actor("petro", OperatorRole.SUPERVISOR, 2)
OPERATOR = Actor("olena", OperatorRole.OPERATOR, 3)
FAST = Hasher(FAST_FOR_TESTS)


def database_url(data_dir: Path) -> str:
    return f"sqlite:///{data_dir / 'kuty.sqlite3'}"


def open_with_users(data_dir: Path) -> sessionmaker[Session]:
    """The data dir's database (as `kuty --data-dir` opens it) with one user per role."""
    factory = open_database(database_url(data_dir))
    with factory.begin() as s:
        for actor in (ADMIN, SUPERVISOR, OPERATOR):
            s.add(Operator(id=actor.operator_id, username=actor.username,
                           display_name=actor.username.title(), role=actor.role))  # fmt: skip
    return factory


def write(path: Path, text: str, encoding: str = "utf-8") -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(text.encode(encoding))
    return path


def import_files(
    sessions: sessionmaker[Session], profiles: Path, applications: Path | None = None
) -> object:
    apps = parse_applications(applications) if applications else None
    return import_profiles(
        sessions, ADMIN, parse_profiles(profiles), applications=apps,
        hasher_params=FAST_FOR_TESTS, workers=1,
    )  # fmt: skip


def profile_id(session: Session, first_name: str) -> int:
    return session.scalars(
        sa.select(CallerProfile.id).where(CallerProfile.first_name == first_name)
    ).one()


def audit_kinds(session: Session) -> list[str]:
    return list(session.scalars(sa.select(AuditEvent.kind).order_by(AuditEvent.id)))


@pytest.fixture
def sessions(tmp_path: Path) -> Iterator[sessionmaker[Session]]:
    factory = open_with_users(tmp_path / "data")
    yield factory
    close_database(factory)


def _counts(session: Session) -> tuple[int, ...]:
    tables = (CallerProfile, CallerPhoneNumber, CallerSecret, CallerNameKeys, ProfileApplication)
    return tuple(session.scalar(sa.select(sa.func.count()).select_from(t)) or 0 for t in tables)


def test_import_csv_with_applications_then_reimport_updates(
    sessions: sessionmaker[Session], tmp_path: Path
) -> None:
    profiles = write(tmp_path / "in" / "profiles.csv", PROFILES_CSV)
    apps = write(tmp_path / "in" / "apps.csv", APPLICATIONS_CSV)
    report = import_files(sessions, profiles, apps)
    assert (report.created, report.updated, report.phones, report.applications) == (3, 0, 4, 2)
    with sessions.begin() as s:
        assert _counts(s) == (3, 4, 3, 3, 2)
        olena = profile_id(s, "Олена")
        secret = s.get(CallerSecret, olena)
        assert secret is not None and secret.phrase_hash.startswith("$argon2id$")
        assert FAST.verify(secret.phrase_hash, "МІЙ  кіт, мурчик!")
        keys = s.get(CallerNameKeys, olena)
        assert keys is not None and (keys.surname_norm, keys.patronymic_norm) == (
            "коваленко",
            "петрівна",
        )
    # Olena changes her mobile, Taras his phrase; Petro leaves the file; Iryna is new.
    changed = (
        "прізвище,ім'я,по батькові,телефони,ключова фраза\n"
        "Коваленко,Олена,Петрівна,050 123 45 67;097 000 11 22,нова фраза\n"
        "ШЕВЧУК,тарас,,+380931112233,інша фраза\n"
        "Бондар,Ірина,,066 555 44 33,сонце\n"
    )
    report = import_files(sessions, write(tmp_path / "in" / "v2.csv", changed))
    assert (report.created, report.updated, report.not_in_file) == (1, 2, 1)
    with sessions.begin() as s:
        assert s.scalar(sa.select(sa.func.count()).select_from(CallerProfile)) == 4
        assert profile_id(s, "Олена") == olena  # same row: attempts and calls keep pointing at it
        numbers = set(s.scalars(sa.select(CallerPhoneNumber.e164).where(
            CallerPhoneNumber.profile_id == olena)))  # fmt: skip
        assert numbers == {FAMILY, "+380970001122"}
        secret = s.get(CallerSecret, olena)
        assert secret is not None and FAST.verify(secret.phrase_hash, "нова фраза")
        assert not FAST.verify(secret.phrase_hash, PHRASES["Олена"])
        assert verified_card(s, olena).applications == ()  # replaced by the file's (none)
        kinds = audit_kinds(s)
        payloads = [json.loads(p) for p in s.scalars(sa.select(AuditEvent.payload))]
        assert verify_audit_chain(s).ok
    assert kinds == ["profiles_imported", "profiles_imported"]
    assert payloads[0] == {"created": 3, "updated": 0, "phones": 4, "applications": 2,
                           "not_in_file": 0}  # fmt: skip


def test_import_json_with_inline_applications(
    sessions: sessionmaker[Session], tmp_path: Path
) -> None:
    data = [
        {"прізвище": "Коваленко", "ім'я": "Олена", "телефони": ["050 123 45 67"],
         "ключова фраза": "мій кіт Мурчик",
         "applications": [{"number": "Z-9", "child_first_name": "Марійка", "status": "у черзі",
                           "created": "01.02.2025", "kindergartens": ["Сонечко"]}]},
    ]  # fmt: skip
    path = write(tmp_path / "p.json", json.dumps(data, ensure_ascii=False))
    report = import_files(sessions, path)
    assert (report.created, report.applications) == (1, 1)
    with sessions.begin() as s:
        card = verified_card(s, profile_id(s, "Олена"))
    assert card.surname == "Коваленко" and card.patronymic == ""
    [app] = card.applications
    assert (app.number, app.kindergartens, app.updated.isoformat()) == (
        "Z-9",
        ("Сонечко",),
        "2025-02-01",
    )


def test_bad_rows_write_nothing_and_every_error_is_reported(
    sessions: sessionmaker[Session], tmp_path: Path
) -> None:
    import_files(sessions, write(tmp_path / "good.csv", PROFILES_CSV))
    bad = (
        "surname,first_name,patronymic,phones,key_phrase\n"
        "Бондар,Ірина,,066 555 44 33,сонце\n"  # fine, but must not be written
        "Бондар,,,066 555 44 33,сонце\n"  # missing first name
        "Ткачук,Ганна,,12345,чай\n"  # bad phone
        "Мельник,Йосип,,0501234500,\n"  # missing phrase
        "Ткачук,Ганна,,0661112233,чай\n"
        "Ткачук,Ганна,,0661112233,чай\n"  # duplicate of the previous line
    )
    apps = write(tmp_path / "apps.csv", APPLICATIONS_CSV + "0990000000,Ніхто,,Z-3,Оля,у черзі,"
                 "2025-01-01,,\n")  # fmt: skip
    with sessions.begin() as s:
        before = _counts(s)
    with pytest.raises(ImportRejected) as info:
        import_files(sessions, write(tmp_path / "bad.csv", bad), apps)
    codes = {(e.line, e.field, e.code) for e in info.value.profile_errors}
    assert codes == {
        (3, "first_name", "missing_field"),
        (4, "phones", "bad_phone"),
        (5, "key_phrase", "missing_field"),
        (7, None, "duplicate_row"),
    }
    # Applications are matched against this file's profiles only: none of them match.
    assert [(e.line, e.code) for e in info.value.application_errors] == [
        (2, "no_profile"),
        (3, "no_profile"),
        (4, "no_profile"),
    ]
    with sessions.begin() as s:
        assert _counts(s) == before
        assert audit_kinds(s) == ["profiles_imported"]


def test_identity_conflicts_are_row_errors(sessions: sessionmaker[Session], tmp_path: Path) -> None:
    import_files(sessions, write(tmp_path / "good.csv", PROFILES_CSV))
    twice = (
        "surname,first_name,patronymic,phones,key_phrase\n"
        "Шевчук,Тарас,,093 111 22 33,а\n"
        "Шевчук,Тарас,,093 111 22 33;0661112233,б\n"
    )
    with pytest.raises(ImportRejected) as info:
        import_files(sessions, write(tmp_path / "twice.csv", twice))
    assert [(e.line, e.code) for e in info.value.profile_errors] == [(3, "duplicate_identity")]


def test_non_utf8_is_a_clear_error(sessions: sessionmaker[Session], tmp_path: Path) -> None:
    path = write(tmp_path / "cp1251.csv", PROFILES_CSV.replace("ʼ", "'"), encoding="cp1251")
    with pytest.raises(ProfileImportError, match="not UTF-8"):
        parse_profiles(path)


def test_permissions_are_enforced_and_denials_audited(
    sessions: sessionmaker[Session], tmp_path: Path
) -> None:
    result = parse_profiles(write(tmp_path / "p.csv", PROFILES_CSV))
    for actor in (OPERATOR, SUPERVISOR):
        with pytest.raises(PermissionDenied):
            import_profiles(sessions, actor, result, hasher_params=FAST_FOR_TESTS, workers=1)
    with pytest.raises(PermissionDenied):
        list_profiles(sessions, OPERATOR)
    with pytest.raises(PermissionDenied):
        set_key_phrase(sessions, SUPERVISOR, 1, SecretStr("x"), params=FAST_FOR_TESTS)
    with sessions.begin() as s:
        assert audit_kinds(s) == ["permission_denied"] * 4
        assert s.scalar(sa.select(sa.func.count()).select_from(CallerProfile)) == 0


def test_set_key_phrase_and_listing_show_no_hash(
    sessions: sessionmaker[Session], tmp_path: Path
) -> None:
    import_files(sessions, write(tmp_path / "p.csv", PROFILES_CSV))
    with sessions.begin() as s:
        taras = profile_id(s, "Тарас")
    set_key_phrase(sessions, ADMIN, taras, SecretStr("Смерекова хата"), params=FAST_FOR_TESTS)
    with pytest.raises(UnknownProfile):
        set_key_phrase(sessions, ADMIN, 999, SecretStr("x"), params=FAST_FOR_TESTS)
    with sessions.begin() as s:
        secret = s.get(CallerSecret, taras)
        assert secret is not None and FAST.verify(secret.phrase_hash, "смерекова хата")
        [event] = s.scalars(sa.select(AuditEvent).where(AuditEvent.kind == "key_phrase_set"))
        assert json.loads(event.payload) == {"profile_id": taras}
    listed = list_profiles(sessions, SUPERVISOR)
    assert [p.first_name for p in listed] == ["Олена", "Петро", "Тарас"]
    assert listed[0].phones == (FAMILY, OLENA_MOBILE) and listed[0].applications == 0
    text = json.dumps([p.to_json_dict() for p in listed], ensure_ascii=False)
    assert "argon2" not in text and all(p.has_phrase for p in listed)


def test_candidates_and_ringing_hint_give_counts_not_names(
    sessions: sessionmaker[Session], tmp_path: Path
) -> None:
    import_files(sessions, write(tmp_path / "p.csv", PROFILES_CSV))
    with sessions.begin() as s:
        family = candidates_for_number(s, FAMILY)
        assert len(family) == 2 and all(c.phrase_hash for c in family)
        assert "Коваленко" not in repr(family) and "коваленко" not in repr(family)
        assert ringing_hint(s, FAMILY).count == 2
        assert ringing_hint(s, "+380440000000").count == 0
        assert ringing_hint(s, None) == ringing_hint(s, "") == ringing_hint(s, "+380440000000")
        assert not ringing_hint(s, TARAS).locked
        assert candidates_for_number(s, TARAS, now=datetime.now(UTC) + timedelta(days=1))
