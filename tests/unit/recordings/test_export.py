"""Export packages: integrity, masking, formats, manifest, cancel, ZIP, refusals.

Real files (sox tones), a real SQLite database, real ffmpeg and `sha256sum -c`. The
`world` fixture here is shared by the other recordings tests (imported from this module).
"""

from __future__ import annotations

import json
import subprocess
import threading
import zipfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa
from sqlalchemy.orm import Session, sessionmaker

from db.models import AuditEvent, Call, Operator, OperatorRole, Recording
from db.session import close_database, open_database
from desk.roles import Actor, PermissionDenied
from recordings.export import ExportCancelled, export_recordings
from recordings.wavfile import merge_stereo, sha256_file
from tests.support.rows import add_recorded_call
from tests.unit.recordings.audio import read_samples, sox_tone

T0 = datetime(2026, 3, 2, 8, 0, tzinfo=UTC)
ROLES = [
    ("olena", OperatorRole.OPERATOR),
    ("petro", OperatorRole.SUPERVISOR),
    ("head", OperatorRole.HEAD_ADMIN),
    ("admin", OperatorRole.ADMIN),
]


@dataclass
class World:
    sessions: sessionmaker[Session]
    root: Path
    actors: dict[str, Actor]
    counter: int = 0

    def call(
        self,
        seconds: float = 3.0,
        *,
        number: str | None = "+380671234567",
        operator_id: int = 1,
        ring_at: datetime | None = None,
        verification_state: str = "verified",
        key_phrase: tuple[float, float] | None = None,
        tracks: bool = True,
    ) -> tuple[str, str]:
        """A finished call with caller/operator/mixed WAVs; returns (call id, recording id)."""
        self.counter += 1
        n = self.counter
        call_id = f"00000000-0000-4000-8000-{n:012d}"
        rec_id = f"10000000-0000-4000-8000-{n:012d}"
        ring = ring_at or T0 + timedelta(minutes=n)
        paths: dict[str, Path | None] = {"caller": None, "operator": None, "mixed": None}
        directory = self.root / "recordings" / call_id
        if tracks:
            directory.mkdir(parents=True)
            paths["caller"] = sox_tone(directory / "caller.wav", seconds, 440)
            paths["operator"] = sox_tone(directory / "operator.wav", seconds, 660)
            paths["mixed"] = merge_stereo(
                paths["caller"], paths["operator"], directory / "mixed.wav"
            )
        with self.sessions.begin() as s:
            add_recorded_call(
                s, call_id=call_id, recording_id=rec_id, directory=directory, paths=paths,
                seconds=seconds, ring=ring, number=number, operator_id=operator_id,
                verification_state=verification_state, key_phrase=key_phrase,
            )  # fmt: skip
        return call_id, rec_id

    def audit_kinds(self) -> list[str]:
        with self.sessions.begin() as s:
            return list(s.scalars(sa.select(AuditEvent.kind).order_by(AuditEvent.id)))


@pytest.fixture
def world(tmp_path: Path) -> Iterator[World]:
    sessions = open_database(f"sqlite:///{tmp_path / 'data' / 'kuty.sqlite3'}")
    actors = {}
    with sessions.begin() as s:
        for i, (name, role) in enumerate(ROLES, start=1):
            s.add(Operator(id=i, username=name, display_name=f"{name.title()} Ш.", role=role))
            actors[role.value] = Actor(name, role, i)
    yield World(sessions, tmp_path, actors)
    close_database(sessions)


def ffprobe_duration(path: Path) -> float:
    out = subprocess.run(
        ["ffprobe", "-v", "error", "-show_entries", "format=duration", "-of", "csv=p=0", str(path)],
        check=True,
        capture_output=True,
        text=True,
    )
    return float(out.stdout.strip())


def decoded_duration(path: Path) -> float:
    """Decode fully with ffmpeg (not just the header) and count the samples."""
    out = subprocess.run(
        ["ffmpeg", "-v", "error", "-i", str(path), "-f", "s16le", "-ac", "1", "-ar", "16000", "-"],
        check=True,
        capture_output=True,
    )
    return len(out.stdout) / 2 / 16000


def sha256sum_check(folder: Path) -> str:
    out = subprocess.run(
        ["sha256sum", "-c", "SHA256SUMS"], cwd=folder, capture_output=True, text=True, check=True
    )
    return out.stdout


