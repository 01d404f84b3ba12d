"""Police package (KUTY-3.2/3.4): verifiable hashes, Ukrainian PDF, excerpt, custody, ZIP."""

from __future__ import annotations

import json
import subprocess
import zipfile
from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy.orm import Session, sessionmaker

from db.models_incidents import IncidentKind, MessageChannel
from desk.roles import Actor, PermissionDenied
from incidents.config import IncidentsConfig
from incidents.messages import log_message
from incidents.police import build_police_package, export_package_zip, open_package
from incidents.service import report_call_incident, report_message_incident, settle_incident
from recordings.wavfile import read_info
from tests.unit.incidents.conftest import CALLER, T0, MakeCall


def _threat(sessions, operator, config, make_call, seconds, at_s) -> Path:
    call_id, _ = make_call(seconds)
    n = int(call_id[-3:])
    incident_id = report_call_incident(
        sessions, operator, call_id=call_id, kind=IncidentKind.THREAT,
        pressed_at=T0 + timedelta(minutes=n, seconds=at_s), offset_s=at_s, config=config,
    )  # fmt: skip
    path = settle_incident(sessions, incident_id, config=config)  # recording already final
    assert path is not None
    return path


def _pdftext(path: Path) -> str:
    return subprocess.run(
        ["pdftotext", str(path), "-"], check=True, capture_output=True, text=True
    ).stdout


def test_threat_package_verifies_and_reads_in_ukrainian(
    sessions: sessionmaker[Session], operator: Actor, config: IncidentsConfig, make_call: MakeCall
) -> None:
    package = _threat(sessions, operator, config, make_call, 90.0, 80.0)
    names = sorted(p.relative_to(package).as_posix() for p in package.rglob("*") if p.is_file())
    assert names == [
        "SHA256SUMS", "custody.log", "manifest.json", "recording/excerpt_60s.wav",
        "recording/full_mixed.wav", "report.pdf",
    ]  # fmt: skip
    done = subprocess.run(["sha256sum", "-c", "SHA256SUMS"], cwd=package, capture_output=True)
    assert done.returncode == 0, done.stdout
    assert read_info(package / "recording" / "excerpt_60s.wav").duration_s == pytest.approx(
        60.0, abs=0.05
    )
    text = _pdftext(package / "report.pdf")
    for fact in ("Погроза", CALLER, "KUTY-3.2", "ЗАЯВА", "Національної поліції", "Olena Ш."):
        assert fact in text
    manifest = json.loads((package / "manifest.json").read_text(encoding="utf-8"))
    full = next(f for f in manifest["files"] if f["path"] == "recording/full_mixed.wav")
    assert full["sha256"] == full["recorded_sha256"]  # the copy is the recorded file
    [line] = (package / "custody.log").read_text(encoding="utf-8").splitlines()
    assert "\tcreated\tadmin:system\t" in line
    assert not list(config.packages_dir.glob(".*"))  # no partial folder left behind


def test_excerpt_is_shorter_when_pressed_early(
    sessions: sessionmaker[Session], operator: Actor, config: IncidentsConfig, make_call: MakeCall
) -> None:
    package = _threat(sessions, operator, config, make_call, 90.0, 20.0)
    info = read_info(package / "recording" / "excerpt_60s.wav")
    assert info.duration_s == pytest.approx(20.0, abs=0.05)


def test_view_and_export_need_permission_and_are_in_custody(
    sessions: sessionmaker[Session],
    operator: Actor,
    supervisor: Actor,
    head: Actor,
    config: IncidentsConfig,
    make_call: MakeCall,
    tmp_path: Path,
) -> None:
    package = _threat(sessions, operator, config, make_call, 30.0, 25.0)
    incident_id = int(package.name.split("-")[1])
    for call in (
        lambda: open_package(sessions, operator, incident_id),
        lambda: export_package_zip(sessions, operator, incident_id, tmp_path),
        lambda: build_police_package(sessions, operator, incident_id, tmp_path / "x"),
    ):
        with pytest.raises(PermissionDenied):
            call()
    assert open_package(sessions, supervisor, incident_id) == package
    out = tmp_path / "handover"
    out.mkdir()
    zipped = export_package_zip(sessions, head, incident_id, out)
    assert zipped == out / f"{package.name}.zip"
    with zipfile.ZipFile(zipped) as zf:
        assert f"{package.name}/SHA256SUMS" in zf.namelist()
        custody = zf.read(f"{package.name}/custody.log").decode()
    assert "\tviewed\tsupervisor:petro" in custody and "\texported\thead_admin:head" in custody
    with pytest.raises(FileExistsError):
        export_package_zip(sessions, head, incident_id, out)
    # A supervisor's extra copy (what `kuty incidents package --out` does).
    copy = build_police_package(sessions, supervisor, incident_id, tmp_path / "copy")
    assert (copy / "report.pdf").is_file() and copy != package
    with pytest.raises(FileExistsError):
        build_police_package(sessions, supervisor, incident_id, tmp_path / "copy")


def test_written_threat_package_has_message_not_audio(
    sessions: sessionmaker[Session], operator: Actor, config: IncidentsConfig
) -> None:
    odd = "Я тебе знайду\u202e!txet\u202c 👨‍👩‍👧 e\u0301\x00 ∑"
    body = (odd * (1 << 20))[: (1 << 20) // 2]
    headers = "From: anon@example.com\nReceived: from [203.0.113.9]"
    message_id = log_message(
        sessions, operator, channel=MessageChannel.EMAIL, sender="anon@example.com",
        subject="Погроза", headers=headers, body=body, received_at=T0,
    )  # fmt: skip
    incident_id = report_message_incident(
        sessions, operator, message_id=message_id, kind=IncidentKind.THREAT, config=config
    )
    package = config.packages_dir / f"incident-{incident_id}-threat"
    assert not (package / "recording").exists() or not any((package / "recording").iterdir())
    text = (package / "message.txt").read_text(encoding="utf-8")
    assert "Received: from [203.0.113.9]" in text and "\u202e!txet\u202c 👨‍👩‍👧 e\u0301␀" in text
    assert "KUTY-3.4" in _pdftext(package / "report.pdf")
    done = subprocess.run(["sha256sum", "-c", "SHA256SUMS"], cwd=package, capture_output=True)
    assert done.returncode == 0, done.stdout
