"""Transcripts as Ukrainian PDF and DOCX documents, and as rows for the KUTY-1.3 dossier.

The renderers take a `TranscriptView`, i.e. what `read_transcript` let a given actor see
(key-phrase segments already masked for roles below the head administrator), so an export
can never show more than the screen did. `export_transcript` is the audited service entry
point; `export_pdf`/`export_docx` only draw.

The footer carries the SHA-256 of the source recording tracks as stored at hang-up, which
ties a printed transcript to the exact audio a reader can verify with `sha256sum`.
"""

from __future__ import annotations

import json
import os
from collections.abc import Sequence
from pathlib import Path
from typing import Any, Literal

import sqlalchemy as sa
from sqlalchemy.orm import Session, sessionmaker

from db.audit import append_audit
from db.models_transcripts import Transcript, TranscriptVersion
from desk.gate import authorize
from desk.roles import Actor, Permission
from incidents.report_pdf import FONT_BOLD, FONT_REGULAR, fmt_time, number_text
from recordings.masking import key_phrase_spans
from recordings.transcripts.segments import MASK_TEXT, Speaker, overlaps, segments_from_json
from recordings.transcripts.service import TranscriptView, read_transcript

__all__ = [
    "SPEAKER_UK",
    "TITLE_UK",
    "dossier_json",
    "export_docx",
    "export_pdf",
    "export_transcript",
    "timecode",
]

TITLE_UK = "Стенограма розмови"
SPEAKER_UK = {Speaker.CALLER: "Абонент", Speaker.OPERATOR: "Оператор"}


def timecode(seconds: float) -> str:
    """`mm:ss.d` (`h:mm:ss.d` past an hour): what a reader needs to find the spot."""
    tenths = round(seconds * 10)
    h, rest = divmod(tenths, 36000)
    m, rest = divmod(rest, 600)
    s, d = divmod(rest, 10)
    return f"{h}:{m:02d}:{s:02d}.{d}" if h else f"{m:02d}:{s:02d}.{d}"


def _duration(seconds: float | None) -> str:
    if seconds is None:
        return "—"
    total = round(seconds)
    return f"{total // 60} хв {total % 60:02d} с"


def _facts(t: TranscriptView) -> list[tuple[str, str]]:
    return [
        ("Номер абонента", number_text(t.number)),
        ("Дата і час", fmt_time(t.call_started_at)),
        ("Оператор", t.operator_name or "—"),
        ("Тривалість", _duration(t.duration_s)),
        ("Ідентифікатор дзвінка", t.call_id),
        ("Розпізнавання", f"{t.engine} (мова: {t.language})"),
    ]


def _version_line(t: TranscriptView) -> str:
    kind = "машинна чернетка" if t.is_machine else "редагування"
    return f"Версія {t.version} ({kind}), автор: {t.author}, {fmt_time(t.created_at)}"


def _footer_lines(t: TranscriptView) -> list[str]:
    names = {"caller": "абонент", "operator": "оператор", "mixed": "стерео"}
    return [f"SHA-256 запису ({names.get(k, k)}): {v}" for k, v in t.source_sha256.items()]


def _lines(t: TranscriptView) -> list[tuple[str, str, str]]:
    return [(timecode(s.start_s), SPEAKER_UK[s.speaker], s.text) for s in t.segments]


