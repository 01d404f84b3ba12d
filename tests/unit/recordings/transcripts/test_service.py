"""Transcript service: merging by time and speaker, versions, permissions, masking, audit.

Real SQLite, real WAV files (sox), real masking; only the engine is a scripted fake.
"""

from __future__ import annotations

import json
import threading
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa

from db.models import Recording
from db.models_transcripts import TranscriptVersion
from desk.errors import UserFacingError
from desk.roles import PermissionDenied
from recordings.evidence import EvidenceError
from recordings.transcripts.engines import TranscriptionCancelled, TranscriptionFailed
from recordings.transcripts.segments import MASK_TEXT, Segment, Speaker, SpokenSegment
from recordings.transcripts.service import (
    latest,
    read_transcript,
    save_edit,
    transcribe_recording,
    transcripts_of_recording,
    versions,
)
from tests.unit.recordings.transcripts.conftest import FakeEngine, World


def test_segments_are_merged_by_time_with_the_speaker_of_their_track(
    world: World, engine: FakeEngine
) -> None:
    _, rec = world.call(3.0)
    sup = world.actors["supervisor"]
    progress: list[tuple[int, int]] = []
    tid = transcribe_recording(
        world.sessions, sup, rec, engine, progress=lambda d, t: progress.append((d, t))
    )
    view = read_transcript(world.sessions, sup, tid)
    assert [(s.speaker, s.text) for s in view.segments] == [
        (Speaker.OPERATOR, "служба підтримки"),
        (Speaker.CALLER, "добрий день"),
        (Speaker.OPERATOR, "слухаю"),
        (Speaker.CALLER, "моя ключова фраза тут"),
    ]
    assert view.version == 1 and view.is_machine and view.author == "engine:fake"
    assert view.number == "+380671234567" and view.operator_name == "Olena Ш."
    assert set(view.source_sha256) == {"caller", "operator", "mixed"}
    assert progress[-1] == (6000, 6000) and all(d <= t for d, t in progress)
    assert [p.stem for p in engine.paths] == ["caller", "operator"]
    kinds = world.audit_kinds()
    assert "transcript_created" in kinds and kinds[-1] == "transcript_read"
    assert transcripts_of_recording(world.sessions, sup, rec) == [tid]


def test_edits_are_new_versions_and_the_machine_draft_is_kept(
    world: World, engine: FakeEngine
) -> None:
    _, rec = world.call(3.0)
    sup, head = world.actors["supervisor"], world.actors["head_admin"]
    tid = transcribe_recording(world.sessions, sup, rec, engine)
    draft = latest(world.sessions, sup, tid)
    fixed = [
        SpokenSegment(s.start_s, s.end_s, s.speaker, s.text.replace("слухаю", "слухаю вас"))
        for s in draft.segments
    ]
    assert save_edit(world.sessions, sup, tid, fixed) == 2
    assert save_edit(world.sessions, head, tid, fixed[:2]) == 3
    infos = versions(world.sessions, sup, tid)
    assert [(v.version, v.is_machine, v.segments) for v in infos] == [
        (1, True, 4),
        (2, False, 4),
        (3, False, 2),
    ]
    assert [v.author for v in infos] == ["engine:fake", sup.label, head.label]
    assert latest(world.sessions, sup, tid).version == 3
    v1 = read_transcript(world.sessions, sup, tid, version=1)
    assert "слухаю" in [s.text for s in v1.segments]
    v2 = read_transcript(world.sessions, sup, tid, version=2)
    assert "слухаю вас" in [s.text for s in v2.segments]
    with world.sessions.begin() as s:
        assert s.scalar(sa.select(sa.func.count()).select_from(TranscriptVersion)) == 3
    assert world.audit_kinds().count("transcript_edited") == 2


def test_bad_segments_are_refused() -> None:
    with pytest.raises(ValueError):
        SpokenSegment(2.0, 1.0, Speaker.CALLER, "x")
    with pytest.raises(ValueError):
        SpokenSegment(0.0, float("nan"), Speaker.CALLER, "x")
    with pytest.raises(ValueError):
        SpokenSegment(0.0, 1.0, "abonent", "x")  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("role", "may"),
    [("operator", False), ("supervisor", True), ("head_admin", True), ("admin", True)],
)
def test_permission_matrix(world: World, engine: FakeEngine, role: str, may: bool) -> None:
    _, rec = world.call(2.0)
    actor = world.actors[role]
    tid = transcribe_recording(world.sessions, world.actors["supervisor"], rec, engine)
    seg = [SpokenSegment(0.0, 1.0, Speaker.CALLER, "текст")]
    actions = [
        lambda: transcribe_recording(world.sessions, actor, rec, engine),
        lambda: read_transcript(world.sessions, actor, tid),
        lambda: versions(world.sessions, actor, tid),
        lambda: save_edit(world.sessions, actor, tid, seg),
        lambda: transcripts_of_recording(world.sessions, actor, rec),
    ]
    for action in actions:
        if may:
            action()
        else:
            with pytest.raises(PermissionDenied):
                action()
    if not may:
        assert world.audit_kinds().count("permission_denied") == len(actions)


def test_tampered_track_is_refused_and_audited(world: World, engine: FakeEngine) -> None:
    _, rec = world.call(2.0)
    with world.sessions.begin() as s:
        r = s.get(Recording, rec)
        assert r is not None and r.operator_path
        path = r.operator_path
    with open(path, "r+b") as f:
        f.seek(1000)
        f.write(b"\x01\x02")
    with pytest.raises(EvidenceError, match="operator"):
        transcribe_recording(world.sessions, world.actors["supervisor"], rec, engine)
    assert world.audit_kinds()[-1] == "integrity_mismatch"
    assert engine.paths == []  # the engine never saw a file


