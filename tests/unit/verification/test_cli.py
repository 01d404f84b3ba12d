"""`kuty profiles ...` as a real subprocess (KUTY_TEST_FAST_HASH=1, --data-dir tmp_path)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
import sqlalchemy as sa

from db.models import AuditEvent, CallerProfile
from db.models_verification import CallerSecret
from db.session import close_database, open_database
from tests.unit.verification.test_store import (
    APPLICATIONS_CSV,
    FAST,
    PROFILES_CSV,
    database_url,
    open_with_users,
    write,
)
from verification.cli import FAST_HASH_ENV

KUTY = [sys.executable, "-m", "seat.cli"]
ROOT = Path(__file__).resolve().parents[3]


def kuty(
    tmp_path: Path, *args: str, stdin: str = "", fast: bool = True
) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "KUTY_CONFIG": str(tmp_path / "no-settings.toml")}
    env.pop(FAST_HASH_ENV, None)
    if fast:
        env[FAST_HASH_ENV] = "1"
    return subprocess.run(
        [*KUTY, *args, "--data-dir", str(tmp_path / "data")],
        input=stdin, capture_output=True, text=True, timeout=120, env=env, cwd=ROOT,
    )  # fmt: skip


@pytest.fixture
def data(tmp_path: Path) -> Path:
    close_database(open_with_users(tmp_path / "data"))
    return tmp_path / "data"


def _profile_count(data: Path) -> int:
    sessions = open_database(database_url(data))
    try:
        with sessions.begin() as s:
            return s.scalar(sa.select(sa.func.count()).select_from(CallerProfile)) or 0
    finally:
        close_database(sessions)


def test_help_lists_no_fast_hash_flag(tmp_path: Path) -> None:
    for sub in ("import", "set-phrase", "unlock", "list"):
        res = kuty(tmp_path, "profiles", sub, "--help")
        assert res.returncode == 0 and "--as" in res.stdout and "--data-dir" in res.stdout
        assert "fast" not in res.stdout.casefold()


def test_import_list_set_phrase_unlock(data: Path, tmp_path: Path) -> None:
    profiles = write(tmp_path / "in" / "profiles.csv", PROFILES_CSV)
    apps = write(tmp_path / "in" / "apps.csv", APPLICATIONS_CSV)
    res = kuty(tmp_path, "profiles", "import", str(profiles), "--applications", str(apps),
               "--as", "admin")  # fmt: skip
    assert res.returncode == 0, res.stderr
    assert "3 created, 0 updated, 4 phones, 2 applications" in res.stdout
    assert "test-only" in res.stderr
    res = kuty(tmp_path, "profiles", "import", str(profiles), "--as", "admin")
    assert "0 created, 3 updated" in res.stdout, res.stderr

    res = kuty(tmp_path, "profiles", "list", "--json", "--as", "petro")
    assert res.returncode == 0, res.stderr
    listed = json.loads(res.stdout)
    assert [p["first_name"] for p in listed] == ["Олена", "Петро", "Тарас"]
    assert "argon2" not in res.stdout and "phrase_hash" not in res.stdout
    taras = listed[2]["id"]

    res = kuty(tmp_path, "profiles", "set-phrase", str(taras), "--as", "admin",
               stdin="Смерекова хата\n")  # fmt: skip
    assert res.returncode == 0, res.stderr
    assert "Смерекова" not in res.stdout + res.stderr
    sessions = open_database(database_url(data))
    try:
        with sessions.begin() as s:
            secret = s.get(CallerSecret, taras)
            assert secret is not None and FAST.verify(secret.phrase_hash, "смерекова хата")
    finally:
        close_database(sessions)

    res = kuty(tmp_path, "profiles", "set-phrase", str(taras), "--as", "admin", stdin="\n")
    assert res.returncode == 1 and "no key phrase" in res.stderr
    res = kuty(
        tmp_path, "profiles", "unlock", str(taras), "--reason", "перевірено", "--as", "petro"
    )
    assert res.returncode == 0 and "0 active lock(s)" in res.stdout, res.stderr


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (("profiles", "list", "--as", "olena"), "may not import_profiles"),
        (("profiles", "set-phrase", "1", "--as", "petro"), "may not import_profiles"),
        (("profiles", "unlock", "1", "--reason", "x", "--as", "olena"), "may not unlock_profile"),
        (("profiles", "unlock", "999", "--reason", "x", "--as", "petro"), "does not exist"),
        (("profiles", "list"), "--as USERNAME is required"),
    ],
)
def test_refusals_are_one_line(
    data: Path, tmp_path: Path, argv: tuple[str, ...], message: str
) -> None:
    res = kuty(tmp_path, *argv, stdin="фраза\n")
    assert res.returncode == 1
    lines = res.stderr.strip().splitlines()
    assert lines[-1].startswith("kuty profiles:") and message in lines[-1], res.stderr
    assert "Traceback" not in res.stderr


def test_bad_rows_print_a_report_and_import_nothing(data: Path, tmp_path: Path) -> None:
    bad = write(tmp_path / "bad.csv", PROFILES_CSV + "Бондар,,,12345,таємниця\n")
    res = kuty(tmp_path, "profiles", "import", str(bad), "--as", "admin")
    assert res.returncode == 1
    rows = [line.split("\t") for line in res.stdout.strip().splitlines()]
    assert rows[0] == ["file", "where", "field", "code", "message"]
    assert [r[:4] for r in rows[1:]] == [
        ["bad.csv", "line 5", "first_name", "missing_field"],
        ["bad.csv", "line 5", "phones", "bad_phone"],
    ]
    assert "nothing was imported" in res.stderr and "таємниця" not in res.stdout + res.stderr
    assert _profile_count(data) == 0


def test_non_utf8_is_one_line_and_imports_nothing(data: Path, tmp_path: Path) -> None:
    path = write(tmp_path / "win.csv", PROFILES_CSV.replace("ʼ", "'"), encoding="cp1251")
    res = kuty(tmp_path, "profiles", "import", str(path), "--as", "admin")
    assert res.returncode == 1
    [line] = res.stderr.strip().splitlines()[-1:]
    assert "win.csv is not UTF-8" in line and "Traceback" not in res.stderr
    assert _profile_count(data) == 0
    sessions = open_database(database_url(data))
    try:
        with sessions.begin() as s:
            assert s.scalar(sa.select(sa.func.count()).select_from(AuditEvent)) == 0
    finally:
        close_database(sessions)
