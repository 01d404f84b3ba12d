"""`kuty audit verify` catches edited, deleted, inserted and reordered rows in a copy;
`kuty audit list` needs READ_AUDIT."""

from __future__ import annotations

import shutil
import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest

from db.audit import append_audit, compute_row_hash
from db.models import GENESIS_HASH, Operator, OperatorRole, utcnow
from db.session import close_database, open_database
from seat import cli

DB = "kuty.sqlite3"


@pytest.fixture(scope="module")
def pristine(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A data dir with six chained audit events and two users, closed (WAL checkpointed)."""
    data = tmp_path_factory.mktemp("pristine")
    sessions = open_database(f"sqlite:///{data / DB}")
    with sessions.begin() as s:
        s.add(Operator(id=1, username="olena", display_name="О", role=OperatorRole.OPERATOR))
        s.add(Operator(id=2, username="petro", display_name="П", role=OperatorRole.SUPERVISOR))
    for i in range(6):
        with sessions.begin() as s:
            append_audit(s, "recording_played", "supervisor:petro", {"n": i})
    close_database(sessions)
    return data


def copy_of(pristine: Path, tmp_path: Path) -> Path:
    data = tmp_path / "copy"
    data.mkdir()
    shutil.copy(pristine / DB, data / DB)
    return data


def tamper(data: Path, *sql: str) -> None:
    con = sqlite3.connect(data / DB)
    con.execute("DROP TRIGGER IF EXISTS audit_events_no_update")
    con.execute("DROP TRIGGER IF EXISTS audit_events_no_delete")
    for statement in sql:
        con.execute(statement)
    con.commit()
    con.close()


def forged_first_row() -> str:
    at = utcnow()
    row_hash = compute_row_hash(
        id=0, at=at, kind="x", actor="evil", call_id=None, payload="{}", prev_hash=GENESIS_HASH
    )
    stamp = at.strftime("%Y-%m-%d %H:%M:%S.%f")
    return (
        f"INSERT INTO audit_events VALUES (0, '{stamp}', 'x', 'evil', NULL, '{{}}', "
        f"'{GENESIS_HASH}', '{row_hash}')"
    )


CASES: dict[str, tuple[Callable[[], list[str]], int]] = {
    "edit": (lambda: ["UPDATE audit_events SET payload='{\"n\":99}' WHERE id=3"], 3),
    "delete": (lambda: ["DELETE FROM audit_events WHERE id=3"], 4),
    "insert": (lambda: [forged_first_row()], 1),
    "reorder": (
        lambda: [
            "UPDATE audit_events SET id=-4 WHERE id=4",
            "UPDATE audit_events SET id=4 WHERE id=5",
            "UPDATE audit_events SET id=5 WHERE id=-4",
        ],
        4,
    ),
    "edit_hash_too": (lambda: ["UPDATE audit_events SET actor='admin:x' WHERE id=6"], 6),
}


def test_clean_chain_verifies(
    pristine: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = copy_of(pristine, tmp_path)
    assert cli.main(["audit", "verify", "--data-dir", str(data)]) == 0
    assert capsys.readouterr().out.startswith("ok: 6 events")


@pytest.mark.parametrize("case", sorted(CASES))
def test_tampering_is_caught(
    case: str, pristine: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    statements, first_bad = CASES[case]
    data = copy_of(pristine, tmp_path)
    tamper(data, *statements())
    assert cli.main(["audit", "verify", "--data-dir", str(data)]) == 1
    out = capsys.readouterr().out
    assert out.startswith(f"audit chain broken at event id {first_bad}:"), out


def test_audit_list_needs_read_audit(
    pristine: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = copy_of(pristine, tmp_path)
    d = ["--data-dir", str(data)]
    assert cli.main(["audit", "list", "--as", "olena", *d]) == 1
    assert "may not read_audit" in capsys.readouterr().err
    assert cli.main(["audit", "list", "--json", "--limit", "3", "--as", "petro", *d]) == 0
    out = capsys.readouterr().out
    assert '"kind": "audit_read"' in out and '"kind": "permission_denied"' in out
    assert cli.main(["audit", "verify", *d]) == 0  # the denial and the read extend the chain
