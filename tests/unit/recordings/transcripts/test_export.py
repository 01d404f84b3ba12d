"""Ukrainian PDF (read back with pdftotext) and DOCX (read back with python-docx) exports,
the audited export entry point and the dossier rows."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from desk.roles import PermissionDenied
from recordings.transcripts.export import dossier_json, export_docx, export_pdf, export_transcript
from recordings.transcripts.segments import MASK_TEXT
from recordings.transcripts.service import TranscriptView, read_transcript, transcribe_recording
from tests.unit.recordings.transcripts.conftest import FakeEngine, World


def _view(world: World, engine: FakeEngine, role: str = "supervisor") -> TranscriptView:
    _, rec = world.call(3.0, key_phrase=(1.9, 2.9))
    tid = transcribe_recording(world.sessions, world.actors["supervisor"], rec, engine)
    return read_transcript(world.sessions, world.actors[role], tid)


def test_pdf_is_readable_and_in_ukrainian(world: World, engine: FakeEngine, tmp_path: Path) -> None:
    if shutil.which("pdftotext") is None:
        pytest.fail("pdftotext (poppler-utils) is required for this test")
    view = _view(world, engine)
    out = export_pdf(view, tmp_path / "t.pdf")
    text = subprocess.run(
        ["pdftotext", "-layout", str(out), "-"], check=True, capture_output=True, text=True
    ).stdout
    for needle in (
        "Стенограма розмови",
        "Номер абонента: +380671234567",
        "Оператор: Olena Ш.",
        "Тривалість: 0 хв 03 с",
        "00:00.2 Абонент:",
        "00:00.0 Оператор:",
        "добрий день",
        "Версія 1 (машинна чернетка), автор: engine:fake",
        f"SHA-256 запису (абонент): {view.source_sha256['caller']}",
        MASK_TEXT,
    ):
        assert needle in text, needle
    assert "моя ключова фраза" not in text
    assert not list(tmp_path.glob(".*partial"))


def test_docx_is_readable(world: World, engine: FakeEngine, tmp_path: Path) -> None:
    import docx

    view = _view(world, engine)
    doc = docx.Document(str(export_docx(view, tmp_path / "t.docx")))
    paragraphs = [p.text for p in doc.paragraphs]
    assert paragraphs[0] == "Стенограма розмови"
    facts = {r.cells[0].text: r.cells[1].text for r in doc.tables[0].rows}
    assert facts["Номер абонента"] == "+380671234567" and facts["Оператор"] == "Olena Ш."
    rows = [[c.text for c in r.cells] for r in doc.tables[1].rows]
    assert rows[0] == ["Час", "Хто", "Текст"]
    assert ["00:00.2", "Абонент", "добрий день"] in rows
    assert ["00:00.0", "Оператор", "служба підтримки"] in rows
    assert ["00:02.0", "Абонент", MASK_TEXT] in rows
    assert view.source_sha256["caller"] in doc.sections[0].footer.paragraphs[0].text


def test_export_entry_point_checks_permission_and_audits(
    world: World, engine: FakeEngine, tmp_path: Path
) -> None:
    _, rec = world.call(2.0)
    tid = transcribe_recording(world.sessions, world.actors["supervisor"], rec, engine)
    out = export_transcript(
        world.sessions, world.actors["head_admin"], tid, tmp_path / "a.docx", "docx"
    )
    assert out.is_file() and world.audit_kinds()[-1] == "transcript_exported"
    for role in ("operator", "admin"):  # admin may listen (audited) but not export
        with pytest.raises(PermissionDenied):
            export_transcript(world.sessions, world.actors[role], tid, tmp_path / "b.pdf")
    assert not (tmp_path / "b.pdf").exists()


def test_dossier_rows(world: World, engine: FakeEngine) -> None:
    call, rec = world.call(3.0, key_phrase=(1.9, 2.9))
    tid = transcribe_recording(world.sessions, world.actors["supervisor"], rec, engine)
    with world.sessions.begin() as s:
        rows = dossier_json(s, [call], [rec])
        assert dossier_json(s, [], []) == []
        assert dossier_json(s, ["nope"]) == []
        full = dossier_json(s, [call], hear_key_phrase=True)
    (row,) = rows
    assert row["transcript_id"] == tid and row["is_machine"] and row["version"] == 1
    assert row["key_phrase_masked_before_transcription"] is True
    assert [s["speaker"] for s in row["segments"]] == ["operator", "caller", "operator", "caller"]
    assert row["segments"][-1]["text"] == MASK_TEXT
    assert full[0]["segments"][-1]["text"] == "моя ключова фраза тут"
