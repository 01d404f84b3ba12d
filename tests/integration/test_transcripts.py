"""The transcript pipeline end to end on real speech through a real engine.

The call comes from tests/support/recording_fixture.py: espeak-ng speaks an English caller
and operator (pocketsphinx ships only an English model) on the two tracks of one call, with
rows carrying the tracks' real SHA-256, and `transcribe_recording` runs PocketSphinxEngine
on both tracks. The word error rate is printed (visible in CI output) and bounded.

Threshold, measured on this machine (espeak-ng 1.51, pocketsphinx 5.0 en-us model): caller
0.70 ("what i think the address in my face and"), operator 0.50-0.60 ("yes you can tell
you to the us on the website"), pooled 0.60-0.65; identical for leads of 0.3-1.0 s and
gaps of 0.5-1.5 s, with or without sox dither (the variation). The issue's example operator
sentence "Please open the service and choose edit application" scored 1.0-1.1 (nearly every
word wrong), which would make any bound meaningless, so the operator says another
help-desk sentence of common words. Bounds: 0.9 per speaker and 0.8 pooled, i.e. three
words of slack over the worst measurement for espeak-ng/model updates, while a broken
pipeline (wrong track, silence, garbage) scores 1.0 or more.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
import sqlalchemy as sa
from sqlalchemy.orm import Session, sessionmaker

from db.models import Operator, OperatorRole
from db.session import close_database, open_database
from desk.roles import Actor
from recordings.transcripts.engines import PocketSphinxEngine
from recordings.transcripts.export import export_pdf
from recordings.transcripts.segments import Speaker
from recordings.transcripts.service import read_transcript, transcribe_recording
from recordings.transcripts.wer import word_error_rate
from tests.support.recording_fixture import (
    CALL_ID,
    CALLER_TEXT,
    LEAD_S,
    OPERATOR_TEXT,
    REC_ID,
    record_dialogue,
)
from tests.support.recording_fixture import run_tool as _run

MAX_WER_SPEAKER = 0.9
"""PocketSphinx's small English model on espeak-ng speech: 0.70 for each speaker. The
tracks used to vary from run to run (0.40-0.90 for the operator; CI failed once at 0.9)
because sox dithers with a time-seeded generator when it resamples; the fixture now runs
sox in repeatable mode (`-R`), so the same machine hears the same words every time."""
MAX_WER_POOLED = 0.8


@dataclass
class Dialogue:
    sessions: sessionmaker[Session]
    caller_end_s: float
    operator_start_s: float
    supervisor: Actor


@pytest.fixture
def dialogue(tmp_path: Path) -> Iterator[Dialogue]:
    """A finished call: caller speaks first, then the operator answers, on two tracks."""
    sessions = open_database(f"sqlite:///{tmp_path / 'data' / 'kuty.sqlite3'}")
    with sessions.begin() as s:
        s.add(Operator(id=1, username="olena", display_name="Олена Ш.", role=OperatorRole.OPERATOR))
        s.add(
            Operator(id=2, username="petro", display_name="Петро К.", role=OperatorRole.SUPERVISOR)
        )
    call = record_dialogue(sessions, tmp_path / "data", operator_id=1)
    yield Dialogue(
        sessions,
        call.caller_end_s,
        call.operator_start_s,
        Actor("petro", OperatorRole.SUPERVISOR, 2),
    )
    close_database(sessions)


def test_pipeline_on_real_speech(
    dialogue: Dialogue, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    progress: list[tuple[int, int]] = []
    tid = transcribe_recording(
        dialogue.sessions,
        dialogue.supervisor,
        REC_ID,
        PocketSphinxEngine(),
        progress=lambda d, t: progress.append((d, t)),
    )
    view = read_transcript(dialogue.sessions, dialogue.supervisor, tid)
    caller = [s for s in view.segments if s.speaker is Speaker.CALLER]
    operator = [s for s in view.segments if s.speaker is Speaker.OPERATOR]
    assert caller and operator, view.segments
    # Right order: the caller's words come first, the operator's after they start talking.
    speakers = [s.speaker for s in view.segments]
    assert speakers == sorted(speakers, key=[Speaker.CALLER, Speaker.OPERATOR].index)
    assert abs(caller[0].start_s - LEAD_S) < 0.4
    assert caller[-1].end_s < dialogue.operator_start_s + 0.2
    assert operator[0].start_s > dialogue.caller_end_s
    assert progress and progress[-1][0] == progress[-1][1]
    said_c = " ".join(s.text for s in caller)
    said_o = " ".join(s.text for s in operator)
    wer_c = word_error_rate(CALLER_TEXT, said_c)
    wer_o = word_error_rate(OPERATOR_TEXT, said_o)
    n_c, n_o = len(CALLER_TEXT.split()), len(OPERATOR_TEXT.split())
    pooled = (wer_c * n_c + wer_o * n_o) / (n_c + n_o)
    heard = (
        f"WER caller={wer_c:.2f} operator={wer_o:.2f} pooled={pooled:.2f}; "
        f"caller heard {said_c!r}, operator heard {said_o!r}"
    )  # printed, and in the assertions: a CI log keeps the failure, not the printed lines
    with capsys.disabled():
        print(f"\n{heard}")
    assert wer_c < MAX_WER_SPEAKER and wer_o < MAX_WER_SPEAKER, heard
    assert pooled < MAX_WER_POOLED, heard
    assert "address" in " ".join(s.text for s in view.segments)
    text = _run(["pdftotext", str(export_pdf(view, tmp_path / "t.pdf")), "-"])
    assert "Стенограма розмови" in text and "Абонент:" in text and "Оператор:" in text


def test_key_phrase_span_is_silenced_before_the_engine(dialogue: Dialogue) -> None:
    """A span over the caller's whole sentence: the real engine must hear nothing there."""
    with dialogue.sessions.begin() as s:
        s.execute(
            sa.text(
                "INSERT INTO verification_attempts (call_id, attempt_no, candidate_profile_ids, "
                "result, actor, started_at, ended_at, key_phrase_start_s, key_phrase_end_s) "
                "VALUES (:c, 1, '[]', 'verified', 'operator:olena', :t, :t, :a, :b)"
            ),
            {"c": CALL_ID, "t": "2026-03-02 09:15:05.000000", "a": 0.0, "b": dialogue.caller_end_s},
        )
    tid = transcribe_recording(dialogue.sessions, dialogue.supervisor, REC_ID, PocketSphinxEngine())
    head = Actor("head", OperatorRole.HEAD_ADMIN)
    view = read_transcript(dialogue.sessions, head, tid)  # unmasked reader
    assert not [s for s in view.segments if s.speaker is Speaker.CALLER], view.segments
    assert [s for s in view.segments if s.speaker is Speaker.OPERATOR]


