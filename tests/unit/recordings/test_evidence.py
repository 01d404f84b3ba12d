"""Evidence code exists once (recordings/evidence.py) with one exception type, and a
sealed package verifies with `sha256sum -c` and anchors the audit head (fault 9)."""

from __future__ import annotations

import json
import re
import subprocess
from pathlib import Path

from db.audit import AuditHead
from desk.errors import UserFacingError
from recordings.evidence import CUSTODY_LOG, EvidenceError, TrackCheck, check_track, seal_package

ROOT = Path(__file__).resolve().parents[3]
USERS = ("console/player.py", "recordings", "incidents/police.py")


def _sources() -> dict[str, str]:
    files: list[Path] = []
    for name in USERS:
        path = ROOT / name
        files += sorted(path.rglob("*.py")) if path.is_dir() else [path]
    return {p.relative_to(ROOT).as_posix(): p.read_text(encoding="utf-8") for p in files}


def test_integrity_and_sealing_live_only_in_evidence() -> None:
    """No second copy: nobody else writes SHA256SUMS/manifest.json, audits a mismatch or
    defines its own integrity exception (the three copies and three types of issue 10)."""
    offenders = []
    for name, text in _sources().items():
        if name == "recordings/evidence.py":
            continue
        patterns = (
            r"append_audit\([^)]*\"integrity_mismatch\"",
            r"def (_seal|seal_package)\b",
            r"class \w*Integrity\w*\(",
            r"\(\s*\w+\s*/\s*(SUMS|MANIFEST)\s*\)\.write_text",
        )
        offenders += [f"{name}: {p}" for p in patterns if re.search(p, text)]
    assert offenders == []


def test_one_exception_type_for_a_mismatch(tmp_path: Path) -> None:
    from recordings.transcripts.service import IntegrityMismatch

    assert IntegrityMismatch is EvidenceError and issubclass(EvidenceError, UserFacingError)
    track = tmp_path / "caller.wav"
    track.write_bytes(b"RIFF")
    check = check_track("rec-1", "caller", track, "0" * 64)
    assert not check.ok and check.problem == "SHA-256 does not match the database"
    gone = check_track("rec-1", "caller", tmp_path / "none.wav", "0" * 64)
    error = EvidenceError(gone)
    assert str(error) == "recording rec-1 (caller): file missing" and error.code
    assert TrackCheck("r", "t", "a", "a").ok


def test_sealed_package_verifies_and_carries_the_head(tmp_path: Path) -> None:
    (tmp_path / "a").mkdir()
    (tmp_path / "a" / "x.wav").write_bytes(b"sound")
    (tmp_path / CUSTODY_LOG).write_text("grows\n")
    (tmp_path / ".work").write_text("scratch")
    head = AuditHead(9, "ab" * 32)
    seal_package(
        tmp_path,
        {"kind": "test"},
        audit_head=head,
        readme=("README.txt", "Прочитай мене"),
        file_notes=[{"path": "a/x.wav", "recorded_sha256": "cd" * 32}],
    )
    manifest = json.loads((tmp_path / "manifest.json").read_text(encoding="utf-8"))
    assert manifest["audit_head"] == {"count": 9, "hash": "ab" * 32}
    assert [f["path"] for f in manifest["files"]] == ["README.txt", "a/x.wav"]
    assert manifest["files"][1]["recorded_sha256"] == "cd" * 32
    done = subprocess.run(["sha256sum", "-c", "SHA256SUMS"], cwd=tmp_path, capture_output=True)
    assert done.returncode == 0, done.stdout
    assert b"custody.log" not in (tmp_path / "SHA256SUMS").read_bytes()
