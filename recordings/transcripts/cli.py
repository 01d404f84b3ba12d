"""`kuty transcripts make|show|export|model|queued`: the transcript editor's actions for
scripting, and the queue of requested calls' transcripts (KUTY-1.3, issue 13).

Every supervisor action on recordings has a subcommand (issue 5); these act `--as` a user
whose role the services check (recordings.transcripts.service/export), so a script sees
what that user would see in the console: key-phrase lines masked below the head
administrator, every read and export audited. Expected failures (no permission, unknown
id, missing faster-whisper model, tampered track) end as one line on stderr via
`CliError`. Hooked into `seat.cli.build_parser` with `add_commands(sub, common)`.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Literal, cast

from sqlalchemy.orm import Session, sessionmaker

from desk.actors import actor_for, as_user_parser, open_cli_database
from desk.settings import Settings

__all__ = ["add_commands"]


def _open(args: argparse.Namespace) -> tuple[sessionmaker[Session], Settings]:
    settings, sessions = open_cli_database(args)
    return sessions, settings


def cmd_make(args: argparse.Namespace) -> int:
    """Transcribe a recording (both tracks) and print the new id and segment count."""
    from recordings.transcripts.engines import engine_from_config
    from recordings.transcripts.service import transcribe_recording, versions

    sessions, settings = _open(args)
    actor = actor_for(sessions, args.as_user)
    engine = engine_from_config(
        args.engine or settings.transcription_engine,
        args.model_dir or settings.transcription_model_dir or None,
    )
    tid = transcribe_recording(sessions, actor, args.recording_id, engine)
    [draft] = versions(sessions, actor, tid)
    print(f"transcript_id={tid} segments={draft.segments}")
    return 0


def cmd_show(args: argparse.Namespace) -> int:
    """Print one version (default: the latest) as the actor may read it."""
    from recordings.transcripts.export import SPEAKER_UK, timecode
    from recordings.transcripts.service import read_transcript

    sessions, _ = _open(args)
    view = read_transcript(sessions, actor_for(sessions, args.as_user), args.id, args.version)
    if args.json:
        import json

        data = {
            "transcript_id": view.id,
            "recording_id": view.recording_id,
            "call_id": view.call_id,
            "engine": view.engine,
            "language": view.language,
            "version": view.version,
            "author": view.author,
            "created_at": view.created_at.isoformat(),
            "is_machine": view.is_machine,
            "masked": view.masked,
            "segments": [
                {
                    "start_s": s.start_s,
                    "end_s": s.end_s,
                    "speaker": s.speaker.value,
                    "text": s.text,
                    "confidence": s.confidence,
                }
                for s in view.segments
            ],
        }
        json.dump(data, sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
        return 0
    kind = "machine draft" if view.is_machine else "edit"
    print(f"# transcript {view.id} version {view.version} ({kind}) by {view.author}")
    for s in view.segments:
        print(f"{timecode(s.start_s)}  {SPEAKER_UK[s.speaker]}: {s.text}")
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    """Write a PDF or DOCX (audited) and print its path."""
    from recordings.transcripts.export import export_transcript

    sessions, _ = _open(args)
    fmt = cast(Literal["pdf", "docx"], args.format)
    out = export_transcript(
        sessions, actor_for(sessions, args.as_user), args.id, args.out, fmt, args.version
    )
    print(out)
    return 0


def cmd_model(args: argparse.Namespace) -> int:
    """Which engine and model this seat's settings name, and whether they can run here.

    What an admin checks after copying a faster-whisper folder and setting
    `transcription_model_dir` (README, Ukrainian transcription): the folder as this very
    program sees it (in the bundle too) and whether its faster-whisper package is present.
    Exit 0 when a transcription could start, else 1 with the reason as the last line.
    "complete" means the files faster-whisper needs are there; whether they hold a good
    model shows on the first transcription (a broken one fails with a one-line error).
    """
    import importlib.util
    from importlib.metadata import PackageNotFoundError, version

    from desk.errors import CliError
    from desk.settings import load_settings
    from recordings.transcripts.engines import whisper_model_problem

    settings = load_settings(data_dir=args.data_dir)
    kind = settings.transcription_engine.strip().lower().replace("_", "-")
    if kind == "pocketsphinx":
        from pocketsphinx import get_model_path

        model = Path(get_model_path())
        print("engine        pocketsphinx (English)")
        print(f"model folder  {model} (shipped with the program)")
        if not (model / "en-us" / "en-us" / "mdef").is_file():  # the acoustic model
            raise CliError(f"the shipped pocketsphinx model is missing: {model}")
        print("model         complete")
        return 0
    if kind not in ("faster-whisper", "whisper"):
        raise CliError(f"unknown transcription_engine {settings.transcription_engine!r}")
    folder = settings.transcription_model_dir
    print("engine        faster-whisper (Ukrainian)")
    print(f"model folder  {folder or '(transcription_model_dir is not set)'}")
    problem = whisper_model_problem(Path(folder) if folder else None)
    print(f"model         {problem or 'complete (its files are all there)'}")
    try:
        package = f"faster-whisper {version('faster-whisper')}"
    except PackageNotFoundError:
        package = ""
    if importlib.util.find_spec("faster_whisper") is None:
        package = ""
    print(f"package       {package or 'not installed in this program'}")
    if problem:
        raise CliError(f"no complete faster-whisper model at {folder or '(not set)'}: {problem}")
    if not package:
        raise CliError(
            "faster-whisper is not installed in this program: install the `whisper` extra "
            "(pip install 'kuty-console[whisper]') or a bundle built with it"
        )
    return 0


def cmd_queued(args: argparse.Namespace) -> int:
    """List the recordings queued by KUTY-1.3 requests; with --run, transcribe them (a
    seat without the console, or a night job) and print each one's outcome."""
    from recordings.request_transcripts import queued_recordings, run_queued
    from recordings.transcripts.engines import engine_from_config

    sessions, settings = _open(args)
    actor = actor_for(sessions, args.as_user)
    if not args.run:
        for rec_id in queued_recordings(sessions):
            print(f"{rec_id}\tqueued")
        return 0
    kind = args.engine or settings.transcription_engine
    model = args.model_dir or settings.transcription_model_dir or None
    outcome = run_queued(sessions, actor, lambda: engine_from_config(kind, model))
    for rec_id, state in outcome.items():
        print(f"{rec_id}\t{state.value}")
    return 0