def test_key_phrase_is_masked_before_the_engine_hears_it(world: World, engine: FakeEngine) -> None:
    _, rec = world.call(3.0, key_phrase=(1.9, 2.9))
    sup, head = world.actors["supervisor"], world.actors["head_admin"]
    tid = transcribe_recording(world.sessions, sup, rec, engine)
    for stem in ("caller", "operator"):
        samples = engine.seen[stem]
        assert all(v == 0 for v in samples[int(1.9 * 16000) + 1 : int(2.9 * 16000) - 1])
        assert any(v != 0 for v in samples[: int(1.8 * 16000)])
    with world.sessions.begin() as s:
        r = s.get(Recording, rec)
        assert r is not None and r.caller_path
        originals = engine.paths
        assert all(str(p) != r.caller_path for p in originals)  # masked copies only
    sup_view = read_transcript(world.sessions, sup, tid)
    assert sup_view.masked
    texts = {s.text for s in sup_view.segments}
    assert MASK_TEXT in texts and "моя ключова фраза тут" not in texts
    head_view = read_transcript(world.sessions, head, tid)
    assert not head_view.masked and "моя ключова фраза тут" in {s.text for s in head_view.segments}


def test_saving_a_masked_view_keeps_the_hidden_text(world: World, engine: FakeEngine) -> None:
    _, rec = world.call(3.0, key_phrase=(1.9, 2.9))
    sup, head = world.actors["supervisor"], world.actors["head_admin"]
    tid = transcribe_recording(world.sessions, sup, rec, engine)
    seen = read_transcript(world.sessions, sup, tid).segments
    save_edit(world.sessions, sup, tid, seen)
    with world.sessions.begin() as s:
        stored = s.scalars(
            sa.select(TranscriptVersion.segments).where(TranscriptVersion.version == 2)
        ).one()
    assert MASK_TEXT not in stored
    assert "моя ключова фраза тут" in {s.text for s in latest(world.sessions, head, tid).segments}
    assert json.loads(stored)[0]["speaker"] == "operator"


def test_cancel_stores_nothing(world: World, engine: FakeEngine) -> None:
    _, rec = world.call(2.0)
    cancel = threading.Event()
    cancel.set()
    with pytest.raises(TranscriptionCancelled):
        transcribe_recording(world.sessions, world.actors["supervisor"], rec, engine, cancel=cancel)
    assert transcripts_of_recording(world.sessions, world.actors["supervisor"], rec) == []


def test_merge_drops_empty_text_and_orders_ties_caller_first() -> None:
    from recordings.transcripts.segments import merge_tracks

    merged = merge_tracks(
        [
            (Speaker.OPERATOR, [Segment(1.0, 2.0, "б"), Segment(0.5, 0.6, "  ")]),
            (Speaker.CALLER, [Segment(1.0, 1.5, "а")]),
        ]
    )
    assert [(s.speaker, s.text) for s in merged] == [
        (Speaker.CALLER, "а"),
        (Speaker.OPERATOR, "б"),
    ]


def test_word_error_rate() -> None:
    from recordings.transcripts.wer import word_error_rate

    assert word_error_rate("Please, open it.", "please open it") == 0.0
    assert word_error_rate("a b c d", "a x c") == 0.5  # one substitution, one deletion
    assert word_error_rate("a", "b c") == 2.0
    with pytest.raises(ValueError):
        word_error_rate(" ,", "a")


class _BrokenEngine(FakeEngine):
    """Raises what pocketsphinx raised on frame-aligned tracks (fault 7)."""

    def transcribe(self, wav_path: Path, **_: Any) -> list[Segment]:
        raise IndexError("Out of bounds on buffer access (axis 0)")


def test_engine_failure_is_one_clear_user_facing_line(
    world: World, caplog: pytest.LogCaptureFixture
) -> None:
    """The engine's raw text goes to the log; the user reads which track failed and that
    nothing was stored (desk.errors.UserFacingError, rendered by kuty and the console)."""
    _, rec = world.call(2.0)
    with pytest.raises(TranscriptionFailed) as info:
        transcribe_recording(world.sessions, world.actors["supervisor"], rec, _BrokenEngine())
    error = info.value
    assert isinstance(error, UserFacingError) and error.code == "transcription.engine_failed"
    assert "Out of bounds" not in str(error) and "buffer" not in str(error)
    assert "caller track" in str(error) and rec in str(error) and "Nothing was stored" in str(error)
    assert error.params == {"engine": "fake", "recording_id": rec, "track": "caller"}
    assert isinstance(error.__cause__, IndexError)
    assert "Out of bounds on buffer access" in caplog.text  # kept for the administrator
    assert transcripts_of_recording(world.sessions, world.actors["supervisor"], rec) == []


def test_engine_refusals_are_user_facing(tmp_path: Path) -> None:
    """Model missing, package missing and wrong audio are already people's errors."""
    from recordings.transcripts.engines import (
        EngineUnavailable,
        ModelMissing,
        TranscriptionError,
        UnsupportedAudio,
    )

    for cls in (ModelMissing, EngineUnavailable, UnsupportedAudio, TranscriptionFailed):
        assert issubclass(cls, TranscriptionError) and issubclass(cls, UserFacingError)
    missing = ModelMissing(tmp_path / "m", "the folder does not exist")
    assert missing.code == "transcription.model_missing" and "\n" not in str(missing)