def export_pdf(transcript: TranscriptView, path: Path) -> Path:
    """Render an A4 PDF with DejaVu Sans embedded (Cyrillic renders on any reader)."""
    from fpdf import FPDF
    from fpdf.enums import XPos, YPos

    footer = _footer_lines(transcript)

    class _Pdf(FPDF):
        def footer(self) -> None:
            self.set_y(-8 - 4 * len(footer))
            self.set_font("DejaVu", size=7)
            for line in footer:
                self.cell(0, 4, line, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
            self.cell(0, 4, f"Сторінка {self.page_no()}/{{nb}}", align="C")

    pdf = _Pdf(format="A4")
    pdf.add_font("DejaVu", "", str(FONT_REGULAR))
    pdf.add_font("DejaVu", "B", str(FONT_BOLD))
    pdf.set_title(f"{TITLE_UK}: {transcript.call_id}")
    pdf.set_auto_page_break(True, margin=14 + 4 * len(footer))
    pdf.add_page()

    def para(text: str, size: int = 10, bold: bool = False, h: float = 5.5) -> None:
        pdf.set_font("DejaVu", "B" if bold else "", size)
        pdf.multi_cell(0, h, text, new_x=XPos.LMARGIN, new_y=YPos.NEXT)

    para(TITLE_UK, 15, bold=True, h=8)
    for label, value in _facts(transcript):
        para(f"{label}: {value}")
    para(_version_line(transcript), 9)
    if transcript.masked:
        para(f"Фрагменти з ключовою фразою замінено на «{MASK_TEXT}».", 9)
    pdf.ln(3)
    for code, who, text in _lines(transcript):
        pdf.set_font("DejaVu", "B", 10)
        pdf.cell(40, 5.5, f"{code} {who}:")
        pdf.set_font("DejaVu", "", 10)
        pdf.multi_cell(0, 5.5, text, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    if not transcript.segments:
        para("(мовлення не розпізнано)")
    tmp = path.with_name(f".{path.name}.partial")
    pdf.output(str(tmp))
    os.replace(tmp, path)
    return path


def export_docx(transcript: TranscriptView, path: Path) -> Path:
    """Render an editable Word document: a facts table and a time-coded dialogue table."""
    from docx import Document
    from docx.shared import Pt

    doc = Document()
    doc.core_properties.title = f"{TITLE_UK}: {transcript.call_id}"
    doc.add_heading(TITLE_UK, level=1)
    facts = doc.add_table(rows=0, cols=2)
    for label, value in _facts(transcript):
        cells = facts.add_row().cells
        cells[0].text, cells[1].text = label, value
    doc.add_paragraph(_version_line(transcript))
    if transcript.masked:
        doc.add_paragraph(f"Фрагменти з ключовою фразою замінено на «{MASK_TEXT}».")
    lines = doc.add_table(rows=1, cols=3)
    lines.style = "Table Grid"
    head = lines.rows[0].cells
    head[0].text, head[1].text, head[2].text = "Час", "Хто", "Текст"
    for code, who, text in _lines(transcript):
        cells = lines.add_row().cells
        cells[0].text, cells[1].text, cells[2].text = code, who, text
    if not transcript.segments:
        doc.add_paragraph("(мовлення не розпізнано)")
    footer = doc.sections[0].footer.paragraphs[0]
    footer.text = "\n".join(_footer_lines(transcript))
    for run in footer.runs:
        run.font.size = Pt(7)
    tmp = path.with_name(f".{path.name}.partial")
    doc.save(str(tmp))
    os.replace(tmp, path)
    return path


def export_transcript(
    sessions: sessionmaker[Session],
    actor: Actor,
    transcript_id: int,
    path: Path,
    fmt: Literal["pdf", "docx"] = "pdf",
    version: int | None = None,
) -> Path:
    """Read (masked for the actor) and write one transcript; the export is audited.

    Raises:
        PermissionDenied: the actor may not export recordings (audited).
    """
    authorize(
        sessions, actor, Permission.EXPORT_RECORDING, action="export_transcript", id=transcript_id
    )
    view = read_transcript(sessions, actor, transcript_id, version)
    with sessions.begin() as session:
        append_audit(
            session,
            "transcript_exported",
            actor.label,
            {"transcript_id": transcript_id, "version": view.version, "format": fmt},
            call_id=view.call_id,
        )
    render = export_pdf if fmt == "pdf" else export_docx
    return render(view, Path(path))


def dossier_json(
    session: Session,
    call_ids: Sequence[str],
    recording_ids: Sequence[str] = (),
    *,
    hear_key_phrase: bool = False,
) -> list[dict[str, Any]]:
    """Transcripts of the calls/recordings for `transcripts.json` in a KUTY-1.3 dossier.

    Each entry is the transcript's facts, its latest version (with author and whether it
    is the machine draft) and that version's segments; `versions` lists all of them so the
    head administrator can ask for the machine draft too. Runs in the dossier's session
    (the dossier's own permission check and custody audit cover it). Masked unless
    `hear_key_phrase` (the stored text comes from masked audio either way).
    """
    if not call_ids and not recording_ids:
        return []
    conds = []
    if call_ids:
        conds.append(Transcript.call_id.in_(list(call_ids)))
    if recording_ids:
        conds.append(Transcript.recording_id.in_(list(recording_ids)))
    out: list[dict[str, Any]] = []
    for t in session.scalars(sa.select(Transcript).where(sa.or_(*conds)).order_by(Transcript.id)):
        vers = list(
            session.scalars(
                sa.select(TranscriptVersion)
                .where(TranscriptVersion.transcript_id == t.id)
                .order_by(TranscriptVersion.version)
            )
        )
        if not vers:
            continue
        last = vers[-1]
        segs = segments_from_json(last.segments)
        spans = json.loads(t.masked_spans or "[]") + [
            list(s) for s in key_phrase_spans(session, t.call_id)
        ]
        rows = []
        for s in segs:
            hide = not hear_key_phrase and overlaps(s, [(a, b) for a, b in spans])
            rows.append(
                {
                    "start_s": s.start_s,
                    "end_s": s.end_s,
                    "speaker": s.speaker.value,
                    "text": MASK_TEXT if hide else s.text,
                    "confidence": None if hide else s.confidence,
                }
            )
        out.append(
            {
                "transcript_id": t.id,
                "recording_id": t.recording_id,
                "call_id": t.call_id,
                "engine": t.engine,
                "language": t.language,
                "created_at": t.created_at.isoformat(),
                "created_by": t.created_by,
                "source_sha256": {"caller": t.caller_sha256, "operator": t.operator_sha256},
                "key_phrase_masked_before_transcription": bool(json.loads(t.masked_spans)),
                "version": last.version,
                "version_author": last.author,
                "version_created_at": last.created_at.isoformat(),
                "is_machine": last.is_machine,
                "versions": [
                    {"version": v.version, "author": v.author, "is_machine": v.is_machine}
                    for v in vers
                ],
                "segments": rows,
            }
        )
    return out
