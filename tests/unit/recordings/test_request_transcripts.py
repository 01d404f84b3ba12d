"""Requested calls' transcripts (KUTY-1.3, issue 13): queued when the request is
registered, run by the real engines, and never left out of a dossier silently: the
preview and the dossier name each recording's transcript or why there is none."""

from __future__ import annotations

import json
from datetime import timedelta
from pathlib import Path

import sqlalchemy as sa

from db.models import AuditEvent
from db.models_incidents import Incident, IncidentChannel, IncidentKind, IncidentStatus
from db.models_operator_day import WrapUp
from recordings.dossier import fulfil_request
from recordings.dossier_preview import preview_dossier
from recordings.request_transcripts import TranscriptState, queued_recordings, run_queued
from recordings.requests import RequestScope, create_request
from recordings.transcripts.engines import FasterWhisperEngine, PocketSphinxEngine
from recordings.wavfile import sha256_file
from tests.unit.recordings.test_export import T0, World, world  # noqa: F401

DAY = timedelta(days=1)


def _register(w: World, *, transcripts: bool = True) -> int:
    scope = RequestScope(period_from=T0 - DAY, period_to=T0 + DAY, transcripts=transcripts,
                         incidents=True)  # fmt: skip
    return create_request(
        w.sessions, w.actors["head_admin"], requested_by="Департамент освіти", scope=scope
    )


def test_registering_queues_the_calls_and_the_dossier_says_still_queued(
    world: World,  # noqa: F811
) -> None:
    head = world.actors["head_admin"]
    call_a, rec_a = world.call(1.0)
    _call_b, rec_b = world.call(1.0)
    with world.sessions.begin() as s:
        s.add(WrapUp(call_id=call_a, category="queue", registration_number="KUTY-20260302-00001",
                     operator_name="Olena"))  # fmt: skip
        s.add(Incident(kind=IncidentKind.ABUSE, channel=IncidentChannel.VOICE, call_id=call_a,
                       pressed_at=T0, operator_name="Olena",
                       status=IncidentStatus.OPEN))  # fmt: skip
    rid = _register(world)
    assert queued_recordings(world.sessions) == sorted([rec_a, rec_b])
    assert world.audit_kinds().count("transcription_queued") == 2
    _register(world)  # a second request for the same calls does not queue them twice
    assert world.audit_kinds().count("transcription_queued") == 2

    preview = preview_dossier(world.sessions, head, rid)
    assert [r.recording_id for r in preview.recordings] == [rec_a, rec_b]
    first = preview.recordings[0]
    caller = world.root / "recordings" / call_a / "caller.wav"
    assert first.sha256["caller"] == sha256_file(caller)
    assert first.size_bytes is not None and first.size_bytes > caller.stat().st_size
    assert preview.transcripts == []
    assert {m.recording_id: m.state for m in preview.not_transcribed} == {
        rec_a: TranscriptState.QUEUED, rec_b: TranscriptState.QUEUED}  # fmt: skip
    assert [(w.call_id, w.registration_number) for w in preview.wrap_ups] == [
        (call_a, "KUTY-20260302-00001")
    ]
    assert [(i.kind, i.call_id) for i in preview.incidents] == [("abuse", call_a)]
    assert "dossier_previewed" in world.audit_kinds()

    folder = fulfil_request(world.sessions, head, rid, world.root / "dossiers")
    missing = json.loads((folder / "not_transcribed.json").read_text("utf-8"))
    assert [(m["recording_id"], m["reason"]) for m in missing] == [
        (rec_a, "queued"), (rec_b, "queued")]  # fmt: skip
    assert missing[0]["reason_uk"] == "не розшифровано: ще в черзі на розшифрування"
    manifest = json.loads((folder / "manifest.json").read_text("utf-8"))
    assert manifest["contents"]["not_transcribed"] == {rec_a: "queued", rec_b: "queued"}
    sums = (folder / "SHA256SUMS").read_text("utf-8")
    assert "not_transcribed.json" in sums  # sealed like every other part


def test_a_request_without_transcripts_queues_nothing(world: World) -> None:  # noqa: F811
    world.call(1.0)
    _register(world, transcripts=False)
    assert queued_recordings(world.sessions) == []


def test_no_model_is_engine_missing_and_a_real_engine_includes_it(
    world: World,  # noqa: F811
    tmp_path: Path,
) -> None:
    head = world.actors["head_admin"]
    _call, rec = world.call(1.0)
    rid = _register(world)
    # The seat is set to faster-whisper but no model folder was installed.
    missing_model = tmp_path / "no-model"
    outcome = run_queued(world.sessions, head, lambda: FasterWhisperEngine(missing_model))
    assert outcome == {rec: TranscriptState.ENGINE_MISSING}
    assert queued_recordings(world.sessions) == []  # not retried blindly: re-queue to retry
    [state] = preview_dossier(world.sessions, head, rid).not_transcribed
    assert (state.state, state.detail) == (TranscriptState.ENGINE_MISSING,
                                           "transcription.model_missing")  # fmt: skip

    # A new request queues it again; pocketsphinx (shipped model) transcribes it.
    rid2 = _register(world)
    assert queued_recordings(world.sessions) == [rec]
    assert run_queued(world.sessions, head, PocketSphinxEngine) == {rec: TranscriptState.INCLUDED}
    preview = preview_dossier(world.sessions, head, rid2)
    assert preview.transcripts == [rec] and preview.not_transcribed == []
    folder = fulfil_request(world.sessions, head, rid2, world.root / "dossiers")
    assert json.loads((folder / "not_transcribed.json").read_text("utf-8")) == []
    [included] = json.loads((folder / "transcripts.json").read_text("utf-8"))
    assert included["recording_id"] == rec and included["engine"] == "pocketsphinx"


def test_a_track_that_fails_its_check_is_listed_as_failed(
    world: World,  # noqa: F811
) -> None:
    head = world.actors["head_admin"]
    call_id, rec = world.call(1.0)
    rid = _register(world)
    caller = world.root / "recordings" / call_id / "caller.wav"
    caller.write_bytes(caller.read_bytes()[:-200] + b"\0" * 200)  # altered after hang-up
    assert run_queued(world.sessions, head, PocketSphinxEngine) == {rec: TranscriptState.FAILED}
    [state] = preview_dossier(world.sessions, head, rid).not_transcribed
    assert state.state is TranscriptState.FAILED and state.detail
    with world.sessions.begin() as s:
        payload = s.scalars(
            sa.select(AuditEvent.payload).where(AuditEvent.kind == "transcription_failed")
        ).one()
    assert json.loads(payload)["reason"] == "failed"