def test_wav_export_is_byte_copy_with_verifiable_manifest(world: World) -> None:
    _, rec = world.call(2.0)
    sup = world.actors["supervisor"]
    result = export_recordings(
        world.sessions, sup, [rec], world.root / "out", fmt="wav", reason="скарга №12"
    )
    assert result.ok and result.path.name.startswith("export-")
    assert len(result.files) == 3
    with world.sessions.begin() as s:
        r = s.get(Recording, rec)
        assert r is not None
        for track in ("caller", "operator", "mixed"):
            exported = result.path / rec / f"{track}.wav"
            assert sha256_file(exported) == getattr(r, f"{track}_sha256")
    out = sha256sum_check(result.path)
    assert "manifest.json: OK" in out and f"{rec}/mixed.wav: OK" in out
    manifest = json.loads((result.path / "manifest.json").read_text("utf-8"))
    facts = manifest["recordings"][0]
    assert facts["number"] == "+380671234567" and facts["operator"]["username"] == "olena"
    assert facts["verification_state"] == "verified" and facts["duration_s"] == 2.0
    assert manifest["reason"] == "скарга №12" and manifest["created_by"] == sup.label
    assert "sha256sum -c SHA256SUMS" in (result.path / "README.txt").read_text("utf-8")
    kinds = world.audit_kinds()
    assert kinds[-2:] == ["recording_export", "recording_export_completed"]


@pytest.mark.parametrize("fmt", ["flac", "mp3", "ogg"])
def test_converted_formats_decode_to_the_right_duration(world: World, fmt: Any) -> None:
    _, rec = world.call(3.0)
    result = export_recordings(
        world.sessions,
        world.actors["supervisor"],
        [rec],
        world.root / "out",
        fmt=fmt,
        reason="перевірка",
    )
    for track in ("caller", "operator", "mixed"):
        path = result.path / rec / f"{track}.{fmt}"
        assert abs(decoded_duration(path) - 3.0) <= 0.1, (track, decoded_duration(path))
        assert abs(ffprobe_duration(path) - 3.0) <= 0.1
    sha256sum_check(result.path)


def test_key_phrase_masked_for_supervisor_not_for_head(world: World) -> None:
    _, rec = world.call(3.0, key_phrase=(1.0, 1.5))
    sup = export_recordings(
        world.sessions, world.actors["supervisor"], [rec], world.root / "sup", fmt="wav", reason="r"
    )
    _, samples = read_samples(sup.path / rec / "caller.wav")
    assert all(v == 0 for v in samples[16000:24000])
    assert any(v != 0 for v in samples[15000:16000]) and any(v != 0 for v in samples[24000:25000])
    with world.sessions.begin() as s:
        original = Path(s.get(Recording, rec).caller_path)  # type: ignore[union-attr,arg-type]
    _, orig = read_samples(original)
    assert samples[:16000] == orig[:16000] and samples[24000:] == orig[24000:]
    assert sup.masked == [rec]
    manifest = json.loads((sup.path / "manifest.json").read_text("utf-8"))
    assert manifest["recordings"][0]["key_phrase_masked"] is True
    head = export_recordings(
        world.sessions,
        world.actors["head_admin"],
        [rec],
        world.root / "head",
        fmt="wav",
        reason="KUTY-1.3",
    )
    assert sha256_file(head.path / rec / "caller.wav") == sha256_file(original)
    assert head.masked == []


def test_integrity_mismatch_refuses_that_recording_loudly(world: World) -> None:
    _, good = world.call(1.0)
    _, bad = world.call(1.0)
    with world.sessions.begin() as s:
        path = Path(s.get(Recording, bad).operator_path)  # type: ignore[union-attr,arg-type]
    with open(path, "r+b") as f:
        f.seek(100)
        f.write(b"\x7f\x7f")
    result = export_recordings(
        world.sessions,
        world.actors["supervisor"],
        [good, bad],
        world.root / "out",
        fmt="wav",
        reason="r",
    )
    assert not result.ok and "SHA-256" in result.refused[bad]
    assert not (result.path / bad).exists() and (result.path / good / "caller.wav").exists()
    assert "integrity_mismatch" in world.audit_kinds()
    manifest = json.loads((result.path / "manifest.json").read_text("utf-8"))
    assert manifest["refused"][0]["recording_id"] == bad


def test_operator_and_admin_refused_and_audited(world: World, tmp_path: Path) -> None:
    _, rec = world.call(1.0)
    for role in ("operator", "admin"):
        with pytest.raises(PermissionDenied):
            export_recordings(
                world.sessions, world.actors[role], [rec], tmp_path / "out", fmt="wav", reason="r"
            )
    assert world.audit_kinds() == ["permission_denied", "permission_denied"]
    assert not (tmp_path / "out").exists()


def test_reason_required(world: World) -> None:
    _, rec = world.call(1.0)
    with pytest.raises(ValueError, match="reason"):
        export_recordings(
            world.sessions,
            world.actors["supervisor"],
            [rec],
            world.root / "o",
            fmt="wav",
            reason="   ",
        )
    assert world.audit_kinds() == []


def test_failed_audit_write_means_no_export(world: World, monkeypatch: pytest.MonkeyPatch) -> None:
    _, rec = world.call(1.0)

    def broken(*_: Any, **__: Any) -> None:
        raise OSError("disk full")

    monkeypatch.setattr("recordings.export.append_audit", broken)
    with pytest.raises(OSError, match="disk full"):
        export_recordings(
            world.sessions,
            world.actors["supervisor"],
            [rec],
            world.root / "o",
            fmt="wav",
            reason="r",
        )
    assert not (world.root / "o").exists()