def add_commands(
    subparsers: argparse._SubParsersAction[argparse.ArgumentParser],
    common: argparse.ArgumentParser,
) -> None:
    """Add `transcripts make|show|export` to `kuty`."""
    as_user = as_user_parser(common)
    group = subparsers.add_parser("transcripts", help="transcripts of recordings")
    sub = group.add_subparsers(dest="sub", required=True)
    mk = sub.add_parser("make", parents=[as_user], help="transcribe a recording (both tracks)")
    mk.add_argument("recording_id", metavar="RECORDING_ID")
    mk.add_argument(
        "--engine",
        choices=["pocketsphinx", "faster-whisper"],
        default=None,
        help="default: the transcription_engine setting",
    )
    mk.add_argument(
        "--model-dir",
        type=Path,
        default=None,
        help="faster-whisper model folder (default: the transcription_model_dir setting)",
    )
    mk.set_defaults(func=cmd_make)
    sh = sub.add_parser("show", parents=[as_user], help="print a version (default: latest)")
    sh.add_argument("id", type=int, metavar="TRANSCRIPT_ID")
    sh.add_argument("--version", type=int, default=None, help="version number (1: machine)")
    sh.add_argument("--json", action="store_true")
    sh.set_defaults(func=cmd_show)
    ex = sub.add_parser("export", parents=[as_user], help="write a PDF or DOCX (audited)")
    ex.add_argument("id", type=int, metavar="TRANSCRIPT_ID")
    ex.add_argument("--format", choices=["pdf", "docx"], required=True)
    ex.add_argument("--out", type=Path, required=True, help="file to write")
    ex.add_argument("--version", type=int, default=None, help="version number (default: latest)")
    ex.set_defaults(func=cmd_export)
    md = sub.add_parser(
        "model",
        parents=[common],
        help="the transcription engine and model folder the settings name, and if they run",
    )
    md.set_defaults(func=cmd_model)
    qu = sub.add_parser(
        "queued",
        parents=[as_user],
        help="recordings of KUTY-1.3 requests waiting for a transcript (--run: make them)",
    )
    qu.add_argument("--run", action="store_true", help="transcribe them now, oldest first")
    qu.add_argument("--engine", choices=["pocketsphinx", "faster-whisper"], default=None)
    qu.add_argument("--model-dir", type=Path, default=None)
    qu.set_defaults(func=cmd_queued)