def _cut_to(path: Path, samples: int) -> str:
    """Rewrite a 16 kHz mono track to exactly `samples` (the tail is silence); its SHA-256."""
    import wave

    from recordings.wavfile import sha256_file

    with wave.open(str(path), "rb") as w:
        pcm = w.readframes(w.getnframes())
    with wave.open(str(path), "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(16000)
        w.writeframes((pcm + bytes(2 * samples))[: 2 * samples])
    return sha256_file(path)


@pytest.mark.parametrize("extra", [0, 1, 479], ids=["k*480", "k*480+1", "k*480+479"])
def test_tracks_of_frame_aligned_length_transcribe(dialogue: Dialogue, extra: int) -> None:
    """Fault 7: 3 of 4 real recordings failed with pocketsphinx's raw "Out of bounds on
    buffer access (axis 0)" because their length was a multiple of the 480-sample frame."""
    from db.models import Recording

    with dialogue.sessions.begin() as s:
        rec = s.get(Recording, REC_ID)
        assert rec is not None and rec.caller_path and rec.operator_path
        for track in ("caller", "operator"):
            path = Path(getattr(rec, f"{track}_path"))
            import wave

            with wave.open(str(path), "rb") as w:
                frames = w.getnframes()
            setattr(rec, f"{track}_sha256", _cut_to(path, frames // 480 * 480 + extra))
    tid = transcribe_recording(dialogue.sessions, dialogue.supervisor, REC_ID, PocketSphinxEngine())
    view = read_transcript(dialogue.sessions, dialogue.supervisor, tid)
    speakers = {s.speaker for s in view.segments}
    assert speakers == {Speaker.CALLER, Speaker.OPERATOR}, view.segments
    assert "address" in " ".join(s.text for s in view.segments)
