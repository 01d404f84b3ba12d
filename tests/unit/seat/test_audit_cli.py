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


# ------------------------------------------- fault 9: the chain's head anchored outside


def recordings_root(data: Path) -> Path:
    from desk.settings import load_settings

    return load_settings(data_dir=data).recordings_root


def anchored(pristine: Path, tmp_path: Path) -> Path:
    """A copy grown to nine events, with a checkpoint after events 7, 8 and 9 (3 lines)."""
    from seat.audit_anchor import write_audit_checkpoint

    data = copy_of(pristine, tmp_path)
    sessions = open_database(f"sqlite:///{data / DB}")
    for n in (7, 8, 9):
        with sessions.begin() as s:
            append_audit(s, "recording_played", "supervisor:petro", {"n": n})
        head = write_audit_checkpoint(sessions, recordings_root(data))
        assert head.count == n
    close_database(sessions)
    return data


DELETE_LAST_TWO = "DELETE FROM audit_events WHERE id IN (8, 9)"


def test_deleting_the_newest_events_is_caught_by_the_checkpoint(
    pristine: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Fault 9: triggers dropped, the last two events deleted; verify said "ok: 7 events"."""
    data = anchored(pristine, tmp_path)
    tamper(data, DELETE_LAST_TWO)
    assert cli.main(["audit", "verify", "--data-dir", str(data)]) == 1
    out = capsys.readouterr().out
    assert out.splitlines()[0] == (
        "tampered: events 8-9 missing (anchor in audit-checkpoints.jsonl line 3 says 9 events)"
    ), out
    assert "ok:" not in out


def test_a_rewritten_tail_is_caught_even_at_the_same_length(
    pristine: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = anchored(pristine, tmp_path)
    tamper(data, DELETE_LAST_TWO)
    sessions = open_database(f"sqlite:///{data / DB}")
    for n in (80, 90):  # two new, validly chained events replace the deleted ones
        with sessions.begin() as s:
            append_audit(s, "recording_played", "evil", {"n": n})
    close_database(sessions)
    assert cli.main(["audit", "verify", "--data-dir", str(data)]) == 1
    out = capsys.readouterr().out
    assert "tampered: event 8 differs from the anchor in audit-checkpoints.jsonl line 2" in out
    assert "tampered: event 9 differs from the anchor in audit-checkpoints.jsonl line 3" in out


def test_edited_row_is_still_caught_with_anchors(
    pristine: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = anchored(pristine, tmp_path)
    tamper(data, "UPDATE audit_events SET payload='{\"n\":99}' WHERE id=3")
    assert cli.main(["audit", "verify", "--data-dir", str(data)]) == 1
    assert capsys.readouterr().out.startswith("audit chain broken at event id 3:")


def test_clean_anchored_chain_is_ok_and_checkpoints_only_append(
    pristine: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    import json

    data = anchored(pristine, tmp_path)
    lines = (recordings_root(data) / "audit-checkpoints.jsonl").read_text().splitlines()
    heads = [json.loads(line)["audit_head"]["count"] for line in lines]
    assert heads == [7, 8, 9]
    assert cli.main(["audit", "verify", "--data-dir", str(data)]) == 0
    assert capsys.readouterr().out.startswith("ok: 9 events (head ")


def test_package_manifest_given_by_hand_is_an_anchor(
    pristine: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """An export/dossier/police manifest carries the head at sealing (recordings.evidence)."""
    from db.audit import audit_head
    from recordings.evidence import seal_package

    data = copy_of(pristine, tmp_path)
    sessions = open_database(f"sqlite:///{data / DB}")
    package = tmp_path / "export-1"
    package.mkdir()
    (package / "note.txt").write_text("x")
    with sessions.begin() as s:
        seal_package(package, {"kind": "recordings_export"}, audit_head=audit_head(s))
    close_database(sessions)
    d = ["--data-dir", str(data)]
    assert cli.main(["audit", "verify", *d, "--anchor", str(package / "manifest.json")]) == 0
    assert "1 anchors agree" in capsys.readouterr().out
    tamper(data, "DELETE FROM audit_events WHERE id IN (5, 6)")
    assert cli.main(["audit", "verify", *d, "--anchor", str(package)]) == 1
    assert capsys.readouterr().out.strip() == (
        f"tampered: events 5-6 missing (anchor in {package / 'manifest.json'} says 6 events)"
    )
    assert cli.main(["audit", "verify", *d, "--anchor", str(tmp_path / "none.json")]) == 1
    assert "cannot read the anchor" in capsys.readouterr().err


def test_finished_recording_sidecar_carries_the_head(
    pristine: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    import json

    from recordings.store import write_sidecar
    from seat.calllog import CallLog
    from telephony import protocol
    from telephony.protocol import RecordingStatus

    data = copy_of(pristine, tmp_path)
    directory = recordings_root(data) / "2026" / "03" / "02" / "call-1"
    directory.mkdir(parents=True)
    write_sidecar(directory, {"call_id": "call-1", "recording_id": "rec-1", "status": "complete"})
    sessions = open_database(f"sqlite:///{data / DB}")
    CallLog(sessions, "seat-1").apply(
        protocol.RecordingFinished(
            call_id="call-1", recording_id="rec-1", directory=str(directory),
            caller_path=str(directory / "caller.wav"), operator_path=str(directory / "o.wav"),
            mixed_path=None, duration_s=1.0, sample_rate=16000, caller_sha256="a" * 64,
            operator_sha256="b" * 64, mixed_sha256=None, status=RecordingStatus.COMPLETE,
        )
    )  # fmt: skip
    close_database(sessions)
    sidecar = json.loads((directory / "call.json").read_text())
    assert sidecar["audit_head"]["count"] == 7  # six + recording_finished
    assert sidecar["recording_id"] == "rec-1"  # the rest of the sidecar is kept
    tamper(data, "DELETE FROM audit_events WHERE id = 7")
    assert cli.main(["audit", "verify", "--data-dir", str(data)]) == 1
    assert capsys.readouterr().out.strip() == (
        "tampered: event 7 missing (anchor in 2026/03/02/call-1/call.json says 7 events)"
    )