def _looks_complete(dest: Path) -> list[Path]:
    return [p for p in dest.iterdir() if not p.name.startswith(".partial-")]


def test_cancelled_export_leaves_nothing(world: World) -> None:
    recs = [world.call(1.0)[1] for _ in range(3)]
    cancel = threading.Event()
    seen: list[tuple[int, int]] = []

    def progress(done: int, total: int) -> None:
        seen.append((done, total))
        cancel.set()

    dest = world.root / "out"
    with pytest.raises(ExportCancelled):
        export_recordings(
            world.sessions,
            world.actors["supervisor"],
            recs,
            dest,
            fmt="flac",
            reason="r",
            progress=progress,
            cancel=cancel,
        )
    assert seen == [(3, 9)]
    assert list(dest.iterdir()) == []
    assert world.audit_kinds()[-1] == "recording_export_cancelled"


def test_crash_leaves_only_a_partial_folder(world: World, monkeypatch: pytest.MonkeyPatch) -> None:
    _, rec = world.call(1.0)

    def crash(*_: Any, **__: Any) -> None:
        raise RuntimeError("power cut")

    monkeypatch.setattr("recordings.export.seal_package", crash)
    dest = world.root / "out"
    with pytest.raises(RuntimeError):
        export_recordings(
            world.sessions, world.actors["supervisor"], [rec], dest, fmt="wav", reason="r"
        )
    assert _looks_complete(dest) == []
    assert [p.name[:9] for p in dest.iterdir()] == [".partial-"]
    assert not any(p.name == "manifest.json" for p in dest.rglob("*"))
    assert world.audit_kinds()[-1] == "recording_export_failed"


def test_aes_zip_opens_with_the_password_only(world: World) -> None:
    import pyzipper

    _, rec = world.call(1.0)
    result = export_recordings(
        world.sessions,
        world.actors["supervisor"],
        [rec],
        world.root / "out",
        fmt="wav",
        reason="r",
        zip_password="correct horse",
    )
    assert result.path.suffix == ".zip" and result.path.is_file()
    assert [p.name for p in (world.root / "out").iterdir()] == [result.path.name]
    name = f"{result.path.stem}/{rec}/caller.wav"
    with pyzipper.AESZipFile(result.path) as zf:
        zf.setpassword(b"wrong password")
        with pytest.raises(RuntimeError):
            zf.read(name)
    with zipfile.ZipFile(result.path) as zf, pytest.raises((RuntimeError, NotImplementedError)):
        zf.read(name)  # the standard library cannot read AES entries at all
    with pyzipper.AESZipFile(result.path) as zf:
        zf.setpassword(b"correct horse")
        data = zf.read(name)
        assert zf.getinfo(name).compress_type in (zipfile.ZIP_DEFLATED, 99)
    with world.sessions.begin() as s:
        assert data == Path(s.get(Recording, rec).caller_path).read_bytes()  # type: ignore[union-attr,arg-type]


ProgressFn = Callable[[int, int], None]


def test_export_carries_the_wrap_up_and_transfer(world: World) -> None:
    """Issue 11: the case goes with the audio (manifest), and the seal still verifies."""
    from desk.policy import load_policy
    from desk.wrapups import WrapUpInput, save_wrap_up

    call_id, rec = world.call(2.0)
    _, bare = world.call(2.0)
    with world.sessions.begin() as s:
        call = s.get_one(Call, call_id)
        call.transfer_target, call.transfer_kind = "sip:202@127.0.0.1", "attended"
    save_wrap_up(
        world.sessions, world.actors["operator"], load_policy("kuty"),
        WrapUpInput(call_id=call_id, category="data_change", topic="Зміна прізвища дитини",
                    notes="Мар\u02bcяна: перевірити свідоцтво", refused_rules=("KUTY-2.6",)),
        now=T0 + timedelta(hours=1),
    )  # fmt: skip
    result = export_recordings(
        world.sessions, world.actors["head_admin"], [rec, bare], world.root / "out",
        fmt="wav", reason="запит №3",
    )  # fmt: skip
    assert "manifest.json: OK" in sha256sum_check(result.path)
    manifest = json.loads((result.path / "manifest.json").read_text("utf-8"))
    facts = {f["recording_id"]: f for f in manifest["recordings"]}
    wrap = facts[rec]["wrap_up"]
    assert wrap["category"] == "data_change" and wrap["topic"] == "Зміна прізвища дитини"
    assert wrap["notes"] == "Мар\u02bcяна: перевірити свідоцтво"
    assert wrap["registration_number"] == "KUTY-20260302-00001"
    assert wrap["refused_rules"] == ["KUTY-2.6"] and wrap["operator"] == "Olena Ш."
    assert facts[rec]["transfer"] == {"target": "sip:202@127.0.0.1", "kind": "attended"}
    assert facts[bare]["wrap_up"] is None and facts[bare]["transfer"] is None
